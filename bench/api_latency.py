"""Benchmark: warm `/search` latency of `harvester api` at 1, 8 and 32 concurrent clients on loopback.

    .venv/bin/python bench/api_latency.py [--requests 160]

Indexes the fixtures (tests/golden: labelled extraction set + sample site) with the real model in a
temporary data_dir, starts `harvester api` in its own process, warms it, then sends a bounded number
of hybrid searches (a mix of questions, some with filters) per concurrency level and prints p50/p95.
Target: p95 <= 200 ms at 8 clients on 2 cores. Record in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from harvester.config import load_settings
from harvester.pipeline import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.golden.fixture_index import index_fixtures, labelled_queries


def start_api(config: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "harvester.cli", "--config", str(config), "api", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return server, base
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError("harvester api did not start")


async def level(base: str, clients: int, total: int, requests: list[dict[str, object]]) -> list[float]:
    timings: list[float] = []
    queue: asyncio.Queue[dict[str, object]] = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(requests[i % len(requests)])

    async def client(http: httpx.AsyncClient) -> None:
        while not queue.empty():
            params = queue.get_nowait()
            started = time.perf_counter()
            response = await http.get(f"{base}/search", params=params)
            response.raise_for_status()
            timings.append((time.perf_counter() - started) * 1000)

    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=clients)) as http:
        await asyncio.gather(*(client(http) for _ in range(clients)))
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=160, help="per concurrency level")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="harvester-api-bench-"))
    config = root / "harvester.yaml"
    config.write_text("data_dir: data\nsources: []\n", encoding="utf-8")
    ws = Workspace(load_settings(config))
    documents = index_fixtures(ws)
    ws.close()
    requests: list[dict[str, object]] = []
    for query in labelled_queries():
        params: dict[str, object] = {"q": query.text, "limit": 10}
        if query.filters.principles:
            params["principle"] = query.filters.principles
        if query.filters.year:
            params["year"] = query.filters.year
        requests.append(params)
    server, base = start_api(config)
    try:
        asyncio.run(level(base, 4, 40, requests))  # warm up
        print(f"{documents} documents; {args.requests} hybrid searches per level")
        print("| clients | p50 | p95 | requests/s |\n| --- | --- | --- | --- |")
        for clients in (1, 8, 32):
            started = time.perf_counter()
            timings = asyncio.run(level(base, clients, args.requests, requests))
            rate = len(timings) / (time.perf_counter() - started)
            q = statistics.quantiles(timings, n=100)
            print(f"| {clients} | {q[49]:.0f} ms | {q[94]:.0f} ms | {rate:.0f} |")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
