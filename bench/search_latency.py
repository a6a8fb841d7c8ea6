"""Benchmark: warm search latency on the embedded index at 10k and 100k synthetic chunks.

    .venv/bin/python bench/search_latency.py [--sizes 10000 100000] [--queries 50]

Synthetic chunks: random unit dense vectors, BM25 sparse vectors from generated text, payloads like
real ones (councils, principles, years). Queries go through `Searcher.search` with the real model
loaded (query embedding included), hybrid, with a council and a year filter, and without filters.
Prints p50/p95 and peak RSS. Record in docs/benchmarks.md.
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

from harvester.embed import make_embedder, sparse_document
from harvester.gazetteer import Gazetteer
from harvester.index import IndexedChunk, VectorIndex, point_id
from harvester.models import Chunk
from harvester.principles import PRINCIPLE_NAMES
from harvester.search import Searcher, SearchFilters

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


def fill(index: VectorIndex, size: int, rng: random.Random) -> None:
    index.ensure_collections()
    batch: list[object] = []
    vectors = np.random.default_rng(7).standard_normal((size, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    from qdrant_client import models

    for i in range(size):
        doc = i // 4
        text = " ".join(rng.choice(_WORDS) for _ in range(180))
        chunk = Chunk(doc_url=f"https://bench.example/{doc}", chunk_index=i % 4, text=text, section="About")
        item = IndexedChunk(chunk, vectors[i], sparse_document(text))
        year = 2012 + doc % 13
        payload = {
            "doc_url": chunk.doc_url,
            "source": "bench",
            "kind": "html",
            "doc_type": "project",
            "title": f"Project {doc}",
            "lead_member": _COUNCILS[doc % 5],
            "participating_members": [],
            "councils": [_COUNCILS[doc % 5].lower().removesuffix(" council")],
            "lead_key": None,
            "principles": [PRINCIPLE_NAMES[doc % 10]],
            "year": year,
            "year_end": None,
            "year_last": year,
            "type": "Policy Labs",
            "type_key": "policy lab",
            "chunk_index": chunk.chunk_index,
            "text": text,
            "section": "About",
            "page": None,
            "start": 0,
            "end": len(text),
            "chunks": 4,
        }
        batch.append(
            models.PointStruct(
                id=point_id(chunk.doc_url, chunk.chunk_index),
                vector={
                    "dense": item.dense.tolist(),
                    "sparse": models.SparseVector(indices=item.sparse[0], values=item.sparse[1]),
                },
                payload=payload,
            )
        )
        if len(batch) == 1000:
            index.client.upsert(index.collection, batch, wait=True)  # type: ignore[arg-type]
            batch = []
    if batch:
        index.client.upsert(index.collection, batch, wait=True)  # type: ignore[arg-type]


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=50)
    args = parser.parse_args()
    embedder = make_embedder(None)
    embedder.embed(["warm up"])
    gazetteer = Gazetteer.from_file(None)
    rng = random.Random(11)
    print("| chunks | filter | p50 | p95 | fill time |\n| --- | --- | --- | --- | --- |")
    for size in args.sizes:
        path = Path(tempfile.mkdtemp(prefix="harvester-latency-"))
        index = VectorIndex.open(path, None, None, "bench")
        started = time.perf_counter()
        fill(index, size, rng)
        fill_s = time.perf_counter() - started
        searcher = Searcher(index, embedder, gazetteer)
        for label, filters in (
            ("none", SearchFilters()),
            ("council + year", SearchFilters(council="Oldham", year="2015-2020")),
        ):
            searcher.search(_QUERIES[0], filters)  # warm
            times = []
            for i in range(args.queries):
                started = time.perf_counter()
                searcher.search(_QUERIES[i % len(_QUERIES)], filters, limit=10, mode="hybrid")
                times.append((time.perf_counter() - started) * 1000)
            p50, p95 = percentile(times, 50), percentile(times, 95)
            print(f"| {size:,} | {label} | {p50:.0f} ms | {p95:.0f} ms | {fill_s:.0f} s |")
        index.close()
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
