"""The corrections log: every change staff made to a document's field, and every undo. Rows are never
deleted: an undone correction keeps its row, so a document's history is whole."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from harvester.catalogue.db import Database
from harvester.models import Correction, utcnow


class CorrectionLog:
    """The corrections table. Every write is its own transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self, url: str, field: str, value: Any, *, was: Any, extracted: Any, reason: str, by: str, origin: str
    ) -> Correction:
        """Record a correction; it supersedes the field's active one (which an undo brings back)."""
        with self._db.transaction() as db:
            cursor = db.execute(
                "INSERT INTO corrections (url, field, value, was, extracted, reason, by, origin, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, field, _json(value), _json(was), _json(extracted), reason, by, origin, utcnow().isoformat()),
            )
            row = db.execute("SELECT * FROM corrections WHERE id = ?", (cursor.lastrowid,)).fetchone()
        return _correction(row)

    def undo(self, correction_id: int, *, by: str, origin: str) -> Correction:
        """Mark a correction undone; returns it (KeyError: no such correction; ValueError: undone already)."""
        with self._db.transaction() as db:
            row = db.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
            if row is None:
                raise KeyError(correction_id)
            if row["undone_at"] is not None:
                raise ValueError(f"correction {correction_id} was undone at {row['undone_at']}")
            db.execute(
                "UPDATE corrections SET undone_at = ?, undone_by = ?, undone_origin = ? WHERE id = ?",
                (utcnow().isoformat(), by, origin, correction_id),
            )
            row = db.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
        return _correction(row)

    def get(self, correction_id: int) -> Correction | None:
        row = self._db.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
        return _correction(row) if row else None

    def active(self, url: str) -> list[Correction]:
        """The corrections in force on a document: the latest not undone of each field, in field order."""
        rows = self._db.execute(
            "SELECT * FROM corrections WHERE url = ? AND undone_at IS NULL ORDER BY field, id", (url,)
        ).fetchall()
        latest = {row["field"]: row for row in rows}
        return [_correction(row) for row in latest.values()]

    def corrected_urls(self) -> set[str]:
        """Every URL with a correction in force."""
        return {row["url"] for row in self._db.execute("SELECT DISTINCT url FROM corrections WHERE undone_at IS NULL")}

    def history(self, url: str | None = None, since: str | None = None) -> list[Correction]:
        """Corrections and undos, oldest first: of one document, or of all; made (or undone) after `since`."""
        query, params = "SELECT * FROM corrections WHERE 1 = 1", []
        if url is not None:
            query += " AND url = ?"
            params.append(url)
        if since is not None:
            query += " AND (at > ? OR undone_at > ?)"
            params += [since, since]
        return [_correction(row) for row in self._db.execute(query + " ORDER BY id", params)]

    def version(self) -> str:
        """Changes whenever a correction is made or undone (for caches of what corrections touch)."""
        query = "SELECT COUNT(*) AS n, MAX(id) AS last, MAX(undone_at) AS undone FROM corrections"
        row = self._db.execute(query).fetchone()
        return f"{row['n']}:{row['last']}:{row['undone']}"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _correction(row: sqlite3.Row) -> Correction:
    return Correction(
        id=row["id"],
        url=row["url"],
        field=row["field"],
        value=json.loads(row["value"]) if row["value"] is not None else None,
        was=json.loads(row["was"]) if row["was"] is not None else None,
        extracted=json.loads(row["extracted"]) if row["extracted"] is not None else None,
        reason=row["reason"],
        by=row["by"],
        origin=row["origin"],
        at=row["at"],
        undone_at=row["undone_at"],
        undone_by=row["undone_by"],
        undone_origin=row["undone_origin"],
    )
