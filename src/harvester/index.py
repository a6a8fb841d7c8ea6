"""Index: the only module that knows Qdrant. Local mode under data_dir by default, or a server.

Chunks live in `<collection>` (named dense + sparse vectors); one mean vector per document lives in
`<collection>_docs` for "similar" queries. Point IDs are uuid5 of (url, chunk index), so re-runs
overwrite rather than duplicate, and updates upsert first and delete stale points after.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from qdrant_client import QdrantClient, models
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse
from scipy import sparse as sparse_matrix

from harvester.errors import IndexUnavailableError
from harvester.models import Chunk, Document

log = logging.getLogger(__name__)

DENSE = "dense"
SPARSE = "sparse"
_NAMESPACE = uuid.UUID("5f0c6d3e-2a4b-4c1d-9e7f-3b8a1c2d4e5f")
_KEYWORD_FIELDS = ("doc_url", "source", "kind", "doc_type", "type_key", "councils", "lead_key", "principles")
_INTEGER_FIELDS = ("year", "year_last")
_UPSERT_BATCH = 256
# Weighted reciprocal rank fusion. Plain RRF (k=60, equal weights) rewards a passage that is middling
# in both lists over the model's clear first choice, and on the labelled query set it lost recall to
# dense alone; with a small k and BM25 at 0.3 the model leads and exact keyword matches lift what it
# also found (docs/benchmarks.md has the comparison).
RRF_K = 10
RRF_WEIGHTS = (1.0, 0.3)
SPARSE_CANDIDATES = 100  # chunks the sparse prefetch contributes


def point_id(url: str, chunk_index: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{url}#{chunk_index}"))


def doc_point_id(url: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, url))


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


@dataclass
class ChunkMatch:
    score: float
    payload: dict[str, Any]
    vector: np.ndarray | None = None


class VectorIndex:
    """Wraps a QdrantClient; every call that fails at the transport raises IndexUnavailableError."""

    def __init__(self, client: QdrantClient, collection: str, location: str, dimensions: int = 384) -> None:
        self.client = client
        self.collection = collection
        self.docs_collection = f"{collection}_docs"
        self.location = location
        self.dimensions = dimensions
        self.local = not location.startswith(("http://", "https://"))
        self.fusion = Fusion(RRF_K, RRF_WEIGHTS, SPARSE_CANDIDATES)
        self._mirror: _LocalMirror | None = None
        self._lock = threading.RLock()  # embedded Qdrant is not thread-safe; the API searches from threads

    @classmethod
    def open(
        cls,
        data_dir: Path,
        url: str | None,
        api_key: str | None,
        collection: str,
        timeout_s: float = 10.0,
        dimensions: int = 384,
    ) -> VectorIndex:
        """Local mode under data_dir/qdrant when url is None, else a Qdrant server."""
        if url is None:
            path = data_dir / "qdrant"
            path.mkdir(parents=True, exist_ok=True)
            try:
                client = QdrantClient(path=str(path))
            except RuntimeError as exc:  # local mode allows one process per path
                raise IndexUnavailableError(f"embedded index at {path} is in use by another process: {exc}") from None
            return cls(client, collection, str(path), dimensions)
        # No version probe at construction: the first real call reports an unreachable server clearly.
        client = QdrantClient(url=url, api_key=api_key, timeout=int(max(1, timeout_s)), check_compatibility=False)
        return cls(client, collection, url, dimensions)

    def close(self) -> None:
        self.client.close()

    def _call(self, action: str, func: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            with self._lock:
                return func(*args, **kwargs)
        except (ResponseHandlingException, UnexpectedResponse, ConnectionError, TimeoutError, OSError) as exc:
            detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
            raise IndexUnavailableError(f"Qdrant at {self.location} failed during {action}: {detail}") from None

    # --- collections --------------------------------------------------------------------------

    def ensure_collections(self) -> None:
        if not self._call("collection check", self.client.collection_exists, self.collection):
            self._call(
                "create collection",
                self.client.create_collection,
                self.collection,
                vectors_config={DENSE: models.VectorParams(size=self.dimensions, distance=models.Distance.COSINE)},
                sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
            )
            for field in _KEYWORD_FIELDS:
                self._payload_index(self.collection, field, models.PayloadSchemaType.KEYWORD)
            for field in _INTEGER_FIELDS:
                self._payload_index(self.collection, field, models.PayloadSchemaType.INTEGER)
        if not self._call("collection check", self.client.collection_exists, self.docs_collection):
            self._call(
                "create collection",
                self.client.create_collection,
                self.docs_collection,
                vectors_config={DENSE: models.VectorParams(size=self.dimensions, distance=models.Distance.COSINE)},
            )
            self._payload_index(self.docs_collection, "doc_url", models.PayloadSchemaType.KEYWORD)

    def _payload_index(self, collection: str, field: str, schema: models.PayloadSchemaType) -> None:
        if self.local:
            return  # local mode is brute force and ignores payload indexes; a server uses them for filters
        self._call("create payload index", self.client.create_payload_index, collection, field, schema)

    def exists(self) -> bool:
        return bool(self._call("collection check", self.client.collection_exists, self.collection))

    def count(self) -> int:
        if not self.exists():
            return 0
        result = self._call("count", self.client.count, self.collection, exact=True)
        return int(result.count)

    # --- writes -------------------------------------------------------------------------------

    def replace_documents(self, updates: list[DocumentUpdate]) -> None:
        """Upsert the documents' chunks, then delete chunks that no longer exist (never the reverse).

        Stale chunks are deleted by ID: each update says how many chunk points the index may hold for
        its document (`held`, a high-water mark the catalogue keeps across crashes), so no filter scan
        is needed, which the embedded mode would do by brute force for every document.
        """
        self._mirror = None
        points = [self._chunk_point(update, item) for update in updates for item in update.chunks]
        for start in range(0, len(points), _UPSERT_BATCH):
            self._call("upsert", self.client.upsert, self.collection, points[start : start + _UPSERT_BATCH], wait=True)
        stale = [
            point_id(update.doc.url, index)
            for update in updates
            for index in range(len(update.chunks), max(update.held, len(update.chunks)))
        ]
        self._delete_ids(self.collection, stale, "delete stale chunks")
        doc_points = [self._document_point(update) for update in updates if update.chunks]
        if doc_points:
            self._call("upsert", self.client.upsert, self.docs_collection, doc_points, wait=True)
        emptied = [doc_point_id(update.doc.url) for update in updates if not update.chunks]
        self._delete_ids(self.docs_collection, emptied, "delete")

    def delete_document(self, url: str, held: int) -> None:
        """Remove a document: its `held` chunk points (see `replace_documents`) and its document vector."""
        self._mirror = None
        self._delete_ids(self.collection, [point_id(url, index) for index in range(held)], "delete")
        self._delete_ids(self.docs_collection, [doc_point_id(url)], "delete")

    def _delete_ids(self, collection: str, ids: list[str], action: str) -> None:
        for start in range(0, len(ids), _UPSERT_BATCH):
            selector = models.PointIdsList(points=list(ids[start : start + _UPSERT_BATCH]))
            self._call(action, self.client.delete, collection, points_selector=selector, wait=True)

    @staticmethod
    def _chunk_point(update: DocumentUpdate, item: IndexedChunk) -> models.PointStruct:
        return models.PointStruct(
            id=point_id(update.doc.url, item.chunk.chunk_index),
            vector={
                DENSE: item.dense.tolist(),
                SPARSE: models.SparseVector(indices=item.sparse[0], values=item.sparse[1]),
            },
            payload={
                **update.payload,
                "chunk_index": item.chunk.chunk_index,
                "text": item.chunk.text,
                "section": item.chunk.section,
                "page": item.chunk.page,
                "start": item.chunk.start,
                "end": item.chunk.end,
                "chunks": len(update.chunks),
            },
        )

    @staticmethod
    def _document_point(update: DocumentUpdate) -> models.PointStruct:
        mean = np.mean([c.dense for c in update.chunks], axis=0)
        mean = mean / (np.linalg.norm(mean) or 1.0)
        vector = {DENSE: mean.tolist()}
        return models.PointStruct(id=doc_point_id(update.doc.url), vector=vector, payload=update.payload)

    # --- reads --------------------------------------------------------------------------------

    def query(
        self,
        *,
        dense: np.ndarray | None,
        sparse: tuple[list[int], list[float]] | None,
        query_filter: models.Filter | None,
        limit: int,
        mode: str,
        per_document: int = 0,
    ) -> list[ChunkMatch]:
        """Chunk matches, best first: dense, sparse, or both fused with reciprocal rank fusion.

        `per_document` > 0 allows the embedded path to keep only each document's best chunk (and at
        most that many documents) before payloads are read; callers must not rely on more.

        In embedded mode the query runs on a vectorised snapshot of the collection (`_LocalMirror`),
        with the same scores, filters and fusion as Qdrant's; a server runs it itself.
        """
        if not self.exists():
            return []
        mirror = self._local_mirror()
        if mirror is not None and mirror.supports(query_filter):
            found = mirror.query(dense, sparse, query_filter, limit, mode, self.fusion)
            if per_document:
                found = mirror.best_per_document(found, per_document)
            payloads = self._payloads([point for point, _ in found])
            return [ChunkMatch(score, payloads[point]) for point, score in found if point in payloads]
        sparse_vector = models.SparseVector(indices=sparse[0], values=sparse[1]) if sparse else None
        if mode == "hybrid" and dense is not None and sparse_vector is not None and sparse_vector.indices:
            response = self._call(
                "search",
                self.client.query_points,
                self.collection,
                prefetch=[
                    models.Prefetch(query=dense.tolist(), using=DENSE, filter=query_filter, limit=limit),
                    models.Prefetch(
                        query=sparse_vector, using=SPARSE, filter=query_filter, limit=self.fusion.sparse_candidates
                    ),
                ],
                query=models.RrfQuery(rrf=models.Rrf(k=self.fusion.k, weights=list(self.fusion.weights))),
                limit=limit,
                with_payload=True,
            )
        elif mode == "sparse":
            if sparse_vector is None or not sparse_vector.indices:
                return []
            response = self._call(
                "search",
                self.client.query_points,
                self.collection,
                query=sparse_vector,
                using=SPARSE,
                query_filter=query_filter,
                limit=limit,
                with_payload=True,
            )
        else:
            assert dense is not None
            response = self._call(
                "search",
                self.client.query_points,
                self.collection,
                query=dense.tolist(),
                using=DENSE,
                query_filter=query_filter,
                limit=limit,
                with_payload=True,
            )
        return [ChunkMatch(float(p.score), dict(p.payload or {})) for p in response.points]

    def _local_mirror(self) -> _LocalMirror | None:
        if not self.local:
            return None
        with self._lock:
            if self._mirror is None:
                self._mirror = self._call("load", _LocalMirror.load, self.client, self.collection)
            return self._mirror

    def _payloads(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        points = self._call("retrieve", self.client.retrieve, self.collection, ids, with_payload=True)
        return {str(p.id): dict(p.payload or {}) for p in points}

    def document_point(self, url: str) -> ChunkMatch | None:
        """A document's mean vector (as `vector`) and payload, or None when it is not indexed."""
        if not self._call("collection check", self.client.collection_exists, self.docs_collection):
            return None
        points = self._call(
            "retrieve",
            self.client.retrieve,
            self.docs_collection,
            [doc_point_id(url)],
            with_vectors=True,
            with_payload=True,
        )
        if not points:
            return None
        vector = points[0].vector
        values = vector.get(DENSE) if isinstance(vector, dict) else vector
        return ChunkMatch(1.0, dict(points[0].payload or {}), np.asarray(values, dtype=np.float32))

    def similar_documents(self, vector: np.ndarray, exclude_url: str, limit: int) -> list[ChunkMatch]:
        response = self._call(
            "similar",
            self.client.query_points,
            self.docs_collection,
            query=vector.tolist(),
            using=DENSE,
            query_filter=models.Filter(must_not=[_doc_condition(exclude_url)]),
            limit=limit,
            with_payload=True,
        )
        return [ChunkMatch(float(p.score), dict(p.payload or {})) for p in response.points]

    def point_ids(self) -> set[str]:
        """Every chunk point ID (for consistency checks)."""
        if not self.exists():
            return set()
        ids: set[str] = set()
        offset = None
        while True:
            points, offset = self._call(
                "scroll",
                self.client.scroll,
                self.collection,
                limit=1000,
                offset=offset,
                with_payload=False,
                with_vectors=False,
            )
            ids.update(str(p.id) for p in points)
            if offset is None:
                return ids


def _doc_condition(url: str) -> models.FieldCondition:
    return models.FieldCondition(key="doc_url", match=models.MatchValue(value=url))


def _doc_filter(url: str) -> models.Filter:
    return models.Filter(must=[_doc_condition(url)])


class _LocalMirror:
    """A vectorised snapshot of an embedded collection for fast brute-force queries.

    Qdrant's local mode scores sparse vectors and checks filters point by point in Python (about
    400 ms a filtered hybrid query at 10k chunks); this does the same arithmetic with numpy and
    scipy: dense cosine (vectors are stored normalised), BM25 with Qdrant's IDF over the collection,
    filters of the shape `search.build_filter` makes (must: match value, range), and Qdrant's
    weighted RRF. Built on the first query, dropped by every write through the owning index.
    """

    def __init__(
        self,
        ids: list[str],
        dense: np.ndarray,
        sparse: sparse_matrix.csc_matrix,
        columns: dict[int, int],
        fields: dict[str, list[Any]],
    ) -> None:
        self.ids = ids
        self.dense = dense
        self.sparse = sparse
        self.columns = columns
        self.fields = fields
        self._masks: dict[tuple[str, str], np.ndarray] = {}
        self._row_of: dict[str, int] | None = None
        self._numbers: dict[str, np.ndarray] = {}
        frequencies = np.diff(sparse.indptr)
        self.idf = np.log((len(ids) - frequencies + 0.5) / (frequencies + 0.5) + 1.0)

    @classmethod
    def load(cls, client: QdrantClient, collection: str) -> _LocalMirror:
        ids: list[str] = []
        dense_rows: list[list[float]] = []
        rows: list[int] = []
        terms: list[int] = []
        weights: list[float] = []
        fields: dict[str, list[Any]] = {key: [] for key in (*_KEYWORD_FIELDS, *_INTEGER_FIELDS)}
        offset = None
        while True:
            points, offset = client.scroll(collection, limit=2048, offset=offset, with_payload=True, with_vectors=True)
            for point in points:
                vectors = point.vector if isinstance(point.vector, dict) else {}
                row = len(ids)
                ids.append(str(point.id))
                dense_rows.append(list(vectors.get(DENSE) or []))  # type: ignore[arg-type]
                sparse = vectors.get(SPARSE)
                if isinstance(sparse, models.SparseVector):
                    rows.extend([row] * len(sparse.indices))
                    terms.extend(sparse.indices)
                    weights.extend(sparse.values)
                payload = point.payload or {}
                for key, values in fields.items():
                    values.append(payload.get(key))
            if offset is None:
                break
        columns = {term: column for column, term in enumerate(sorted(set(terms)))}
        matrix = sparse_matrix.csc_matrix(
            (weights, (rows, [columns[t] for t in terms])), shape=(len(ids), max(1, len(columns))), dtype=np.float32
        )
        width = len(dense_rows[0]) if dense_rows else 0
        dense = np.asarray(dense_rows, dtype=np.float32).reshape(len(ids), width)
        return cls(ids, dense, matrix, columns, fields)

    @staticmethod
    def supports(query_filter: models.Filter | None) -> bool:
        if query_filter is None:
            return True
        if query_filter.should or query_filter.must_not or query_filter.min_should:
            return False
        must = query_filter.must if isinstance(query_filter.must, list) else [query_filter.must]
        return all(
            isinstance(c, models.FieldCondition)
            and c.key in (*_KEYWORD_FIELDS, *_INTEGER_FIELDS)
            and (isinstance(c.match, models.MatchValue) or (c.match is None and isinstance(c.range, models.Range)))
            for c in must
            if c is not None
        )

    def query(
        self,
        dense: np.ndarray | None,
        sparse: tuple[list[int], list[float]] | None,
        query_filter: models.Filter | None,
        limit: int,
        mode: str,
        fusion: Fusion,
    ) -> list[tuple[str, float]]:
        """(point id, score) best first, as Qdrant would answer the same query."""
        mask = self._mask(query_filter)
        has_sparse = bool(sparse and sparse[0])
        if mode == "hybrid" and dense is not None and has_sparse:
            assert sparse is not None
            by_dense = self._top(self._dense_scores(dense), mask, limit)
            by_sparse = self._top(self._sparse_scores(sparse), mask, fusion.sparse_candidates)
            return self._fuse([by_dense, by_sparse], fusion, limit)
        if mode == "sparse":
            return self._top(self._sparse_scores(sparse), mask, limit) if sparse and has_sparse else []
        if dense is None:
            return []
        return self._top(self._dense_scores(dense), mask, limit)

    def best_per_document(self, found: list[tuple[str, float]], documents: int) -> list[tuple[str, float]]:
        """The first (best) chunk of each document, for at most `documents` documents."""
        row_of = self._rows()
        kept: list[tuple[str, float]] = []
        seen: set[Any] = set()
        for point, score in found:
            url = self.fields["doc_url"][row_of[point]]
            if url in seen:
                continue
            seen.add(url)
            kept.append((point, score))
            if len(kept) == documents:
                break
        return kept

    def _rows(self) -> dict[str, int]:
        if self._row_of is None:
            self._row_of = {point: row for row, point in enumerate(self.ids)}
        return self._row_of

    def _dense_scores(self, query: np.ndarray) -> np.ndarray:
        norm = float(np.linalg.norm(query)) or 1.0
        scores: np.ndarray = self.dense @ (np.asarray(query, dtype=np.float32) / norm)
        return scores

    def _sparse_scores(self, query: tuple[list[int], list[float]]) -> np.ndarray:
        scores = np.zeros(len(self.ids), dtype=np.float32)
        for term, weight in zip(*query, strict=True):
            column = self.columns.get(term)
            if column is None:
                continue
            start, end = self.sparse.indptr[column], self.sparse.indptr[column + 1]
            scores[self.sparse.indices[start:end]] += weight * self.idf[column] * self.sparse.data[start:end]
        return np.where(scores > 0, scores, -np.inf)  # Qdrant returns only points sharing a term

    def _top(self, scores: np.ndarray, mask: np.ndarray | None, limit: int) -> list[tuple[str, float]]:
        if mask is not None:
            scores = np.where(mask, scores, -np.inf)
        count = min(limit, len(scores))
        if count <= 0:
            return []
        best = np.argpartition(-scores, count - 1)[:count]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in best if np.isfinite(scores[i])]

    @staticmethod
    def _fuse(lists: list[list[tuple[str, float]]], fusion: Fusion, limit: int) -> list[tuple[str, float]]:
        fused: dict[str, float] = {}
        for ranked, weight in zip(lists, fusion.weights, strict=True):
            if weight <= 0:
                continue
            for position, (point, _) in enumerate(ranked):
                fused[point] = fused.get(point, 0.0) + 1.0 / ((position + 1.0) / weight + fusion.k - 1.0)
        return sorted(fused.items(), key=lambda item: item[1], reverse=True)[:limit]

    def _mask(self, query_filter: models.Filter | None) -> np.ndarray | None:
        if query_filter is None:
            return None
        mask = np.ones(len(self.ids), dtype=bool)
        must = query_filter.must if isinstance(query_filter.must, list) else [query_filter.must]
        for condition in must:
            assert isinstance(condition, models.FieldCondition)
            if isinstance(condition.match, models.MatchValue):
                mask &= self._value_mask(condition.key, str(condition.match.value))
            elif isinstance(condition.range, models.Range):
                mask &= self._range_mask(condition.key, condition.range)
        return mask

    def _value_mask(self, key: str, value: str) -> np.ndarray:
        cached = self._masks.get((key, value))
        if cached is None:
            cached = np.fromiter(
                (v == value or (isinstance(v, list) and value in v) for v in self.fields[key]),
                dtype=bool,
                count=len(self.ids),
            )
            self._masks[(key, value)] = cached
        return cached

    def _range_mask(self, key: str, bounds: models.Range) -> np.ndarray:
        numbers = self._numbers.get(key)
        if numbers is None:
            numbers = np.array([v if isinstance(v, int | float) else np.nan for v in self.fields[key]], dtype=float)
            self._numbers[key] = numbers
        mask = ~np.isnan(numbers)
        with np.errstate(invalid="ignore"):
            if bounds.gte is not None:
                mask &= numbers >= bounds.gte
            if bounds.gt is not None:
                mask &= numbers > bounds.gt
            if bounds.lte is not None:
                mask &= numbers <= bounds.lte
            if bounds.lt is not None:
                mask &= numbers < bounds.lt
        result: np.ndarray = mask
        return result
