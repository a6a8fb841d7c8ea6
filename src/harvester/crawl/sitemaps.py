"""Sitemaps: the ones configured and the ones robots.txt names, sitemap indexes followed, within one
budget for the whole crawl of a source.

The budget holds across every sitemap file of the crawl and is checked while parsing: page URLs
taken (four for each page the source may fetch, never more than the protocol's 50,000) and bytes
read, decompressed (2,000 for each URL the crawl may take, at least 1 MB, never more than the
protocol's 50 MB). A file is read only as far as the bytes left; reading stops at the last URL the
budget allows. A source with `max_pages: 5` takes 20 URLs from the first megabyte of a 49 MB sitemap.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from harvester.config import SourceConfig
from harvester.crawl.fetch import Fetcher
from harvester.crawl.frontier import Frontier
from harvester.crawl.hosts import Hosts
from harvester.crawl.links import SitemapEntry, gunzip_prefix, sitemap_entries
from harvester.errors import FetchError
from harvester.models import CrawlStats
from harvester.urls import host_key, is_web_url, normalise_url

log = logging.getLogger(__name__)

MAX_SITEMAP_URLS = 50_000  # the sitemaps protocol's limit for one file, here for all of a crawl's files
MAX_SITEMAP_BYTES = 50_000_000  # likewise, decompressed
MAX_SITEMAP_FILES = 200
# Sitemap URLs taken for each page a source may fetch: room for those already linked, excluded, gone
# or out of scope, without filling the frontier with URLs that max_pages will never let be fetched.
URLS_PER_PAGE = 4
# Bytes read for each URL the budget allows: a <url> entry with lastmod and an image or two is well
# under, a sitemap index before its urlsets included.
BYTES_PER_URL = 2_000
MIN_SITEMAP_BYTES = 1_000_000


@dataclass
class SitemapBudget:
    """What a crawl may still take from its sitemaps, all files together."""

    urls: int
    bytes: int

    @classmethod
    def for_pages(cls, max_pages: int) -> SitemapBudget:
        urls = min(MAX_SITEMAP_URLS, URLS_PER_PAGE * max_pages)
        return cls(urls=urls, bytes=min(MAX_SITEMAP_BYTES, max(MIN_SITEMAP_BYTES, BYTES_PER_URL * urls)))

    @property
    def spent(self) -> bool:
        return self.urls <= 0 or self.bytes <= 0


class SitemapReader:
    """Reads one source's sitemaps through the crawl's hosts (robots.txt, politeness) and fetcher."""

    def __init__(self, source: SourceConfig, hosts: Hosts, fetcher: Fetcher, stats: CrawlStats, frontier: Frontier):
        self.source = source
        self._hosts = hosts
        self._fetcher = fetcher
        self.stats = stats
        self._frontier = frontier
        self.budget = SitemapBudget.for_pages(source.max_pages)

    async def read(self) -> list[tuple[str, str]]:
        """(page URL, the sitemap that listed it) for the pages the source's sitemaps list, as many as
        the crawl's budget allows."""
        for url in self.source.start_urls:
            await self._hosts.ready(normalise_url(url))
        configured = list(self.source.sitemaps)
        pending = [*configured, *self._hosts.sitemaps]
        done: set[str] = set()
        listed: list[tuple[str, str]] = []
        while pending and not self.budget.spent and len(done) < MAX_SITEMAP_FILES:
            sitemap_url = pending.pop(0)
            if sitemap_url in done:
                continue
            done.add(sitemap_url)
            if sitemap_url not in configured and not self._sitemap_in_scope(sitemap_url):
                self.stats.skip("skipped_out_of_scope", sitemap_url, "sitemap out of scope")
                continue
            fetched = await self._fetch_sitemap(sitemap_url)
            if fetched is None:
                continue
            for kind, url in self._take(*fetched):
                if kind == "page":
                    listed.append((url, sitemap_url))
                elif len(done) + len(pending) < MAX_SITEMAP_FILES:
                    pending.append(url)
        if self.budget.spent:
            self._report_spent(listed)
        self.stats.counts["sitemap_urls"] += len(listed)
        return listed

    def _take(self, body: bytes, complete: bool) -> Iterator[SitemapEntry]:
        """The entries of one sitemap file as they are parsed, charged to the budget: parsing stops
        at the last page URL it allows."""
        self.budget.bytes -= len(body)
        for kind, url in sitemap_entries(body, complete=complete):
            yield kind, url
            if kind == "page":
                self.budget.urls -= 1
                if self.budget.urls <= 0:
                    return

    def _report_spent(self, listed: list[tuple[str, str]]) -> None:
        last = listed[-1][1] if listed else ""
        reason = f"sitemap budget spent: {len(listed)} URLs taken, {self.budget.bytes} bytes left"
        self.stats.skip("sitemap_capped", last, reason)
        log.info("%s: %s", self.source.name, reason)

    def _sitemap_in_scope(self, url: str) -> bool:
        """Sitemaps named by robots.txt or a sitemap index: fetched only from the source's own hosts."""
        if not is_web_url(url):
            return False
        start_hosts = {host_key(u) for u in self.source.start_urls}
        return host_key(url) in start_hosts or self._frontier.in_scope(normalise_url(url))

    async def _fetch_sitemap(self, url: str) -> tuple[bytes, bool] | None:
        """The body, decompressed, at most the bytes left in the budget, and whether it is all there."""
        try:
            await self._hosts.ready(url)
            fetched = await self._fetcher.get(normalise_url(url), max_bytes=self.budget.bytes, truncate=True)
        except FetchError as exc:
            self.stats.skip("sitemap_failed", url, exc.reason)
            return None
        if fetched.status != 200:
            self.stats.skip("sitemap_failed", url, f"HTTP {fetched.status}")
            return None
        if fetched.body[:2] != b"\x1f\x8b":
            return fetched.body, not fetched.truncated
        try:
            body, whole = gunzip_prefix(fetched.body, self.budget.bytes)
        except zlib.error as exc:
            self.stats.skip("sitemap_failed", url, f"bad gzip: {exc}")
            return None
        return body, whole and not fetched.truncated
