"""A data_dir that cannot be written (disk full, read-only): a clear error, nothing half-written
left behind as truth, and the next run on a healthy disk completes."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from harvester import store
from harvester.errors import StorageError
from harvester.pipeline import Workspace, execute

from ..conftest import make_settings


def test_a_full_disk_stops_the_run_cleanly_and_the_next_run_recovers(
    tmp_path: Path, sample_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    ws = Workspace(make_settings(tmp_path / "data", sample_url))
    monkeypatch.setattr(store.os, "fsync", disk_full)
    with pytest.raises(StorageError, match="No space left on device"):
        execute(ws, None, crawl=True, index=True, command="faults")
    monkeypatch.undo()

    data = tmp_path / "data"
    leftovers = [p for p in data.rglob(".*") if p.is_file() and p.name not in (".run.lock",)]
    assert leftovers == []  # no temporary files, no half-written bodies or reports
    assert ws.catalogue.documents("live") == []  # nothing recorded without its raw body
    assert ws.catalogue.history.runs()[0].status == "failed"

    recovered = execute(ws, None, crawl=True, index=True, command="faults")
    assert recovered.status == "completed" and recovered.counts["new"] == 15
    ws.close()


def test_an_unwritable_catalogue_is_a_storage_error_not_a_traceback(tmp_path: Path, sample_url: str) -> None:
    ws = Workspace(make_settings(tmp_path / "data", sample_url))
    ws.catalogue._db.connection.execute("PRAGMA query_only = ON")  # as a read-only file system would behave
    with pytest.raises(StorageError, match=r"catalogue .* cannot be written"):
        execute(ws, None, crawl=True, index=True, command="faults")
    ws.catalogue._db.connection.execute("PRAGMA query_only = OFF")
    ws.close()
