"""`harvester run` killed with SIGKILL at different points: the next run completes, the index holds
exactly one copy of every live chunk, no document is lost and the catalogue is consistent."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from harvester.config import load_settings
from harvester.index import point_id
from harvester.pipeline import Workspace

from ..conftest import Site, page, write_config

PAGES = 60


def build(site: Site, version: int) -> None:
    rng = random.Random(version)
    words = ["council", "residents", "co-operative", "energy", "food", "housing", "care", "youth", "partners", "budget"]
    site.page(
        "/", page("Projects", "<p>All projects.</p>" + "".join(f'<a href="/p/{i}">{i}</a> ' for i in range(PAGES)))
    )
    for i in range(PAGES):
        text = " ".join(rng.choice(words) for _ in range(150 + 40 * (i % 5)))
        site.page(
            f"/p/{i}", page(f"Project {i}", f"<p>Lead Member: Oldham Council</p><p>{text}. Version {version}.</p>")
        )


def kill_after(config: Path, seconds: float) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "harvester.cli", "--config", str(config), "run"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(seconds)  # the fault injected: where in the run the kill lands
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def test_runs_killed_at_random_points_lose_nothing(tmp_path: Path, site: Site) -> None:
    config = write_config(tmp_path / "harvester.yaml", site.url("/"))
    rng = random.Random(20261123)
    for version in range(4):
        build(site, version)  # each round changes every page: new chunks to upsert, stale ones to delete
        kill_after(config, rng.uniform(0.8, 3.0))
    build(site, 99)
    final = subprocess.run(
        [sys.executable, "-m", "harvester.cli", "--config", str(config), "run"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert final.returncode == 0, final.stderr

    ws = Workspace(load_settings(config))
    live = ws.catalogue.documents("live")
    assert len(live) == PAGES + 1  # every page, none lost
    assert all("Version 99" in s.document.text for s in live if s.document and s.url.rsplit("/", 2)[-2] == "p")
    assert ws.catalogue.pending_index() == ([], [])  # nothing left half-done
    expected = {point_id(s.url, i) for s in live for i in range(s.chunk_count)}
    assert ws.index.point_ids() == expected  # exactly one copy of every live chunk
    statuses = {run.status for run in ws.catalogue.history.runs()}
    assert "running" not in statuses and statuses <= {"completed", "partial", "interrupted"}
    ws.close()
