"""Fetch: the only code that speaks HTTP. Retries, redirects, address checks, size caps, decoding.

Every fetched byte is hostile until bounded: a whole-response deadline (a server that trickles), a
cap on the declared and the received size, and Content-Encoding decoded here with a running limit
(a 590-byte stacked-gzip response must not become half a gigabyte). Only gzip and deflate are
offered and accepted; stacked or unknown encodings are refused with a reason. A caller that can use
the start of a body (robots.txt, sitemaps) asks for it `truncate`d: reading stops at the cap. Only
http(s) URLs are fetched, redirect targets included: anything else is refused before any request or
host state (a redirect to `gopher://` or `file://` is out of scope, not a host failure). Proxy
settings in the environment are ignored (`trust_env=False`): a proxy would connect on the crawler's
behalf and bypass the connected-address check.
"""

from __future__ import annotations

import asyncio
import socket
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, retry_if_result, stop_after_attempt
from tenacity.wait import wait_exponential_jitter

from harvester.config import CrawlConfig
from harvester.crawl.addresses import Network, is_allowed_address
from harvester.errors import FetchError, FetchFailure
from harvester.urls import is_web_url, normalise_url

MAX_REDIRECTS = 5
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
ACCEPT_ENCODING = "gzip, deflate"
_BACKOFF = wait_exponential_jitter(initial=0.5, max=30.0, jitter=0.25)

Gate = Callable[[str], AbstractAsyncContextManager[None]]  # waits for the host's turn, holds a slot
Resolver = Callable[[str, int], Awaitable[list[str]]]  # (host, port) -> addresses
HopCheck = Callable[[str, str], Awaitable[None]]  # (from, to): raises FetchError to refuse a redirect
Counter = Callable[[str], None]


@dataclass
class Fetched:
    """A response read whole: status, headers, decoded body and the URL it finally came from."""

    status: int
    headers: httpx.Headers
    body: bytes
    final_url: str
    truncated: bool = False  # the body is the first `max_bytes` of a longer one (asked for with `truncate`)


class Fetcher:
    """GETs URLs for one crawl with one connection pool; use as an async context manager."""

    def __init__(
        self,
        config: CrawlConfig,
        allowed_networks: tuple[Network, ...],
        gate: Gate,
        count: Counter,
        transport: httpx.AsyncBaseTransport | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        self.config = config
        self.allowed_networks = allowed_networks
        self._gate = gate
        self._count = count
        self._transport = transport
        self._resolve = resolver or resolve
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        limits = httpx.Limits(
            max_connections=self.config.concurrency, max_keepalive_connections=self.config.concurrency
        )
        self._client = httpx.AsyncClient(
            transport=self._transport,
            timeout=httpx.Timeout(self.config.timeout_s, connect=10.0),
            limits=limits,
            headers={"User-Agent": self.config.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
            follow_redirects=False,
            trust_env=False,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    async def get(
        self,
        url: str,
        headers: dict[str, str] | None = None,
        *,
        check_hop: HopCheck | None = None,
        max_bytes: int | None = None,
        truncate: bool = False,
    ) -> Fetched:
        """GET with retries on timeouts, dropped connections, 429 and 5xx (Retry-After honoured, capped),
        following at most five redirects, each hop checked by `check_hop` and the address policy.

        A body over `max_bytes` is refused as too large, or with `truncate` cut there: its first
        `max_bytes`, read no further (`Fetched.truncated`)."""
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.config.retries + 1),
            retry=retry_if_exception(_is_transient) | retry_if_result(_is_retryable),
            wait=self._retry_wait,
            before_sleep=self._count_retry,
            retry_error_callback=_last_outcome,
        )
        limit = _Limit(max_bytes or self.config.max_bytes, truncate)
        fetched: Fetched = await retrying(self._follow, url, headers or {}, check_hop, limit)
        return fetched

    async def _follow(self, url: str, headers: dict[str, str], check_hop: HopCheck | None, limit: _Limit) -> Fetched:
        refuse_other_schemes(url, url)
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            await self.check_address(current)
            fetched = await self._get_once(current, headers, limit)
            location = fetched.headers.get("location")
            if fetched.status not in (301, 302, 303, 307, 308) or not location:
                return fetched
            target = urljoin(current, location)
            refuse_other_schemes(url, target)
            target = normalise_url(target)
            if check_hop is not None:
                await check_hop(url, target)
            current = target
            headers = _without_validators(headers)  # an ETag names one address's body, not the next one's
        raise FetchError(url, f"redirect loop (more than {MAX_REDIRECTS} redirects)", FetchFailure.REDIRECTS)

    async def _get_once(self, url: str, headers: dict[str, str], limit: _Limit) -> Fetched:
        assert self._client is not None, "use the Fetcher as an async context manager"
        async with self._gate(url):
            extensions = {"trace": _refuse_disallowed_peer(url, self.allowed_networks)}
            try:
                # A whole-response deadline: per-read timeouts never fire on a server that trickles bytes.
                async with asyncio.timeout(self.config.response_deadline_s):
                    async with self._client.stream("GET", url, headers=headers, extensions=extensions) as response:
                        body, truncated = await _read_bounded(url, response, limit)
                        return Fetched(response.status_code, response.headers, body, url, truncated)
            except TimeoutError:
                deadline = self.config.response_deadline_s
                raise FetchError(
                    url, f"timeout: no complete response within {deadline:g} s (slow server)", FetchFailure.TIMEOUT
                ) from None
            except httpx.TimeoutException as exc:
                raise FetchError(url, f"timeout: {type(exc).__name__}", FetchFailure.TIMEOUT) from None
            except httpx.TransportError as exc:
                raise FetchError(url, f"connection error: {type(exc).__name__}: {exc}"[:300]) from None

    async def check_address(self, url: str) -> None:
        """Refuse a host whose name resolves to an address the source does not allow."""
        parts = urlsplit(url)
        hostname = parts.hostname or ""
        try:
            addresses = await self._resolve(hostname, parts.port or 443)
        except OSError as exc:
            raise FetchError(url, f"connection error: DNS lookup failed for {hostname}: {exc}") from None
        for address in addresses:
            if not is_allowed_address(address, self.allowed_networks):
                raise FetchError(
                    url, f"refused: {hostname} resolves to non-public address {address}", FetchFailure.REFUSED
                )

    def _retry_wait(self, state: RetryCallState) -> float:
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            retry_after = retry_after_seconds(outcome.result().headers, self.config.max_crawl_delay_s)
            if retry_after is not None:
                return retry_after
        return float(_BACKOFF(state))

    def _count_retry(self, state: RetryCallState) -> None:
        outcome = state.outcome
        if outcome is None:
            return
        if outcome.failed:
            error = outcome.exception()
            self._count(f"retry/{error.kind.value if isinstance(error, FetchError) else 'error'}")
        else:
            self._count(f"retry/{outcome.result().status}")


@dataclass(frozen=True)
class _Limit:
    """How much of a body to read: at most `cap` bytes after decoding; past that, refused or cut."""

    cap: int
    truncate: bool = False


def refuse_other_schemes(origin: str, url: str) -> None:
    """Raise FetchError (out of scope) for a URL that is not http(s): nothing else is fetched, and
    nothing else may create or touch a host's state."""
    if not is_web_url(url):
        scheme = url.split(":", 1)[0][:20] if ":" in url else "relative"
        raise FetchError(origin, f"out of scope: {scheme}: URL {url[:200]!r} refused", FetchFailure.OUT_OF_SCOPE)


_VALIDATORS = frozenset({"if-none-match", "if-modified-since"})


def _without_validators(headers: dict[str, str]) -> dict[str, str]:
    return {key: value for key, value in headers.items() if key.lower() not in _VALIDATORS}


async def resolve(hostname: str, port: int) -> list[str]:
    """The addresses a host name resolves to (the system resolver, off the event loop)."""
    infos = await asyncio.get_running_loop().getaddrinfo(hostname, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


async def _read_bounded(url: str, response: httpx.Response, limit: _Limit) -> tuple[bytes, bool]:
    """The body, decoded, never more than `limit.cap` bytes after decoding, and whether it was cut there."""
    declared = response.headers.get("content-length", "")
    if not limit.truncate and declared.isdigit() and int(declared) > limit.cap:
        raise FetchError(url, f"too large: {declared} bytes declared (cap {limit.cap})", FetchFailure.TOO_LARGE)
    decoder = BoundedDecoder(url, response.headers.get("content-encoding", ""), limit.cap, truncate=limit.truncate)
    chunks: list[bytes] = []
    async for chunk in _raw(response):
        chunks.append(decoder.feed(chunk))
        if decoder.full:
            return b"".join(chunks), True  # the rest is never read: the connection is closed, not drained
    chunks.append(decoder.flush())
    return b"".join(chunks), decoder.full


async def _raw(response: httpx.Response) -> AsyncIterator[bytes]:
    """The body as sent, before any decoding (a response built in memory, as a MockTransport's, whole)."""
    if response.is_stream_consumed:
        yield response.content
        return
    async for chunk in response.aiter_raw():
        yield chunk


class BoundedDecoder:
    """Decodes a Content-Encoding as bytes arrive, with a running limit on the decoded size: past it,
    refused as too large, or with `truncate` cut at the limit (`full`)."""

    def __init__(self, url: str, encoding: str, cap: int, *, truncate: bool = False) -> None:
        self.url = url
        self.cap = cap
        self.truncate = truncate
        self.size = 0
        self.full = False
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip() and c.strip().lower() != "identity"]
        if len(codings) > 1:
            raise FetchError(
                url, f"bad encoding: stacked Content-Encoding {encoding!r} refused", FetchFailure.BAD_ENCODING
            )
        self.coding = codings[0] if codings else ""
        if self.coding not in ("", "gzip", "x-gzip", "deflate"):
            raise FetchError(url, f"bad encoding: unsupported Content-Encoding {encoding!r}", FetchFailure.BAD_ENCODING)
        self._inflater: Any = None
        if self.coding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._first = True

    def feed(self, chunk: bytes) -> bytes:
        if not self.coding:
            return self._count(chunk)
        if self._inflater is None:  # deflate: zlib-wrapped as the spec says, or raw as servers often send
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS if _zlib_header(chunk) else -zlib.MAX_WBITS)
        return self._inflate(chunk)

    def flush(self) -> bytes:
        if self._inflater is None:
            return b""
        try:
            return self._count(self._inflater.flush())
        except zlib.error as exc:
            raise FetchError(self.url, f"bad encoding: {exc}", FetchFailure.BAD_ENCODING) from None

    def _inflate(self, data: bytes) -> bytes:
        out: list[bytes] = []
        try:
            piece = self._inflater.decompress(data, self.cap - self.size + 1)
            out.append(self._count(piece))
            while self._inflater.unconsumed_tail and not self.full:
                piece = self._inflater.decompress(self._inflater.unconsumed_tail, self.cap - self.size + 1)
                out.append(self._count(piece))
        except zlib.error as exc:
            raise FetchError(self.url, f"bad encoding: {exc}", FetchFailure.BAD_ENCODING) from None
        return b"".join(out)

    def _count(self, data: bytes) -> bytes:
        room = self.cap - self.size
        if len(data) > room:
            if not self.truncate:
                raise FetchError(self.url, f"too large: over {self.cap} bytes", FetchFailure.TOO_LARGE)
            data, self.full = data[:room], True
        self.size += len(data)
        return data


def _zlib_header(chunk: bytes) -> bool:
    return len(chunk) >= 2 and chunk[0] & 0x0F == 8 and (chunk[0] << 8 | chunk[1]) % 31 == 0


def _refuse_disallowed_peer(url: str, allowed: tuple[Network, ...]) -> Callable[[str, dict[str, Any]], Awaitable[None]]:
    """An httpcore trace hook that aborts a new connection landing on an address the source does not
    allow. DNS was checked before the request, but a name can resolve differently a moment later (DNS
    rebinding); this checks the address actually connected to, before any byte of the request is sent."""

    async def trace(event: str, info: dict[str, Any]) -> None:
        if event != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        if stream is None:
            return
        server = stream.get_extra_info("server_addr")
        if server and not is_allowed_address(str(server[0]), allowed):
            await stream.aclose()
            raise FetchError(url, f"refused: connected to non-public address {server[0]}", FetchFailure.REFUSED)

    return trace


def _is_transient(exc: BaseException) -> bool:
    return isinstance(exc, FetchError) and exc.transient


def _is_retryable(result: Fetched) -> bool:
    return result.status in RETRYABLE_STATUS


def _last_outcome(state: RetryCallState) -> Fetched:
    """When retries run out: the last response as it was, or its exception re-raised."""
    assert state.outcome is not None
    result: Fetched = state.outcome.result()
    return result


def retry_after_seconds(headers: httpx.Headers, cap: float) -> float | None:
    """A Retry-After header as seconds from now (a number or an HTTP date), at most `cap`."""
    value = headers.get("retry-after", "").strip()
    if value.isdigit():
        return min(float(value), cap)
    if value:
        try:
            return max(0.0, min(cap, parsedate_to_datetime(value).timestamp() - time.time()))
        except (TypeError, ValueError):
            return None
    return None
