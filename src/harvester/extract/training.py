"""Training and leave-one-set-out evaluation of the field models (`make train`, `make eval-extract`).

A labelled document gives one row per candidate and question: is this council the lead, does it take
part, is this the project's period, is this the page's type, does the page claim this principle. The
models are fitted on every labelled set; the honest figure is leave-one-set-out: fit on all sets but
one, decide the one left out, score it, for each set in turn.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import lightgbm
import numpy as np
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from harvester.extract.candidates import feature_row
from harvester.extract.context import Candidate
from harvester.extract.decision import (
    QUESTIONS,
    SENTENCE_QUESTIONS,
    Candidates,
    FieldModels,
    Question,
    SentenceModel,
    calibrate,
    question_features,
    sentence_candidates,
)
from harvester.extract.years import end_candidates
from harvester.gazetteer import fold

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
    doc_type: str | None = None
    emails: frozenset[str] = frozenset()  # the contacts' addresses, folded


@dataclass
class Example:
    """One labelled document's candidates and truth, tagged with the set it belongs to."""

    group: str
    name: str
    found: Candidates
    truth: Truth


@dataclass
class Rows:
    """Feature rows, answers, groups and documents for one question."""

    x: list[list[float]] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    docs: list[int] = field(default_factory=list)
    truths: list[Truth] = field(default_factory=list)  # per document


def answers(question: str, candidates: Sequence[Candidate], truth: Truth) -> list[int]:
    """For each candidate, whether it is the right answer to `question`."""
    if question == "lead":
        lead = fold(truth.lead) if truth.lead else None
        return [int(fold(c.value) == lead) for c in candidates]
    if question == "participant":
        wanted = {fold(p) for p in truth.participants}
        return [int(fold(c.value) in wanted) for c in candidates]
    if question == "start":
        return [int(int(c.value) == truth.year) for c in candidates]
    if question == "end":
        return [int(int(c.value) == truth.year_end) for c in candidates]
    if question == "type":
        wanted_type = fold(truth.type) if truth.type else None
        return [int(fold(c.value) == wanted_type) for c in candidates]
    if question == "doc_type":
        return [int(c.value == truth.doc_type) for c in candidates]
    if question == "contact":
        return [int(c.value.lower() in truth.emails) for c in candidates]
    return [int(c.value in truth.principles) for c in candidates]


def candidates_for(question: str, found: Candidates, truth: Truth | None = None) -> list[Candidate]:
    """The candidates a question weighs; a project's end is sought after its true start (in training)."""
    if question == "end":
        starts = [c for c in found.years if truth is not None and int(c.value) == truth.year]
        return end_candidates(found.years, int(starts[0].value)) if starts else []
    return {
        "lead": found.councils,
        "participant": found.councils,
        "type": found.types,
        "principle": found.principles,
        "doc_type": found.doc_types,
        "start": found.years,
        "contact": found.contacts,
    }[question]


def rows(examples: Sequence[Example], question: str) -> Rows:
    out = Rows()
    for number, example in enumerate(examples):
        candidates = candidates_for(question, example.found, example.truth)
        out.x.extend(feature_row(c) for c in candidates)
        out.y.extend(answers(question, candidates, example.truth))
        out.groups.extend([example.group] * len(candidates))
        out.docs.extend([number] * len(candidates))
        out.truths.append(example.truth)
    return out


def fit(examples: Sequence[Example]) -> FieldModels:
    """The field models fitted on `examples` (deterministic for the same examples): one classifier per
    question, calibrated on predictions for each set made without it (Platt), and a decision threshold
    per question chosen on those same out-of-set predictions."""
    sentences = fit_sentence_models(examples)
    questions: dict[str, Question] = {}
    for name in QUESTIONS:
        data = rows(examples, name)
        question, oof = _fit_one(data)
        question.threshold = choose_threshold(name, data, oof)
        questions[name] = question
    trained_on: dict[str, int] = {}
    for example in examples:
        trained_on[example.group] = trained_on.get(example.group, 0) + 1
    return FieldModels(
        questions=questions,
        features=question_features(),
        sentences=sentences,
        trained_on=dict(sorted(trained_on.items())),
    )


def fit_sentence_models(examples: Sequence[Example]) -> dict[str, SentenceModel]:
    """The sentence models, and for every training candidate its `meaning_<question>` feature as a model
    fitted without the candidate's own set would give it (so the tree models learn how far to trust a
    reading of an unseen layout)."""
    models: dict[str, SentenceModel] = {}
    for question in SENTENCE_QUESTIONS:
        vectors, labels, groups, owners = _sentence_rows(examples, question)
        for example in examples:
            for candidate in _sentence_candidates(example, question):
                candidate.features[f"meaning_{question}"] = math.nan
        if len(set(labels)) < 2:
            continue
        x, y, g = np.stack(vectors), np.array(labels), np.array(groups)
        for group in sorted(set(groups)):
            train = g != group
            if len(set(y[train].tolist())) < 2:
                continue
            held_out = _linear(x[train], y[train])
            for candidate in {id(c): c for c, gg in zip(owners, groups, strict=True) if gg == group}.values():
                candidate.features[f"meaning_{question}"] = held_out.score(candidate.vectors)
        models[question] = _linear(x, y)
    return models


def _sentence_candidates(example: Example, question: str) -> list[Candidate]:
    return sentence_candidates(example.found, SENTENCE_QUESTIONS[question])


def _sentence_rows(
    examples: Sequence[Example], question: str
) -> tuple[list[Any], list[int], list[str], list[Candidate]]:
    vectors: list[Any] = []
    labels: list[int] = []
    groups: list[str] = []
    owners: list[Candidate] = []
    for example in examples:
        candidates = _sentence_candidates(example, question)
        for candidate, label in zip(candidates, _sentence_answers(question, candidates, example.truth), strict=True):
            for vector in candidate.vectors:
                vectors.append(vector)
                labels.append(label)
                groups.append(example.group)
                owners.append(candidate)
    return vectors, labels, groups, owners


def _sentence_answers(question: str, candidates: Sequence[Candidate], truth: Truth) -> list[int]:
    if question == "end":
        return [int(truth.year_end is not None and int(c.value) == truth.year_end) for c in candidates]
    return answers(question, candidates, truth)


def _linear(x: np.ndarray, y: np.ndarray) -> SentenceModel:
    model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced").fit(x, y)
    return SentenceModel(
        weights=[round(float(w), 6) for w in model.coef_[0]], bias=round(float(model.intercept_[0]), 6)
    )


# Small data (a few hundred documents): shallow trees, many examples per leaf, a column sample per tree.
PARAMS: dict[str, float | int] = {
    "n_estimators": int(os.environ.get("HARVESTER_TREES", 300)),
    "learning_rate": float(os.environ.get("HARVESTER_LR", 0.03)),
    "num_leaves": int(os.environ.get("HARVESTER_LEAVES", 15)),
    "min_child_samples": int(os.environ.get("HARVESTER_MIN_LEAF", 15)),
    "colsample_bytree": float(os.environ.get("HARVESTER_COLS", 0.6)),
}


def _booster(x: np.ndarray, y: np.ndarray) -> lightgbm.Booster:
    model = lightgbm.LGBMClassifier(
        n_estimators=int(PARAMS["n_estimators"]),
        learning_rate=float(PARAMS["learning_rate"]),
        max_depth=4,
        num_leaves=int(PARAMS["num_leaves"]),
        min_child_samples=int(PARAMS["min_child_samples"]),
        reg_lambda=1.0,
        subsample=1.0,
        colsample_bytree=float(PARAMS["colsample_bytree"]),
        deterministic=True,
        force_row_wise=True,
        n_jobs=1,
        random_state=SEED,
        verbose=-1,
    )
    return model.fit(x, y).booster_


def _fit_one(data: Rows) -> tuple[Question, np.ndarray]:
    """The classifier for one question and its calibrated out-of-set probabilities for every row."""
    y = np.array(data.y, dtype=np.int64)
    x = np.array(data.x, dtype=np.float64).reshape(len(y), -1) if len(y) else np.zeros((0, 0))
    if len(set(y.tolist())) < 2:
        constant = float(y.mean()) if len(y) else 0.0
        return Question(model="", constant=constant), np.full(len(y), constant)
    groups = np.array(data.groups)
    raw = np.full(len(y), np.nan)
    for group in sorted(set(groups.tolist())):
        train, test = np.where(groups != group)[0], np.where(groups == group)[0]
        if len(set(y[train].tolist())) == 2:
            raw[test] = _booster(x[train], y[train]).predict(x[test], num_threads=1)
    known = ~np.isnan(raw)
    slope, intercept = (
        _platt(raw[known], y[known]) if known.sum() > 10 and len(set(y[known].tolist())) == 2 else (1.0, 0.0)
    )
    question = Question(model=_booster(x, y).model_to_string(), slope=slope, intercept=intercept)
    oof = np.where(known, calibrate(np.nan_to_num(raw, nan=0.5), slope, intercept), np.nan)
    return question, oof


def _platt(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    clipped = np.clip(p, 1e-6, 1 - 1e-6)
    logistic = LogisticRegression(C=1e4).fit(np.log(clipped / (1 - clipped)).reshape(-1, 1), y)
    return round(float(logistic.coef_[0, 0]), 6), round(float(logistic.intercept_[0]), 6)


_GRID = [round(0.1 + 0.05 * i, 2) for i in range(15)]  # 0.10 … 0.80


def choose_threshold(question: str, data: Rows, p: np.ndarray) -> float:
    """The threshold that scores best on the out-of-set probabilities `p` (ties: the one nearest 0.5)."""
    if np.isnan(p).all():
        return 0.5
    best = max(_GRID, key=lambda t: (round(_score_at(question, data, p, t), 6), -abs(t - 0.5)))
    return float(best)


def _score_at(question: str, data: Rows, p: np.ndarray, threshold: float) -> float:
    docs = np.array(data.docs)
    y = np.array(data.y)
    usable = ~np.isnan(p)
    if question == "doc_type":
        return 0.5  # the kind is the best of five, whatever its probability
    if question in ("participant", "principle", "contact"):
        chosen = usable & (p >= threshold)
        tp, predicted, wanted = int((chosen & (y == 1)).sum()), int(chosen.sum()), int((usable & (y == 1)).sum())
        if question == "participant":
            wanted = sum(len(t.participants) for i, t in enumerate(data.truths) if usable[docs == i].any())
        if question == "contact":
            wanted = sum(len(t.emails) for i, t in enumerate(data.truths) if usable[docs == i].any())
        precision, recall = tp / max(1, predicted), tp / max(1, wanted)
        return 2 * precision * recall / max(1e-9, precision + recall)
    right = total = 0
    for number in range(len(data.truths)):
        rows_of = np.where((docs == number) & usable)[0]
        if not len(rows_of) and not (docs == number).any():
            continue
        total += 1
        best = rows_of[np.argmax(p[rows_of])] if len(rows_of) else None
        keep = best is not None and p[best] >= threshold
        right += int(bool(y[best]) if keep else not _has_answer(question, data.truths[number]))
    return right / max(1, total)


def _has_answer(question: str, truth: Truth) -> bool:
    return {
        "lead": truth.lead is not None,
        "start": truth.year is not None,
        "end": truth.year_end is not None,
        "type": bool(truth.type),
    }[question]


def leave_one_set_out(examples: Sequence[Example]) -> dict[str, FieldModels]:
    """For each set, the models fitted on every other set."""
    groups = sorted({e.group for e in examples})
    return {g: fit([e for e in examples if e.group != g]) for g in groups}
