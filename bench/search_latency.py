"""Benchmark: warm search latency on the embedded index (Qdrant Edge) at 10k and 100k synthetic chunks.

    .venv/bin/python bench/search_latency.py [--sizes 10000 100000] [--queries 200]

Synthetic chunks: random unit dense vectors, BM25 sparse vectors from generated text, payloads like
real ones (councils, principles, years). Two timings per filter (none; council + year):
- engine: `VectorIndex.query` alone, hybrid (dense + sparse prefetch, weighted RRF), the query
  vectors embedded beforehand: what the index costs;
- search: `Searcher.search` with the real model loaded (query embedding included).
Prints p50/p95, fill and optimise times, and peak RSS (run one size per process to read the RSS of
that size alone). Record in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from harvester.embed import make_embedder, sparse_document, sparse_query
from harvester.gazetteer import Gazetteer
from harvester.index import StoredPoint, VectorIndex, open_index, point_id
from harvester.principles import PRINCIPLE_NAMES
from harvester.search import Searcher, SearchFilters, build_filter

_WORDS = [
    "council",
    "residents",
    "community",
    "co-operative",
    "energy",
    "housing",
    "food",
    "care",
    "youth",
    "digital",
    "inclusion",
    "partners",
    "budget",
    "neighbourhood",
    "enterprise",
    "social",
    "value",
    "procurement",
    "wellbeing",
    "climate",
    "skills",
    "volunteers",
    "ward",
    "library",
    "park",
    "school",
    "transport",
    "health",
    "debt",
    "advice",
    "loan",
    "credit",
    "union",
    "solar",
    "heat",
    "tenants",
    "estate",
    "grant",
    "mutual",
    "society",
]
_COUNCILS = ("Oldham Council", "Plymouth City Council", "Lambeth Council", "Preston City Council", "Kirklees Council")
_QUERIES = (
    "which councils worked on digital exclusion with community partners?",
    "residents deciding how ward money is spent",
    "community energy owned by local people",
    "tenants managing their own homes",
    "affordable credit instead of payday loans",
)
_FILTERS = (("none", SearchFilters()), ("council + year", SearchFilters(council="Oldham", year="2015-2020")))
_BATCH = 1000


def chunk_point(i: int, vector: np.ndarray, rng: random.Random, gazetteer: Gazetteer) -> StoredPoint:
    doc = i // 4
    text = " ".join(rng.choice(_WORDS) for _ in range(180))
    year = 2012 + doc % 13
    council = _COUNCILS[doc % 5]
    url = f"https://bench.example/{doc}"
    payload = {
        "doc_url": url,
        "source": "bench",
        "kind": "html",
        "doc_type": "project",
        "title": f"Project {doc}",
        "lead_member": council,
        "participating_members": [],
        "councils": [gazetteer.canonical(council).lower().removesuffix(" council")],
        "lead_key": None,
        "principles": [PRINCIPLE_NAMES[doc % 10]],
        "year": year,
        "year_end": None,
        "year_last": year,
        "type": "Policy Labs",
        "type_key": "policy lab",
        "chunk_index": i % 4,
        "text": text,
        "section": "About",
        "page": None,
        "start": 0,
        "end": len(text),
        "chunks": 4,
    }
    return StoredPoint(point_id(url, i % 4), vector.tolist(), sparse_document(text), payload)


def fill(index: VectorIndex, size: int, gazetteer: Gazetteer) -> None:
    index.ensure_collections()
    rng, vectors = random.Random(11), np.random.default_rng(7)
    for start in range(0, size, _BATCH):
        batch = vectors.standard_normal((min(_BATCH, size - start), 384)).astype(np.float32)
        batch /= np.linalg.norm(batch, axis=1, keepdims=True)
        points = [chunk_point(start + j, v, rng, gazetteer) for j, v in enumerate(batch)]
        index.upsert_points(index.collection, points)


def percentiles(values: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(values, n=100)
    return cuts[49], cuts[94]


def engine_times(searcher: Searcher, filters: SearchFilters, queries: int) -> list[float]:
    """`VectorIndex.query` alone, as `Searcher.search` calls it for 10 results."""
    dense = searcher.embedder.embed(list(_QUERIES))
    query_filter = build_filter(filters, searcher.gazetteer)
    times = []
    for i in range(queries + 10):
        started = time.perf_counter()
        searcher.index.query(
            dense=dense[i % len(_QUERIES)],
            sparse=sparse_query(_QUERIES[i % len(_QUERIES)]),
            query_filter=query_filter,
            limit=100,
            mode="hybrid",
            per_document=10,
        )
        times.append((time.perf_counter() - started) * 1000)
    return times[10:]  # the first few warm the page cache


def search_times(searcher: Searcher, filters: SearchFilters, queries: int) -> list[float]:
    searcher.search(_QUERIES[0], filters)
    times = []
    for i in range(queries):
        started = time.perf_counter()
        searcher.search(_QUERIES[i % len(_QUERIES)], filters, limit=10, mode="hybrid")
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    embedder = make_embedder(None)
    embedder.embed(["warm up"])
    gazetteer = Gazetteer.from_file(None)
    print("| chunks | filter | engine p50 | engine p95 | search p50 | search p95 | fill | optimise |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for size in args.sizes:
        index = open_index(Path(tempfile.mkdtemp(prefix="harvester-latency-")), None, None, "bench")
        started = time.perf_counter()
        fill(index, size, gazetteer)
        fill_s = time.perf_counter() - started
        started = time.perf_counter()
        index.finish()
        optimise_s = time.perf_counter() - started
        searcher = Searcher(index, embedder, gazetteer)
        for label, filters in _FILTERS:
            e50, e95 = percentiles(engine_times(searcher, filters, args.queries))
            s50, s95 = percentiles(search_times(searcher, filters, args.queries))
            print(
                f"| {size:,} | {label} | {e50:.1f} ms | {e95:.1f} ms | {s50:.1f} ms | {s95:.1f} ms "
                f"| {fill_s:.0f} s | {optimise_s:.0f} s |"
            )
        index.close()
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
