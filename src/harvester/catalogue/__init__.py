"""The catalogue: what every URL was, is and has been through (SQLite). The only package that knows SQL."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from harvester.catalogue.corrections import CorrectionLog
from harvester.catalogue.db import Database
from harvester.catalogue.history import RunHistory
from harvester.catalogue.vectors import VectorCache
from harvester.models import Document, KnownPage, StoredDocument, document_id, utcnow

_UPSERT_DOCUMENT = """INSERT INTO documents (url, source, kind, status, content_hash, record_hash, etag, last_modified,
    raw_sha, content_type, depth, first_seen, last_changed, last_fetched, failure_reason,
    failures_in_row, record, outlinks, text_words, doc_id, run_step)
VALUES (?, ?, ?, 'live', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, ?, ?, ?)
ON CONFLICT(url) DO UPDATE SET
    source = excluded.source, kind = excluded.kind, status = 'live',
    content_hash = excluded.content_hash, record_hash = excluded.record_hash,
    etag = excluded.etag, last_modified = excluded.last_modified, raw_sha = excluded.raw_sha,
    content_type = excluded.content_type, depth = MIN(documents.depth, excluded.depth),
    first_seen = COALESCE(documents.first_seen, excluded.first_seen),
    last_changed = CASE WHEN ? THEN excluded.last_changed ELSE documents.last_changed END,
    last_fetched = excluded.last_fetched, failure_reason = NULL, failures_in_row = 0,
    record = excluded.record, outlinks = excluded.outlinks, text_words = excluded.text_words,
    doc_id = excluded.doc_id, run_step = excluded.run_step"""


class Catalogue:
    """Per-URL state and aliases; the run history (`history`), the embedding cache (`vectors`) and staff's
    corrections (`corrections`) beside them.

    Every write is its own transaction.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = Database(path)
        self.history = RunHistory(self._db)
        self.vectors = VectorCache(self._db)
        self.corrections = CorrectionLog(self._db)

    def close(self) -> None:
        self._db.close()

    def get(self, url: str) -> StoredDocument | None:
        row = self._db.execute("SELECT * FROM documents WHERE url = ?", (url,)).fetchone()
        return _stored(row) if row else None

    def by_id(self, doc_id: str) -> StoredDocument | None:
        """The document with this id (`models.document_id`), by the indexed column."""
        row = self._db.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return _stored(row) if row else None

    def resolve_alias(self, url: str) -> str:
        row = self._db.execute("SELECT url FROM aliases WHERE alias = ?", (url,)).fetchone()
        return str(row["url"]) if row else url

    def known_pages(self, source: str) -> dict[str, KnownPage]:
        """Validators and outlinks of a source's live URLs, for conditional GET and re-checks."""
        columns = "url, etag, last_modified, depth, outlinks, run_step"
        rows = self._db.execute(f"SELECT {columns} FROM documents WHERE source = ? AND status = 'live'", (source,))
        return {
            r["url"]: KnownPage(
                r["etag"], r["last_modified"], r["depth"], json.loads(r["outlinks"] or "[]"), r["run_step"]
            )
            for r in rows
        }

    def raw_references(self) -> set[str]:
        """Every raw body the catalogue names (each document's last good version)."""
        return {row["raw_sha"] for row in self._db.execute("SELECT raw_sha FROM documents WHERE raw_sha IS NOT NULL")}

    def live_by_content(self, content_hash: str, source: str) -> str | None:
        row = self._db.execute(
            "SELECT url FROM documents WHERE content_hash = ? AND source = ? AND status = 'live' LIMIT 1",
            (content_hash, source),
        ).fetchone()
        return str(row["url"]) if row else None

    def save_document(
        self,
        doc: Document,
        *,
        raw_sha: str | None,
        etag: str | None,
        last_modified: str | None,
        content_type: str,
        depth: int,
        outlinks: list[str],
        changed: bool,
        run_step: int = 0,
    ) -> None:
        now = utcnow().isoformat()
        record = doc.model_dump_json()
        with self._db.transaction() as db:
            db.execute(
                _UPSERT_DOCUMENT,
                (
                    doc.url,
                    doc.source,
                    doc.kind.value,
                    doc.content_hash,
                    doc.index_hash(),
                    etag,
                    last_modified,
                    raw_sha,
                    content_type,
                    depth,
                    now,
                    now,
                    now,
                    record,
                    json.dumps(outlinks[:500]),
                    len(doc.text.split()),
                    document_id(doc.url),
                    run_step,
                    changed,
                ),
            )

    def replace_record(self, url: str, doc: Document) -> str:
        """Write a live document's record (staff corrected it) without touching what the crawl knows of the
        page (validators, dates, text). Returns the new record hash (the index holds the old one)."""
        record_hash = doc.index_hash()
        with self._db.transaction() as db:
            db.execute(
                "UPDATE documents SET record = ?, record_hash = ? WHERE url = ?",
                (doc.model_dump_json(), record_hash, url),
            )
        return record_hash

    def touch_unchanged(self, url: str, etag: str | None, last_modified: str | None) -> None:
        with self._db.transaction() as db:
            db.execute(
                """UPDATE documents SET last_fetched = ?, failure_reason = NULL, failures_in_row = 0,
                       etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), status = 'live'
                   WHERE url = ?""",
                (utcnow().isoformat(), etag, last_modified, url),
            )

    def record_failure(self, url: str, source: str, reason: str) -> int:
        """Note a failed fetch or extraction; a live document stays live. Returns failures in a row."""
        with self._db.transaction() as db:
            db.execute(
                """INSERT INTO documents (url, source, status, failure_reason, failures_in_row, last_fetched)
                   VALUES (?, ?, 'failed', ?, 1, ?)
                   ON CONFLICT(url) DO UPDATE SET failure_reason = excluded.failure_reason,
                       failures_in_row = documents.failures_in_row + 1, last_fetched = excluded.last_fetched""",
                (url, source, reason, utcnow().isoformat()),
            )
            row = db.execute("SELECT failures_in_row FROM documents WHERE url = ?", (url,)).fetchone()
        return int(row["failures_in_row"])

    def mark_gone(self, url: str) -> bool:
        """A live document answered 404/410: it is gone. Returns True if it was live."""
        with self._db.transaction() as db:
            cursor = db.execute(
                "UPDATE documents SET status = 'gone', last_changed = ? WHERE url = ? AND status = 'live'",
                (utcnow().isoformat(), url),
            )
        return cursor.rowcount > 0

    def add_alias(self, alias: str, url: str) -> bool:
        """Record `alias` as another address of `url`. A live document at `alias` is retired (gone), and
        True returned, so the index drops its copy; other rows at `alias` are removed."""
        with self._db.transaction() as db:
            db.execute("INSERT OR REPLACE INTO aliases (alias, url) VALUES (?, ?)", (alias, url))
            retired = db.execute(
                "UPDATE documents SET status = 'gone', last_changed = ? WHERE url = ? AND status = 'live'",
                (utcnow().isoformat(), alias),
            ).rowcount
            db.execute("DELETE FROM documents WHERE url = ? AND status NOT IN ('live', 'gone')", (alias,))
        return retired > 0

    def remove_alias(self, alias: str) -> None:
        """`alias` answers as a document of its own again: it is no longer another address."""
        if self._db.execute("SELECT 1 FROM aliases WHERE alias = ?", (alias,)).fetchone():
            with self._db.transaction() as db:
                db.execute("DELETE FROM aliases WHERE alias = ?", (alias,))

    def aliases_of(self, url: str) -> list[str]:
        return [r["alias"] for r in self._db.execute("SELECT alias FROM aliases WHERE url = ?", (url,))]

    def documents(self, status: str = "live", source: str | None = None) -> list[StoredDocument]:
        query = "SELECT * FROM documents WHERE status = ?"
        params: list[Any] = [status]
        if source:
            query += " AND source = ?"
            params.append(source)
        return [_stored(row) for row in self._db.execute(query + " ORDER BY url", params)]

    def pending_index(self) -> tuple[list[StoredDocument], list[StoredDocument]]:
        """(live documents the index does not hold as they are, gone documents the index still holds)."""
        stale = self._db.execute(
            "SELECT * FROM documents WHERE status = 'live' AND record IS NOT NULL "
            "AND (indexed_hash IS NULL OR indexed_hash != record_hash) ORDER BY url"
        )
        gone = self._db.execute(
            "SELECT * FROM documents WHERE status != 'live' AND (indexed_hash IS NOT NULL OR chunk_count > 0)"
        )
        return [_stored(r) for r in stale], [_stored(r) for r in gone]

    def note_index_intent(self, counts: dict[str, int]) -> dict[str, int]:
        """Before chunks are written: raise each document's chunk count to a high-water mark of what the
        index may hold, so a crash between upsert and cleanup still lets the next run delete every stale
        chunk by ID. Returns the marks."""
        with self._db.transaction() as db:
            for url, count in counts.items():
                db.execute("UPDATE documents SET chunk_count = MAX(chunk_count, ?) WHERE url = ?", (count, url))
            placeholders = ",".join("?" * len(counts))
            rows = db.execute(f"SELECT url, chunk_count FROM documents WHERE url IN ({placeholders})", list(counts))
            return {row["url"]: row["chunk_count"] for row in rows}

    def mark_indexed(self, url: str, record_hash: str | None, chunk_count: int) -> None:
        with self._db.transaction() as db:
            db.execute(
                "UPDATE documents SET indexed_hash = ?, chunk_count = ? WHERE url = ?", (record_hash, chunk_count, url)
            )

    def mark_all_pending(self) -> None:
        """Before the index is rebuilt: nothing is indexed (chunk counts stay, as high-water marks)."""
        with self._db.transaction() as db:
            db.execute("UPDATE documents SET indexed_hash = NULL WHERE indexed_hash IS NOT NULL")

    def counts_by_status(self) -> dict[str, int]:
        rows = self._db.execute("SELECT status, COUNT(*) AS n FROM documents GROUP BY status")
        return {row["status"]: row["n"] for row in rows}


def _stored(row: sqlite3.Row) -> StoredDocument:
    record = row["record"]
    return StoredDocument(
        url=row["url"],
        source=row["source"],
        status=row["status"],
        document=Document.model_validate_json(record) if record else None,
        content_hash=row["content_hash"],
        record_hash=row["record_hash"],
        indexed_hash=row["indexed_hash"],
        first_seen=row["first_seen"],
        last_changed=row["last_changed"],
        last_fetched=row["last_fetched"],
        failure_reason=row["failure_reason"],
        failures_in_row=row["failures_in_row"],
        chunk_count=row["chunk_count"],
        text_words=row["text_words"],
        raw_sha=row["raw_sha"],
    )
