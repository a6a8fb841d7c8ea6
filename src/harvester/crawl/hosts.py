"""Hosts: each host's robots.txt, politeness and turn to be fetched.

robots.txt follows RFC 9309: up to five redirects, to any http(s) host; the first 500 KiB are read
and parsed up to their last complete line, the rest never downloaded; a 4xx other than 429, or a
redirect to a URL that is not http(s), means no rules; 429, 5xx and an unreachable server mean the
host is unavailable for this run (after the fetcher's retries, which honour Retry-After); a
Crawl-delay longer than the configured delay is honoured up to `max_crawl_delay_s`. A host is a
scheme, host name and port (robots.txt governs exactly that); `www.` and the bare host are one.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from protego import Protego

from harvester.config import CrawlConfig
from harvester.crawl.fetch import Fetched, Fetcher, refuse_other_schemes
from harvester.errors import FetchError, FetchFailure
from harvester.urls import origin_key

ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309: at least 500 KiB must be parsed; what is beyond may be ignored


@dataclass
class Host:
    """One host's state for the length of a crawl."""

    delay_s: float
    slots: asyncio.Semaphore
    robots: Protego | None = None
    blocked: str | None = None  # why the whole host is skipped this run (robots 5xx, unreachable, refused)
    blocked_as: str = "skipped_robots"  # the counter its URLs go to
    next_at: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    frontier: asyncio.Queue[tuple[str, int, str | None]] = field(default_factory=asyncio.Queue)
    ready: asyncio.Task[None] | None = None  # robots.txt read
    workers: list[asyncio.Task[None]] = field(default_factory=list)

    def allows(self, url: str, user_agent: str) -> bool:
        return self.robots is None or bool(self.robots.can_fetch(url, user_agent))


class Hosts:
    """Creates each host's state on first sight, reads its robots.txt once, paces its requests."""

    def __init__(self, config: CrawlConfig, start_worker: Callable[[Host], Coroutine[Any, Any, None]]) -> None:
        self.config = config
        self._start_worker = start_worker
        self._hosts: dict[str, Host] = {}
        self._slots = asyncio.Semaphore(config.concurrency)
        self.fetcher: Fetcher | None = None
        self.sitemaps: list[str] = []  # Sitemap: lines of every robots.txt read

    def get(self, url: str) -> Host:
        """The host's state, created (and its robots.txt requested) on first sight. FetchError (out of
        scope) for a URL that is not http(s): such a URL never creates or touches a host's state."""
        refuse_other_schemes(url, url)
        key = origin_key(url)
        host = self._hosts.get(key)
        if host is None:
            host = Host(delay_s=self.config.delay_s, slots=asyncio.Semaphore(self.config.per_host_concurrency))
            self._hosts[key] = host
            host.ready = asyncio.create_task(self._load_robots(url, host))
            host.workers = [
                asyncio.create_task(self._start_worker(host)) for _ in range(self.config.per_host_concurrency)
            ]
        return host

    async def ready(self, url: str) -> Host:
        """The host's state once its robots.txt has been read."""
        host = self.get(url)
        assert host.ready is not None
        await asyncio.shield(host.ready)
        return host

    @asynccontextmanager
    async def turn(self, url: str) -> AsyncIterator[None]:
        """Wait for the host's politeness delay, then hold one of its slots and one global slot."""
        host = self.get(url)
        async with host.lock:
            now = time.monotonic()
            if host.next_at > now:
                await asyncio.sleep(host.next_at - now)
            host.next_at = time.monotonic() + host.delay_s
        async with self._slots, host.slots:
            yield

    async def stop(self) -> None:
        tasks = [task for host in self._hosts.values() for task in (*host.workers, host.ready) if task is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _load_robots(self, url: str, host: Host) -> None:
        assert self.fetcher is not None
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            fetched = await self.fetcher.get(robots_url, max_bytes=ROBOTS_MAX_BYTES, truncate=True)
        except FetchError as exc:
            if exc.kind is FetchFailure.OUT_OF_SCOPE:
                return  # redirected off the web (RFC 9309 2.3.1.2: no robots.txt to follow): no rules
            if exc.kind is FetchFailure.REFUSED:
                host.blocked, host.blocked_as = exc.reason, "skipped_private"
            else:
                host.blocked, host.blocked_as = f"host unreachable: {exc.reason}", "failed"
            return
        if fetched.status == 429 or fetched.status >= 500:
            host.blocked = f"robots.txt answered HTTP {fetched.status}; host skipped this run"
            return
        if fetched.status >= 400:
            return  # no robots.txt: everything allowed
        robots = Protego.parse(_complete_lines(fetched).decode("utf-8", "replace"))
        host.robots = robots
        delay = robots.crawl_delay(self.config.user_agent)
        if delay:
            host.delay_s = max(host.delay_s, min(float(delay), self.config.max_crawl_delay_s))
        self.sitemaps.extend(robots.sitemaps)


def _complete_lines(fetched: Fetched) -> bytes:
    """A robots.txt body as far as its last complete line when it was cut at the size limit: a rule
    cut in half ('Disallow: /par' of '/parish-news') must not be read as another rule."""
    if not fetched.truncated:
        return fetched.body
    return fetched.body[: fetched.body.rfind(b"\n") + 1]
