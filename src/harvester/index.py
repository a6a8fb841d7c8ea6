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

    def replace_document(self, doc: Document, chunks: list[IndexedChunk], payload: dict[str, Any]) -> None:
        """Upsert the document's chunks, then delete its chunks that no longer exist (never the reverse)."""
        points = [
            models.PointStruct(
                id=point_id(doc.url, item.chunk.chunk_index),
                vector={
                    DENSE: item.dense.tolist(),
                    SPARSE: models.SparseVector(indices=item.sparse[0], values=item.sparse[1]),
                },
                payload={
                    **payload,
                    "chunk_index": item.chunk.chunk_index,
                    "text": item.chunk.text,
                    "section": item.chunk.section,
                    "page": item.chunk.page,
                    "start": item.chunk.start,
                    "end": item.chunk.end,
                    "chunks": len(chunks),
                },
            )
            for item in chunks
        ]
        for start in range(0, len(points), 128):
            self._call("upsert", self.client.upsert, self.collection, points[start : start + 128], wait=True)
        keep = len(chunks)
        stale = models.Filter(
            must=[models.FieldCondition(key="doc_url", match=models.MatchValue(value=doc.url))],
            must_not=[models.FieldCondition(key="chunk_index", range=models.Range(lt=keep))],
        )
        self._call(
            "delete stale chunks",
            self.client.delete,
            self.collection,
            points_selector=models.FilterSelector(filter=stale),
            wait=True,
        )
        if chunks:
            mean = np.mean([c.dense for c in chunks], axis=0)
            mean = mean / (np.linalg.norm(mean) or 1.0)
            self._call(
                "upsert",
                self.client.upsert,
                self.docs_collection,
                [models.PointStruct(id=doc_point_id(doc.url), vector={DENSE: mean.tolist()}, payload=payload)],
                wait=True,
            )
        else:
            self.delete_document(doc.url)

    def delete_document(self, url: str) -> None:
        selector = models.FilterSelector(filter=_doc_filter(url))
        self._call("delete", self.client.delete, self.collection, points_selector=selector, wait=True)
        self._call(
            "delete",
            self.client.delete,
            self.docs_collection,
            points_selector=models.PointIdsList(points=[doc_point_id(url)]),
            wait=True,
        )

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
                    models.Prefetch(query=dense.tolist(), using=DENSE, filter=query_filter, limit=limit * 4),
                    models.Prefetch(query=sparse_vector, using=SPARSE, filter=query_filter, limit=limit * 4),
                ],
                query=models.FusionQuery(fusion=models.Fusion.RRF),
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
