"""Per-field extraction scores over a labelled set: exact fields, set fields as micro F1, and principle
F1 split by how the page gives them (names, statements, commitments in other words)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from harvester.extract import Extractor
from harvester.models import Document, FetchedPage

from .corpus import Case, Expected


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

    def overlap(self, name: str, case: str, got: set[object], want: set[object], *, note: bool = True) -> None:
        counts = self.set_counts.setdefault(name, [0, 0, 0])
        counts[0] += len(got & want)
        counts[1] += len(got)
        counts[2] += len(want)
        if got != want and note:
            extra, missing = sorted(map(str, got - want)), sorted(map(str, want - got))
            self.misses.append(f"{case}: {name} extra {extra}, missing {missing}")

    def accuracy(self) -> dict[str, float]:
        result = {name: self.hits.get(name, 0) / total for name, total in self.totals.items()}
        for name, (tp, predicted, expected) in self.set_counts.items():
            precision = tp / predicted if predicted else 1.0
            recall = tp / expected if expected else 1.0
            result[f"{name}_f1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            result[f"{name}_recall"] = recall
        return result


def fold(name: str | None) -> str | None:
    return " ".join(name.casefold().split()) if name else None


def score_case(scores: Scores, case: Case, doc: Document) -> None:
    want: Expected = case.expected
    scores.exact("lead", case.name, fold(doc.lead_member), fold(want.lead))
    scores.overlap("participants", case.name, set(doc.participating_members), set(want.participants))
    scores.exact("year", case.name, (doc.year, doc.year_end), (want.year, want.year_end))
    scores.exact("type", case.name, fold(doc.type), fold(want.type))
    scores.exact("doc_type", case.name, doc.doc_type.value, want.doc_type)
    listed = set(doc.listed_principles)
    scores.exact("principles", case.name, listed, want.principles)
    scores.overlap("principles_listed", case.name, set(listed), set(want.principles), note=False)
    scores.overlap(
        "principles_any_basis", case.name, {p.name for p in doc.principles}, set(want.principles), note=False
    )
    if want.principles_form in ("statements", "paraphrased"):
        scores.overlap(f"principles_{want.principles_form}", case.name, set(listed), set(want.principles), note=False)
    got_contacts = {(fold(c.name), fold(c.email)) for c in doc.contacts}
    scores.overlap("contacts", case.name, got_contacts, {(fold(n), fold(e)) for n, e in want.contacts})


def extract_case(extractor: Extractor, case: Case) -> Document:
    page = FetchedPage(url=case.url, final_url=case.url, source="golden", status=200, content_type=case.content_type)
    page.body = case.body
    return extractor.extract(page)


def score_cases(cases: list[Case], extractor: Extractor | None = None) -> Scores:
    extractor = extractor or Extractor()
    scores = Scores()
    for case in cases:
        score_case(scores, case, extract_case(extractor, case))
    return scores


def report(scores: Scores, out: Callable[[str], None] = print) -> None:
    for name, value in sorted(scores.accuracy().items()):
        out(f"{name:28} {value:.3f}")
    for miss in scores.misses:
        out("  " + miss)
