"""Training and leave-one-set-out evaluation of the field models (`make train`, `make eval-extract`).

A labelled document gives one row per candidate and question: is this council the lead, does it take
part, is this the project's period, is this the page's type, does the page claim this principle. The
models are fitted on every labelled set; the honest figure is leave-one-set-out: fit on all sets but
one, decide the one left out, score it, for each set in turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import HistGradientBoostingClassifier

from harvester.extract.candidates import FEATURES, Candidate, feature_row
from harvester.extract.decision import Candidates, FieldModels
from harvester.gazetteer import fold

THRESHOLDS = {"lead": 0.5, "participant": 0.5, "period": 0.5, "type": 0.5, "principle": 0.5}
QUESTION_FIELD = {
    "lead": "council",
    "participant": "council",
    "period": "period",
    "type": "type",
    "principle": "principle",
}
SEED = 20261203


@dataclass(frozen=True)
class Truth:
    """What a careful reader takes from a labelled document."""

    lead: str | None
    participants: frozenset[str]
    year: int | None
    year_end: int | None
    type: str | None
    principles: frozenset[str]


@dataclass
class Example:
    """One labelled document's candidates and truth, tagged with the set it belongs to."""

    group: str
    name: str
    found: Candidates
    truth: Truth


@dataclass
class Rows:
    """Feature rows, answers and groups for one question."""

    x: list[list[float]] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


def answers(question: str, candidates: Sequence[Candidate], truth: Truth) -> list[int]:
    """For each candidate, whether it is the right answer to `question`."""
    if question == "lead":
        return [int(fold(c.value) == fold(truth.lead)) if truth.lead else 0 for c in candidates]
    if question == "participant":
        wanted = {fold(p) for p in truth.participants}
        return [int(fold(c.value) in wanted) for c in candidates]
    if question == "period":
        return [int((int(c.value), c.end) == (truth.year, truth.year_end)) for c in candidates]
    if question == "type":
        return [int(bool(truth.type) and fold(c.value) == fold(truth.type)) for c in candidates]
    return [int(c.value in truth.principles) for c in candidates]


def candidates_for(question: str, found: Candidates) -> list[Candidate]:
    return {
        "lead": found.councils,
        "participant": found.councils,
        "period": found.periods,
        "type": found.types,
        "principle": found.principles,
    }[question]


def rows(examples: Sequence[Example], question: str) -> Rows:
    out = Rows()
    for example in examples:
        candidates = candidates_for(question, example.found)
        out.x.extend(feature_row(c) for c in candidates)
        out.y.extend(answers(question, candidates, example.truth))
        out.groups.extend([example.group] * len(candidates))
    return out


def fit(examples: Sequence[Example]) -> FieldModels:
    """The field models fitted on `examples` (deterministic for the same examples)."""
    classifiers = {}
    for question in THRESHOLDS:
        data = rows(examples, question)
        classifiers[question] = _fit_one(data)
    trained_on: dict[str, int] = {}
    for example in examples:
        trained_on[example.group] = trained_on.get(example.group, 0) + 1
    return FieldModels(
        classifiers=classifiers,
        thresholds=dict(THRESHOLDS),
        features={q: FEATURES[QUESTION_FIELD[q]] for q in THRESHOLDS},
        trained_on=trained_on,
    )


def _fit_one(data: Rows) -> object:
    x = np.array(data.x, dtype=np.float64)
    y = np.array(data.y, dtype=np.int64)
    if len(set(y.tolist())) < 2:
        return _Constant(float(y.mean()) if len(y) else 0.0)
    groups = np.array(data.groups)
    names = sorted(set(groups.tolist()))
    splits = [(np.where(groups != g)[0], np.where(groups == g)[0]) for g in names]
    splits = [(train, test) for train, test in splits if len(set(y[train].tolist())) == 2 and len(test)]
    base = HistGradientBoostingClassifier(
        max_iter=150, learning_rate=0.08, max_depth=4, min_samples_leaf=8, l2_regularization=1.0, random_state=SEED
    )
    if len(splits) < 2:
        return base.fit(x, y)
    model = CalibratedClassifierCV(base, method="sigmoid", cv=splits, ensemble=False)
    return model.fit(x, y)


class _Constant:
    """A question every example answers the same way (no model to learn)."""

    def __init__(self, p: float) -> None:
        self.p = p

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        return np.column_stack([np.full(len(x), 1.0 - self.p), np.full(len(x), self.p)])


def leave_one_set_out(examples: Sequence[Example]) -> dict[str, FieldModels]:
    """For each set, the models fitted on every other set."""
    groups = sorted({e.group for e in examples})
    return {g: fit([e for e in examples if e.group != g]) for g in groups}
