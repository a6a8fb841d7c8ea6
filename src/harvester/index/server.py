"""The server engine: a Qdrant server through qdrant-client, for more than one machine can hold.

The same collections, payload indexes and query shape as the embedded engine. Transport failures
and error answers become IndexUnavailableError naming the URL (never the API key).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from qdrant_client import QdrantClient, models
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

from harvester.errors import IndexUnavailableError
from harvester.index.base import DENSE, SPARSE, ChunkMatch, CollectionSpec, FacetCount, IndexFilter, Search, StoredPoint

T = TypeVar("T")
_FAILURES = (ResponseHandlingException, UnexpectedResponse, ConnectionError, TimeoutError, OSError)


class ServerEngine:
    """Collections on a Qdrant server (or, in tests, qdrant-client's local mode standing in for one)."""

    def __init__(self, client: QdrantClient, location: str) -> None:
        self.client = client
        self.location = location

    @classmethod
    def connect(cls, url: str, api_key: str | None, timeout_s: float = 10.0) -> ServerEngine:
        # No version probe here: the first real call reports an unreachable server clearly.
        client = QdrantClient(url=url, api_key=api_key, timeout=int(max(1, timeout_s)), check_compatibility=False)
        return cls(client, url)

    def close(self) -> None:
        self.client.close()

    # --- collections ------------------------------------------------------------------------------

    def has(self, collection: str) -> bool:
        return bool(self._call("collection check", self.client.collection_exists, collection))

    def create(self, spec: CollectionSpec) -> None:
        self._call(
            "create collection",
            self.client.create_collection,
            spec.name,
            vectors_config={DENSE: models.VectorParams(size=spec.dimensions, distance=models.Distance.COSINE)},
            sparse_vectors_config=(
                {SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)} if spec.sparse else None
            ),
        )
        self.add_field_indexes(spec, set(spec.keyword_fields + spec.integer_fields))

    def indexed_fields(self, collection: str) -> set[str]:
        info = self._call("collection info", self.client.get_collection, collection)
        return set(info.payload_schema or {})

    def add_field_indexes(self, spec: CollectionSpec, fields: set[str]) -> None:
        for name in spec.keyword_fields + spec.integer_fields:
            if name in fields:
                schema = _field_schema(spec, name)
                self._call("create payload index", self.client.create_payload_index, spec.name, name, schema)

    def drop(self, collection: str) -> None:
        self._call("drop collection", self.client.delete_collection, collection)

    # --- points -----------------------------------------------------------------------------------

    def count(self, collection: str) -> int:
        return int(self._call("count", self.client.count, collection, exact=True).count)

    def upsert(self, collection: str, points: list[StoredPoint]) -> None:
        self._call("upsert", self.client.upsert, collection, [_point(p) for p in points], wait=True)

    def delete(self, collection: str, ids: list[str]) -> None:
        if ids:
            selector = models.PointIdsList(points=list(ids))
            self._call("delete", self.client.delete, collection, points_selector=selector, wait=True)

    def set_payload(self, collection: str, ids: list[str], payload: dict[str, Any]) -> None:
        if ids:
            selector = models.PointIdsList(points=list(ids))
            self._call("set payload", self.client.set_payload, collection, payload, points=selector, wait=True)

    def retrieve(self, collection: str, ids: list[str], with_vectors: bool) -> list[StoredPoint]:
        records = self._call(
            "retrieve", self.client.retrieve, collection, list(ids), with_payload=True, with_vectors=with_vectors
        )
        return [_stored(r) for r in records]

    def scroll(
        self, collection: str, offset: str | None, limit: int, with_vectors: bool
    ) -> tuple[list[StoredPoint], str | None]:
        records, following = self._call(
            "scroll",
            self.client.scroll,
            collection,
            limit=limit,
            offset=offset,
            with_payload=True,
            with_vectors=with_vectors,
        )
        return [_stored(r) for r in records], None if following is None else str(following)

    def search(self, collection: str, search: Search) -> list[ChunkMatch]:
        response = self._call("search", self.client.query_points, collection, **_query(search))
        return [ChunkMatch(float(p.score), dict(p.payload or {}), id=str(p.id)) for p in response.points]

    def facet(self, collection: str, key: str, query_filter: IndexFilter | None, limit: int) -> list[FacetCount]:
        response = self._call(
            "facets", self.client.facet, collection, key, facet_filter=_filter(query_filter), limit=limit, exact=True
        )
        return [FacetCount(h.value if isinstance(h.value, int) else str(h.value), h.count) for h in response.hits]

    def optimize(self) -> None:
        return None  # a server optimises in the background

    def _call(self, action: str, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        try:
            return func(*args, **kwargs)
        except _FAILURES as exc:
            detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
            raise IndexUnavailableError(f"Qdrant at {self.location} failed during {action}: {detail}") from None


def _point(point: StoredPoint) -> models.PointStruct:
    vector: dict[str, Any] = {DENSE: point.dense}
    if point.sparse is not None:
        vector[SPARSE] = models.SparseVector(indices=list(point.sparse[0]), values=list(point.sparse[1]))
    return models.PointStruct(id=point.id, vector=vector, payload=point.payload)


def _stored(record: Any) -> StoredPoint:
    vectors = record.vector if isinstance(record.vector, dict) else {}
    sparse = vectors.get(SPARSE)
    pair = (list(sparse.indices), list(sparse.values)) if isinstance(sparse, models.SparseVector) else None
    return StoredPoint(str(record.id), list(vectors.get(DENSE) or []), pair, dict(record.payload or {}))


def _query(search: Search) -> dict[str, Any]:
    """query_points arguments: a nearest query by one vector, or two prefetches fused by weighted RRF."""
    query_filter = _filter(search.filter)
    sparse = models.SparseVector(indices=search.sparse[0], values=search.sparse[1]) if search.sparse else None
    payload = True if search.payload is None else list(search.payload)
    common: dict[str, Any] = {"limit": search.limit, "with_payload": payload}
    if search.fusion is not None and search.dense is not None and sparse is not None:
        fusion = search.fusion
        prefetch = [
            models.Prefetch(query=search.dense, using=DENSE, filter=query_filter, limit=search.limit),
            models.Prefetch(query=sparse, using=SPARSE, filter=query_filter, limit=fusion.sparse_candidates),
        ]
        rrf = models.RrfQuery(rrf=models.Rrf(k=fusion.k, weights=list(fusion.weights)))
        if fusion.page_prior == 1.0:
            return {**common, "prefetch": prefetch, "query": rrf}
        fused = models.Prefetch(prefetch=prefetch, query=rrf, limit=search.limit)
        return {**common, "prefetch": [fused], "query": _page_prior(fusion.page_prior)}
    if search.dense is not None:
        return {**common, "query": search.dense, "using": DENSE, "query_filter": query_filter}
    return {**common, "query": sparse, "using": SPARSE, "query_filter": query_filter}


def _page_prior(factor: float) -> models.FormulaQuery:
    """score × factor for chunks of generic pages (doc_type "page"), score otherwise (as edge.py)."""
    is_page = _match("doc_type", "page")
    scaled = models.MultExpression(mult=[factor - 1.0, "$score", is_page])
    return models.FormulaQuery(formula=models.SumExpression(sum=["$score", scaled]))


def _field_schema(spec: CollectionSpec, name: str) -> models.PayloadSchemaType:
    return models.PayloadSchemaType.INTEGER if name in spec.integer_fields else models.PayloadSchemaType.KEYWORD


def _filter(query_filter: IndexFilter | None) -> models.Filter | None:
    if not query_filter:
        return None
    must: list[models.Condition] = [_match(m.field, m.value) for m in query_filter.matches]
    must += [models.FieldCondition(key=r.field, range=models.Range(gte=r.gte, lte=r.lte)) for r in query_filter.ranges]
    must_not: list[models.Condition] = [_match(m.field, m.value) for m in query_filter.excluded]
    return models.Filter(must=must or None, must_not=must_not or None)


def _match(key: str, value: str) -> models.FieldCondition:
    return models.FieldCondition(key=key, match=models.MatchValue(value=value))
