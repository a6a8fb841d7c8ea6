"""Every field parser stays linear on hostile text: 1 MB of adversarial input within a second each.

Not a benchmark: a second is a generous bound that only a super-linear pattern (a regex that
backtracks, a quadratic scan) can break; issue 16 found one that took 18.7 s on 176 KB.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from harvester.extract import fields, labels, lead, principles, values
from harvester.extract.contacts import find_contacts
from harvester.extract.html import parse_html, strip_controls
from harvester.extract.lines import Line
from harvester.extract.meta import publication_year
from harvester.gazetteer import Gazetteer

MEGABYTE = 1_000_000
PATTERNS = [
    "councillor ",
    "Lead Member: ",
    "a",
    "We will ",
    "Oldham Council, ",
    "1999-",
    "(",
    "Co-production ",
    "led by The Big ",
    "contact Jo Bloggs, ",
    "x@y.z ",
    "Principles met: ",
]


def hostile_texts() -> list[tuple[str, str]]:
    return [(pattern.strip() or "a", (pattern * (MEGABYTE // len(pattern) + 1))[:MEGABYTE]) for pattern in PATTERNS]


def as_lines(text: str) -> list[list[Line]]:
    """The same megabyte as one line, and as lines of about a hundred characters."""
    short = [Line(text[i : i + 100], "item" if i % 200 else "text") for i in range(0, len(text), 100)]
    return [[Line(text, "text")], short]


GAZETTEER = Gazetteer.from_file()
PARSERS: dict[str, Callable[[list[Line]], object]] = {
    "read_fields": lambda ls: labels.read_fields(ls),
    "split_inline_labels": fields.split_inline_labels,
    "stated_period": fields.stated_period,
    "early_year_range": fields.early_year_range,
    "find_summary": lambda ls: fields.find_summary(ls, set()),
    "find_outcomes": fields.find_outcomes,
    "find_topics": lambda ls: fields.find_topics(" ".join(line.text for line in ls)),
    "listed_principles": lambda ls: principles.find_listed_principles(ls, None),
    "infer_principles": lambda ls: principles.infer_principles([line.text for line in ls], 0.6),
    "contacts": lambda ls: find_contacts(ls, GAZETTEER),
    "stated_lead": lambda ls: lead.stated_lead([line.text for line in ls], GAZETTEER),
    "stated_participants": lambda ls: lead.stated_participants([line.text for line in ls], GAZETTEER, None),
    "publisher_lead": lambda ls: lead.publisher_lead("Oldham Council", " ".join(line.text for line in ls), GAZETTEER),
    "byline_year": lambda ls: publication_year("", "", [line.text for line in ls]),
    "names": lambda ls: [values.names_in(line.text) for line in ls[:2000]],
    "parse_years": lambda ls: [fields.parse_years(line.text) for line in ls[:2000]],
    "split_at_labels": lambda ls: [labels.split_at_labels(line.text) for line in ls],
    "mentions": lambda ls: GAZETTEER.mentions(" ".join(line.text for line in ls), bare_places=True),
}


@pytest.mark.parametrize("parser", sorted(PARSERS))
def test_field_parsers_are_linear_on_a_megabyte_of_hostile_text(parser: str) -> None:
    slowest = 0.0
    for name, text in hostile_texts():
        for lines in as_lines(text):
            started = time.perf_counter()
            PARSERS[parser](lines)
            elapsed = time.perf_counter() - started
            slowest = max(slowest, elapsed)
            assert elapsed < 1.0, f"{parser} took {elapsed:.1f} s on 1 MB of {name!r}"


def test_control_characters_never_survive_extraction() -> None:
    page = parse_html(
        "<html><head><title>Lab \x1b[31mred\x1b[0m\x07</title></head>"
        "<body><main><h1>Title \x1b]0;owned\x07 here\x9b</h1><p>Text\x00 with \x08controls.</p></main></body></html>",
        "https://example.org/",
    )
    text = " ".join([page.title, *(line.text for line in page.lines)])
    assert strip_controls(text) == text
    assert "Title ]0;owned here" in text
