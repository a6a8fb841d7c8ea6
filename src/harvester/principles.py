"""The ten canonical CCIN principles and their "We will…" statements."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CanonicalPrinciple:
    name: str
    statement: str
    aliases: tuple[str, ...] = ()


PRINCIPLES: tuple[CanonicalPrinciple, ...] = (
    CanonicalPrinciple(
        "Social partnership",
        "We will strengthen the co-operative partnership between citizens, communities, enterprises and "
        "Councils, based on a shared sense of responsibility for wellbeing and mutual benefit.",
    ),
    CanonicalPrinciple(
        "Democratic engagement",
        "We will support the active engagement of the full range of residents in decision making and priority setting.",
    ),
    CanonicalPrinciple(
        "Co-production",
        "We will develop systems that enable citizens to be equal partners in designing and commissioning "
        "public services and in determining the use of public resources.",
        ("coproduction", "co production"),
    ),
    CanonicalPrinciple(
        "Enterprise and social economy",
        "We will promote community-based approaches to economic development that focus on supporting the "
        "creation of jobs, social enterprises and other businesses and providing an environment for "
        "co-operative and mutual enterprises to thrive.",
        ("enterprise & social economy",),
    ),
    CanonicalPrinciple(
        "Maximising social value",
        "We will support the development of a framework and criteria for social value, giving substance "
        "to the concept and supporting Councils with the tools to ensure better local social and "
        "economic outcomes.",
        ("maximizing social value",),
    ),
    CanonicalPrinciple(
        "Community leadership and a new role for councillors",
        "We will explore ways for councils to act as a platform for helping the community to contribute "
        "to local outcomes, and to re-think the role of councillors as community connectors, brokers and "
        "leaders.",
        ("community leadership", "community leadership & a new role for councillors"),
    ),
    CanonicalPrinciple(
        "New models of meeting priority needs",
        "In exploring new ways of meeting the priority needs of our communities we will encourage models, "
        "such as co-operatives and mutuals, which give greater influence and voice to staff and users.",
    ),
    CanonicalPrinciple(
        "Innovation",
        "We will embrace innovation in how we work with local communities to drive positive change.",
    ),
    CanonicalPrinciple(
        "Learning",
        "We will capture and 'expand' the experience and learning from individual projects and approaches "
        "in order to encourage broader application of co-operative principles within individual member "
        "Councils and across the Network.",
    ),
    CanonicalPrinciple(
        "Walking the talk",
        "As a membership organisation, we will make this statement of our principles operational by: "
        "co-operation among members, openness of membership, co-production of the Network's work, "
        "action-focused, membership-based, non-party-political.",
    ),
)

PRINCIPLE_NAMES: tuple[str, ...] = tuple(p.name for p in PRINCIPLES)
