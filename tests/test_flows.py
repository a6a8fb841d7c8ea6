"""The thin Prefect flow runs the library against Prefect's ephemeral API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import write_config

pytestmark = pytest.mark.prefect
ROOT = Path(__file__).resolve().parents[1]


def test_harvest_and_index_flow_runs_on_the_ephemeral_api(tmp_path: Path, sample_url: str) -> None:
    config = write_config(tmp_path / "harvester.yaml", sample_url)
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_API_URL": "",
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "flows" / "harvest.py"), "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Flow run" in result.stderr + result.stdout and "Completed" in result.stderr + result.stdout
    reports = list((tmp_path / "data" / "reports").glob("*.json"))
    assert len(reports) == 1
    report = json.loads(reports[0].read_text())
    assert report["status"] == "completed" and report["counts"]["new"] == 15
