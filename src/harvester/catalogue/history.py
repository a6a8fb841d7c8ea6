"""Run history: each run's counts and timings, and what happened to each URL in it."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from harvester.catalogue.db import Database
from harvester.models import EventDetail, RunEvent, RunRecord, utcnow


class RunHistory:
    """The runs and run_events tables. Every write is its own transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def start_run(self, run_id: str, sources: list[str], started_at: datetime) -> None:
        with self._db.transaction() as db:
            db.execute(
                "INSERT INTO runs (run_id, started_at, status, sources) VALUES (?, ?, 'running', ?)",
                (run_id, started_at.isoformat(), json.dumps(sources)),
            )

    def finish_run(
        self,
        run_id: str,
        status: str,
        counts: dict[str, int],
        timings: dict[str, float],
        per_source: dict[str, dict[str, int]] | None = None,
    ) -> None:
        with self._db.transaction() as db:
            db.execute(
                "UPDATE runs SET finished_at = ?, status = ?, counts = ?, timings = ?, per_source = ? WHERE run_id = ?",
                (
                    utcnow().isoformat(),
                    status,
                    json.dumps(counts),
                    json.dumps(timings),
                    json.dumps(per_source or {}),
                    run_id,
                ),
            )

    def mark_interrupted_runs(self) -> int:
        """Runs still 'running' when a new run holds the lock were killed mid-way: say so."""
        with self._db.transaction() as db:
            cursor = db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        return cursor.rowcount

    def previous_run(self, run_id: str) -> RunRecord | None:
        """The finished run that started before `run_id`, for comparisons."""
        row = self._db.execute(
            "SELECT * FROM runs WHERE finished_at IS NOT NULL AND run_id != ? AND started_at < "
            "(SELECT started_at FROM runs WHERE run_id = ?) ORDER BY started_at DESC, rowid DESC LIMIT 1",
            (run_id, run_id),
        ).fetchone()
        return _run(row) if row else None

    def add_event(self, run_id: str, url: str, event: str, detail: EventDetail | None = None) -> None:
        with self._db.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO run_events (run_id, url, event, detail) VALUES (?, ?, ?, ?)",
                (run_id, url, event, json.dumps(detail or {})),
            )

    def events(self, run_id: str) -> list[RunEvent]:
        rows = self._db.execute("SELECT url, event, detail FROM run_events WHERE run_id = ? ORDER BY rowid", (run_id,))
        return [RunEvent(r["url"], r["event"], json.loads(r["detail"])) for r in rows]

    def run(self, run_id: str) -> RunRecord | None:
        row = self._db.execute("SELECT * FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        return _run(row) if row else None

    def runs(self, limit: int = 50) -> list[RunRecord]:
        rows = self._db.execute("SELECT * FROM runs ORDER BY started_at DESC, rowid DESC LIMIT ?", (limit,))
        return [_run(r) for r in rows]


def _run(row: sqlite3.Row) -> RunRecord:
    return RunRecord(
        run_id=row["run_id"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        status=row["status"],
        sources=json.loads(row["sources"]),
        counts=json.loads(row["counts"]),
        timings=json.loads(row["timings"]),
        per_source=json.loads(row["per_source"]) if "per_source" in row.keys() else {},  # noqa: SIM118
    )
