"""Benchmark: harvester's crawl + extract against Scrapy's crawl alone, same site, same run.

    .venv/bin/pip install scrapy            # bench-only: pip install -e '.[bench]'
    .venv/bin/python bench/crawl_vs_scrapy.py [--pages 500] [--concurrency 16] [--rounds 3]

The site (bench/crawl_500.py's generator: project pages, a home page, robots.txt) runs in its own
process on loopback with no latency. Scrapy: a CrawlSpider with LinkExtractor, ROBOTSTXT_OBEY,
16 concurrent requests, no delay, no extraction. harvester: `harvester crawl` as a user runs it
(crawl, extract in the worker pool, record in the catalogue; no embedding), concurrency 16, no
politeness delay. Pages/s = pages fetched / wall time; best of `--rounds`, each in a fresh process.
Record results in docs/benchmarks.md with machine and date.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crawl_500 import SiteProcess, build_site

SCRAPY_SPIDER = """
import json, sys, time
from scrapy.crawler import CrawlerProcess
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule

base, concurrency = sys.argv[1], int(sys.argv[2])
count = 0

class Site(CrawlSpider):
    name = "site"
    start_urls = [base]
    rules = [Rule(LinkExtractor(), callback="page", follow=True)]

    def page(self, response):
        global count
        count += 1

process = CrawlerProcess(settings={
    "ROBOTSTXT_OBEY": True, "CONCURRENT_REQUESTS": concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
    "DOWNLOAD_DELAY": 0, "LOG_ENABLED": False, "TELNETCONSOLE_ENABLED": False, "COOKIES_ENABLED": False,
    "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
})
started = time.perf_counter()
process.crawl(Site)
process.start()
print(json.dumps({"pages": count + 1, "seconds": time.perf_counter() - started}))
"""

HARVESTER = """
import json, sys, time
from pathlib import Path
from harvester.config import settings_from_dict
from harvester.pipeline import Workspace, execute

base, concurrency, data = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
settings = settings_from_dict({
    "data_dir": str(data),
    "sources": [{"name": "bench", "start_urls": [base], "allow_private_addresses": True, "max_pages": 100000,
                 "max_depth": 100}],
    "crawl": {"delay_s": 0, "concurrency": concurrency, "per_host_concurrency": concurrency},
    "embed": {"model": "hashing"},
}, data.parent)
ws = Workspace(settings)
started = time.perf_counter()
state = execute(ws, None, crawl=True, index=False, command="bench")
seconds = time.perf_counter() - started
ws.close()
print(json.dumps({"pages": int(state.counts["fetched"]), "seconds": seconds, "extracted": int(state.counts["new"])}))
"""


def measure(code: str, *args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    server = SiteProcess(build_site(args.pages), 0.0, validators=False)
    base = server.base + "/"
    try:
        best: dict[str, dict[str, float]] = {}
        for _ in range(args.rounds):
            scrapy = measure(SCRAPY_SPIDER, base, str(args.concurrency))
            with tempfile.TemporaryDirectory() as tmp:
                ours = measure(HARVESTER, base, str(args.concurrency), str(Path(tmp) / "data"))
            for name, result in (("scrapy crawl", scrapy), ("harvester crawl + extract", ours)):
                rate = result["pages"] / result["seconds"]
                if name not in best or rate > best[name]["rate"]:
                    best[name] = {**result, "rate": rate}
            time.sleep(0.5)
        for name, result in best.items():
            print(f"{name}: {int(result['pages'])} pages in {result['seconds']:.1f} s = {result['rate']:.1f} pages/s")
        ratio = best["harvester crawl + extract"]["rate"] / best["scrapy crawl"]["rate"]
        print(f"ratio harvester / scrapy: {ratio:.2f}x")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
