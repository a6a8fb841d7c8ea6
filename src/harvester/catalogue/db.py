"""The catalogue's SQLite file: its schema, migrations and atomic writes. The only place that opens it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from harvester.errors import StorageError
from harvester.models import document_id

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    url TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    kind TEXT,
    status TEXT NOT NULL,               -- live | gone | failed
    content_hash TEXT,
    record_hash TEXT,
    etag TEXT,
    last_modified TEXT,
    raw_sha TEXT,
    content_type TEXT,
    depth INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_changed TEXT,
    last_fetched TEXT,
    failure_reason TEXT,
    failures_in_row INTEGER NOT NULL DEFAULT 0,
    record TEXT,
    outlinks TEXT,
    indexed_hash TEXT,                  -- record_hash the index holds; differs => indexing pending
    chunk_count INTEGER NOT NULL DEFAULT 0,
    text_words INTEGER NOT NULL DEFAULT 0,
    doc_id TEXT,                        -- document_id(url): /documents/{id} looks it up by index
    run_step INTEGER NOT NULL DEFAULT 0 -- steps into a paging or calendar run the crawl reached it at
);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source, status);
CREATE INDEX IF NOT EXISTS documents_content ON documents(content_hash);
CREATE TABLE IF NOT EXISTS aliases (alias TEXT PRIMARY KEY, url TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    sources TEXT NOT NULL,
    counts TEXT NOT NULL DEFAULT '{}',
    timings TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS run_events (
    run_id TEXT NOT NULL,
    url TEXT NOT NULL,
    event TEXT NOT NULL,                -- new | changed | gone | failed | skipped
    detail TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (run_id, url, event)
);
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT,                         -- JSON; null clears the field
    was TEXT,                           -- JSON: the document's value just before
    extracted TEXT,                     -- JSON: what the extractor gave then (a later difference: page changed)
    reason TEXT NOT NULL,
    by TEXT NOT NULL,
    origin TEXT NOT NULL,               -- from where: "cli on HOST", "http from ADDRESS"
    at TEXT NOT NULL,
    undone_at TEXT,
    undone_by TEXT,
    undone_origin TEXT
);
CREATE INDEX IF NOT EXISTS corrections_url ON corrections(url, field);
CREATE TABLE IF NOT EXISTS embeddings (
    text_hash TEXT NOT NULL,
    model TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (text_hash, model)
);
"""


class Database:
    """One SQLite connection to the catalogue file: schema, migrations and atomic writes."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.connection = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self.connection.row_factory = sqlite3.Row
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.executescript(_SCHEMA)
        self._migrate()

    def _migrate(self) -> None:
        """Columns added after the first release, for catalogues created before them."""
        columns = {row["name"] for row in self.connection.execute("PRAGMA table_info(runs)")}
        if "per_source" not in columns:
            self.connection.execute("ALTER TABLE runs ADD COLUMN per_source TEXT NOT NULL DEFAULT '{}'")
        document_columns = {row["name"] for row in self.connection.execute("PRAGMA table_info(documents)")}
        if "doc_id" not in document_columns:
            self.connection.execute("ALTER TABLE documents ADD COLUMN doc_id TEXT")
        if "run_step" not in document_columns:
            self.connection.execute("ALTER TABLE documents ADD COLUMN run_step INTEGER NOT NULL DEFAULT 0")
        missing = [row["url"] for row in self.connection.execute("SELECT url FROM documents WHERE doc_id IS NULL")]
        if missing:
            with self.transaction() as db:
                db.executemany("UPDATE documents SET doc_id = ? WHERE url = ?", [(document_id(u), u) for u in missing])
        self.connection.execute("CREATE INDEX IF NOT EXISTS documents_id ON documents(doc_id)")

    def execute(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        """A read (writes go through `transaction`)."""
        return self.connection.execute(sql, params)

    def close(self) -> None:
        self.connection.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write; a full or read-only disk becomes a StorageError and nothing is kept."""
        try:
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise StorageError(f"catalogue {self.path} cannot be written: {exc}") from None
