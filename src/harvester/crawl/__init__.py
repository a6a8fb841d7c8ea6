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
from collections.abc import Awaitable, Callable

import httpx

from harvester.config import CrawlConfig, SourceConfig
from harvester.crawl.addresses import parse_networks
from harvester.crawl.fetch import Fetched, Fetcher, Resolver
from harvester.crawl.frontier import Frontier
from harvester.crawl.hosts import Host, Hosts
from harvester.crawl.links import page_links, parse_sitemap, pdf_links
from harvester.crawl.sitemaps import SitemapReader
from harvester.errors import FetchError, FetchFailure
from harvester.models import CrawlStats, FetchedPage, KnownPage
from harvester.urls import normalise_url

__all__ = ["CrawlStats", "Crawler", "KnownPage", "OnPage", "page_links", "parse_sitemap", "pdf_links"]

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PDF_TYPES = ("application/pdf", "application/x-pdf")
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
            max_query_values=config.max_query_values,
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
            listed = SitemapReader(self.source, self._hosts, self._fetcher, self.stats, self._frontier)
            for page_url, sitemap_url in await listed.read():
                self._enqueue(page_url, 1, sitemap_url, listed=True)
            try:
                await self._drained()
                self._recheck_known()
                await self._drained()
            finally:
                await self._hosts.stop()
        self.stats.seconds = time.monotonic() - started
        return self.stats

    async def _drained(self) -> None:
        while self._pending:
            await self._idle.wait()
            self._idle.clear()

    def _recheck_known(self) -> None:
        """The catalogue's URLs the links did not reach: fetched again (changed? gone?), except the
        pages of a paging or calendar run, which are reached from their run's first page or not at all."""
        for url, page in self.known.items():
            if not page.run_step:
                self._enqueue(url, page.depth, None, recheck=True)

    def _count(self, counter: str) -> None:
        self.stats.counts[counter] += 1

    # --- frontier ---------------------------------------------------------------------------

    def _enqueue(
        self, raw_url: str, depth: int, referrer: str | None, *, listed: bool = False, recheck: bool = False
    ) -> None:
        admission = self._frontier.admit(raw_url, depth, referrer, listed=listed, recheck=recheck)
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
        crashed = self._failed_page(url, depth, referrer, reason, FetchFailure.CRAWLER_ERROR)
        try:
            await _deliver(on_page, crashed)
        except Exception:
            log.exception("could not record the failure of %s", url)

    def _failed_page(self, url: str, depth: int, referrer: str | None, error: str, kind: FetchFailure) -> FetchedPage:
        return FetchedPage(
            url=url, final_url=url, source=self.source.name, depth=depth, referrer=referrer, error=error, failure=kind
        )

    # --- visiting ---------------------------------------------------------------------------

    async def _visit(self, url: str, depth: int, referrer: str | None, on_page: OnPage) -> None:
        if self._frontier.landed_already(url):
            return  # fetched through a redirect to it while it waited in the queue
        if self._attempted >= self.source.max_pages:
            self.stats.skip("skipped_max_pages", url, f"beyond max_pages {self.source.max_pages}")
            return
        host = await self._hosts.ready(url)
        if host.blocked:
            self.stats.host_unavailable(url, host.blocked)
            if host.blocked_as != "failed":
                self.stats.skip(host.blocked_as, url, host.blocked)
                return
            self.stats.counts["failed"] += 1  # unreachable: a failure to report, never a reason to delete
            unreachable = self._failed_page(url, depth, referrer, host.blocked, FetchFailure.UNREACHABLE)
            await _deliver(on_page, unreachable)
            return
        if not host.allows(url, self.config.user_agent):
            self.stats.skip("skipped_robots", url, "disallowed by robots.txt")
            return
        self._attempted += 1
        page = await self._fetch_page(url, depth, referrer)
        if page is None:
            return
        self._frontier.redirected(url, page.final_url)
        self._follow_links(page, url, depth)
        page.run_step = self._frontier.run_step(url)
        await _deliver(on_page, page)

    def _follow_links(self, page: FetchedPage, url: str, depth: int) -> None:
        if page.body is not None and page.kind.value == "html":
            outline = page_links(page.body, page.final_url)
            links = outline.links
            page.canonical_url = self._frontier.accepted_canonical(page.final_url, outline.canonical)
            if page.canonical_url:
                links.append(page.canonical_url)
            self._frontier.visited(url, links, outline.words)
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
            return _failed_or_skipped(page, exc, self.stats)
        return _outcome(page, fetched, self.stats)

    async def _check_redirect(self, origin: str, target: str) -> None:
        """A redirect hop must stay in scope and be allowed by its own host's robots.txt."""
        if not self._frontier.in_scope(target):
            raise FetchError(origin, f"out of scope redirect to {target}", FetchFailure.OUT_OF_SCOPE)
        host = await self._hosts.ready(target)
        if host.blocked or not host.allows(target, self.config.user_agent):
            reason = host.blocked or f"redirect to {target} disallowed by its robots.txt"
            raise FetchError(origin, reason, FetchFailure.DISALLOWED)


async def _deliver(on_page: OnPage, page: FetchedPage) -> None:
    result = on_page(page)
    if asyncio.iscoroutine(result):
        await result


def _wanted_type(content_type: str, url: str) -> bool:
    if content_type.startswith(_HTML_TYPES + _PDF_TYPES):
        return True
    return content_type.startswith(("application/octet-stream", "binary/")) and url.lower().endswith(".pdf")


def _outcome(page: FetchedPage, fetched: Fetched, stats: CrawlStats) -> FetchedPage | None:
    """The page as fetched, counted by what came back; None for a type the crawl does not take."""
    page.final_url = normalise_url(fetched.final_url)
    page.status = fetched.status
    page.content_type = fetched.headers.get("content-type", "").lower()
    page.etag = fetched.headers.get("etag")
    page.last_modified = fetched.headers.get("last-modified")
    if fetched.status == 304:
        stats.counts["not_modified"] += 1
    elif fetched.status >= 400:
        page.error = f"HTTP {fetched.status}"
        page.failure = FetchFailure.HTTP_STATUS
        stats.counts["failed" if fetched.status not in (404, 410) else "not_found"] += 1
    elif not _wanted_type(page.content_type, page.final_url):
        stats.skip("skipped_type", page.url, f"content type {page.content_type or 'unknown'}")
        return None
    else:
        page.body = fetched.body
        stats.counts["fetched"] += 1
        if page.kind.value == "pdf":
            stats.counts["pdfs"] += 1
    return page


def _failed_or_skipped(page: FetchedPage, exc: FetchError, stats: CrawlStats) -> FetchedPage | None:
    """A failed fetch: skipped (counted, not reported) when the crawl refused it, else a failure."""
    counter = _SKIPPED_AS.get(exc.kind)
    if counter is not None:
        stats.skip(counter, page.url, exc.reason)
        return None
    page.error = exc.reason
    page.failure = exc.kind
    stats.counts["failed"] += 1
    return page
