"""One decision per field: the trained field models weigh every candidate and set the Document's
lead, participants, years, type and principles, each with a calibrated probability.

The models are small gradient-boosted tree ensembles (LightGBM), one per question ("is this council
the lead?", "does it take part?", "is this the project's period?", "is this the page's type?", "does
the page claim this principle?"), trained by `make train` on every labelled set into
`harvester/data/field_models.json` and loaded once per process. Only the gazetteer's canonical names
override a model: a council's name is always the gazetteer's spelling, and any other name is kept only
clean (`canonical.keep_clean_names`, the last step).
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from harvester.extract.candidates import FEATURES, feature_row
from harvester.extract.canonical import keep_clean_names
from harvester.extract.context import Candidate
from harvester.extract.emails import contacts_decided
from harvester.extract.years import end_candidates
from harvester.gazetteer import Gazetteer
from harvester.models import Document, Principle

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "field_models.json"
MODEL_FORMAT = 1
QUESTIONS = ("lead", "participant", "start", "end", "type", "principle", "doc_type", "contact")
# Below these a field's decision is sent for review (`Document.review`, "<field>: <why>"); chosen
# leave-one-set-out with the thresholds (docs/benchmarks.md).
DEFAULT_REVIEW_BELOW = 0.6


@dataclass
class Candidates:
    """Every candidate a page offered, by field."""

    councils: list[Candidate] = field(default_factory=list)
    years: list[Candidate] = field(default_factory=list)
    types: list[Candidate] = field(default_factory=list)
    principles: list[Candidate] = field(default_factory=list)
    doc_types: list[Candidate] = field(default_factory=list)
    contacts: list[Candidate] = field(default_factory=list)  # one per address on the page
    names: dict[str, str] = field(default_factory=dict)  # address -> the person it belongs to


@dataclass
class Question:
    """One trained question: a LightGBM model (as its text dump), the sigmoid that calibrates its
    scores (Platt scaling, fitted on out-of-set predictions) and the decision threshold."""

    model: str
    slope: float = 1.0
    intercept: float = 0.0
    threshold: float = 0.5
    constant: float | None = None  # every training example answered alike: no model
    _booster: Any = field(default=None, repr=False, compare=False)

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        if self.constant is not None:
            return np.full(len(rows), self.constant)
        if self._booster is None:
            import lightgbm

            self._booster = lightgbm.Booster(model_str=self.model)
        raw = np.asarray(self._booster.predict(rows, num_threads=1), dtype=np.float64)
        return calibrate(raw, self.slope, self.intercept)


def calibrate(p: np.ndarray, slope: float, intercept: float) -> np.ndarray:
    """Platt scaling of probabilities `p`: a sigmoid of their log-odds."""
    clipped = np.clip(p, 1e-6, 1 - 1e-6)
    return np.asarray(1.0 / (1.0 + np.exp(-(slope * np.log(clipped / (1 - clipped)) + intercept))))


@dataclass
class SentenceModel:
    """A linear model over the sentence vectors of where a candidate is named: P(the candidate is the
    answer) read from how the page speaks of it ('set up in [year]', 'led by the council')."""

    weights: list[float]
    bias: float

    def score(self, vectors: list[Any]) -> float:
        """The best P over the candidate's sentences; NaN when it has none."""
        if not vectors:
            return math.nan
        logits = np.stack(vectors) @ np.asarray(self.weights, dtype=np.float32) + self.bias
        return float(1.0 / (1.0 + math.exp(-float(np.max(logits)))))


# question -> the candidates (by kind) whose feature it feeds
SENTENCE_QUESTIONS = {"lead": "council", "participant": "council", "start": "year", "end": "year", "contact": "contact"}


def read_meaning(found: Candidates, models: dict[str, SentenceModel]) -> None:
    """Set each candidate's `meaning_<question>` features from the sentence models."""
    for question, kind in SENTENCE_QUESTIONS.items():
        model = models.get(question)
        for candidate in sentence_candidates(found, kind):
            candidate.features[f"meaning_{question}"] = model.score(candidate.vectors) if model else math.nan


def sentence_candidates(found: Candidates, kind: str) -> list[Candidate]:
    """The candidates of `kind` ('council', 'year' or 'contact') that a sentence model reads."""
    return {"council": found.councils, "year": found.years, "contact": found.contacts}[kind]


@dataclass
class FieldModels:
    """The trained questions, the features each reads (in order), where a field goes to review, and what
    the models were trained on."""

    questions: dict[str, Question]
    features: dict[str, tuple[str, ...]]
    sentences: dict[str, SentenceModel] = field(default_factory=dict)
    review_below: dict[str, float] = field(default_factory=dict)
    trained_on: dict[str, int] = field(default_factory=dict)
    embedder: str = "all-MiniLM-L6-v2"  # the sentence model the features were read with
    format: int = MODEL_FORMAT

    @property
    def thresholds(self) -> dict[str, float]:
        return {name: q.threshold for name, q in self.questions.items()}

    def probabilities(self, question: str, candidates: list[Candidate]) -> np.ndarray:
        """P(yes) for each candidate; zeros when the question has no model."""
        trained = self.questions.get(question)
        if trained is None or not candidates:
            return np.zeros(len(candidates))
        rows = np.array([feature_row(c) for c in candidates], dtype=np.float64)
        return trained.probabilities(rows)

    def to_json(self) -> str:
        """The models as JSON (deterministic for the same fit)."""
        return json.dumps(
            {
                "format": self.format,
                "embedder": self.embedder,
                "trained_on": self.trained_on,
                "review_below": self.review_below,
                "features": {k: list(v) for k, v in self.features.items()},
                "sentences": {k: {"weights": v.weights, "bias": v.bias} for k, v in self.sentences.items()},
                "questions": {
                    name: {
                        "slope": q.slope,
                        "intercept": q.intercept,
                        "threshold": q.threshold,
                        "constant": q.constant,
                        "model": q.model,
                    }
                    for name, q in self.questions.items()
                },
            },
            indent=1,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> FieldModels:
        data = json.loads(text)
        return cls(
            questions={name: Question(**q) for name, q in data["questions"].items()},
            features={k: tuple(v) for k, v in data["features"].items()},
            sentences={k: SentenceModel(**v) for k, v in data.get("sentences", {}).items()},
            review_below=data.get("review_below", {}),
            trained_on=data.get("trained_on", {}),
            embedder=data.get("embedder", "all-MiniLM-L6-v2"),
            format=data["format"],
        )

    def save(self, path: Path = MODEL_FILE) -> None:
        path.write_text(self.to_json() + "\n", encoding="utf-8")


@cache
def shipped_models() -> FieldModels | None:
    """The models shipped in the package, loaded once per process; None (rules alone) when absent or
    written by an incompatible version."""
    return load_models(MODEL_FILE)


def load_models(path: Path) -> FieldModels | None:
    if not path.exists():
        log.warning("no field models at %s: metadata is decided by the rules alone", path)
        return None
    try:
        models = FieldModels.from_json(path.read_text(encoding="utf-8"))
    except (ValueError, KeyError, TypeError) as exc:
        log.warning("field models at %s unreadable (%s): rules alone", path, exc)
        return None
    if models.format != MODEL_FORMAT or models.features != question_features():
        log.warning("field models at %s were trained on other features: rules alone (run make train)", path)
        return None
    return models


QUESTION_FIELD = {
    "lead": "council",
    "participant": "council",
    "start": "year",
    "end": "end",
    "type": "type",
    "principle": "principle",
    "doc_type": "doc_type",
    "contact": "contact",
}


def question_features() -> dict[str, tuple[str, ...]]:
    """The features each question reads, in order."""
    return {q: FEATURES[QUESTION_FIELD[q]] for q in QUESTIONS}


def apply(doc: Document, found: Candidates, models: FieldModels, gazetteer: Gazetteer) -> None:
    """Set `doc`'s fields from the models' decisions, with `confidence` and review notes."""
    read_meaning(found, models.sentences)
    doc.review = [note for note in doc.review if not note.startswith(_RULE_NOTES)]  # the models' own replace them
    _decide_councils(doc, found.councils, models, gazetteer)
    _decide_years(doc, found.years, models)
    _decide_type(doc, found.types, models)
    _decide_principles(doc, found.principles, models)
    _decide_doc_type(doc, found.doc_types, models)
    _decide_contacts(doc, found, models)
    _flag_unknown_councils(doc, gazetteer)
    for name, confidence in doc.confidence.items():
        if confidence < models.review_below.get(name, DEFAULT_REVIEW_BELOW):
            note = f"{name}: {_doubt(doc, name)} (confidence {confidence:.2f})"
            doc.review = [r for r in doc.review if not r.startswith(f"{name}:")] + [note]
    keep_clean_names(doc, gazetteer)  # last, after any note: the index sees canonical or clean names only


# Notes the rules wrote about fields the models now decide (their doubt is the models' confidence).
_RULE_NOTES = ("lead inferred from", "unknown council name:")


def _flag_unknown_councils(doc: Document, gazetteer: Gazetteer) -> None:
    """A council the gazetteer does not know, as a note on the field that names it."""
    named = [("lead_member", doc.lead_member)] if doc.lead_member else []
    named += [("participating_members", name) for name in doc.participating_members]
    for field_name, name in named:
        person = gazetteer.resolve(name)
        if person.kind == "council" and not person.known:
            note = f"{field_name}: a council the gazetteer does not know ({name})"
            if note not in doc.review:
                doc.review.append(note)


def _decide_councils(doc: Document, councils: list[Candidate], models: FieldModels, gazetteer: Gazetteer) -> None:
    p_lead = models.probabilities("lead", councils)
    p_member = models.probabilities("participant", councils)
    lead: Candidate | None = None
    if councils:
        best = int(np.argmax(p_lead))
        if p_lead[best] >= models.thresholds["lead"]:
            lead = councils[best]
        doc.confidence["lead_member"] = _certainty(float(p_lead[best]), lead is not None)
    else:
        doc.confidence["lead_member"] = 1.0
    doc.lead_member = gazetteer.resolve(lead.value).name if lead else None
    if lead is not None:
        doc.provenance["lead_member"] = f"model ({doc.confidence['lead_member']:.2f}): {lead.provenance()}"[:300]
    else:
        doc.provenance.pop("lead_member", None)
    chosen = [
        c
        for c, p in zip(councils, p_member, strict=True)
        if p >= models.thresholds["participant"] and (c is not lead or _listed_as_member(c))
    ]
    listed = {name: number for number, name in enumerate(doc.participating_members)}  # the rules' list order
    chosen.sort(
        key=lambda c: (listed.get(c.value, 10**6), min((o.line for o in c.origins if o.line >= 0), default=10**6))
    )
    doc.participants = [gazetteer.resolve(c.value) for c in chosen]
    doc.participating_members = list(dict.fromkeys(p.name for p in doc.participants))
    doc.confidence["participating_members"] = _set_certainty(p_member, models.thresholds["participant"])
    if chosen:
        doc.provenance["participating_members"] = "model: " + "; ".join(c.provenance() for c in chosen[:3])[:280]
    else:
        doc.provenance.pop("participating_members", None)


def _listed_as_member(candidate: Candidate) -> bool:
    """Whether the page names this council among the participants (a members label or list): only then
    is the lead one of its own participants, as on the network's project pages."""
    features = candidate.features
    return features.get("labelled_member", 0.0) > 0 or features.get("pair_members", 0.0) >= 0.5


def _decide_years(doc: Document, years: list[Candidate], models: FieldModels) -> None:
    """The start year (the likeliest, if likely enough), then its end among the later years (or none)."""
    doc.year = doc.year_end = None
    doc.provenance.pop("year", None)
    if not years:
        doc.confidence["year"] = 1.0
        return
    p_start = models.probabilities("start", years)
    best = int(np.argmax(p_start))
    if p_start[best] < models.thresholds["start"]:
        doc.confidence["year"] = _certainty(float(p_start[best]), False)
        return
    start = years[best]
    doc.year = int(start.value)
    ends = end_candidates(years, doc.year)
    p_end = models.probabilities("end", ends)
    end_confidence = 1.0
    if ends:
        last = int(np.argmax(p_end))
        kept = p_end[last] >= models.thresholds["end"]
        doc.year_end = int(ends[last].value) if kept else None
        end_confidence = _certainty(float(p_end[last]), kept)
    doc.confidence["year"] = round(float(p_start[best]) * end_confidence, 3)
    doc.provenance["year"] = f"model ({doc.confidence['year']:.2f}): {start.provenance()}"[:300]


def _decide_type(doc: Document, types: list[Candidate], models: FieldModels) -> None:
    p = models.probabilities("type", types)
    if not types:
        doc.type = None
        doc.confidence["type"] = 1.0
        return
    best = int(np.argmax(p))
    keep = p[best] >= models.thresholds["type"]
    doc.confidence["type"] = _certainty(float(p[best]), keep)
    doc.type = types[best].value if keep else None
    if keep:
        doc.provenance["type"] = f"model ({doc.confidence['type']:.2f}): {types[best].provenance()}"[:300]
    else:
        doc.provenance.pop("type", None)


def _decide_principles(doc: Document, principles: list[Candidate], models: FieldModels) -> None:
    if not principles:
        return
    p = models.probabilities("principle", principles)
    earlier = {pr.name: pr for pr in doc.principles}
    decided: list[Principle] = []
    for candidate, probability in zip(principles, p, strict=True):
        name = candidate.value
        if probability >= models.thresholds["principle"]:
            before = earlier.get(name)
            evidence = before.evidence if before and before.basis == "listed" else _principle_evidence(candidate)
            decided.append(
                Principle(name=name, basis="listed", evidence=evidence, confidence=round(float(probability), 3))
            )
        elif name in earlier and earlier[name].basis == "inferred":
            decided.append(earlier[name])
    doc.principles = decided
    doc.confidence["principles"] = _set_certainty(list(p), models.thresholds["principle"])


def _decide_doc_type(doc: Document, kinds: list[Candidate], models: FieldModels) -> None:
    if not kinds or "doc_type" not in models.questions:
        return
    # The kind stays the rules' for now: search's prior on generic pages was chosen on the rules' kinds,
    # and with the model's kinds blind recall fell from 0.884 to 0.872 (docs/benchmarks.md). The model
    # gives the rules' kind its confidence, so a doubtful kind still goes to review.
    p = models.probabilities("doc_type", kinds)
    chosen = next((number for number, kind in enumerate(kinds) if kind.value == doc.doc_type.value), None)
    if chosen is not None:
        doc.confidence["doc_type"] = round(float(p[chosen] / max(1e-9, float(p.sum()))), 3)


def _decide_contacts(doc: Document, found: Candidates, models: FieldModels) -> None:
    """The addresses the contact model keeps, each with its person; the rules' people without an
    address stay."""
    if "contact" not in models.questions:
        return
    p = models.probabilities("contact", found.contacts)
    kept = [
        c.value for c, probability in zip(found.contacts, p, strict=True) if probability >= models.thresholds["contact"]
    ]
    doc.contacts = contacts_decided(doc, kept, found.names)
    doc.confidence["contacts"] = _set_certainty(p, models.thresholds["contact"])
    if kept:
        doc.provenance["contacts"] = (
            "model: " + "; ".join(c.provenance() for c in found.contacts if c.value in kept[:3])[:280]
        )
    else:
        doc.provenance.pop("contacts", None)


def _principle_evidence(candidate: Candidate) -> str:
    return next((o.evidence for o in candidate.origins if o.evidence), "decided by the principles model")[:300]


def _certainty(probability: float, kept: bool) -> float:
    """How sure the decision is: P(right) of the value kept, or of keeping none."""
    return round(probability if kept else 1.0 - probability, 3)


def _set_certainty(probabilities: list[float] | np.ndarray, threshold: float) -> float:
    """A list's certainty: its least certain call (each name in or out)."""
    calls = [p if p >= threshold else 1.0 - p for p in probabilities]
    return round(float(min(calls)), 3) if calls else 1.0


def _doubt(doc: Document, name: str) -> str:
    value = getattr(doc, name, None) if name != "year" else doc.year
    if value in (None, [], ""):
        return "nothing found with confidence"
    return "the model is unsure of this value"
