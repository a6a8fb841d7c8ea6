"""Index: the only package that knows Qdrant. Qdrant Edge shards under data_dir by default, or a server.

Chunks live in `<collection>` (named dense + sparse vectors); one mean vector per document lives in
`<collection>_docs` for "similar" queries and facets. Point IDs are uuid5 of (url, chunk index), so
re-runs overwrite rather than duplicate, and updates upsert first and delete stale points after.

`VectorIndex` is the facade the rest of the library uses: it owns the collection layout, the
payload of each point and the query shape. An `Engine` (`edge.EdgeEngine`, `server.ServerEngine`)
only stores, deletes and searches points; every engine failure is an `IndexUnavailableError` that
names the location.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from harvester.index.base import (
    _FACET_LIMIT,
    DENSE,
    FACET_INTEGER_FIELDS,
    FACET_KEYWORD_FIELDS,
    FUSION,
    INTEGER_FIELDS,
    KEYWORD_FIELDS,
    RRF_K,
    RRF_WEIGHTS,
    SPARSE,
    SPARSE_CANDIDATES,
    UPSERT_BATCH,
    ChunkMatch,
    CollectionSpec,
    DocumentUpdate,
    Engine,
    FacetCount,
    Fusion,
    IndexedChunk,
    IndexFilter,
    IntRange,
    KeywordMatch,
    Search,
    StoredPoint,
    doc_point_id,
    point_id,
)

__all__ = [
    "DENSE",
    "FACET_INTEGER_FIELDS",
    "FACET_KEYWORD_FIELDS",
    "FUSION",
    "INTEGER_FIELDS",
    "KEYWORD_FIELDS",
    "RRF_K",
    "RRF_WEIGHTS",
    "SPARSE",
    "SPARSE_CANDIDATES",
    "UPSERT_BATCH",
    "ChunkMatch",
    "CollectionSpec",
    "DocumentUpdate",
    "Engine",
    "FacetCount",
    "Fusion",
    "IndexFilter",
    "IndexedChunk",
    "IntRange",
    "KeywordMatch",
    "Search",
    "StoredPoint",
    "VectorIndex",
    "doc_point_id",
    "legacy_index",
    "open_index",
    "point_id",
]

log = logging.getLogger(__name__)


class VectorIndex:
    """The index as the pipeline, search and API see it, over one engine. Thread-safe (one lock)."""

    def __init__(self, engine: Engine, collection: str, dimensions: int = 384, legacy: Path | None = None) -> None:
        self.engine = engine
        self.collection = collection
        self.docs_collection = f"{collection}_docs"
        self.dimensions = dimensions
        self.fusion = FUSION
        self.legacy = legacy  # an index the old embedded mode wrote, to be rebuilt into this one
        self._lock = threading.RLock()  # the API searches from worker threads

    @property
    def location(self) -> str:
        return self.engine.location

    def close(self) -> None:
        with self._lock:
            self.engine.close()

    # --- collections ------------------------------------------------------------------------------

    def ensure_collections(self) -> None:
        """Create missing collections with their payload indexes; add missing filter indexes to others.

        Facet indexes are only made with a new collection: an existing one was written without the
        facet fields, and the API counts facets from the catalogue until it is rebuilt.
        """
        with self._lock:
            for spec in collection_specs(self.collection, self.dimensions):
                if not self.engine.has(spec.name):
                    self.engine.create(spec)
                    continue
                missing = set(KEYWORD_FIELDS + INTEGER_FIELDS) - self.engine.indexed_fields(spec.name)
                if missing:
                    self.engine.add_field_indexes(spec, missing)

    def reset(self) -> None:
        """Drop both collections and create them empty (a rebuild starts here)."""
        with self._lock:
            for spec in collection_specs(self.collection, self.dimensions):
                if self.engine.has(spec.name):
                    self.engine.drop(spec.name)
            self.ensure_collections()

    def exists(self) -> bool:
        with self._lock:
            return self.engine.has(self.collection)

    def count(self) -> int:
        with self._lock:
            return self.engine.count(self.collection) if self.engine.has(self.collection) else 0

    def finish(self) -> None:
        """End of an index step: let the engine build its search structures once (HNSW, segments)."""
        with self._lock:
            self.engine.optimize()

    # --- writes -----------------------------------------------------------------------------------

    def replace_documents(self, updates: list[DocumentUpdate]) -> None:
        """Upsert the documents' chunks, then delete chunks that no longer exist (never the reverse).

        Stale chunks are deleted by ID: each update says how many chunk points the index may hold for
        its document (`held`, a high-water mark the catalogue keeps across crashes), so no filter scan
        is needed.
        """
        points = [_chunk_point(update, item) for update in updates for item in update.chunks]
        with self._lock:
            for start in range(0, len(points), UPSERT_BATCH):
                self.engine.upsert(self.collection, points[start : start + UPSERT_BATCH])
            stale = [
                point_id(update.doc.url, index)
                for update in updates
                for index in range(len(update.chunks), max(update.held, len(update.chunks)))
            ]
            self._delete_ids(self.collection, stale)
            doc_points = [_document_point(update) for update in updates if update.chunks]
            if doc_points:
                self.engine.upsert(self.docs_collection, doc_points)
            self._delete_ids(self.docs_collection, [doc_point_id(u.doc.url) for u in updates if not u.chunks])

    def update_payload(self, url: str, chunks: int, payload: dict[str, Any]) -> None:
        """A document's metadata rewritten in place (its chunk points and document point); nothing re-embedded."""
        with self._lock:
            if not self.engine.has(self.collection):
                return
            for start in range(0, chunks, UPSERT_BATCH):
                ids = [point_id(url, i) for i in range(start, min(chunks, start + UPSERT_BATCH))]
                self.engine.set_payload(self.collection, ids, payload)
            if self.engine.has(self.docs_collection):
                self.engine.set_payload(self.docs_collection, [doc_point_id(url)], payload)

    def delete_document(self, url: str, held: int) -> None:
        """Remove a document: its `held` chunk points (see `replace_documents`) and its document vector."""
        with self._lock:
            self._delete_ids(self.collection, [point_id(url, index) for index in range(held)])
            self._delete_ids(self.docs_collection, [doc_point_id(url)])

    def _delete_ids(self, collection: str, ids: list[str]) -> None:
        for start in range(0, len(ids), UPSERT_BATCH):
            self.engine.delete(collection, ids[start : start + UPSERT_BATCH])

    # --- reads ------------------------------------------------------------------------------------

    def query(
        self,
        *,
        dense: np.ndarray | None,
        sparse: tuple[list[int], list[float]] | None,
        query_filter: IndexFilter | None,
        limit: int,
        mode: str,
        per_document: int = 0,
    ) -> list[ChunkMatch]:
        """Chunk matches, best first: dense, sparse, or both fused with weighted reciprocal rank fusion.

        `per_document` > 0 keeps only each document's best chunk, for at most that many documents, and
        reads whole payloads for those alone (a chunk's payload carries its text: reading and
        converting a hundred of them cost more than the search itself at 100k chunks).
        """
        fields = ("doc_url",) if per_document else None
        search = _search_request(dense, sparse, query_filter or None, limit, mode, fields, self.fusion)
        if search is None:
            return []
        with self._lock:
            if not self.engine.has(self.collection):
                return []
            found = self.engine.search(self.collection, search)
            return self._whole(_best_per_document(found, per_document)) if per_document else found

    def _whole(self, matches: list[ChunkMatch]) -> list[ChunkMatch]:
        """The matches with their whole payloads, read by ID."""
        points = self.engine.retrieve(self.collection, [m.id for m in matches], with_vectors=False)
        payloads = {point.id: point.payload for point in points}
        return [ChunkMatch(m.score, payloads[m.id], id=m.id) for m in matches if m.id in payloads]

    def document_point(self, url: str) -> ChunkMatch | None:
        """A document's mean vector (as `vector`) and payload, or None when it is not indexed."""
        with self._lock:
            if not self.engine.has(self.docs_collection):
                return None
            points = self.engine.retrieve(self.docs_collection, [doc_point_id(url)], with_vectors=True)
        if not points:
            return None
        return ChunkMatch(1.0, points[0].payload, np.asarray(points[0].dense, dtype=np.float32))

    def similar_documents(self, vector: np.ndarray, exclude_url: str, limit: int) -> list[ChunkMatch]:
        unlike = IndexFilter(excluded=(KeywordMatch("doc_url", exclude_url),))
        search = Search(limit, dense=[float(v) for v in vector], filter=unlike)
        with self._lock:
            return self.engine.search(self.docs_collection, search)

    def can_facet(self) -> bool:
        """Whether the document collection carries the facet fields (collections made before them do not)."""
        with self._lock:
            if not self.engine.has(self.docs_collection):
                return False
            wanted = set(FACET_KEYWORD_FIELDS + FACET_INTEGER_FIELDS + ("principles", "kind", "source"))
            return wanted <= self.engine.indexed_fields(self.docs_collection)

    def facets(self, field: str, query_filter: IndexFilter | None = None) -> list[FacetCount]:
        """How many indexed documents carry each value of a payload field, most first."""
        with self._lock:
            if not self.engine.has(self.docs_collection):
                return []
            counts = self.engine.facet(self.docs_collection, field, query_filter or None, _FACET_LIMIT)
        return sorted(counts, key=lambda c: (-c.count, str(c.value)))

    def point_ids(self) -> set[str]:
        """Every chunk point ID (for consistency checks)."""
        return {point.id for point in self.points(self.collection, with_vectors=False)}

    def points(self, collection: str, with_vectors: bool = True, batch: int = 1000) -> Iterator[StoredPoint]:
        """Every point of a collection, in ID order."""
        offset: str | None = None
        while True:
            found, offset = self.page(collection, offset, batch, with_vectors)
            yield from found
            if offset is None:
                return

    def page(
        self, collection: str, offset: str | None, limit: int, with_vectors: bool = True
    ) -> tuple[list[StoredPoint], str | None]:
        """Up to `limit` points from `offset` on (ID order) and the next offset (None: the end)."""
        with self._lock:
            if not self.engine.has(collection):
                return [], None
            return self.engine.scroll(collection, offset, limit, with_vectors)

    def count_in(self, collection: str) -> int:
        with self._lock:
            return self.engine.count(collection) if self.engine.has(collection) else 0

    def upsert_points(self, collection: str, points: list[StoredPoint]) -> None:
        """Write points as they are (a copy from another index)."""
        with self._lock:
            for start in range(0, len(points), UPSERT_BATCH):
                self.engine.upsert(collection, points[start : start + UPSERT_BATCH])


def collection_specs(collection: str, dimensions: int) -> tuple[CollectionSpec, CollectionSpec]:
    """The chunk collection (dense + sparse) and the document collection (dense, facet fields)."""
    chunks = CollectionSpec(collection, dimensions, True, KEYWORD_FIELDS, INTEGER_FIELDS)
    docs = CollectionSpec(
        f"{collection}_docs",
        dimensions,
        False,
        KEYWORD_FIELDS + FACET_KEYWORD_FIELDS,
        INTEGER_FIELDS + FACET_INTEGER_FIELDS,
    )
    return chunks, docs


def _search_request(
    dense: np.ndarray | None,
    sparse: tuple[list[int], list[float]] | None,
    query_filter: IndexFilter | None,
    limit: int,
    mode: str,
    payload: tuple[str, ...] | None,
    fusion: Fusion,
) -> Search | None:
    """The engine request for a query mode; None when the mode has nothing to search with."""
    has_sparse = bool(sparse and sparse[0])
    if mode == "sparse":
        return Search(limit, sparse=sparse, filter=query_filter, payload=payload) if has_sparse else None
    if dense is None:
        return None
    vector = [float(v) for v in dense]
    if mode == "hybrid" and has_sparse:
        return Search(limit, vector, sparse, query_filter, fusion, payload)
    return Search(limit, dense=vector, filter=query_filter, payload=payload)


def _chunk_point(update: DocumentUpdate, item: IndexedChunk) -> StoredPoint:
    chunk = item.chunk
    payload = {
        **update.payload,
        "chunk_index": chunk.chunk_index,
        "text": chunk.text,
        "section": chunk.section,
        "page": chunk.page,
        "start": chunk.start,
        "end": chunk.end,
        "chunks": len(update.chunks),
    }
    dense = [float(v) for v in item.dense]
    return StoredPoint(point_id(update.doc.url, chunk.chunk_index), dense, item.sparse, payload)


def _document_point(update: DocumentUpdate) -> StoredPoint:
    mean = np.mean([c.dense for c in update.chunks], axis=0)
    mean = mean / (np.linalg.norm(mean) or 1.0)
    return StoredPoint(doc_point_id(update.doc.url), [float(v) for v in mean], None, dict(update.payload))


def _best_per_document(found: list[ChunkMatch], documents: int) -> list[ChunkMatch]:
    """The first (best) chunk of each document, for at most `documents` documents."""
    kept: list[ChunkMatch] = []
    seen: set[Any] = set()
    for match in found:
        url = match.payload.get("doc_url")
        if url in seen:
            continue
        seen.add(url)
        kept.append(match)
        if len(kept) == documents:
            break
    return kept


# --- opening, upgrading, copying ------------------------------------------------------------------


def open_index(
    data_dir: Path,
    url: str | None,
    api_key: str | None,
    collection: str,
    timeout_s: float = 10.0,
    dimensions: int = 384,
) -> VectorIndex:
    """Qdrant Edge shards under data_dir/edge when url is None (one process at a time), else a server."""
    if url is None:
        from harvester.index.edge import EdgeEngine

        engine: Engine = EdgeEngine(data_dir / "edge", collection)
        legacy = legacy_index(data_dir, collection)
        return VectorIndex(engine, collection, dimensions, legacy=legacy if not engine.has(collection) else None)
    from harvester.index.server import ServerEngine

    return VectorIndex(ServerEngine.connect(url, api_key, timeout_s), collection, dimensions)


def legacy_index(data_dir: Path, collection: str) -> Path | None:
    """data_dir/qdrant when the old embedded mode (qdrant-client local) wrote `collection` there."""
    path = data_dir / "qdrant"
    return path if (path / "collection" / collection).is_dir() else None
