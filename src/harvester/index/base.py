"""The index's vocabulary: constants, the records that move between the facade and an engine, the
engine-neutral filter and the `Engine` protocol. Engines (`edge`, `server`) import this, not the package.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from harvester.models import Chunk, Document, chunk_id, document_id

DENSE = "dense"
SPARSE = "sparse"
KEYWORD_FIELDS = ("doc_url", "source", "kind", "doc_type", "type_key", "councils", "lead_key", "principles")
INTEGER_FIELDS = ("year", "year_last")
# Facets are counted over documents (the `_docs` collection): display values, not the filter keys.
FACET_KEYWORD_FIELDS = ("council_names", "type")
FACET_INTEGER_FIELDS = ("years",)
UPSERT_BATCH = 256
_FACET_LIMIT = 10_000


def point_id(url: str, chunk_index: int) -> str:
    return chunk_id(url, chunk_index)


def doc_point_id(url: str) -> str:
    return document_id(url)


# --- records --------------------------------------------------------------------------------------


@dataclass
class IndexedChunk:
    chunk: Chunk
    dense: np.ndarray
    sparse: tuple[list[int], list[float]]


@dataclass
class DocumentUpdate:
    """A document's new chunks, its payload, and how many chunk points the index may hold for it now."""

    doc: Document
    chunks: list[IndexedChunk]
    payload: dict[str, Any]
    held: int = 0


@dataclass(frozen=True)
class Fusion:
    """Weighted reciprocal rank fusion as Qdrant computes it: 1 / ((rank + 1) / weight + k - 1)."""

    k: int
    weights: tuple[float, float]  # dense, sparse
    sparse_candidates: int
    page_prior: float = 1.0  # the fused score of a chunk of a generic page (doc_type "page") is multiplied by this


# Weighted reciprocal rank fusion. Plain RRF (k=60, equal weights) rewards a passage that is middling
# in both lists over the model's clear first choice, and on the labelled query set it lost recall to
# dense alone; with a small k and BM25 at 0.3 the model leads and exact keyword matches lift what it
# also found (docs/benchmarks.md has the comparison).
RRF_K = 10
RRF_WEIGHTS = (1.0, 0.3)
SPARSE_CANDIDATES = 100  # chunks the sparse prefetch contributes
# A document prior on the fused list: a network's generic pages (home, about, values, member lists,
# events; doc_type "page") share the words of many questions but seldom answer one, and took the
# ninth or tenth place from a relevant project. Their fused score counts 0.7 (the best of 0.9 down to 0 on
# the development queries, then confirmed on the blind ones; docs/benchmarks.md). Only hybrid search applies it.
PAGE_PRIOR = 0.7
FUSION = Fusion(RRF_K, RRF_WEIGHTS, SPARSE_CANDIDATES, PAGE_PRIOR)


@dataclass
class ChunkMatch:
    score: float
    payload: dict[str, Any]
    vector: np.ndarray | None = None
    id: str = ""


@dataclass(frozen=True)
class FacetCount:
    value: str | int
    count: int


@dataclass
class StoredPoint:
    """A point as an engine stores it: the unit of upserts, scrolls and copies between engines."""

    id: str
    dense: list[float]
    sparse: tuple[list[int], list[float]] | None
    payload: dict[str, Any]


# --- filters --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeywordMatch:
    """`field` equals `value`, or (a list field) contains it."""

    field: str
    value: str


@dataclass(frozen=True)
class IntRange:
    """`field` lies within the bounds (both inclusive; None is open)."""

    field: str
    gte: int | None = None
    lte: int | None = None


@dataclass(frozen=True)
class IndexFilter:
    """An engine-neutral filter: every match and range must hold and no excluded match may."""

    matches: tuple[KeywordMatch, ...] = ()
    ranges: tuple[IntRange, ...] = ()
    excluded: tuple[KeywordMatch, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.matches or self.ranges or self.excluded)


@dataclass(frozen=True)
class Search:
    """One engine query: nearest by the dense or the sparse vector, or both fused (`fusion` set)."""

    limit: int
    dense: list[float] | None = None
    sparse: tuple[list[int], list[float]] | None = None
    filter: IndexFilter | None = None
    fusion: Fusion | None = None
    payload: tuple[str, ...] | None = None  # the payload fields to return; None: all


@dataclass(frozen=True)
class CollectionSpec:
    """A collection's layout: named dense vector (cosine), optional sparse one (IDF), payload indexes."""

    name: str
    dimensions: int
    sparse: bool
    keyword_fields: tuple[str, ...]
    integer_fields: tuple[str, ...]


# --- engines --------------------------------------------------------------------------------------


class Engine(Protocol):
    """What the facade needs from a Qdrant. Every failure raises IndexUnavailableError naming `location`."""

    location: str

    def has(self, collection: str) -> bool: ...

    def create(self, spec: CollectionSpec) -> None: ...

    def indexed_fields(self, collection: str) -> set[str]: ...

    def add_field_indexes(self, spec: CollectionSpec, fields: set[str]) -> None: ...

    def drop(self, collection: str) -> None: ...

    def count(self, collection: str) -> int: ...

    def upsert(self, collection: str, points: list[StoredPoint]) -> None: ...

    def delete(self, collection: str, ids: list[str]) -> None: ...

    def set_payload(self, collection: str, ids: list[str], payload: dict[str, Any]) -> None:
        """Merge `payload` into the points' payloads (keys it names are replaced; vectors untouched)."""
        ...

    def retrieve(self, collection: str, ids: list[str], with_vectors: bool) -> list[StoredPoint]: ...

    def scroll(
        self, collection: str, offset: str | None, limit: int, with_vectors: bool
    ) -> tuple[list[StoredPoint], str | None]: ...

    def search(self, collection: str, search: Search) -> list[ChunkMatch]: ...

    def facet(self, collection: str, key: str, query_filter: IndexFilter | None, limit: int) -> list[FacetCount]: ...

    def optimize(self) -> None: ...

    def close(self) -> None: ...


# --- the facade -----------------------------------------------------------------------------------
