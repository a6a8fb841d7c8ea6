"""Crawl: a polite, scoped, async crawler (httpx) that honours robots.txt and reads sitemaps.

Every URL it considers ends as exactly one outcome, counted in `CrawlStats` by what happened
(`fetched`, `not_modified`, `skipped_robots`, `failed`, ...) and, for fetches, passed to `on_page`.
"""

from __future__ import annotations

import asyncio
import gzip
import io
import logging
import re
import socket
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
from lxml import etree
from lxml import html as lxml_html
from protego import Protego
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, retry_if_result, stop_after_attempt
from tenacity.wait import wait_exponential_jitter

from harvester.config import CrawlConfig, SourceConfig
from harvester.errors import FetchError
from harvester.frontier import Frontier
from harvester.models import FetchedPage
from harvester.urls import host_key, in_scope, is_crawlable_link, is_public_address, normalise_url

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PDF_TYPES = ("application/pdf", "application/x-pdf")
_MAX_REDIRECTS = 5
_MAX_SITEMAP_URLS = 50_000
_MAX_SITEMAP_BYTES = 50_000_000
_RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass
class KnownPage:
    """What the catalogue remembers of a URL: validators for conditional GET, depth and outlinks."""

    etag: str | None = None
    last_modified: str | None = None
    depth: int = 0
    links: list[str] = field(default_factory=list)


@dataclass
class CrawlStats:
    counts: Counter[str] = field(default_factory=Counter)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (url, reason), capped
    seconds: float = 0.0

    def skip(self, counter: str, url: str, reason: str) -> None:
        self.counts[counter] += 1
        if len(self.skipped) < 2000:
            self.skipped.append((url, reason))


@dataclass
class _Host:
    robots: Protego | None = None
    blocked: str | None = None  # why the whole host is skipped this run (robots 5xx, unreachable, refused)
    blocked_as: str = "skipped_robots"  # the counter its URLs go to
    delay_s: float = 0.0
    next_at: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    slots: asyncio.Semaphore | None = None
    frontier: asyncio.Queue[tuple[str, int, str | None]] = field(default_factory=asyncio.Queue)
    ready: asyncio.Task[None] | None = None  # robots.txt loaded
    workers: list[asyncio.Task[None]] = field(default_factory=list)


OnPage = Callable[[FetchedPage], Awaitable[None] | None]


class Crawler:
    """Crawls one source. Inject `transport` to test without a network, as with httpx.MockTransport."""

    def __init__(
        self,
        source: SourceConfig,
        config: CrawlConfig,
        known: dict[str, KnownPage] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.source = source
        self.config = config
        self.known = known or {}
        self.transport = transport
        self.stats = CrawlStats()
        self._include = [re.compile(p) for p in source.include_patterns()]
        self._exclude = [re.compile(p) for p in source.exclude]
        self._hosts: dict[str, _Host] = {}
        self._frontier = Frontier(
            include=self._include,
            exclude=self._exclude,
            max_depth=source.max_depth,
            max_url_length=config.max_url_length,
            max_pagination_run=config.max_pagination_run,
        )
        self._pending = 0  # URLs queued or being visited
        self._idle = asyncio.Event()
        self._slots = asyncio.Semaphore(config.concurrency)
        self._attempted = 0
        self._robot_sitemaps: list[str] = []
        self._client: httpx.AsyncClient | None = None
        self._on_page: OnPage | None = None

    async def run(self, on_page: OnPage) -> CrawlStats:
        """Crawl from the start URLs, sitemaps and known URLs; call `on_page` for every fetch outcome.

        Each host has its own frontier and workers, so a slow or Crawl-delayed host never holds up
        the others; `concurrency` caps requests in flight across all hosts.
        """
        started = time.monotonic()
        self._on_page = on_page
        limits = httpx.Limits(max_connections=self.config.concurrency * 2, max_keepalive_connections=20)
        async with httpx.AsyncClient(
            transport=self.transport,
            timeout=httpx.Timeout(self.config.timeout_s, connect=10.0),
            limits=limits,
            headers={"User-Agent": self.config.user_agent},
            follow_redirects=False,
        ) as client:
            self._client = client
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
                await self._stop_workers()
        self.stats.seconds = time.monotonic() - started
        return self.stats

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
        self._host_for(admission.url).frontier.put_nowait((admission.url, admission.depth, referrer))

    async def _host_worker(self, host: _Host) -> None:
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

    async def _stop_workers(self) -> None:
        tasks = [task for host in self._hosts.values() for task in (*host.workers, host.ready) if task is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _report_crash(
        self, url: str, depth: int, referrer: str | None, exc: Exception, on_page: OnPage
    ) -> None:
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

    async def _visit(self, url: str, depth: int, referrer: str | None, on_page: OnPage) -> None:
        if self._attempted >= self.source.max_pages:
            self.stats.skip("skipped_max_pages", url, f"beyond max_pages {self.source.max_pages}")
            return
        host = await self._host(url)
        if host.blocked and host.blocked_as == "failed":
            self.stats.counts["failed"] += 1  # unreachable: a failure to report, never a reason to delete
            unreachable = FetchedPage(
                url=url,
                final_url=url,
                source=self.source.name,
                depth=depth,
                referrer=referrer,
                error=host.blocked,
            )
            await _deliver(on_page, unreachable)
            return
        if host.blocked:
            self.stats.skip(host.blocked_as, url, host.blocked)
            return
        if host.robots is not None and not host.robots.can_fetch(url, self.config.user_agent):
            self.stats.skip("skipped_robots", url, "disallowed by robots.txt")
            return
        self._attempted += 1
        page = await self._fetch_page(url, depth, referrer, host)
        if page is None:
            return
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
                self._enqueue(link, depth + 1, page.url)
        await _deliver(on_page, page)

    # --- fetching ---------------------------------------------------------------------------

    async def _fetch_page(self, url: str, depth: int, referrer: str | None, host: _Host) -> FetchedPage | None:
        page = FetchedPage(url=url, final_url=url, source=self.source.name, depth=depth, referrer=referrer)
        known = self.known.get(url)
        headers = {}
        if known and known.etag:
            headers["If-None-Match"] = known.etag
        if known and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        try:
            response, body, final_url = await self._get_with_retries(url, headers, host)
        except FetchError as exc:
            return self._failed_or_skipped(page, exc)
        page.final_url = normalise_url(final_url)
        page.status = response.status_code
        page.content_type = response.headers.get("content-type", "").lower()
        page.etag = response.headers.get("etag")
        page.last_modified = response.headers.get("last-modified")
        if response.status_code == 304:
            self.stats.counts["not_modified"] += 1
        elif response.status_code >= 400:
            page.error = f"HTTP {response.status_code}"
            self.stats.counts["failed" if response.status_code not in (404, 410) else "not_found"] += 1
        elif not _wanted_type(page.content_type, page.final_url):
            self.stats.skip("skipped_type", url, f"content type {page.content_type or 'unknown'}")
            return None
        else:
            page.body = body
            self.stats.counts["fetched"] += 1
            if page.kind.value == "pdf":
                self.stats.counts["pdfs"] += 1
        return page

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
        if exc.reason.startswith("out of scope"):
            self.stats.skip("skipped_out_of_scope", page.url, exc.reason)
            return None
        if exc.reason.startswith("refused"):
            self.stats.skip("skipped_private", page.url, exc.reason)
            return None
        if exc.reason.startswith("too large"):
            self.stats.skip("skipped_size", page.url, exc.reason)
            return None
        page.error = exc.reason
        self.stats.counts["failed"] += 1
        return page

    async def _get_with_retries(
        self, url: str, headers: dict[str, str], host: _Host
    ) -> tuple[httpx.Response, bytes, str]:
        """GET with retries on timeouts, connection errors, 429 and 5xx; Retry-After honoured (capped)."""
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.config.retries + 1),
            retry=retry_if_exception(_is_transient) | retry_if_result(_is_retryable_status),
            wait=self._retry_wait,
            before_sleep=self._count_retry,
            retry_error_callback=_last_outcome,
        )
        result: tuple[httpx.Response, bytes, str] = await retrying(self._get_following_redirects, url, headers, host)
        return result

    def _retry_wait(self, state: RetryCallState) -> float:
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            response = outcome.result()[0]
            retry_after = _retry_after_seconds(response, self.config.max_crawl_delay_s)
            if retry_after is not None:
                return retry_after
        return float(_BACKOFF(state))

    def _count_retry(self, state: RetryCallState) -> None:
        outcome = state.outcome
        if outcome is None:
            return
        if outcome.failed:
            reason = getattr(outcome.exception(), "reason", "error")
            self.stats.counts[f"retry/{reason.split(':')[0]}"] += 1
        else:
            self.stats.counts[f"retry/{outcome.result()[0].status_code}"] += 1

    async def _get_following_redirects(
        self, url: str, headers: dict[str, str], host: _Host
    ) -> tuple[httpx.Response, bytes, str]:
        current = url
        for _ in range(_MAX_REDIRECTS + 1):
            await self._check_address(current)
            response, body = await self._get_once(current, headers, host)
            if response.status_code not in (301, 302, 303, 307, 308) or "location" not in response.headers:
                return response, body, current
            target = normalise_url(urljoin(current, response.headers["location"]))
            if not in_scope(target, self._include, self._exclude):
                raise FetchError(url, f"out of scope redirect to {target}")
            current = target
        raise FetchError(url, f"redirect loop (more than {_MAX_REDIRECTS} redirects)")

    async def _get_once(self, url: str, headers: dict[str, str], host: _Host) -> tuple[httpx.Response, bytes]:
        await self._wait_turn(host)
        assert host.slots is not None and self._client is not None
        async with self._slots, host.slots:
            try:
                extensions = {} if self.source.allow_private_addresses else {"trace": _refuse_private_peer(url)}
                # A whole-response deadline: per-read timeouts never fire on a server that trickles bytes.
                async with asyncio.timeout(self.config.response_deadline_s):
                    async with self._client.stream("GET", url, headers=headers, extensions=extensions) as response:
                        body = await self._read_capped(url, response)
                        return response, body
            except TimeoutError:
                limit = self.config.response_deadline_s
                raise FetchError(url, f"timeout: no complete response within {limit:g} s (slow server)") from None
            except httpx.TimeoutException as exc:
                raise FetchError(url, f"timeout: {type(exc).__name__}") from None
            except (httpx.TransportError, httpx.DecodingError) as exc:
                raise FetchError(url, f"connection error: {type(exc).__name__}: {exc}"[:300]) from None

    async def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.config.max_bytes:
            raise FetchError(url, f"too large: {declared} bytes declared (cap {self.config.max_bytes})")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.config.max_bytes:
                raise FetchError(url, f"too large: over {self.config.max_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    async def _wait_turn(self, host: _Host) -> None:
        async with host.lock:
            now = time.monotonic()
            if host.next_at > now:
                await asyncio.sleep(host.next_at - now)
            host.next_at = time.monotonic() + host.delay_s

    async def _check_address(self, url: str) -> None:
        """Refuse private, loopback and link-local targets unless the source opts in."""
        if self.source.allow_private_addresses:
            return
        parts = urlsplit(url)
        hostname = parts.hostname or ""
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(hostname, parts.port or 443, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise FetchError(url, f"connection error: DNS lookup failed for {hostname}: {exc}") from None
        for info in infos:
            address = str(info[4][0])
            if not is_public_address(address):
                raise FetchError(url, f"refused: {hostname} resolves to non-public address {address}")

    # --- robots.txt and sitemaps -------------------------------------------------------------

    async def _host(self, url: str) -> _Host:
        """The host's state, once its robots.txt has been read."""
        host = self._host_for(url)
        assert host.ready is not None
        await asyncio.shield(host.ready)
        return host

    def _host_for(self, url: str) -> _Host:
        key = host_key(url)
        host = self._hosts.get(key)
        if host is None:
            host = _Host(delay_s=self.config.delay_s, slots=asyncio.Semaphore(self.config.per_host_concurrency))
            self._hosts[key] = host
            host.ready = asyncio.create_task(self._load_robots(url, host))
            host.workers = [
                asyncio.create_task(self._host_worker(host)) for _ in range(self.config.per_host_concurrency)
            ]
        return host

    async def _load_robots(self, url: str, host: _Host) -> None:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            response, body, _ = await self._get_following_redirects(robots_url, {}, host)
        except FetchError as exc:
            if exc.reason.startswith("refused"):
                host.blocked, host.blocked_as = exc.reason, "skipped_private"
            else:
                host.blocked, host.blocked_as = f"host unreachable: {exc.reason}", "failed"
            return
        if 400 <= response.status_code < 500:
            return  # no robots.txt: everything allowed
        if response.status_code >= 500:
            host.blocked = f"robots.txt answered HTTP {response.status_code}; host skipped this run"
            return
        robots = Protego.parse(body.decode("utf-8", "replace"))
        host.robots = robots
        delay = robots.crawl_delay(self.config.user_agent)
        if delay:
            host.delay_s = max(host.delay_s, min(float(delay), self.config.max_crawl_delay_s))
        self._robot_sitemaps.extend(robots.sitemaps)

    async def _read_sitemaps(self) -> None:
        for url in self.source.start_urls:
            await self._host(normalise_url(url))
        pending = [*self.source.sitemaps, *self._robot_sitemaps]
        done: set[str] = set()
        found = 0
        while pending and found < _MAX_SITEMAP_URLS:
            sitemap_url = pending.pop(0)
            if sitemap_url in done or len(done) > 200:
                continue
            done.add(sitemap_url)
            body = await self._fetch_sitemap(sitemap_url)
            if body is None:
                continue
            pages, children = parse_sitemap(body)
            pending.extend(children)
            for page_url in pages:
                self._enqueue(page_url, 1, sitemap_url, listed=True)
                found += 1
        self.stats.counts["sitemap_urls"] += found

    async def _fetch_sitemap(self, url: str) -> bytes | None:
        try:
            host = await self._host(url)
            response, body, _ = await self._get_following_redirects(normalise_url(url), {}, host)
        except FetchError as exc:
            self.stats.skip("sitemap_failed", url, exc.reason)
            return None
        if response.status_code != 200:
            self.stats.skip("sitemap_failed", url, f"HTTP {response.status_code}")
            return None
        if body[:2] == b"\x1f\x8b":
            try:
                body = _gunzip_capped(body, _MAX_SITEMAP_BYTES)
            except (OSError, EOFError, ValueError) as exc:
                self.stats.skip("sitemap_failed", url, f"bad gzip: {exc}")
                return None
        return body


def _refuse_private_peer(url: str) -> Callable[[str, dict[str, Any]], Awaitable[None]]:
    """An httpcore trace hook that aborts a new connection landing on a non-public address.

    DNS was checked before the request, but a name can resolve differently a moment later (DNS
    rebinding); this checks the address actually connected to, before any byte of the request is sent.
    """

    async def trace(event: str, info: dict[str, Any]) -> None:
        if event != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        if stream is None:
            return
        server = stream.get_extra_info("server_addr")
        if server and not is_public_address(str(server[0])):
            await stream.aclose()
            raise FetchError(url, f"refused: connected to non-public address {server[0]}")

    return trace


async def _deliver(on_page: OnPage, page: FetchedPage) -> None:
    result = on_page(page)
    if asyncio.iscoroutine(result):
        await result


def parse_sitemap(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) from a urlset or sitemapindex; tolerant of junk."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    locs = [(el.getparent(), (el.text or "").strip()) for el in root.iter() if _local(el.tag) == "loc"]
    pages = [loc for parent, loc in locs if parent is not None and _local(parent.tag) == "url" and loc]
    children = [loc for parent, loc in locs if parent is not None and _local(parent.tag) == "sitemap" and loc]
    return pages, children


def page_links(body: bytes, base_url: str) -> tuple[list[str], str | None]:
    """Every followable href on an HTML page (absolute) and its rel=canonical URL; robust to broken markup."""
    try:
        document = lxml_html.document_fromstring(body)
    except (etree.ParserError, ValueError):
        return [], None
    document.make_links_absolute(base_url, resolve_base_href=True, handle_failures="discard")
    links: list[str] = []
    canonical: str | None = None
    for element, attribute, link, _ in document.iterlinks():
        if attribute != "href":
            continue
        rel = (element.get("rel") or "").lower().split()
        if element.tag in ("a", "area") and "nofollow" not in rel:
            links.append(link)
        elif element.tag == "link" and "canonical" in rel and canonical is None:
            canonical = link
    return links, canonical


_PDF_URI = re.compile(rb"/URI\s*\(([^)\\]{1,2000})\)")


def pdf_links(body: bytes, limit: int = 500) -> list[str]:
    """Web addresses a PDF links to (its URI link annotations), read from the raw bytes without parsing
    the document: toolkits often point at the project pages they describe."""
    links = []
    for match in _PDF_URI.finditer(body):
        text = match.group(1).decode("latin-1").strip()
        if text.lower().startswith(("http://", "https://")):
            links.append(text)
        if len(links) >= limit:
            break
    return links


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _gunzip_capped(data: bytes, cap: int) -> bytes:
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
        out = handle.read(cap + 1)
    if len(out) > cap:
        raise ValueError(f"sitemap larger than {cap} bytes when decompressed")
    return out


def _wanted_type(content_type: str, url: str) -> bool:
    if content_type.startswith(_HTML_TYPES + _PDF_TYPES):
        return True
    return content_type.startswith(("application/octet-stream", "binary/")) and url.lower().endswith(".pdf")


_BACKOFF = wait_exponential_jitter(initial=0.5, max=30.0, jitter=0.25)


def _is_transient(exc: BaseException) -> bool:
    return isinstance(exc, FetchError) and exc.reason.startswith(("timeout", "connection"))


def _is_retryable_status(result: tuple[httpx.Response, bytes, str]) -> bool:
    return result[0].status_code in _RETRYABLE_STATUS


def _last_outcome(state: RetryCallState) -> tuple[httpx.Response, bytes, str]:
    """When retries run out: the last response as it was, or its exception re-raised."""
    assert state.outcome is not None
    result: tuple[httpx.Response, bytes, str] = state.outcome.result()
    return result


def _retry_after_seconds(response: httpx.Response, cap: float) -> float | None:
    value = response.headers.get("retry-after", "").strip()
    if value.isdigit():
        return min(float(value), cap)
    if value:
        try:
            return max(0.0, min(cap, parsedate_to_datetime(value).timestamp() - time.time()))
        except (TypeError, ValueError):
            return None
    return None
