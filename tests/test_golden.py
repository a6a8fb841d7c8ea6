"""Per-field extraction accuracy over the labelled set (tests/golden/corpus.py), held above floors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from harvester.extract import Extractor
from harvester.models import Document, FetchedPage

from .golden.corpus import Case, Expected, all_cases

# Floors from the issue: 0.95 on lead, participants F1, year, type, listed principles; 0.9 on contacts.
FLOORS = {
    "lead": 0.95,
    "participants_f1": 0.95,
    "year": 0.95,
    "type": 0.95,
    "doc_type": 0.9,
    "principles": 0.95,
    "contacts_f1": 0.9,
}


@dataclass
class Scores:
    hits: dict[str, int] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    set_counts: dict[str, list[int]] = field(default_factory=dict)  # field -> [true positives, predicted, expected]

    def exact(self, name: str, case: str, got: object, want: object) -> None:
        self.totals[name] = self.totals.get(name, 0) + 1
        if got == want:
            self.hits[name] = self.hits.get(name, 0) + 1
        else:
            self.misses.append(f"{case}: {name} got {got!r}, want {want!r}")

    def overlap(self, name: str, case: str, got: set[object], want: set[object]) -> None:
        counts = self.set_counts.setdefault(name, [0, 0, 0])
        counts[0] += len(got & want)
        counts[1] += len(got)
        counts[2] += len(want)
        if got != want:
            extra, missing = sorted(map(str, got - want)), sorted(map(str, want - got))
            self.misses.append(f"{case}: {name} extra {extra}, missing {missing}")

    def accuracy(self) -> dict[str, float]:
        result = {name: self.hits.get(name, 0) / total for name, total in self.totals.items()}
        for name, (tp, predicted, expected) in self.set_counts.items():
            precision = tp / predicted if predicted else 1.0
            recall = tp / expected if expected else 1.0
            result[f"{name}_f1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return result


def fold(name: str | None) -> str | None:
    return " ".join(name.casefold().split()) if name else None


def score_case(scores: Scores, case: Case, doc: Document) -> None:
    want: Expected = case.expected
    scores.exact("lead", case.name, doc.lead_member, want.lead)
    scores.overlap("participants", case.name, set(doc.participating_members), set(want.participants))
    scores.exact("year", case.name, (doc.year, doc.year_end), (want.year, want.year_end))
    scores.exact("type", case.name, fold(doc.type), fold(want.type))
    scores.exact("doc_type", case.name, doc.doc_type.value, want.doc_type)
    scores.exact("principles", case.name, set(doc.listed_principles), want.principles)
    got_contacts = {(fold(c.name), fold(c.email)) for c in doc.contacts}
    scores.overlap("contacts", case.name, got_contacts, {(fold(n), fold(e)) for n, e in want.contacts})


def extract_case(extractor: Extractor, case: Case) -> Document:
    page = FetchedPage(url=case.url, final_url=case.url, source="golden", status=200, content_type=case.content_type)
    page.body = case.body
    return extractor.extract(page)


@pytest.fixture(scope="module")
def scores() -> Scores:
    extractor = Extractor()
    result = Scores()
    for case in all_cases():
        score_case(result, case, extract_case(extractor, case))
    return result


def test_the_labelled_set_is_big_and_varied_enough() -> None:
    cases = all_cases()
    assert len(cases) >= 30
    assert sum(c.content_type == "application/pdf" for c in cases) >= 3
    assert len({c.expected.doc_type for c in cases}) >= 4


@pytest.mark.parametrize("field_name", sorted(FLOORS))
def test_field_accuracy_is_above_its_floor(scores: Scores, field_name: str) -> None:
    accuracy = scores.accuracy()
    relevant = [m for m in scores.misses if f": {field_name.removesuffix('_f1')} " in m]
    assert accuracy[field_name] >= FLOORS[field_name], "\n".join(relevant)


def report(scores: Scores, out: Callable[[str], None] = print) -> None:
    for name, value in sorted(scores.accuracy().items()):
        out(f"{name:18} {value:.3f}")
    for miss in scores.misses:
        out("  " + miss)
