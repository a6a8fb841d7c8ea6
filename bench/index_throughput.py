"""Benchmark: chunks/s through the whole index path against bare `model.encode` of the same chunks.

    .venv/bin/python bench/index_throughput.py [--pages 300]

Harvests a generated site (bench/crawl_500.py's) into a fresh data_dir without indexing, then, in
the same process with the model warm: (1) `model.encode` of exactly the chunk texts the index path
will embed, (2) `index_pending` (chunking, embedding, sparse vectors, embedding cache, Qdrant upserts,
catalogue) with the ONNX model; and (3) a bare sentence-transformers `encode` of the same chunks (the
torch path the index used before issue 15). Targets: (2) at least 0.85x (1), and at least 1.5x (3).
Record in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from harvester.chunk import chunk_document
from harvester.config import settings_from_dict
from harvester.embed import SentenceTransformerEmbedder
from harvester.models import RunState
from harvester.pipeline import Workspace, execute, index_pending

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crawl_500 import SiteProcess, build_site


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    server = SiteProcess(build_site(args.pages), 0.0)
    data_dir = Path(tempfile.mkdtemp(prefix="harvester-bench-")) / "data"
    source = {"name": "bench", "start_urls": [server.base + "/"], "allow_private_addresses": True, "max_pages": 10_000}
    settings = settings_from_dict(
        {"data_dir": str(data_dir), "sources": [source], "crawl": {"delay_s": 0.0}}, data_dir.parent
    )
    ws = Workspace(settings)
    try:
        execute(ws, None, crawl=True, index=False, command="bench")
        documents = [s.document for s in ws.catalogue.documents("live") if s.document is not None]
        texts = list({c.text_hash: c.text for d in documents for c in chunk_document(d, 200, 30)}.values())
        model = ws.embedder
        model.embed(["warm up"])
        started = time.perf_counter()
        model.embed(texts)
        bare = len(texts) / (time.perf_counter() - started)
        torch_model = SentenceTransformerEmbedder(batch_size=ws.settings.embed.batch_size)
        torch_model.embed(["warm up"])
        started = time.perf_counter()
        torch_model.embed(texts)
        torch_rate = len(texts) / (time.perf_counter() - started)
        state = RunState(run_id="bench", sources=["bench"])
        started = time.perf_counter()
        index_pending(ws, state)
        seconds = time.perf_counter() - started
        full = state.counts["chunks_indexed"] / seconds
        t = state.timings
        print(f"{len(documents)} documents, {len(texts)} distinct chunks")
        print(f"bare model.encode (ONNX): {bare:.1f} chunks/s")
        print(f"bare sentence-transformers encode (torch): {torch_rate:.1f} chunks/s")
        print(
            f"index path: {full:.1f} chunks/s ({full / bare:.2f}x); embed {t['embed']:.2f} s, "
            f"index {t['index']:.2f} s, other {seconds - t['embed'] - t['index']:.2f} s"
        )
        print(f"index path / sentence-transformers encode: {full / torch_rate:.2f}x")
        print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    finally:
        ws.close()
        server.stop()


if __name__ == "__main__":
    main()
