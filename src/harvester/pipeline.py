"""Pipeline: wires crawl → extract → catalogue → chunk → embed → index → report for a run.

Nothing here deletes indexed data on a transient failure: failed fetches keep their documents,
gone-marking happens only after a crawl completes and only for URLs that answered 404/410, and the
index is updated upsert-first. Pending index work lives in the catalogue, so a failed run is caught
up by the next one.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import secrets
import socket
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from filelock import FileLock, Timeout

from harvester.catalogue import Catalogue
from harvester.chunk import chunk_document
from harvester.config import Settings, SourceConfig
from harvester.crawl import Crawler
from harvester.embed import Embedder, make_embedder, sparse_document
from harvester.errors import HarvesterError, IndexUnavailableError, LockedError
from harvester.extract import Extractor
from harvester.extract.pool import ExtractionPool
from harvester.gazetteer import Gazetteer
from harvester.harvest import SourceHarvest, extractor_for
from harvester.index import DocumentUpdate, IndexedChunk, VectorIndex, open_index
from harvester.index.payload import payload_for
from harvester.models import DocumentRecord, RunState, StoredDocument, utcnow
from harvester.search import Searcher
from harvester.store import RawStore

log = logging.getLogger(__name__)

Notify = Callable[[str], None]
_DOCS_PER_EMBED_BATCH = 128  # ~500 chunks an encode call: fewer, fuller length-sorted batches


def _quiet(_: str) -> None:
    return None


class Workspace:
    """The resources of one data_dir: catalogue, raw store, and (lazily) the index and embedder."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.data_dir = settings.data_dir
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.catalogue = Catalogue(self.data_dir / "catalogue.sqlite")
        self.raw = RawStore(self.data_dir / "raw")
        self.gazetteer = Gazetteer.from_file(settings.extract.councils_file)
        self.extractor = Extractor(settings.extract, self.gazetteer)
        self._embedder = embedder
        self._index: VectorIndex | None = None
        self.upgraded = False  # opening the index rebuilt an old embedded one

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = make_embedder(self.settings.embed.model, self.settings.embed.batch_size)
        return self._embedder

    @property
    def index(self) -> VectorIndex:
        """The configured index, opened on first use; an old embedded index is rebuilt as it opens."""
        if self._index is None:
            cfg = self.settings.index
            self._index = open_index(
                self.data_dir,
                cfg.url,
                self.settings.qdrant_api_key,
                cfg.collection,
                cfg.timeout_s,
                self.embedder.dimensions,
            )
            if self._index.legacy is not None:
                upgrade_legacy_index(self, self._index.legacy)
        return self._index

    def searcher(self) -> Searcher:
        return Searcher(self.index, self.embedder, self.gazetteer)

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
        self.catalogue.close()


@contextmanager
def run_lock(data_dir: Path, command: str) -> Iterator[None]:
    """One run per data_dir at a time; the refusal names the holder."""
    data_dir.mkdir(parents=True, exist_ok=True)
    holder_file = data_dir / ".run.lock.holder"
    lock = FileLock(str(data_dir / ".run.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        holder = holder_file.read_text(encoding="utf-8") if holder_file.exists() else "unknown process"
        raise LockedError(f"another harvester run is using {data_dir}: {holder}") from None
    try:
        holder_file.write_text(
            json.dumps(
                {"pid": os.getpid(), "host": socket.gethostname(), "command": command, "since": utcnow().isoformat()}
            ),
            encoding="utf-8",
        )
        yield
    finally:
        holder_file.unlink(missing_ok=True)
        lock.release()


def new_run_id() -> str:
    return f"{utcnow().strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"


# --- harvest ----------------------------------------------------------------------------------


def harvest_source(ws: Workspace, source: SourceConfig, state: RunState, notify: Notify = _quiet) -> None:
    """Crawl and extract one source into the catalogue; counts and events go into `state`."""
    before = Counter(state.counts)
    try:
        _harvest_source(ws, source, state, notify)
    finally:
        state.per_source[source.name] = {k: int(v - before[k]) for k, v in state.counts.items() if v != before[k]}


def _harvest_source(ws: Workspace, source: SourceConfig, state: RunState, notify: Notify) -> None:
    crawler = Crawler(source, ws.settings.crawl, known=ws.catalogue.known_pages(source.name))
    notify(f"crawling {source.name} ({', '.join(source.start_urls)})")
    started = time.perf_counter()
    with _extraction_pool(ws) as pool:
        handler = SourceHarvest(
            ws.catalogue, ws.raw, extractor_for(ws.extractor, pool), source, ws.settings.crawl, state, notify
        )
        stats = asyncio.run(crawler.run(handler.on_page))
    # Extraction overlaps the crawl (worker processes): "crawl" is the stage's wall time, "extract" the
    # summed time documents spent being extracted.
    state.timings["crawl"] += time.perf_counter() - started
    handler.finish()
    for key, value in stats.counts.items():
        if key == "failed":
            continue  # counted by the handler, with reasons
        state.counts[key] += value
    for url, reason in stats.skipped:
        ws.catalogue.history.add_event(state.run_id, url, "skipped", {"source": source.name, "reason": reason})
    for host, reason in sorted(stats.unavailable.items()):
        state.counts["hosts_unavailable"] += 1
        ws.catalogue.history.add_event(state.run_id, host, "unavailable", {"source": source.name, "reason": reason})


@contextmanager
def _extraction_pool(ws: Workspace) -> Iterator[ExtractionPool | None]:
    """Worker processes for extraction (`extract.workers`), or none: extract in this process."""
    if ws.settings.extract.workers == 0:
        yield None
        return
    with ExtractionPool(ws.settings.extract) as pool:
        yield pool


# --- index ------------------------------------------------------------------------------------


def index_pending(ws: Workspace, state: RunState, notify: Notify = _quiet) -> None:
    """Embed and index every live document the index does not hold as it is; drop gone ones."""
    stale, gone = ws.catalogue.pending_index()
    if not stale and not gone:
        return
    index = ws.index
    index.ensure_collections()
    notify(f"indexing {len(stale)} documents, removing {len(gone)}")
    for start in range(0, len(stale), _DOCS_PER_EMBED_BATCH):
        _index_batch(ws, stale[start : start + _DOCS_PER_EMBED_BATCH], state)
        notify(f"indexed {min(start + _DOCS_PER_EMBED_BATCH, len(stale))}/{len(stale)} documents")
    for stored in gone:
        started = time.perf_counter()
        index.delete_document(stored.url, stored.chunk_count)
        state.timings["index"] += time.perf_counter() - started
        state.counts["chunks_deleted"] += stored.chunk_count
        ws.catalogue.mark_indexed(stored.url, None, 0)
    started = time.perf_counter()
    index.finish()  # once per step, not per batch: Edge builds its HNSW graph here
    state.timings["index"] += time.perf_counter() - started


def _index_batch(ws: Workspace, batch: list[StoredDocument], state: RunState, cached_only: bool = False) -> int:
    """Chunk, embed (through the cache) and write a batch of documents; returns how many were written.

    With `cached_only`, nothing is embedded: documents with a chunk the cache lacks are left pending.
    """
    settings = ws.settings.embed
    planned = []
    for stored in batch:
        assert stored.document is not None
        chunks = chunk_document(stored.document, settings.chunk_words, settings.overlap_words)
        planned.append((stored, chunks))
    texts = {c.text_hash: c.text for _, chunks in planned for c in chunks}
    started = time.perf_counter()
    if cached_only:
        vectors = ws.catalogue.vectors.cached(list(texts), ws.embedder.name)
        planned = [(stored, chunks) for stored, chunks in planned if all(c.text_hash in vectors for c in chunks)]
    else:
        vectors = _embed_with_cache(ws, texts, state)
    state.timings["embed"] += time.perf_counter() - started
    if not planned:
        return 0
    started = time.perf_counter()
    held = ws.catalogue.note_index_intent({stored.url: len(chunks) for stored, chunks in planned})
    updates = []
    for stored, chunks in planned:
        doc = stored.document
        assert doc is not None
        items = [IndexedChunk(c, vectors[c.text_hash], sparse_document(c.text)) for c in chunks]
        updates.append(DocumentUpdate(doc, items, payload_for(doc, ws.gazetteer), held=held.get(doc.url, 0)))
    ws.index.replace_documents(updates)
    for stored, chunks in planned:
        ws.catalogue.mark_indexed(stored.url, stored.record_hash, len(chunks))
        state.counts["chunks_indexed"] += len(chunks)
        state.counts["chunks_deleted"] += max(0, stored.chunk_count - len(chunks))
    state.timings["index"] += time.perf_counter() - started
    return len(planned)


def _embed_with_cache(ws: Workspace, texts: dict[str, str], state: RunState) -> dict[str, np.ndarray]:
    model = ws.embedder.name
    vectors = ws.catalogue.vectors.cached(list(texts), model)
    missing = [h for h in texts if h not in vectors]
    if missing:
        fresh = ws.embedder.embed([texts[h] for h in missing])
        new = dict(zip(missing, fresh, strict=True))
        ws.catalogue.vectors.store(new, model)
        vectors.update(new)
        state.counts["chunks_embedded"] += len(missing)
    return vectors


# --- rebuild, upgrade, copy -------------------------------------------------------------------


def rebuild_index(ws: Workspace, state: RunState, notify: Notify = _quiet) -> int:
    """Drop the index and write it again from the catalogue and the embedding cache, embedding nothing.

    Every document is marked pending first, so a rebuild that stops half-way is finished by the next
    index step; documents with a chunk the cache lacks stay pending for it too (it embeds only
    those). Returns the documents written.
    """
    index = ws.index
    ws.catalogue.mark_all_pending()
    index.reset()
    stale, gone = ws.catalogue.pending_index()
    for stored in gone:
        ws.catalogue.mark_indexed(stored.url, None, 0)  # the new index never held them
    notify(f"rebuilding the index at {index.location} from the catalogue: {len(stale)} documents")
    written = 0
    for start in range(0, len(stale), _DOCS_PER_EMBED_BATCH):
        written += _index_batch(ws, stale[start : start + _DOCS_PER_EMBED_BATCH], state, cached_only=True)
        notify(f"rebuilt {min(start + _DOCS_PER_EMBED_BATCH, len(stale))}/{len(stale)} documents")
    started = time.perf_counter()
    index.finish()
    state.timings["index"] += time.perf_counter() - started
    return written


def upgrade_legacy_index(ws: Workspace, legacy: Path) -> None:
    """An index the old embedded mode (qdrant-client local) wrote: rebuild it as Edge shards, once."""
    log.warning(
        "%s holds an index written by the old embedded mode; rebuilding it as Qdrant Edge shards under %s "
        "from the catalogue and the embedding cache (nothing is re-embedded)",
        legacy,
        ws.index.location,
    )
    state = RunState(run_id="upgrade", sources=[])
    started = time.perf_counter()
    written = rebuild_index(ws, state)
    left = len(ws.catalogue.pending_index()[0])
    log.warning(
        "rebuilt %d documents (%d chunks) in %.1f s%s; %s is no longer used and can be deleted",
        written,
        state.counts["chunks_indexed"],
        time.perf_counter() - started,
        f", {left} left pending for the next index step" if left else "",
        legacy,
    )
    ws.upgraded = True


def copy_to_server(ws: Workspace, url: str, progress: Callable[[int, int], None] | None = None) -> int:
    """Copy the embedded index to the Qdrant server at `url` (resumable); returns the points copied."""
    from harvester.index.copy import copy_index

    cfg = ws.settings.index
    dimensions = ws.embedder.dimensions
    source = ws.index if cfg.url is None else open_index(ws.data_dir, None, None, cfg.collection, dimensions=dimensions)
    target = open_index(ws.data_dir, url, ws.settings.qdrant_api_key, cfg.collection, cfg.timeout_s, dimensions)
    try:
        return copy_index(source, target, ws.data_dir / "edge" / f"{cfg.collection}.copy.json", progress)
    finally:
        target.close()
        if source is not ws._index:
            source.close()


# --- runs -------------------------------------------------------------------------------------


def execute(
    ws: Workspace,
    source_name: str | None,
    *,
    crawl: bool,
    index: bool,
    command: str,
    notify: Notify = _quiet,
    rebuild: bool = False,
) -> RunState:
    """One run: lock, harvest the selected sources, index, record the run and write its report.

    `rebuild` drops the index first and writes it again from the catalogue and the embedding cache.
    """
    sources = ws.settings.selected_sources(source_name) if crawl else []
    state = RunState(run_id=new_run_id(), sources=[s.name for s in sources])
    with run_lock(ws.data_dir, command):
        if ws.catalogue.history.mark_interrupted_runs():
            log.warning("an earlier run was interrupted; this run finishes its work")
        ws.catalogue.history.start_run(state.run_id, state.sources, state.started_at)
        try:
            for source in sources:
                harvest_source(ws, source, state, notify)
            if sources and not state.errors:
                _prune_raw(ws, state)
            if rebuild:
                _ = ws.index  # opening an index the old embedded mode wrote rebuilds it already
                if not ws.upgraded:
                    rebuild_index(ws, state, notify)
            if index:
                index_pending(ws, state, notify)
        except IndexUnavailableError as exc:
            state.errors.append(str(exc))
            log.error("%s", exc)
        except HarvesterError as exc:
            state.errors.append(str(exc))
            log.error("run failed: %s", exc)
        finally:
            _finish(ws, state)
    return state


def _prune_raw(ws: Workspace, state: RunState) -> None:
    """Drop raw bodies no catalogue row names, so a year of weekly runs keeps one body per document."""
    files, freed = ws.raw.prune(ws.catalogue.raw_references())
    if files:
        state.counts["raw_pruned"] += files
        log.info("pruned %d raw bodies (%.1f MiB) no document names", files, freed / 2**20)


def _finish(ws: Workspace, state: RunState) -> None:
    """Record how the run ended and write its report (whatever happened before)."""
    from harvester.report import write_report

    state.status = _status(state)
    counts = {k: int(v) for k, v in state.counts.items()}
    timings = {k: round(v, 3) for k, v in state.timings.items()}
    ws.catalogue.history.finish_run(state.run_id, state.status, counts, timings, state.per_source)
    write_report(
        ws.catalogue, ws.reports_dir, state.run_id, errors=state.errors, show_contacts=ws.settings.report.show_contacts
    )


def index_run(ws: Workspace, run_id: str, *, command: str, notify: Notify = _quiet) -> RunState:
    """Index what a harvest-only run left pending and fold the figures into that run and its report.

    This is the second half of `execute(..., index=False)` for orchestrators that run the stages as
    separate jobs: the run keeps one id from crawl to report.
    """
    run = ws.catalogue.history.run(run_id)
    if run is None:
        raise HarvesterError(f"no run with id {run_id!r}")
    state = RunState(run_id=run_id, sources=list(run.sources))
    state.counts.update({k: int(v) for k, v in run.counts.items()})
    state.timings.update({k: float(v) for k, v in run.timings.items()})
    state.per_source = dict(run.per_source)
    with run_lock(ws.data_dir, command):
        try:
            index_pending(ws, state, notify)
        except HarvesterError as exc:
            state.errors.append(str(exc))
            log.error("indexing failed: %s", exc)
        finally:
            _finish(ws, state)
    return state


def run_changes(ws: Workspace, run_id: str) -> list[tuple[str, str]]:
    """(change, url) for every new, changed and gone document of a run, in the order they happened."""
    return [(e.event, e.url) for e in ws.catalogue.history.events(run_id) if e.event in ("new", "changed", "gone")]


def _status(state: RunState) -> str:
    """`failed`: the run stopped on an error; `partial`: it could not do all it should (a mass change
    held back, a host skipped whole: unreachable, robots.txt unavailable, refused); else `completed`,
    failed pages allowed (every site has a broken link; they are counted and listed)."""
    if state.errors:
        return "failed"
    return "partial" if state.counts.get("held_back") or state.counts.get("hosts_unavailable") else "completed"


# --- listings ---------------------------------------------------------------------------------


def document_record(
    stored: StoredDocument, *, show_contacts: bool = True, aliases: list[str] | None = None
) -> DocumentRecord:
    """One live document as the `harvester documents --json` shape in INTERFACE.md, plus extensions."""
    assert stored.document is not None
    return DocumentRecord.of(stored.document, stored, show_contacts=show_contacts, aliases=aliases or [])


def document_records(ws: Workspace, show_contacts: bool = True) -> list[DocumentRecord]:
    return [
        document_record(s, show_contacts=show_contacts, aliases=ws.catalogue.aliases_of(s.url))
        for s in ws.catalogue.documents("live")
        if s.document is not None
    ]
