"""Index: the only module that knows Qdrant. Local mode under data_dir by default, or a server.

Chunks live in `<collection>` (named dense + sparse vectors); one mean vector per document lives in
`<collection>_docs` for "similar" queries. Point IDs are uuid5 of (url, chunk index), so re-runs
overwrite rather than duplicate, and updates upsert first and delete stale points after.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from qdrant_client import QdrantClient, models
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

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
        self.rrf_weights = RRF_WEIGHTS
        self.sparse_candidates = SPARSE_CANDIDATES
        self.rrf_k = RRF_K

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
    ) -> list[ChunkMatch]:
        """Chunk matches, best first: dense, sparse, or both fused with reciprocal rank fusion."""
        if not self.exists():
            return []
        sparse_vector = models.SparseVector(indices=sparse[0], values=sparse[1]) if sparse else None
        if mode == "hybrid" and dense is not None and sparse_vector is not None and sparse_vector.indices:
            response = self._call(
                "search",
                self.client.query_points,
                self.collection,
                prefetch=[
                    models.Prefetch(query=dense.tolist(), using=DENSE, filter=query_filter, limit=limit),
                    models.Prefetch(
                        query=sparse_vector, using=SPARSE, filter=query_filter, limit=self.sparse_candidates
                    ),
                ],
                query=models.RrfQuery(rrf=models.Rrf(k=self.rrf_k, weights=list(self.rrf_weights))),
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
