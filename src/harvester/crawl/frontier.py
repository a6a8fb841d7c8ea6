"""The crawl frontier's decisions, without I/O: which URL is new, in scope, shallow enough, not a trap.

Pagination and calendars are recognised by behaviour, not by a parameter's name: a URL reached from a
page whose address differs from it only by a growing number (`?page=7` → `?page=8`,
`/events/2026/12/` → `/events/2027/01/`) is one more step of a run. A run is followed while its
pages bring new links or text of their own (book chapters, not empty calendar months), and never
beyond `max_pagination_run` steps; a step along a run keeps the depth of the page before it, so a
deep archive does not push its posts past `max_depth`. Searches that link to ever new searches are
bounded the same way, by behaviour: a query parameter takes at most `max_query_values` values on a
path through links from that path's own pages. A URL the site lists in its sitemap is a page by the
site's own word: trap rules never drop it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import parse_qsl, urlsplit

from harvester.urls import host_key, in_scope, is_crawlable_link, normalise_url, trap_reason

Verdict = Literal["queued", "seen", "skipped"]
_NUMBER = re.compile(r"\d+")
_FRESH_WORDS = 8  # words a run page must add to the page before it to count as text of its own


@dataclass(frozen=True)
class Admission:
    """What the frontier decided for one discovered URL."""

    verdict: Verdict
    url: str = ""
    depth: int = 0  # as queued: a step along a counter run keeps the depth of the page before it
    counter: str = ""  # the stats counter of a skip
    reason: str = ""


@dataclass
class Frontier:
    """Seen set, depth, scope and trap rules for one source's crawl."""

    include: list[re.Pattern[str]]
    exclude: list[re.Pattern[str]]
    max_depth: int
    max_url_length: int = 2048
    max_pagination_run: int = 100
    max_query_values: int = 20
    barren_run_limit: int = 5  # consecutive pages of a run that bring no new link and no new text
    _seen: set[str] = field(default_factory=set)
    _deferred: set[str] = field(default_factory=set)  # skipped for depth or as a trap: may come back
    _run: dict[str, int] = field(default_factory=dict)  # URL -> steps of the counter run it ends (its start: 0)
    _barren: dict[str, int] = field(default_factory=dict)  # URL -> run pages in a row without new links
    _previous: dict[str, str] = field(default_factory=dict)  # URL -> the run page it was reached from
    _words: dict[str, frozenset[str]] = field(default_factory=dict)  # run page -> the words of its text
    _values: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)  # (host, path, name) -> values
    _landed: set[str] = field(default_factory=set)  # fetched as the target of another URL's redirect
    _rechecked: set[str] = field(default_factory=set)  # known URLs the crawl did not reach through links

    def admit(
        self, raw_url: str, depth: int, referrer: str | None = None, *, listed: bool = False, recheck: bool = False
    ) -> Admission:
        """Decide one discovered URL; `listed` means the site's sitemap names it, `recheck` that the
        catalogue knows it from an earlier run and this crawl did not reach it through links."""
        if not is_crawlable_link(raw_url):
            return Admission("skipped", counter="", reason="not a page link")
        url = normalise_url(raw_url)
        if url in self._seen:
            return Admission("seen", url)
        if recheck:
            self._rechecked.add(url)
        origin = normalise_url(referrer) if referrer is not None else None
        step = origin is not None and counter_step(origin, url)
        if step and depth > 0:
            depth -= 1  # '?paged=7' is beside '?paged=6', not below it
        if depth > self.max_depth and not listed:
            return self._defer(url, "skipped_depth", f"deeper than max_depth {self.max_depth}")
        if not in_scope(url, self.include, self.exclude):
            self._seen.add(url)
            return Admission("skipped", url, counter="skipped_out_of_scope", reason="out of scope")
        if not listed:
            trap = (
                trap_reason(url, self.max_url_length)
                or self._query_explosion(url, origin)
                or (self._runaway_run(url, origin) if step and origin is not None else None)
            )
            if trap:
                return self._defer(url, "skipped_trap", trap)
        self._seen.add(url)
        self._deferred.discard(url)
        return Admission("queued", url, depth=depth)

    def visited(self, url: str, links: Iterable[str], words: Callable[[], frozenset[str]] | None = None) -> None:
        """Record what a fetched page linked to and (asked only of pages in or starting a run) the words
        of its text, so a run of pages that bring nothing new can be stopped."""
        fresh_link, starts_run = False, False
        for link in links:
            if not is_crawlable_link(link):
                continue
            normal = normalise_url(link)
            step = counter_step(url, normal)
            starts_run = starts_run or step
            fresh_link = fresh_link or (normal not in self._seen and normal not in self._deferred and not step)
        previous = self._previous.get(url)
        if words is not None and (previous is not None or starts_run):
            self._words[url] = words()
        fresh = fresh_link or previous is None or self._new_text(url, previous)
        self._barren[url] = 0 if fresh else self._barren.get(previous or "", 0) + 1

    def _new_text(self, url: str, previous: str) -> bool:
        """Whether a run page's text is its own: enough words the page before it did not have."""
        mine, theirs = self._words.get(url), self._words.get(previous)
        return mine is not None and theirs is not None and len(mine - theirs) >= _FRESH_WORDS

    def in_scope(self, url: str) -> bool:
        """Whether a normalised URL matches the source's include patterns and none of its excludes."""
        return in_scope(url, self.include, self.exclude)

    def accepted_canonical(self, url: str, canonical: str | None) -> str | None:
        """The page's rel=canonical URL when it can be trusted as its identity, else None.

        Trusted when it is on the same site (``www.`` or not), in scope, and not the site's home page
        named by an inner page (a common template mistake that would merge every page into one).
        """
        if not canonical or not is_crawlable_link(canonical):
            return None
        target = normalise_url(canonical)
        if target == url or host_key(target) != host_key(url) or not self.in_scope(target):
            return None
        if urlsplit(target).path in ("", "/") and urlsplit(url).path not in ("", "/"):
            return None
        return target

    def redirected(self, url: str, final_url: str) -> None:
        """`url` answered from `final_url`: that page is fetched, and will not be fetched again."""
        if final_url != url:
            self._seen.add(final_url)
            self._landed.add(final_url)

    def landed_already(self, url: str) -> bool:
        """Whether `url` was already fetched as the target of another URL's redirect."""
        return url in self._landed

    def was_deferred(self, url: str) -> bool:
        return url in self._deferred

    def _defer(self, url: str, counter: str, reason: str) -> Admission:
        first = url not in self._deferred
        self._deferred.add(url)
        return Admission("skipped", url, counter=counter if first else "", reason=reason)

    def _query_explosion(self, url: str, origin: str | None) -> str | None:
        """A search linking to refined searches, or sort and filter links multiplying: a parameter on
        a path, reached from a page of that same path, taking more than `max_query_values` values.
        Numbers are identifiers or counters (`?p=4821`, `?page=3`), never counted."""
        if origin is None:
            return None
        host, parts = host_key(url), urlsplit(url)
        if (host, parts.path) != (host_key(origin), urlsplit(origin).path):
            return None
        new: list[tuple[set[str], str]] = []
        for name, value in parse_qsl(parts.query, keep_blank_values=True):
            if value.isdigit():
                continue
            values = self._values.setdefault((host, parts.path, name), set())
            if value in values:
                continue
            if len(values) >= self.max_query_values:
                return f"more than {self.max_query_values} values of '{name}' on {parts.path or '/'}"
            new.append((values, value))
        for values, value in new:
            values.add(value)
        return None

    def run_step(self, url: str) -> int:
        """How many steps into a counter run (paging, calendar) the crawl reached `url`: 1 for the page
        it starts from (`?page=2` linking to `?page=3`), 0 outside one. Known once its links are in."""
        return self._run[url] + 1 if url in self._run else 0

    def _runaway_run(self, url: str, origin: str) -> str | None:
        """One more step of the counter run `origin` ends: refused past the run's limits, and from a page
        re-checked outside its run (a run is walked from its first page, so a later run never starts
        again from the deepest page an earlier one reached)."""
        if origin in self._rechecked and origin not in self._run:
            return "counter run continued from a page re-checked outside its run"
        steps = self._run.setdefault(origin, 0) + 1  # the page a run starts from: step 0
        if steps > self.max_pagination_run:
            return f"counter run longer than {self.max_pagination_run} pages"
        if self._barren.get(origin, 0) >= self.barren_run_limit:
            return f"counter run of {self.barren_run_limit} pages in a row with no new links"
        self._run[url] = steps
        self._previous[url] = origin
        return None


def counter_step(previous: str, url: str) -> bool:
    """Whether `url` is `previous` with its numbers grown: the same text between the numbers, and the
    numbers larger when read in order ('?page=7' → '?page=8', '/2026/12/' → '/2027/01/')."""
    before, after = _NUMBER.split(previous), _NUMBER.split(url)
    if before != after:
        return False
    old = [int(n) for n in _NUMBER.findall(previous)]
    new = [int(n) for n in _NUMBER.findall(url)]
    return bool(new) and new > old
