"""Reading by meaning: a label, heading or sentence compared with what each field is, by the bundled
sentence model. No word list decides here; the lexicon's labels are the examples each field is known by.

`Meaning.label_scores("Host authority")` gives, per field, the cosine similarity of the label to the
field's description and its lexicon labels (the best of them). `Meaning.role_scores(sentence)` gives a
sentence's similarity to the roles a council plays on a page ("leads the work", "takes part", "is
mentioned in passing"). Both are features for the field models, never decisions on their own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache

import numpy as np

from harvester.extract.lexicon import FIELD_DESCRIPTIONS, LEXICON, NOT_A_FIELD, ROLE_PROTOTYPES

Encoder = Callable[[list[str]], np.ndarray]

_CACHE_LIMIT = 50_000


class Meaning:
    """Similarities of short texts to the fields and roles, with a per-process cache (labels repeat
    across the pages of one site, so most lookups are free)."""

    def __init__(self, encode: Encoder, name: str = "") -> None:
        self._encode = encode
        self.name = name  # the sentence model's name: the field models read features of this model only
        self.encoded = 0  # texts sent to the model, for benchmarks
        self._lock = threading.Lock()
        self._cache: dict[str, np.ndarray] = {}
        self._fields: list[str] = []
        self._field_vectors: list[np.ndarray] = []
        self._other: np.ndarray | None = None
        self._roles: list[str] = []
        self._role_vectors: list[np.ndarray] = []

    def vectors(self, texts: list[str]) -> np.ndarray:
        """Unit vectors for `texts` (cached)."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        self.encoded += len(missing)
        if missing:
            encoded = self._encode(missing)
            with self._lock:
                if len(self._cache) > _CACHE_LIMIT:
                    self._cache.clear()
                self._cache.update(zip(missing, encoded, strict=True))
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def clear(self) -> None:
        """Forget the cached vectors of page texts (the fields' and roles' own examples are kept)."""
        with self._lock:
            self._cache.clear()

    def label_scores(self, labels: list[str]) -> list[dict[str, float]]:
        """For each label, field → similarity to that field's examples, and 'other' → similarity to
        labels that name no field ('Email', 'Budget', 'Tags')."""
        self._prepare()
        if not labels:
            return []
        vectors = self.vectors([label_text(label) for label in labels])
        scores: list[dict[str, float]] = [{} for _ in labels]
        for name, examples in zip(self._fields, self._field_vectors, strict=True):
            best = (vectors @ examples.T).max(axis=1)
            for row, value in zip(scores, best, strict=True):
                row[name] = float(value)
        assert self._other is not None
        other = (vectors @ self._other.T).max(axis=1)
        for row, value in zip(scores, other, strict=True):
            row["other"] = float(value)
        return scores

    def role_scores(self, sentences: list[str]) -> list[dict[str, float]]:
        """For each sentence (its council already replaced by 'the council'), role → similarity."""
        self._prepare()
        if not sentences:
            return []
        vectors = self.vectors(sentences)
        scores: list[dict[str, float]] = [{} for _ in sentences]
        for name, examples in zip(self._roles, self._role_vectors, strict=True):
            best = (vectors @ examples.T).max(axis=1)
            for row, value in zip(scores, best, strict=True):
                row[name] = float(value)
        return scores

    def _prepare(self) -> None:
        if self._fields:
            return
        fields = sorted(FIELD_DESCRIPTIONS)
        field_vectors = [self.vectors([FIELD_DESCRIPTIONS[f], *field_examples(f)]) for f in fields]
        other = self.vectors(list(NOT_A_FIELD))
        roles = sorted(ROLE_PROTOTYPES)
        role_vectors = [self.vectors(list(ROLE_PROTOTYPES[r])) for r in roles]
        with self._lock:
            self._field_vectors, self._other = field_vectors, other
            self._roles, self._role_vectors = roles, role_vectors
            self._fields = fields


@cache
def field_examples(field: str) -> tuple[str, ...]:
    """The lexicon's labels for a field, as the examples its meaning is learnt from."""
    return tuple(label_text(label) for label in LEXICON.get(field, ()))


def label_text(label: str) -> str:
    """A label as it is embedded (and cached): no separators, lower case, single spaces."""
    return " ".join(label.strip(" :|-–—").split()).lower()[:80]


def commitment_sentences(sentences: list[str], budget: int = 6) -> list[str]:
    """The `budget` sentences of a page sharing most words with any principle's statement: the ones worth
    embedding (a page's cost is bounded; a commitment in other words still shares a few)."""
    from harvester.extract.commitments import word_overlap

    usable = [s for s in sentences if 5 <= len(s.split()) <= 80][:400]
    if not usable:
        return []
    overlap = word_overlap(usable).max(axis=1)
    return [usable[i] for i in np.argsort(-overlap, kind="stable")[:budget]]


def principle_similarity(chosen: list[str], meaning: Meaning) -> dict[str, float]:
    """Per principle, the best cosine similarity of the `chosen` sentences to its 'We will…' statement."""
    from harvester.principles import PRINCIPLES

    if not chosen:
        return {}
    statements = meaning.vectors([p.statement for p in PRINCIPLES])
    similarity = meaning.vectors(chosen) @ statements.T
    best = similarity.max(axis=0)
    return {p.name: float(value) for p, value in zip(PRINCIPLES, best, strict=True)}
