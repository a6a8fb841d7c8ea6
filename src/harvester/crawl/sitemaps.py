"""Sitemaps: the ones configured and the ones robots.txt names, sitemap indexes followed, each capped."""

from __future__ import annotations

import zlib

from harvester.config import SourceConfig
from harvester.crawl.fetch import Fetcher
from harvester.crawl.frontier import Frontier
from harvester.crawl.hosts import Hosts
from harvester.crawl.links import gunzip_capped, parse_sitemap
from harvester.errors import FetchError
from harvester.models import CrawlStats
from harvester.urls import host_key, normalise_url

MAX_SITEMAP_URLS = 50_000
MAX_SITEMAP_BYTES = 50_000_000


class SitemapReader:
    """Reads one source's sitemaps through the crawl's hosts (robots.txt, politeness) and fetcher."""

    def __init__(self, source: SourceConfig, hosts: Hosts, fetcher: Fetcher, stats: CrawlStats, frontier: Frontier):
        self.source = source
        self._hosts = hosts
        self._fetcher = fetcher
        self.stats = stats
        self._frontier = frontier

    async def read(self) -> list[tuple[str, str]]:
        """(page URL, the sitemap that listed it) for every page the source's sitemaps list."""
        for url in self.source.start_urls:
            await self._hosts.ready(normalise_url(url))
        configured = list(self.source.sitemaps)
        pending = [*configured, *self._hosts.sitemaps]
        done: set[str] = set()
        listed: list[tuple[str, str]] = []
        while pending and len(listed) < MAX_SITEMAP_URLS:
            sitemap_url = pending.pop(0)
            if sitemap_url in done or len(done) > 200:
                continue
            done.add(sitemap_url)
            if sitemap_url not in configured and not self._sitemap_in_scope(sitemap_url):
                self.stats.skip("skipped_out_of_scope", sitemap_url, "sitemap out of scope")
                continue
            body = await self._fetch_sitemap(sitemap_url)
            if body is None:
                continue
            pages, children = parse_sitemap(body)
            pending.extend(children)
            for page_url in pages:
                listed.append((page_url, sitemap_url))
        self.stats.counts["sitemap_urls"] += len(listed)
        return listed

    def _sitemap_in_scope(self, url: str) -> bool:
        """Sitemaps named by robots.txt or a sitemap index: fetched only from the source's own hosts."""
        if not url.lower().startswith(("http://", "https://")):
            return False
        start_hosts = {host_key(u) for u in self.source.start_urls}
        return host_key(url) in start_hosts or self._frontier.in_scope(normalise_url(url))

    async def _fetch_sitemap(self, url: str) -> bytes | None:
        try:
            await self._hosts.ready(url)
            fetched = await self._fetcher.get(normalise_url(url), max_bytes=MAX_SITEMAP_BYTES)
        except FetchError as exc:
            self.stats.skip("sitemap_failed", url, exc.reason)
            return None
        if fetched.status != 200:
            self.stats.skip("sitemap_failed", url, f"HTTP {fetched.status}")
            return None
        body = fetched.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip_capped(body, MAX_SITEMAP_BYTES)
            except (OSError, EOFError, ValueError, zlib.error) as exc:
                self.stats.skip("sitemap_failed", url, f"bad gzip: {exc}")
                return None
        return body
