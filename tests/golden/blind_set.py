"""The blind labelled set (tests/golden/blind/): pages and expectations written by people who never read
the extractor, loaded as the same `Case`s as the development set."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from .corpus import Case, Expected

BLIND_DIR = Path(__file__).parent / "blind"
ROUND2_DIR = Path(__file__).parent / "blind_round2"  # a second blind set, written after the first was fixed
ROUND3_DIR = Path(__file__).parent / "blind_round3"  # a third, after the second was fixed
ROUND4_DIR = Path(__file__).parent / "blind_round4"  # a fourth, after the third was fixed
ROUND5_DIR = Path(__file__).parent / "blind_round5"  # a fifth, after the fourth was fixed
ROUND6_DIR = Path(__file__).parent / "blind_round6"  # a sixth, small, on years, after the fifth was fixed


def blind_cases(root: Path = BLIND_DIR) -> list[Case]:
    """Every case of every family under `root` (network, thirdparty, documents), in file order."""
    cases: list[Case] = []
    for listing in sorted([*root.glob("cases.yaml"), *root.glob("*/cases.yaml")]):
        family = listing.parent
        for row in yaml.safe_load(listing.read_text(encoding="utf-8")):
            cases.append(_case(family, row))
    return cases


def _case(family: Path, row: dict[str, Any]) -> Case:
    want = row["expected"]
    expected = Expected(
        lead=want.get("lead"),
        participants=list(want.get("participants") or []),
        year=want.get("year"),
        year_end=want.get("year_end"),
        type=want.get("type"),
        doc_type=want.get("doc_type", "page"),
        principles=set(want.get("principles") or []),
        contacts={(c.get("name"), c.get("email")) for c in want.get("contacts") or []},
        principles_form=want.get("principles_form", "none"),
        lead_basis=want.get("lead_basis", "none"),
    )
    body = (family / row["file"]).read_bytes()
    name = f"{family.name}/{row['name']}"
    return Case(name, row["url"], body, expected, content_type=row.get("content_type", "text/html"))


ROUND7_DIR = Path(__file__).parent / "blind_round7"  # news and press (issue 22)
ROUND8_DIR = Path(__file__).parent / "blind_round8"  # case studies and civic records
ROUND9_DIR = Path(__file__).parent / "blind_round9"  # reports and forms
ROUND10_DIR = Path(__file__).parent / "blind_round10"  # held out until scored once (2026-12-03), then training
ROUND11_DIR = Path(__file__).parent / "blind_round11"  # prose first
ROUND12_DIR = Path(__file__).parent / "blind_round12"  # the network's and members' project pages, new templates
ROUND13_DIR = Path(__file__).parent / "blind_round13"  # held out until scored once (2026-12-03): other genres
ROUND14_DIR = Path(__file__).parent / "blind_round14"  # many partners, values in other words, contacts anywhere
ROUND15_DIR = Path(__file__).parent / "blind_round15"  # ordinary pages at first sight (scored once, 2026-12-03)


def labelled_sets() -> dict[str, Callable[[], list[Case]]]:
    """Every labelled set by name, in the order they were written: the five real seed pages (when
    ../shared is beside the checkout), the development set, then each blind round. Rounds not yet on
    disk are left out. Rounds 10, 13, 14 and 15 were each scored once before joining (docs/benchmarks.md);
    since then they are labelled data like the others."""
    from .corpus import all_cases
    from .seeds import seed_cases

    sets: dict[str, Callable[[], list[Case]]] = {"dev": all_cases, "blind": blind_cases}
    if seed_cases():
        sets = {"seeds": seed_cases, **sets}
    rounds = [
        ROUND2_DIR,
        ROUND3_DIR,
        ROUND4_DIR,
        ROUND5_DIR,
        ROUND6_DIR,
        ROUND7_DIR,
        ROUND8_DIR,
        ROUND9_DIR,
        ROUND10_DIR,
        ROUND11_DIR,
        ROUND12_DIR,
        ROUND13_DIR,
        ROUND14_DIR,
        ROUND15_DIR,
    ]
    for directory in rounds:
        if (directory / "cases.yaml").exists():
            sets[directory.name.removeprefix("blind_")] = partial(blind_cases, directory)
    return sets
