"""The records the decision works on and the page context they are read from.

A candidate is one distinct value (one council, one year, one type value, one principle, one kind of
document) with the places it was seen (`Origin`: region, rule, label, evidence, line) and numeric
features aggregated over them. The readers that build candidates (`councils.py`, `years.py`,
`candidates.py`) share what is here: the page's label/value pairs whatever their words, the region each
line stands in, the sentence around a mention, and `prefetch`, which reads by meaning in one batch.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from harvester.extract.labels import field_of
from harvester.extract.lexicon import (
    CONTACT_SECTION,
    CUES,
    EDITORS_SECTION,
    OTHER_SECTION,
    PERIOD,
    TYPE,
)
from harvester.extract.line import Line
from harvester.extract.meaning import Meaning, label_text
from harvester.gazetteer import Gazetteer, Mention
from harvester.models import Document, Kind

MAX_LINES = 1500  # a page's lines read for candidates: a project's facts are never past this
MAX_PAIRS = 300
_PAIR = re.compile(r"^(?P<label>[A-Za-z][^:|\d]{0,44}?)\s*(?::|\||\s[-–—]\s)\s*(?P<value>\S.*)$")


@dataclass(frozen=True)
class Origin:
    """Where a candidate was seen: the region of the page, the rule or reading that found it, the label it
    stood under, the evidence text and the line (-1: not a line, e.g. the address or the rules' choice)."""

    region: str
    rule: str
    label: str = ""
    evidence: str = ""
    line: int = -1


@dataclass
class Candidate:
    """One value for a field, every place it was seen and its features."""

    kind: str  # "council", "year", "end", "type", "principle" or "doc_type"
    value: str
    origins: list[Origin] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)
    spans: dict[int, int] = field(default_factory=dict)  # a year's: spans it ends, by start year
    vectors: list[Any] = field(default_factory=list)  # sentence vectors of where it is named (by meaning)

    def provenance(self) -> str:
        """The strongest origin in words, for `Document.provenance` and the review queue."""
        origin = max(self.origins, key=_origin_rank) if self.origins else Origin("page", "model")
        where = f"{origin.rule} in {origin.region}" + (f" under '{origin.label}'" if origin.label else "")
        return f"{where}: {origin.evidence}"[:300] if origin.evidence else where


def _origin_rank(origin: Origin) -> int:
    return {"rules": 3, "label": 2}.get(origin.region, 1)


@dataclass
class Pair:
    """A label and its value as set off on the page, whatever the label's words."""

    label: str
    value: str
    line: int
    known_field: str | None  # the lexicon's field for the label, if it knows it
    scores: dict[str, float] = field(default_factory=dict)  # by meaning; empty without a model


@dataclass
class PageContext:
    """What the decision reads: the page's lines and pairs, and what the rules already found."""

    url: str
    title: str
    lines: list[Line]
    listing: set[int]
    published: tuple[int | None, str]
    publisher: str | None
    council_site: str | None
    pdf: bool
    pairs: list[Pair] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)  # per line, the heading it sits under
    first_paragraph: set[int] = field(default_factory=set)
    role_sentences: dict[str, list[str]] = field(default_factory=dict)  # by body: sentences naming it
    year_sentences: dict[int, list[str]] = field(default_factory=dict)  # by year: sentences giving it
    heading_scores: dict[str, dict[str, float]] = field(default_factory=dict)  # by heading: field → meaning
    badges: list[str] = field(default_factory=list)  # principles shown as icons or badges
    _mentions: dict[int, list[Mention]] = field(default_factory=dict)  # by line: read once, by `mentions_on`
    _bodies: dict[int, list[tuple[str, int, int, bool]]] = field(default_factory=dict)  # by line: `councils.bodies_on`


def build_context(
    doc: Document,
    lines: list[Line],
    listing: set[int],
    *,
    published: tuple[int | None, str],
    publisher: str | None,
    council_site: str | None,
    badges: list[str] | None = None,
) -> PageContext:
    """The context for `doc`'s decision: lines bounded, label/value pairs read, regions marked."""
    lines = lines[:MAX_LINES]
    context = PageContext(
        url=doc.url,
        title=doc.title,
        lines=lines,
        listing=listing,
        published=published,
        publisher=publisher,
        council_site=council_site,
        pdf=doc.kind is Kind.PDF,
        badges=badges or [],
    )
    context.pairs = read_pairs(lines)
    heading = ""
    for index, line in enumerate(lines):
        if line.kind == "heading":
            heading = line.text
        elif len(context.first_paragraph) < 3 and line.kind == "text" and len(line.text.split()) >= 8:
            context.first_paragraph.add(index)
        context.headings.append(heading)
    return context


def read_pairs(lines: list[Line]) -> list[Pair]:
    """Every 'Label: value' line and every short label line over a value, whatever the label's words."""
    pairs: list[Pair] = []
    for index, line in enumerate(lines):
        if len(pairs) >= MAX_PAIRS:
            break
        text = line.text.strip()
        if len(text) > 400:
            continue
        match = _PAIR.match(text)
        if match and len(match.group("label").split()) <= 6:
            label = match.group("label").strip()
            pairs.append(Pair(label, match.group("value").strip(), index, field_of(label)))
            continue
        if _label_shaped(line) and index + 1 < len(lines):
            label = text.rstrip(":").strip()
            items = _item_run(lines, index + 1)
            following = lines[index + 1]
            if items:
                pairs.append(Pair(label, ", ".join(items), index + 1, field_of(label)))
            elif following.kind != "heading" and 0 < len(following.text.split()) <= 40:
                pairs.append(Pair(label, following.text.strip(), index + 1, field_of(label)))
    return pairs


def _item_run(lines: list[Line], start: int, limit: int = 30) -> list[str]:
    """The short list items right after a label line ('Working alongside' over a list of names)."""
    items = []
    for line in lines[start : start + limit]:
        if line.kind != "item" or len(line.text.split()) > 12:
            break
        items.append(line.text.strip(" .;"))
    return items if len(items) >= 2 else []


def _label_shaped(line: Line) -> bool:
    words = line.text.strip().rstrip(":").split()
    if not 0 < len(words) <= 5 or any(ch.isdigit() for ch in line.text):
        return False
    if line.text.rstrip().endswith((".", "?", "!", ",")):
        return False
    return line.kind in ("heading", "cell") or line.text.rstrip().endswith(":")


def prefetch(context: PageContext, meaning: Meaning, texts: list[str]) -> None:
    """Embed, in one call to the model, every text the page's decision reads by meaning: unknown labels,
    short values that may be a type, the sentences around bodies (`context.role_sentences`, set by the
    caller) and years, and `texts` (candidate commitments, the sentences around addresses); then score
    the pairs. (One batch costs a fraction of several small ones.)"""
    context.year_sentences = _year_sentences(context)
    labels = [label_text(p.label) for p in context.pairs if p.known_field is None]
    values = [
        p.value.strip(" .") for p in context.pairs if p.known_field in (None, TYPE) and type_shaped(p.value.strip(" ."))
    ]
    roles = [text for texts in context.role_sentences.values() for text in texts]
    years = [text for texts in context.year_sentences.values() for text in texts]
    headings = list(dict.fromkeys(h for h in context.headings if h))[:_HEADINGS]
    meaning.vectors(list(dict.fromkeys([*labels, *values, *roles, *years, *texts, *map(label_text, headings)])))
    context.heading_scores = dict(zip(headings, meaning.label_scores(headings), strict=True))
    unknown = [p for p in context.pairs if p.known_field is None]
    for pair, scores in zip(unknown, meaning.label_scores([p.label for p in unknown]), strict=True):
        pair.scores = scores


_HEADINGS = 40  # section headings read by meaning per page (as labels: what field a section gives)
_YEAR_SENTENCES = 10  # sentences around years embedded per page


def _year_sentences(context: PageContext) -> dict[int, list[str]]:
    """Up to `_YEAR_SENTENCES` sentences giving a year, by year (the year itself written '[year]'):
    the first two per year, in page order, listings of other records aside."""
    said: dict[int, list[str]] = {}
    budget = _YEAR_SENTENCES
    for index, line in enumerate(context.lines):
        if budget <= 0:
            break
        if index in context.listing:
            continue
        for match in PERIOD.finditer(line.text[:2000]):
            year = int(match.group(1))
            texts = said.setdefault(year, [])
            if len(texts) < 2 and budget > 0 and 1990 <= year <= 2040:
                sentence = sentence_around(line.text, match.start(1), match.end(1), stand_in="[year]")
                texts.append(sentence)
                budget -= 1
    return said


def mentions_on(context: PageContext, index: int, gazetteer: Gazetteer) -> list[Mention]:
    """The councils and bodies the gazetteer finds on line `index` (places alone included), read once a
    page for every reader that asks."""
    if index not in context._mentions:
        context._mentions[index] = gazetteer.mentions(context.lines[index].text, bare_places=True)
    return context._mentions[index]


def region_of(context: PageContext, index: int) -> str:
    if index in context.listing:
        return "listing"
    line = context.lines[index]
    if line.kind == "heading":
        return "title" if line.text.strip() == context.title.strip() else "heading"
    heading = context.headings[index] if index < len(context.headings) else ""
    if OTHER_SECTION.search(heading):
        return "other_section"
    if CONTACT_SECTION.search(heading):
        return "contact_section"
    if EDITORS_SECTION.search(heading):
        return "editors_notes"
    if index in context.first_paragraph:
        return "first_paragraph"
    return line.kind


def count_cues(candidate: Candidate, before: str, after: str, text: str) -> None:
    features = candidate.features
    for name, pattern in CUES.items():
        target = after if name.endswith("_after") else text if name == "speaker" else before
        if pattern.search(target):
            features[f"cue_{name}"] = features.get(f"cue_{name}", 0) + 1


def sentence_around(text: str, start: int, end: int, stand_in: str = "the council") -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("? ", end), text.find("! ", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    before = text[left + 1 if left >= 0 else 0 : start]
    if stand_in.startswith("the "):
        before = _THE_BEFORE.sub("", before)  # 'with the Freedom Centre': 'with the council', not 'the the'
    sentence = f"{before}{stand_in}{text[end:right]}"
    return " ".join(sentence.split())[:300]


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def pair_field_score(pair: Pair, field_name: str) -> float:
    if pair.known_field is not None:
        if pair.known_field == field_name:
            return 1.0
        return 0.0
    return pair.scores.get(field_name, 0.0)


def heading_score(context: PageContext, origins: list[Origin], field_name: str) -> float:
    """How much the sections a candidate stands in are headed as `field_name` (by meaning: 'Who took
    part', 'Working alongside' as members); NaN when none is headed or nothing was read by meaning."""
    scores = [
        context.heading_scores[heading].get(field_name, math.nan)
        for heading in {context.headings[o.line] for o in origins if 0 <= o.line < len(context.headings)}
        if heading in context.heading_scores
    ]
    return max(scores) if scores else math.nan


def pair_score_by_label(context: PageContext, origin: Origin, field_name: str) -> float:
    for pair in context.pairs:
        if pair.line == origin.line and pair.label == origin.label:
            return pair_field_score(pair, field_name)
    return 0.0


def bump(candidate: Candidate, name: str) -> None:
    candidate.features[name] = candidate.features.get(name, 0.0) + 1.0


def type_shaped(value: str) -> bool:
    return 0 < len(value) <= 50 and len(value.split()) <= 6 and not value.endswith(("?", "!")) and "@" not in value


REGIONS = ("title", "heading", "listing", "other_section", "contact_section", "editors_notes", "first_paragraph",
            "item", "cell", "text")  # fmt: skip
