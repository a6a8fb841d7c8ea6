"""The label lexicon: the fields a page labels, the words it labels them with, and label shapes
built from those words."""

from __future__ import annotations

import re

LEAD = "lead_member"
MEMBERS = "participating_members"
YEAR = "year"
YEAR_START = "year_start"
YEAR_END = "year_end"
TYPE = "type"
PUBLISHED = "published"  # the page's date: the project's year only when nothing states one

LEXICON: dict[str, tuple[str, ...]] = {
    LEAD: (
        "lead member",
        "lead members",
        "lead member council",
        "lead member authority",
        "lead member organisation",
        "lead council",
        "lead councils",
        "lead authority",
        "lead local authority",
        "lead organisation",
        "lead organization",
        "lead partner",
        "lead body",
        "lead agency",
        "lead applicant",
        "lead",
        "led by",
        "project lead",
        "lead by",
        "host council",
        "host authority",
        "produced by",
        "convening council",
        "convened by",
        "convenor",
        "lab lead",
        "developed by",
        "hosted by",
        "run by",
        "coordinated by",
        "co ordinated by",
        "authority",
        "local authority",
        "council",
    ),
    MEMBERS: (
        "participating members",
        "participating member",
        "participating councils",
        "participating council",
        "participating authorities",
        "participating organisations",
        "participating partners",
        "participants",
        "partner councils",
        "partner authorities",
        "partner organisations",
        "partner members",
        "partners",
        "project partners",
        "delivery partners",
        "key partners",
        "other partners",
        "other councils",
        "other members",
        "councils involved",
        "members involved",
        "authorities involved",
        "organisations involved",
        "partners involved",
        "who was involved",
        "supporting members",
        "supporting councils",
        "collaborating councils",
        "collaborators",
        "councils taking part",
        "members taking part",
        "member councils",
        "councils",
        "in partnership with",
        "working with",
        "with",
    ),
    YEAR: (
        "year",
        "years",
        "project year",
        "year of project",
        "date",
        "dates",
        "project date",
        "project dates",
        "period",
        "project period",
        "delivery period",
        "funding period",
        "timescale",
        "timescales",
        "timeframe",
        "time frame",
        "duration",
        "project duration",
        "lab duration",
        "funding round",
        "lab cohort",
        "round",
        "cohort",
        "when",
    ),
    PUBLISHED: (
        "date published",
        "publication date",
        "published",
        "date of publication",
        "published on",
        "first published",
    ),
    YEAR_START: (
        "start date",
        "started",
        "start",
        "year started",
        "start year",
        "from",
        "proposed start",
        "proposed start date",
        "project start",
        "launched",
        "launch date",
        "year launched",
        "began",
        "since",
    ),
    YEAR_END: (
        "end date",
        "ended",
        "end",
        "year ended",
        "end year",
        "completed",
        "completion date",
        "proposed end",
        "proposed end date",
        "project end",
        "finished",
    ),
    TYPE: (
        "type",
        "status",
        "project type",
        "type of project",
        "project status",
        "category",
        "project category",
        "programme",
        "strand",
        "work type",
        "type of work",
    ),
}
# Labels so common as words that they count only when set off (a colon, a cell, a line of their own).
BARE_ONLY = frozenset(
    [
        "lead", "with", "when", "from", "start", "end", "started", "ended", "completed", "published", "period",
        "date", "launched", "began", "since", "finished", "round", "cohort",
    ]
)  # fmt: skip
# 'Item type', 'Event category', 'Type of bid', 'Lab status': a kind of thing, whatever the thing.
TYPE_SHAPED = re.compile(r"^(?:[a-z]+ )?(?:type|category|status)$|^type of [a-z]+$")
# 'Lab year', 'Years active', 'Dates of delivery'; 'Council partners', 'Partner': labels built from the
# words the lexicon's own labels are built from, in orders it does not list.
YEAR_SHAPED = re.compile(
    r"^(?:(?:project|lab|programme|delivery|financial|academic|operating|running|active)\s+)?"
    r"(?:years?|dates?|duration|period|timescales?|timeframe)"
    r"(?:\s+(?:active|running|of (?:delivery|operation|the (?:project|lab|programme|work))))?$"
)
MEMBERS_SHAPED = re.compile(
    r"^(?:(?:council|councils|local|other|key|main|project|delivery|lab|programme|community|network|member)\s+)?"
    r"(?:partners?|participants|collaborators)$|"
    r"^(?:other\s+)?(?:members?|councils?|partners?|organisations?|authorities)\s+"
    r"(?:taking part|involved|participating|on board)$|"
    r"^(?:cohort|lab|programme|project)\s+members$"
)

# --- what each field means, for reading labels by meaning (extract/meaning.py) -----------------
# A label the lexicon does not list is compared with these descriptions and with the field's own labels
# above; the field models take the similarities as features.
FIELD_DESCRIPTIONS: dict[str, str] = {
    LEAD: "the council or organisation that leads, hosts or runs the project",
    MEMBERS: "the partner councils and organisations taking part in the project alongside the lead",
    YEAR: "the year or years when the project ran",
    YEAR_START: "when the project started",
    YEAR_END: "when the project ended",
    TYPE: "the kind of project or its status, such as policy lab, prototype or completed",
    PUBLISHED: "the date the page or article was published",
}
# Labels that name none of the fields: the model learns their similarity as a counter-weight.
NOT_A_FIELD: tuple[str, ...] = (
    "email", "telephone", "phone", "address", "website", "contact", "contact name", "budget", "cost",
    "funding", "amount", "tags", "share", "location", "postcode", "author", "role", "job title",
    "outcomes", "impact", "summary", "theme", "topic", "audience", "population", "ward", "download",
    "file size", "format", "reference", "page", "issue", "notes", "key facts", "at a glance", "read more",
)  # fmt: skip
# The roles a council plays in a sentence, with the council written as 'the council'.
ROLE_PROTOTYPES: dict[str, tuple[str, ...]] = {
    "lead": (
        "the project is led by the council",
        "the council is leading the work",
        "the council hosted and ran the programme",
        "the council set up the scheme and manages it",
        "the council launched the pilot",
    ),
    "partner": (
        "the council is a partner in the project",
        "the council joined the programme and is taking part",
        "working alongside the council and others",
        "the council took part in the lab with the other councils",
    ),
    "passing": (
        "the council did something similar in another project",
        "inspired by earlier work in the council",
        "the council's own lab last year was different",
        "the council funded the work",
        "a speaker from the council said",
    ),
}
