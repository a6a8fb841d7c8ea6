"""Benchmark: the whole pipeline on the bundled sample site with the real model.

    .venv/bin/python bench/pipeline_sample.py

Prints model load time, per-stage timings of a first run and an unchanged re-run, chunks/s of
embedding, and peak resident memory. Record results in docs/benchmarks.md with machine and date.
"""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path

from harvester.demo import demo_settings, sample_site_dir, serve_directory
from harvester.pipeline import Workspace, execute


def main() -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="harvester-bench-")) / "data"
    with serve_directory(sample_site_dir()) as base_url:
        ws = Workspace(demo_settings(base_url, data_dir))
        started = time.perf_counter()
        ws.embedder.embed(["warm up"])
        print(f"model load: {time.perf_counter() - started:.2f} s")
        for label in ("first run", "unchanged re-run"):
            started = time.perf_counter()
            state = execute(ws, None, crawl=True, index=True, command="bench")
            wall = time.perf_counter() - started
            t = state.timings
            embedded = state.counts.get("chunks_embedded", 0)
            rate = f", {embedded / t['embed']:.1f} chunks/s" if embedded and t["embed"] else ""
            print(
                f"{label}: wall {wall:.2f} s; crawl {t['crawl']:.2f}, extract {t['extract']:.2f}, "
                f"embed {t['embed']:.2f} ({embedded} chunks{rate}), index {t['index']:.2f}; "
                f"documents new {state.counts.get('new', 0)}, unchanged {state.counts.get('unchanged', 0)}"
            )
        ws.close()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
