"""Copy an index into another (the embedded shards to a Qdrant server): batched, resumable.

After each batch the scroll offset is saved in a small cursor file, so a copy that stops (a network
failure, Ctrl-C) resumes where it was; points are upserted by ID, so a batch copied twice is harmless.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from harvester.index import UPSERT_BATCH, VectorIndex
from harvester.store import atomic_write

Progress = Callable[[int, int], None]


@dataclass
class CopyCursor:
    """How far a copy to `target` got: collections finished, and the next offset in the current one."""

    target: str
    collection: str | None = None
    offset: str | None = None
    done: int = 0
    finished: list[str] = field(default_factory=list)


def copy_index(
    source: VectorIndex, target: VectorIndex, cursor_path: Path, progress: Progress | None = None, batch: int = 0
) -> int:
    """Copy every point of `source` into `target`; returns the points copied by this call.

    `progress(done, total)` is called after each batch (done counts batches of earlier attempts too).
    """
    target.ensure_collections()
    cursor = _load(cursor_path, target.location)
    pairs = ((source.collection, target.collection), (source.docs_collection, target.docs_collection))
    total = sum(source.count_in(name) for name, _ in pairs)
    copied = 0
    for name, target_name in pairs:
        if name in cursor.finished:
            continue
        offset = cursor.offset if cursor.collection == name else None
        while True:
            points, offset = source.page(name, offset, batch or UPSERT_BATCH)
            target.upsert_points(target_name, points)
            copied += len(points)
            cursor.collection, cursor.offset, cursor.done = name, offset, cursor.done + len(points)
            _save(cursor_path, cursor)
            if progress is not None:
                progress(min(cursor.done, total), total)
            if offset is None:
                break
        cursor.finished.append(name)
        _save(cursor_path, cursor)
    cursor_path.unlink(missing_ok=True)
    return copied


def _load(path: Path, target: str) -> CopyCursor:
    """The saved cursor for this target, or a fresh one (a cursor for another target is ignored)."""
    try:
        saved = CopyCursor(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return CopyCursor(target)
    return saved if saved.target == target else CopyCursor(target)


def _save(path: Path, cursor: CopyCursor) -> None:
    atomic_write(path, json.dumps(asdict(cursor)).encode("utf-8"))
