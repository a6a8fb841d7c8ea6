"""Harvest one source: each fetch outcome becomes a catalogue change, and a bad night changes nothing.

New and unchanged documents are recorded as they arrive. Changes to documents that were live are
staged and applied when the crawl has finished, after a guard has looked at them together: a run
that would retire (gone, merged, moved to the home page) or overwrite (with text that is the same
across pages, or less than half of what it was) more than `crawl.mass_change_share` of a source's
live documents, and at least `crawl.mass_change_min` of them, is a site that broke for a night (a
redirect to the home page, a login wall, a maintenance page, a CMS upgrade): it retires and
overwrites none of them, says so in the report (`held_back`), and the next run looks again.
`harvester run --accept-mass-change` (or `crawl.accept_mass_change`) applies such a change.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from harvester.catalogue import Catalogue
from harvester.config import CrawlConfig, SourceConfig
from harvester.corrections import PAGE_CHANGED, apply_corrections
from harvester.errors import ExtractionError, StorageError
from harvester.extract import Extractor
from harvester.extract.pool import ExtractionPool
from harvester.models import Change, Document, EventDetail, FetchedPage, RunState, StoredDocument
from harvester.store import RawStore

log = logging.getLogger(__name__)

Notify = Callable[[str], None]
MIN_WORDS_FOR_DEDUP = 15
_LOGIN = re.compile(r"/(?:wp-login\.php|log-?in|sign-?in|sso|auth(?:enticate)?|account/login)\b", re.IGNORECASE)
_PASSWORD_FIELD = re.compile(rb"<input[^>]+type\s*=\s*[\"']?password", re.IGNORECASE)
ACCEPT_HINT = "run `harvester run --accept-mass-change` (or set crawl.accept_mass_change) to apply it"


@dataclass
class Staged:
    """A new version of a document that was live, applied once the crawl has finished."""

    page: FetchedPage
    doc: Document
    raw_sha: str
    previous: StoredDocument
    detail: EventDetail


@dataclass
class Retirement:
    """A live document the crawl would retire, and why."""

    url: str
    reason: str  # "gone" (404/410), "merged" into another, "moved" onto a home page, "listing" (not a document)
    into: str | None = None


class SourceHarvest:
    """Handles each fetch outcome of one source's crawl as it arrives, then applies what was staged."""

    def __init__(
        self,
        catalogue: Catalogue,
        raw: RawStore,
        extract: Callable[[FetchedPage], Any],
        source: SourceConfig,
        crawl: CrawlConfig,
        run: RunState,
        notify: Notify,
    ) -> None:
        self.catalogue = catalogue
        self.raw = raw
        self._extract_page = extract
        self.source = source
        self.crawl = crawl
        self.run = run
        self.notify = notify
        self.halted = False
        self.live_before = len(catalogue.documents("live", source.name))
        self.staged: list[Staged] = []
        self.retiring: list[Retirement] = []
        self.not_found: list[str] = []
        self.hashes: Counter[str] = Counter()  # content hashes of this run's new and changed documents
        self.walled: list[str] = []  # live documents that now answer with a sign-in page (kept as they were)

    async def on_page(self, page: FetchedPage) -> None:
        if self.halted:
            return  # data_dir cannot be written: record nothing more this run
        try:
            await self._handle(page)
        except StorageError as exc:
            self.halted = True
            self.run.errors.append(str(exc))
            log.error("%s; stopping this source", exc)

    async def _handle(self, page: FetchedPage) -> None:
        counts = self.run.counts
        if page.status in (404, 410):
            self.not_found.append(page.url)
            return
        if page.error is not None:
            self._failed(page.url, page.error, page.failure or "unknown")
            return
        if page.not_modified:
            self.catalogue.touch_unchanged(page.url, page.etag, page.last_modified)
            counts["unchanged"] += 1
            return
        started = time.perf_counter()
        try:
            extracted = await self._extract(page)
        finally:
            self.run.timings["extract"] += time.perf_counter() - started
        if extracted is not None:
            self._record(page, *extracted)
        if (counts["new"] + counts["changed"] + counts["unchanged"]) % 25 == 0:
            self.notify(_progress(self.source.name, counts))

    async def _extract(self, page: FetchedPage) -> tuple[Document, str] | None:
        assert page.body is not None
        self.run.counts["fetched_pages"] += 1
        raw_sha = self.raw.put(page.body)
        page_for_extract = page.model_copy(update={"url": page.identity})
        try:
            result = self._extract_page(page_for_extract)
            doc: Document = await result if hasattr(result, "__await__") else result
        except ExtractionError as exc:
            self._failed(page.identity, f"extraction: {exc.reason}", "extraction")
            return None
        except Exception as exc:  # a parser bug on one page must not stop the run
            log.exception("extraction crashed on %s", page.identity)
            self._failed(page.identity, f"extraction crashed: {type(exc).__name__}: {exc}"[:300], "extraction")
            return None
        return doc, raw_sha

    # --- recording --------------------------------------------------------------------------

    def _record(self, page: FetchedPage, doc: Document, raw_sha: str) -> None:
        if is_listing(page) and not has_record_of_its_own(doc):
            self._listing(doc.url)
            return
        for other in {page.url, page.final_url} - {page.identity}:
            self._redirected(other, page.identity, page)
        self.catalogue.remove_alias(doc.url)  # it answers as a document of its own (again)
        previous = self.catalogue.get(doc.url)
        twin = _twin(self.catalogue, doc)
        if twin and twin not in (page.url, page.final_url):  # its own old address is no twin: it moved here
            if previous is not None and previous.status == "live":
                self.retiring.append(Retirement(doc.url, "merged", twin))
            else:
                self._alias(doc.url, twin)
                self.run.counts["duplicates"] += 1
            return
        _with_corrections(self.catalogue, self.run, doc, previous)
        change, detail = classify_change(previous, doc)
        if change is Change.CHANGED and previous is not None:
            self.hashes[doc.content_hash] += 1
            self.staged.append(Staged(page, doc, raw_sha, previous, detail))
            return
        if change is Change.NEW:
            self.hashes[doc.content_hash] += 1
        self._save(page, doc, raw_sha, change, detail)

    def _listing(self, url: str) -> None:
        """A listing page is crawled for its links, not kept; one kept before is retired (guarded)."""
        self.run.counts["listing_pages"] += 1
        if (stored := self.catalogue.get(url)) is not None and stored.status == "live":
            self.retiring.append(Retirement(url, "listing"))

    def _redirected(self, address: str, identity: str, page: FetchedPage) -> None:
        """`address` led to `identity`: an alias, unless a live document is sent home (staged to retire:
        a broken site, not a merge) or to a login page (kept as it was: walled)."""
        stored = self.catalogue.get(address)
        lived = stored is not None and stored.status == "live"
        if _login_page(identity, page.body):
            if lived:
                self.walled.append(address)  # an auth redirect: the page is behind a login, not gone
            return
        if _home_page(identity):
            if lived:
                self.retiring.append(Retirement(address, "moved", identity))
            return
        if lived:
            self.retiring.append(Retirement(address, "merged", identity))
        else:
            self._alias(address, identity)

    def _save(self, page: FetchedPage, doc: Document, raw_sha: str, change: Change, detail: EventDetail) -> None:
        self.catalogue.save_document(
            doc,
            raw_sha=raw_sha,
            etag=page.etag,
            last_modified=page.last_modified,
            content_type=page.content_type,
            depth=page.depth,
            outlinks=[link.url for link in doc.links],
            changed=change in (Change.NEW, Change.CHANGED),
            run_step=page.run_step,
        )
        self.run.counts[change.value] += 1
        if change in (Change.NEW, Change.CHANGED):
            self.catalogue.history.add_event(self.run.run_id, doc.url, change.value, {"source": doc.source, **detail})

    def _alias(self, alias: str, url: str) -> None:
        """Record another address of a document; a document that lived there is merged (gone)."""
        if self.catalogue.add_alias(alias, url):
            self._gone(alias, {"merged_into": url})

    def _gone(self, url: str, detail: EventDetail) -> None:
        self.run.counts["gone"] += 1
        self.catalogue.history.add_event(self.run.run_id, url, "gone", {"source": self.source.name, **detail})

    def _failed(self, url: str, reason: str, kind: str) -> None:
        in_a_row = self.catalogue.record_failure(url, self.source.name, reason)
        self.run.counts["failed"] += 1
        detail: EventDetail = {"source": self.source.name, "reason": reason, "kind": kind, "runs_in_a_row": in_a_row}
        self.catalogue.history.add_event(self.run.run_id, url, "failed", detail)

    # --- the end of the crawl: the guard -------------------------------------------------------

    def finish(self) -> None:
        """Apply what was staged, unless together it is a mass change."""
        if self.halted:
            return  # an interrupted crawl proves nothing about what is gone
        for url in self.not_found:
            stored = self.catalogue.get(url)
            if stored is not None and stored.status == "live":
                self.retiring.append(Retirement(url, "gone"))
        plan = settle(self.staged, self.hashes, self.raw)
        self.walled += plan.walled
        for ordinary in plan.ordinary:
            self._apply(ordinary)
        losses = len(_losses(self.retiring))
        verdict = mass_change(losses, len(plan.suspicious) + len(self.walled), self.live_before, self.crawl)
        if verdict and not self.crawl.accept_mass_change:
            documents = _held_items(self.retiring, plan.suspicious, self.walled)
            hold_back(self.catalogue, self.run, self.source.name, verdict, documents)
            return
        for suspicious in plan.suspicious:
            self._apply(suspicious)
        for retirement in self.retiring:
            self._retire(retirement)
        for url in self.walled:  # never overwritten, accepted or not: a sign-in page is not the page's text
            self._failed(url, "answered with a sign-in page (a login wall); its last good version is kept", "login")

    def _apply(self, staged: Staged) -> None:
        twin = _twin(self.catalogue, staged.doc)
        if twin:
            self._alias(staged.doc.url, twin)
            self.run.counts["duplicates"] += 1
            return
        self._save(staged.page, staged.doc, staged.raw_sha, Change.CHANGED, staged.detail)

    def _retire(self, retirement: Retirement) -> None:
        if retirement.reason == "merged" and retirement.into:
            self._alias(retirement.url, retirement.into)
        elif self.catalogue.mark_gone(retirement.url):
            self._gone(retirement.url, _gone_detail(retirement))


def hold_back(catalogue: Catalogue, run: RunState, source: str, verdict: str, documents: list[EventDetail]) -> None:
    """Record a mass change a run saw and did not apply, document by document, for the report."""
    for item in documents:
        detail: EventDetail = {"source": source, "verdict": verdict, **item}
        catalogue.history.add_event(run.run_id, item["url"], "held_back", detail)
    run.counts["held_back"] += len(documents)
    run.held_back.append({"source": source, "reason": verdict, "documents": len(documents)})
    log.warning("%s: %s; held back (%s)", source, verdict, ACCEPT_HINT)


def _losses(retiring: list[Retirement]) -> list[Retirement]:
    """The retirements that lose a page: all but moves, one address to one other (a CMS migration that
    answers every old address with a 301 to its own new one loses nothing; many sent to one page do)."""
    targets = Counter(r.into for r in retiring if r.reason == "merged")
    return [r for r in retiring if not (r.reason == "merged" and targets[r.into] == 1)]


def _gone_detail(retirement: Retirement) -> EventDetail:
    detail: EventDetail = {"moved_to": retirement.into} if retirement.into else {}
    if retirement.reason == "listing":
        detail["listing"] = True
    return detail


@dataclass
class Plan:
    """The new versions of live documents, sorted at the end of a crawl: applied, weighed by the guard,
    or walled (a sign-in page where the page was: never applied)."""

    ordinary: list[Staged]
    suspicious: list[Staged]
    walled: list[str]


def settle(staged: list[Staged], hashes: Counter[str], raw: RawStore) -> Plan:
    """Sort the staged versions: text the same across pages (a maintenance page) or under half of what it
    was is suspicious; a sign-in form the page did not show before is a login wall."""
    plan = Plan([], [], [])
    for item in staged:
        if _walled(item, raw):
            plan.walled.append(item.doc.url)
        elif hashes[item.doc.content_hash] >= 2 or item.detail.get("shrunk"):
            plan.suspicious.append(item)
        else:
            plan.ordinary.append(item)
    return plan


def _walled(staged: Staged, raw: RawStore) -> bool:
    if not _login_page(staged.page.final_url, staged.page.body):
        return False
    before = raw.get(staged.previous.raw_sha) if staged.previous.raw_sha else None
    return not _login_page(staged.previous.url, before)


def mass_change(retiring: int, overwriting: int, live_before: int, crawl: CrawlConfig) -> str | None:
    """Why retiring or overwriting this many of `live_before` documents at once is held back, or None."""
    share, least = crawl.mass_change_share, crawl.mass_change_min
    limit = max(least, math.floor(share * live_before) + 1)
    if retiring >= limit:
        return f"would retire {retiring} of {live_before} live documents"
    if overwriting >= limit:
        return f"would overwrite {overwriting} of {live_before} live documents with suspicious text"
    return None


def _held_items(retiring: list[Retirement], overwrites: list[Staged], walled: list[str]) -> list[EventDetail]:
    """What a held-back mass change would have done, document by document."""
    documents: list[EventDetail] = [
        {"url": r.url, "action": "retire", "why": r.reason, **({"into": r.into} if r.into else {})} for r in retiring
    ]
    documents += [
        {"url": s.doc.url, "action": "overwrite", "why": "shrunk" if s.detail.get("shrunk") else "same text"}
        for s in overwrites
    ]
    documents += [{"url": url, "action": "overwrite", "why": "login wall"} for url in walled]
    return documents


def _with_corrections(catalogue: Catalogue, run: RunState, doc: Document, previous: StoredDocument | None) -> None:
    """Staff's corrections in force, applied over a new extraction. A field whose page changed under its
    correction goes back to review, and the run says so the first time it sees the change."""
    in_force = catalogue.corrections.active(doc.url)
    if not in_force:
        return
    changed = apply_corrections(doc, in_force)
    seen = set(previous.document.review) if previous is not None and previous.document is not None else set()
    if any(note not in seen for note in doc.review if PAGE_CHANGED in note):
        run.counts["back_on_review"] += 1
        fields = {c.field: [c.value, doc.extracted[c.field].value] for c in in_force if c.field in changed}
        catalogue.history.add_event(run.run_id, doc.url, "back_on_review", {"source": doc.source, "fields": fields})


def _twin(catalogue: Catalogue, doc: Document) -> str | None:
    """Another live document of the source with the same text (a copy at another address), if any."""
    if len(doc.text.split()) < MIN_WORDS_FOR_DEDUP:
        return None
    twin = catalogue.live_by_content(doc.content_hash, doc.source)
    return twin if twin and twin != doc.url else None


def _progress(source: str, counts: Counter[str]) -> str:
    return f"{source}: {counts['fetched_pages']} fetched, {counts['new']} new, {counts['changed']} changed"


def classify_change(previous: StoredDocument | None, doc: Document) -> tuple[Change, EventDetail]:
    if previous is None or previous.status != "live" or previous.document is None:
        return Change.NEW, {}
    fields = metadata_diff(previous.document, doc)
    prose_changed = _prose(previous.document) != _prose(doc)
    if previous.content_hash == doc.content_hash and previous.document.metadata_hash() == doc.metadata_hash():
        return Change.UNCHANGED, {}
    what = "text and metadata" if prose_changed and fields else "text" if prose_changed or not fields else "metadata"
    detail: EventDetail = {"what": what}
    if fields:
        detail["fields"] = fields
    if prose_changed:
        shrink = previous.text_words and len(doc.text.split()) < 0.5 * previous.text_words
        detail["shrunk"] = bool(shrink)
        detail["words_before"] = previous.text_words
    return Change.CHANGED, detail


_GENERATED_SECTIONS = ("Project details", "Principles met")


def _prose(doc: Document) -> str:
    """The page's own text, without the sections rendered from its metadata."""
    return "\n".join(s.text for s in doc.sections if s.heading not in _GENERATED_SECTIONS)


def metadata_diff(old: Document, new: Document) -> dict[str, list[Any]]:
    fields = ("title", "lead_member", "participating_members", "year", "year_end", "type", "doc_type")
    diff: dict[str, list[Any]] = {}
    for name in fields:
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            diff[name] = [_plain(before), _plain(after)]
    if old.listed_principles != new.listed_principles:
        diff["principles"] = [old.listed_principles, new.listed_principles]
    return diff


def _plain(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


# Path segments of pages that list other pages: archives, tags, categories.
_LISTING_SEGMENT = re.compile(r"/(?:tags?|categor(?:y|ies)|archives?)(?:/|$)", re.IGNORECASE)


def is_listing(page: FetchedPage) -> bool:
    """A page that lists other pages: a step of a paging or calendar run (`?page=3`, `/events/2027/01/`),
    or an archive, tag or category page."""
    return page.run_step > 0 or bool(_LISTING_SEGMENT.search(urlsplit(page.identity).path))


def has_record_of_its_own(doc: Document) -> bool:
    """Whether a listing page is also a record: it names its own lead or lists its own principles."""
    return bool(doc.lead_member or doc.listed_principles)


def _home_page(url: str) -> bool:
    """A site's home page: never the new address of another page."""
    path = urlsplit(url).path
    return path in ("", "/") or bool(re.fullmatch(r"/(?:index\.\w+|home/?)", path, re.IGNORECASE))


def _login_page(url: str, body: bytes | None) -> bool:
    """A sign-in page: a login address, or a page with a password field."""
    return bool(_LOGIN.search(urlsplit(url).path) or (body and _PASSWORD_FIELD.search(body[:200_000])))


def extractor_for(extractor: Extractor, pool: ExtractionPool | None) -> Callable[[FetchedPage], Any]:
    """Extraction in the pool's worker processes when there is one, else in this process."""
    return pool.extract if pool is not None else extractor.extract
