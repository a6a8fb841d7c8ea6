"""Crawl: a polite, scoped, async crawler that honours robots.txt and reads sitemaps.

The parts: `frontier` (pure: seen set, depth, scope, traps), `fetch` (the only HTTP code: retries,
redirects, address checks, size caps, decoding), `hosts` (robots.txt, politeness), `links` (hrefs,
canonical, PDF links, sitemaps) and `addresses` (which networks may be reached). `Crawler` wires them:
every URL it considers ends as exactly one outcome, counted in `CrawlStats` by what happened
(`fetched`, `not_modified`, `skipped_robots`, `failed`, ...) and, for fetches, passed to `on_page`.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import zlib
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

import httpx

from harvester.config import CrawlConfig, SourceConfig
from harvester.crawl.addresses import parse_networks
from harvester.crawl.fetch import Fetched, Fetcher, Resolver
from harvester.crawl.frontier import Frontier
from harvester.crawl.hosts import Host, Hosts
from harvester.crawl.links import gunzip_capped, page_links, parse_sitemap, pdf_links
from harvester.errors import FetchError, FetchFailure
from harvester.models import CrawlStats, FetchedPage, KnownPage
from harvester.urls import host_key, in_scope, is_crawlable_link, normalise_url

__all__ = ["CrawlStats", "Crawler", "KnownPage", "OnPage", "page_links", "parse_sitemap", "pdf_links"]

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PDF_TYPES = ("application/pdf", "application/x-pdf")
_MAX_SITEMAP_URLS = 50_000
_MAX_SITEMAP_BYTES = 50_000_000
# A fetch failure of these kinds is a URL the crawl decided not to take, not a failure to report.
_SKIPPED_AS = {
    FetchFailure.OUT_OF_SCOPE: "skipped_out_of_scope",
    FetchFailure.REFUSED: "skipped_private",
    FetchFailure.TOO_LARGE: "skipped_size",
    FetchFailure.DISALLOWED: "skipped_robots",
}

OnPage = Callable[[FetchedPage], Awaitable[None] | None]


class Crawler:
    """Crawls one source. Inject `transport` (httpx.MockTransport) and `resolver` to test without a network."""

    def __init__(
        self,
        source: SourceConfig,
        config: CrawlConfig,
        known: dict[str, KnownPage] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        self.source = source
        self.config = config
        self.known = known or {}
        self.stats = CrawlStats()
        self._include = [re.compile(p) for p in source.include_patterns()]
        self._exclude = [re.compile(p) for p in source.exclude]
        self._frontier = Frontier(
            include=self._include,
            exclude=self._exclude,
            max_depth=source.max_depth,
            max_url_length=config.max_url_length,
            max_pagination_run=config.max_pagination_run,
        )
        self._hosts = Hosts(config, self._host_worker)
        self._fetcher = Fetcher(
            config,
            parse_networks(source.allowed_networks()),
            gate=self._hosts.turn,
            count=self._count,
            transport=transport,
            resolver=resolver,
        )
        self._hosts.fetcher = self._fetcher
        self._pending = 0  # URLs queued or being visited
        self._idle = asyncio.Event()
        self._attempted = 0
        self._on_page: OnPage | None = None

    async def run(self, on_page: OnPage) -> CrawlStats:
        """Crawl from the start URLs, sitemaps and known URLs; call `on_page` for every fetch outcome.

        Each host has its own frontier and workers, so a slow or Crawl-delayed host never holds up
        the others; `concurrency` caps requests in flight across all hosts.
        """
        started = time.monotonic()
        self._on_page = on_page
        async with self._fetcher:
            for url in self.source.start_urls:
                self._enqueue(url, 0, None)
            await self._read_sitemaps()
            for url, page in self.known.items():
                self._enqueue(url, page.depth, None)
            try:
                while self._pending:
                    await self._idle.wait()
                    self._idle.clear()
            finally:
                await self._hosts.stop()
        self.stats.seconds = time.monotonic() - started
        return self.stats

    def _count(self, counter: str) -> None:
        self.stats.counts[counter] += 1

    # --- frontier ---------------------------------------------------------------------------

    def _enqueue(self, raw_url: str, depth: int, referrer: str | None, *, listed: bool = False) -> None:
        admission = self._frontier.admit(raw_url, depth, referrer, listed=listed)
        if admission.verdict == "skipped":
            if admission.counter:
                self.stats.skip(admission.counter, admission.url, admission.reason)
            if admission.counter == "skipped_out_of_scope":
                self.stats.counts["discovered"] += 1
            return
        if admission.verdict == "seen":
            return
        self.stats.counts["discovered"] += 1
        self._pending += 1
        self._hosts.get(admission.url).frontier.put_nowait((admission.url, admission.depth, referrer))

    async def _host_worker(self, host: Host) -> None:
        assert self._on_page is not None
        while True:
            url, depth, referrer = await host.frontier.get()
            try:
                await self._visit(url, depth, referrer, self._on_page)
            except Exception as exc:  # one bad URL must never stop the crawl
                log.exception("unexpected error crawling %s", url)
                await self._report_crash(url, depth, referrer, exc, self._on_page)
            finally:
                self._pending -= 1
                if not self._pending:
                    self._idle.set()

    async def _report_crash(self, url: str, depth: int, referrer: str | None, exc: Exception, on_page: OnPage) -> None:
        """Hand an unexpected error to `on_page` as a failure, so the run reports it with its reason."""
        self.stats.counts["failed"] += 1
        reason = f"crawler error: {type(exc).__name__}: {exc}"[:300]
        crashed = FetchedPage(
            url=url, final_url=url, source=self.source.name, depth=depth, referrer=referrer, error=reason
        )
        try:
            await _deliver(on_page, crashed)
        except Exception:
            log.exception("could not record the failure of %s", url)

    # --- visiting ---------------------------------------------------------------------------

    async def _visit(self, url: str, depth: int, referrer: str | None, on_page: OnPage) -> None:
        if self._attempted >= self.source.max_pages:
            self.stats.skip("skipped_max_pages", url, f"beyond max_pages {self.source.max_pages}")
            return
        host = await self._hosts.ready(url)
        if host.blocked and host.blocked_as == "failed":
            self.stats.counts["failed"] += 1  # unreachable: a failure to report, never a reason to delete
            unreachable = FetchedPage(
                url=url, final_url=url, source=self.source.name, depth=depth, referrer=referrer, error=host.blocked
            )
            await _deliver(on_page, unreachable)
            return
        if host.blocked:
            self.stats.skip(host.blocked_as, url, host.blocked)
            return
        if not host.allows(url, self.config.user_agent):
            self.stats.skip("skipped_robots", url, "disallowed by robots.txt")
            return
        self._attempted += 1
        page = await self._fetch_page(url, depth, referrer)
        if page is None:
            return
        self._follow_links(page, url, depth)
        await _deliver(on_page, page)

    def _follow_links(self, page: FetchedPage, url: str, depth: int) -> None:
        if page.body is not None and page.kind.value == "html":
            links, canonical = page_links(page.body, page.final_url)
            page.canonical_url = self._accepted_canonical(page.final_url, canonical)
            if page.canonical_url:
                links.append(page.canonical_url)
            self._frontier.visited(url, links)
            for link in links:
                self._enqueue(link, depth + 1, url)
        elif page.body is not None:
            for link in pdf_links(page.body):
                self._enqueue(link, depth + 1, url)
        elif page.not_modified and url in self.known:
            for link in self.known[url].links:
                self._enqueue(link, depth + 1, url)

    async def _fetch_page(self, url: str, depth: int, referrer: str | None) -> FetchedPage | None:
        page = FetchedPage(url=url, final_url=url, source=self.source.name, depth=depth, referrer=referrer)
        known = self.known.get(url)
        headers = {}
        if known and known.etag:
            headers["If-None-Match"] = known.etag
        if known and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        try:
            fetched = await self._fetcher.get(url, headers, check_hop=self._check_redirect)
        except FetchError as exc:
            return self._failed_or_skipped(page, exc)
        return self._outcome(page, fetched)

    def _outcome(self, page: FetchedPage, fetched: Fetched) -> FetchedPage | None:
        page.final_url = normalise_url(fetched.final_url)
        page.status = fetched.status
        page.content_type = fetched.headers.get("content-type", "").lower()
        page.etag = fetched.headers.get("etag")
        page.last_modified = fetched.headers.get("last-modified")
        if fetched.status == 304:
            self.stats.counts["not_modified"] += 1
        elif fetched.status >= 400:
            page.error = f"HTTP {fetched.status}"
            self.stats.counts["failed" if fetched.status not in (404, 410) else "not_found"] += 1
        elif not _wanted_type(page.content_type, page.final_url):
            self.stats.skip("skipped_type", page.url, f"content type {page.content_type or 'unknown'}")
            return None
        else:
            page.body = fetched.body
            self.stats.counts["fetched"] += 1
            if page.kind.value == "pdf":
                self.stats.counts["pdfs"] += 1
        return page

    async def _check_redirect(self, origin: str, target: str) -> None:
        """A redirect hop must stay in scope and be allowed by its own host's robots.txt."""
        if not in_scope(target, self._include, self._exclude):
            raise FetchError(origin, f"out of scope redirect to {target}", FetchFailure.OUT_OF_SCOPE)
        host = await self._hosts.ready(target)
        if host.blocked or not host.allows(target, self.config.user_agent):
            reason = host.blocked or f"redirect to {target} disallowed by its robots.txt"
            raise FetchError(origin, reason, FetchFailure.DISALLOWED)

    def _accepted_canonical(self, url: str, canonical: str | None) -> str | None:
        """The page's rel=canonical URL when it can be trusted as its identity, else None.

        Trusted when it is on the same site (``www.`` or not), in scope, and not the site's home page
        named by an inner page (a common template mistake that would merge every page into one).
        """
        if not canonical or not is_crawlable_link(canonical):
            return None
        target = normalise_url(canonical)
        if target == url or host_key(target) != host_key(url):
            return None
        if not in_scope(target, self._include, self._exclude):
            return None
        if urlsplit(target).path in ("", "/") and urlsplit(url).path not in ("", "/"):
            return None
        return target

    def _failed_or_skipped(self, page: FetchedPage, exc: FetchError) -> FetchedPage | None:
        counter = _SKIPPED_AS.get(exc.kind)
        if counter is not None:
            self.stats.skip(counter, page.url, exc.reason)
            return None
        page.error = exc.reason
        self.stats.counts["failed"] += 1
        return page

    # --- sitemaps ---------------------------------------------------------------------------

    async def _read_sitemaps(self) -> None:
        for url in self.source.start_urls:
            await self._hosts.ready(normalise_url(url))
        configured = list(self.source.sitemaps)
        pending = [*configured, *self._hosts.sitemaps]
        done: set[str] = set()
        found = 0
        while pending and found < _MAX_SITEMAP_URLS:
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
                self._enqueue(page_url, 1, sitemap_url, listed=True)
                found += 1
        self.stats.counts["sitemap_urls"] += found

    def _sitemap_in_scope(self, url: str) -> bool:
        """Sitemaps named by robots.txt or a sitemap index: fetched only from the source's own hosts."""
        if not url.lower().startswith(("http://", "https://")):
            return False
        start_hosts = {host_key(u) for u in self.source.start_urls}
        return host_key(url) in start_hosts or in_scope(normalise_url(url), self._include, self._exclude)

    async def _fetch_sitemap(self, url: str) -> bytes | None:
        try:
            await self._hosts.ready(url)
            fetched = await self._fetcher.get(normalise_url(url), max_bytes=_MAX_SITEMAP_BYTES)
        except FetchError as exc:
            self.stats.skip("sitemap_failed", url, exc.reason)
            return None
        if fetched.status != 200:
            self.stats.skip("sitemap_failed", url, f"HTTP {fetched.status}")
            return None
        body = fetched.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip_capped(body, _MAX_SITEMAP_BYTES)
            except (OSError, EOFError, ValueError, zlib.error) as exc:
                self.stats.skip("sitemap_failed", url, f"bad gzip: {exc}")
                return None
        return body


async def _deliver(on_page: OnPage, page: FetchedPage) -> None:
    result = on_page(page)
    if asyncio.iscoroutine(result):
        await result


def _wanted_type(content_type: str, url: str) -> bool:
    if content_type.startswith(_HTML_TYPES + _PDF_TYPES):
        return True
    return content_type.startswith(("application/octet-stream", "binary/")) and url.lower().endswith(".pdf")
