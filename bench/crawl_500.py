"""Benchmark: crawl throughput and recrawl cost on a generated 500-page site on loopback.

    .venv/bin/python bench/crawl_500.py [--pages 500] [--latency-ms 0 20 50] [--model hashing]
                                        [--no-validators] [--skip-throughput] [--skip-recrawl]

1. Crawl throughput: the crawler (zero politeness delay, no extraction) against a plain sequential
   httpx loop over the same URLs, in the same run, for each simulated server latency.
2. Recrawl: a full `execute` (crawl, extract, embed, index) of the site, then again unchanged; the
   second run's wall time as a fraction of the first, and how many chunks it embedded (must be 0).

The site runs in its own process (so the crawler's event loop does not share a GIL with it), answers
ETag / If-None-Match like most real servers, and can add a fixed latency per response.
Record results in docs/benchmarks.md with machine and date.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import random
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

from harvester.config import CrawlConfig, SourceConfig, settings_from_dict
from harvester.crawl import Crawler
from harvester.models import FetchedPage
from harvester.pipeline import Workspace, execute
from harvester.principles import PRINCIPLES

_WORDS = (
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
)
_COUNCILS = ("Oldham Council", "Plymouth City Council", "Lambeth Council", "Preston City Council", "Kirklees Council")


def build_site(pages: int, seed: int = 7) -> dict[str, bytes]:
    """path -> body for a site of `pages` project pages, a home page, robots.txt and a sitemap."""
    rng = random.Random(seed)
    site: dict[str, bytes] = {}
    for i in range(pages):
        links = " ".join(f'<a href="/projects/{(i * 7 + k) % pages}/">related {k}</a>' for k in range(1, 6))
        text = " ".join(rng.choice(_WORDS) for _ in range(260))
        principle = PRINCIPLES[i % len(PRINCIPLES)].name
        site[f"/projects/{i}/"] = (
            f"<!doctype html><html><head><meta charset='utf-8'><title>Project {i}</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><main><h1>Project {i}: {rng.choice(_WORDS)} lab</h1>"
            f"<ul><li>Lead Member {_COUNCILS[i % 5]}</li><li>Year {2015 + i % 10}</li><li>Type Policy Labs</li></ul>"
            f"<h2>Principles met</h2><p>{principle}</p><h2>About the project</h2><p>{text}</p>"
            f"<p>{links}</p></main><footer>© Network</footer></body></html>"
        ).encode()
    home_links = " ".join(f'<a href="/projects/{i}/">Project {i}</a>' for i in range(0, pages, max(1, pages // 20)))
    site["/"] = f"<html><body><main><h1>Projects</h1><p>{home_links}</p></main></body></html>".encode()
    site["/robots.txt"] = b"User-agent: *\nAllow: /\n"
    return site


def _serve(site: dict[str, bytes], latency_s: float, host: str, validators: bool, port_out: Any) -> None:
    tags = {path: '"' + hashlib.sha256(body).hexdigest()[:16] + '"' for path, body in site.items()}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else delayed ACKs add 40 ms to every keep-alive response

        def log_message(self, format: str, *args: Any) -> None:  # noqa: ARG002 - silence the base class
            return None

        def do_GET(self) -> None:
            if latency_s:
                time.sleep(latency_s)
            body = site.get(self.path)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if validators and self.headers.get("If-None-Match") == tags[self.path]:
                self.send_response(304)
                self.send_header("ETag", tags[self.path])
                self.end_headers()
                return
            self.send_response(200)
            kind = "text/plain" if self.path.endswith(".txt") else "text/html; charset=utf-8"
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if validators:
                self.send_header("ETag", tags[self.path])
            self.end_headers()
            self.wfile.write(body)

    ThreadingHTTPServer.request_queue_size = 128
    server = ThreadingHTTPServer((host, 0), Handler)
    port_out.put(server.server_address[1])
    server.serve_forever()


class SiteProcess:
    def __init__(
        self, site: dict[str, bytes], latency_s: float, host: str = "127.0.0.1", validators: bool = True
    ) -> None:
        queue: Any = multiprocessing.Queue()
        args = (site, latency_s, host, validators, queue)
        self.process = multiprocessing.Process(target=_serve, args=args, daemon=True)
        self.process.start()
        self.base = f"http://{host}:{queue.get(timeout=10)}"

    def stop(self) -> None:
        self.process.terminate()
        self.process.join()


def crawl_with_crawler(bases: list[str], per_host: int) -> tuple[float, list[str]]:
    source = SourceConfig(
        name="bench", start_urls=[b + "/" for b in bases], allow_private_addresses=True, max_pages=10_000
    )
    config = CrawlConfig(delay_s=0.0, concurrency=max(8, per_host * len(bases)), per_host_concurrency=per_host)
    pages: list[FetchedPage] = []
    started = time.perf_counter()
    asyncio.run(Crawler(source, config).run(pages.append))
    return time.perf_counter() - started, [p.url for p in pages if p.body is not None]


def crawl_sequentially(urls: list[str]) -> float:
    started = time.perf_counter()
    with httpx.Client(timeout=20) as client:
        for url in urls:
            client.get(url).raise_for_status()
    return time.perf_counter() - started


def throughput(pages: int, latencies_ms: list[float], hosts: int) -> None:
    """One site of `pages` pages, and the same number of pages spread over `hosts` loopback hosts."""
    print(
        "| server latency | sequential httpx loop | crawler, 1 host, per-host 2 (default) | "
        f"crawler, 1 host, per-host 8 | crawler, {hosts} hosts, per-host 2 (default) |"
    )
    print("| --- | --- | --- | --- | --- |")
    for latency_ms in latencies_ms:
        one = [SiteProcess(build_site(pages), latency_ms / 1000)]
        many = [SiteProcess(build_site(pages // hosts), latency_ms / 1000, f"127.0.0.{i + 2}") for i in range(hosts)]
        try:
            _, urls = crawl_with_crawler([one[0].base], 8)  # warm up, and the URL list for the loop
            loop_s = crawl_sequentially(urls)
            cells = []
            for servers, per_host in ((one, 2), (one, 8), (many, 2)):
                seconds, fetched = crawl_with_crawler([s.base for s in servers], per_host)
                rate, loop_rate = len(fetched) / seconds, len(urls) / loop_s
                cells.append(f"{rate:.0f} pages/s ({rate / loop_rate:.1f}x)")
        finally:
            for server in one + many:
                server.stop()
        print(f"| {latency_ms:g} ms | {len(urls) / loop_s:.0f} pages/s | " + " | ".join(cells) + " |")


def recrawl(site: dict[str, bytes], model: str | None, validators: bool) -> None:
    server = SiteProcess(site, 0.0, validators=validators)
    data_dir = Path(tempfile.mkdtemp(prefix="harvester-bench-")) / "data"
    settings = settings_from_dict(
        {
            "data_dir": str(data_dir),
            "sources": [
                {
                    "name": "bench",
                    "start_urls": [server.base + "/"],
                    "allow_private_addresses": True,
                    "max_pages": 10_000,
                }
            ],
            "crawl": {"delay_s": 0.0},
            "embed": {"model": model},
        },
        data_dir.parent,
    )
    ws = Workspace(settings)
    try:
        ws.embedder.embed(["warm up"])
        walls = []
        for label in ("first run", "unchanged recrawl"):
            started = time.perf_counter()
            state = execute(ws, None, crawl=True, index=True, command="bench")
            walls.append(time.perf_counter() - started)
            c, t = state.counts, state.timings
            print(
                f"{label}: wall {walls[-1]:.2f} s (crawl {t['crawl']:.2f}, extract {t['extract']:.2f}, "
                f"embed {t['embed']:.2f}, index {t['index']:.2f}); new {c.get('new', 0)}, "
                f"unchanged {c.get('unchanged', 0)}, not modified {c.get('not_modified', 0)}, "
                f"chunks embedded {c.get('chunks_embedded', 0)}"
            )
        print(f"recrawl / first run: {walls[1] / walls[0]:.1%}")
    finally:
        ws.close()
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--latency-ms", type=float, nargs="+", default=[0.0, 20.0])
    parser.add_argument("--model", default=None, help="hashing for a quick run; default: the real model")
    parser.add_argument("--hosts", type=int, default=5, help="loopback hosts for the multi-site column")
    parser.add_argument("--skip-recrawl", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--no-validators", action="store_true", help="the server sends no ETag (no 304s)")
    args = parser.parse_args()
    if not args.skip_throughput:
        throughput(args.pages, args.latency_ms, args.hosts)
    if not args.skip_recrawl:
        recrawl(build_site(args.pages), args.model, validators=not args.no_validators)


if __name__ == "__main__":
    main()
