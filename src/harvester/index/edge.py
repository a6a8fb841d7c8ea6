"""The embedded engine: Qdrant Edge shards in this process, one directory per collection.

A shard is opened by one process at a time. A file lock beside the shards says so before Edge does,
so a second process (a run while `harvester api` serves) gets a clear IndexUnavailableError.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock, Timeout
from qdrant_edge import (
    CountRequest,
    Distance,
    EdgeConfig,
    EdgeShard,
    EdgeSparseVectorParams,
    EdgeVectorParams,
    Expression,
    FacetRequest,
    FieldCondition,
    Filter,
    Formula,
    MatchValue,
    Modifier,
    PayloadSchemaType,
    Point,
    Prefetch,
    Query,
    QueryRequest,
    RangeFloat,
    ScrollRequest,
    SparseVector,
    UpdateOperation,
)
from qdrant_edge import Fusion as EdgeFusion

from harvester.errors import IndexUnavailableError
from harvester.index.base import DENSE, SPARSE, ChunkMatch, CollectionSpec, FacetCount, IndexFilter, Search, StoredPoint

T = TypeVar("T")
_CONFIG_FILE = "edge_config.json"


class EdgeEngine:
    """Qdrant Edge shards under `root` (`<root>/<collection>`, `<root>/<collection>_docs`)."""

    def __init__(self, root: Path, collection: str) -> None:
        self.root = root
        self.location = str(root)
        self._shards: dict[str, EdgeShard] = {}
        try:
            root.mkdir(parents=True, exist_ok=True)
            self._lock = FileLock(str(root / f".{collection}.lock"))
            self._lock.acquire(timeout=0)
        except Timeout:
            raise _in_use(root) from None
        except OSError as exc:
            raise IndexUnavailableError(f"embedded index at {root} cannot be opened: {exc.strerror or exc}") from None

    def close(self) -> None:
        try:
            while self._shards:
                _, shard = self._shards.popitem()
                try:
                    self._call("close", shard.flush)
                finally:
                    shard.close()
        finally:
            self._lock.release()

    # --- collections ------------------------------------------------------------------------------

    def has(self, collection: str) -> bool:
        return collection in self._shards or (self.root / collection / _CONFIG_FILE).is_file()

    def create(self, spec: CollectionSpec) -> None:
        path = self.root / spec.name
        if path.exists():
            shutil.rmtree(path)  # a shard whose creation was interrupted: nothing in it is needed
        config = EdgeConfig(
            vectors={DENSE: EdgeVectorParams(size=spec.dimensions, distance=Distance.Cosine)},
            sparse_vectors={SPARSE: EdgeSparseVectorParams(modifier=Modifier.Idf)} if spec.sparse else None,
        )
        self._shards[spec.name] = self._call("create collection", EdgeShard.create, str(path), config)
        self.add_field_indexes(spec, set(spec.keyword_fields + spec.integer_fields))

    def indexed_fields(self, collection: str) -> set[str]:
        return set(self._call("collection info", self._shard(collection).info).payload_schema)

    def add_field_indexes(self, spec: CollectionSpec, fields: set[str]) -> None:
        shard = self._shard(spec.name)
        for name in spec.keyword_fields + spec.integer_fields:
            if name in fields:
                operation = UpdateOperation.create_field_index(name, _field_schema(spec, name))
                self._call("create payload index", shard.update, operation)

    def drop(self, collection: str) -> None:
        shard = self._shards.pop(collection, None)
        if shard is not None:
            shard.close()
        try:
            shutil.rmtree(self.root / collection, ignore_errors=False)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise IndexUnavailableError(f"embedded index at {self.root} cannot drop {collection}: {exc}") from None

    def _shard(self, collection: str) -> EdgeShard:
        shard = self._shards.get(collection)
        if shard is None:
            shard = self._call("load", EdgeShard.load, str(self.root / collection))
            self._shards[collection] = shard
        return shard

    # --- points -----------------------------------------------------------------------------------

    def count(self, collection: str) -> int:
        return int(self._call("count", self._shard(collection).count, CountRequest(exact=True)))

    def upsert(self, collection: str, points: list[StoredPoint]) -> None:
        operation = UpdateOperation.upsert_points([_point(p) for p in points])
        self._call("upsert", self._shard(collection).update, operation)

    def delete(self, collection: str, ids: list[str]) -> None:
        if ids:
            self._call("delete", self._shard(collection).update, UpdateOperation.delete_points(list(ids)))

    def set_payload(self, collection: str, ids: list[str], payload: dict[str, Any]) -> None:
        if ids:
            operation = UpdateOperation.set_payload(list(ids), payload)
            self._call("set payload", self._shard(collection).update, operation)

    def retrieve(self, collection: str, ids: list[str], with_vectors: bool) -> list[StoredPoint]:
        records = self._call("retrieve", self._shard(collection).retrieve, list(ids), True, with_vectors)
        return [_stored(r) for r in records]

    def scroll(
        self, collection: str, offset: str | None, limit: int, with_vectors: bool
    ) -> tuple[list[StoredPoint], str | None]:
        request = ScrollRequest(offset=offset, limit=limit, with_payload=True, with_vector=with_vectors)
        records, following = self._call("scroll", self._shard(collection).scroll, request)
        return [_stored(r) for r in records], None if following is None else str(following)

    def search(self, collection: str, search: Search) -> list[ChunkMatch]:
        found = self._call("search", self._shard(collection).query, _request(search))
        return [ChunkMatch(float(p.score), dict(p.payload or {}), id=str(p.id)) for p in found]

    def facet(self, collection: str, key: str, query_filter: IndexFilter | None, limit: int) -> list[FacetCount]:
        request = FacetRequest(key, limit=limit, exact=True, filter=_filter(query_filter))
        response = self._call("facets", self._shard(collection).facet, request)
        return [FacetCount(h.value if isinstance(h.value, int) else str(h.value), h.count) for h in response.hits]

    def optimize(self) -> None:
        """Merge segments and build the HNSW graph once, at the end of an index step."""
        for name in list(self._shards):
            shard = self._shards[name]
            self._call("optimize", shard.optimize)
            self._call("flush", shard.flush)

    def _call(self, action: str, func: Callable[..., T], *args: Any) -> T:
        try:
            return func(*args)
        except Exception as exc:  # Edge raises plain exceptions for storage, WAL and lock failures
            detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
            if "WouldBlock" in detail:
                raise _in_use(self.root) from exc
            raise IndexUnavailableError(f"embedded index at {self.root} failed during {action}: {detail}") from exc


def _in_use(root: Path) -> IndexUnavailableError:
    return IndexUnavailableError(
        f"embedded index at {root} is in use by another process (one process at a time, e.g. a running "
        "`harvester api`); the work stays pending until it is free, or set index.url to share a Qdrant server"
    )


def _point(point: StoredPoint) -> Point:
    vectors: dict[str, Any] = {DENSE: point.dense}
    if point.sparse is not None:
        vectors[SPARSE] = SparseVector(list(point.sparse[0]), [float(v) for v in point.sparse[1]])
    return Point(point.id, vectors, point.payload)


def _stored(record: Any) -> StoredPoint:
    vectors = record.vector if isinstance(record.vector, dict) else {}
    sparse = vectors.get(SPARSE)
    pair = (list(sparse.indices), [float(v) for v in sparse.values]) if isinstance(sparse, SparseVector) else None
    return StoredPoint(str(record.id), list(vectors.get(DENSE) or []), pair, dict(record.payload or {}))


def _field_schema(spec: CollectionSpec, name: str) -> PayloadSchemaType:
    return PayloadSchemaType.Integer if name in spec.integer_fields else PayloadSchemaType.Keyword


def _request(search: Search) -> QueryRequest:
    query_filter = _filter(search.filter)
    payload: bool | list[str] = True if search.payload is None else list(search.payload)
    dense = Query.Nearest(search.dense, using=DENSE) if search.dense is not None else None
    sparse = Query.Nearest(SparseVector(*search.sparse), using=SPARSE) if search.sparse is not None else None
    if search.fusion is not None and dense is not None and sparse is not None:
        fusion = search.fusion
        prefetches = [
            Prefetch(limit=search.limit, query=dense, filter=query_filter),
            Prefetch(limit=fusion.sparse_candidates, query=sparse, filter=query_filter),
        ]
        rrf: Any = EdgeFusion.Rrf(k=fusion.k, weights=list(fusion.weights))  # stubs: Rrf is a Fusion
        if fusion.page_prior == 1.0:
            return QueryRequest(limit=search.limit, prefetches=prefetches, query=rrf, with_payload=payload)
        fused = Prefetch(limit=search.limit, query=rrf, prefetches=prefetches)
        return QueryRequest(
            limit=search.limit, prefetches=[fused], query=_page_prior(fusion.page_prior), with_payload=payload
        )
    return QueryRequest(limit=search.limit, query=dense or sparse, filter=query_filter, with_payload=payload)


def _page_prior(factor: float) -> Formula:
    """score × factor for chunks of generic pages (doc_type "page"), score otherwise."""
    score = Expression.Variable("$score")
    is_page = Expression.Condition(FieldCondition("doc_type", match=MatchValue("page")))
    return Formula(Expression.Sum([score, Expression.Mult([Expression.Constant(factor - 1.0), score, is_page])]))


def _filter(query_filter: IndexFilter | None) -> Filter | None:
    if not query_filter:
        return None
    must: list[Any] = [FieldCondition(m.field, match=MatchValue(m.value)) for m in query_filter.matches]
    must += [FieldCondition(r.field, range=RangeFloat(gte=r.gte, lte=r.lte)) for r in query_filter.ranges]
    must_not: list[Any] = [FieldCondition(m.field, match=MatchValue(m.value)) for m in query_filter.excluded]
    return Filter(must=must or None, must_not=must_not or None)
