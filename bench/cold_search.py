"""Benchmark: a cold `harvester search` (a new process, the real model) over the indexed sample site.

    .venv/bin/python bench/cold_search.py [--rounds 5]

Serves the bundled sample site on loopback, runs `harvester run` once with the real model into a
temporary data_dir, then times `harvester search` as a user types it, in a fresh process each time,
and reports the wall time and peak RSS (the best and the median of the rounds).
Record results in docs/benchmarks.md with machine and date.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harvester.demo import sample_site_dir, serve_directory

HARVESTER = str(Path(sys.executable).with_name("harvester"))


def timed(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of one command, measured on that child alone."""
    started = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed")
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with serve_directory(sample_site_dir()) as base, tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "harvester.yaml"
        config.write_text(
            f"data_dir: data\nsources:\n  - name: sample\n    start_urls: ['{base}']\n"
            "    allow_private_addresses: true\ncrawl: {delay_s: 0}\n",
            encoding="utf-8",
        )
        run_wall, run_rss = timed([HARVESTER, "--config", str(config), "-q", "run"])
        print(f"harvester run (sample site, real model): {run_wall:.1f} s, peak RSS {run_rss:.0f} MiB")
        for label, extra in (("hybrid", []), ("sparse", ["--mode", "sparse"])):
            walls = []
            for _ in range(args.rounds):
                query = [HARVESTER, "--config", str(config), "search", "digital exclusion with community partners"]
                wall, rss = timed(query + extra)
                walls.append(wall)
            print(
                f"cold harvester search ({label}): best {min(walls):.2f} s, median {statistics.median(walls):.2f} s "
                f"over {args.rounds} rounds; peak RSS {rss:.0f} MiB"
            )


if __name__ == "__main__":
    main()
