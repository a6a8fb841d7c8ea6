"""The thin Prefect flow runs the library against Prefect's ephemeral API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

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


def test_a_flaky_harvest_task_is_retried(tmp_path: Path, sample_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import flows.harvest as harvest_flows
    from prefect.testing.utilities import prefect_test_harness

    from harvester.errors import LockedError

    config = write_config(tmp_path / "harvester.yaml", sample_url)
    real_execute = harvest_flows.execute
    attempts: list[int] = []

    def flaky_execute(*args: object, **kwargs: object) -> object:
        attempts.append(1)
        if len(attempts) == 1:
            raise LockedError("another harvester run is using the data dir (a transient clash)")
        return real_execute(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(harvest_flows, "execute", flaky_execute)
    assert harvest_flows.crawl_and_extract.retries >= 1
    quick = harvest_flows.crawl_and_extract.with_options(retry_delay_seconds=0)
    monkeypatch.setattr(harvest_flows, "crawl_and_extract", quick)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    with prefect_test_harness():
        result = harvest_flows.harvest("sample", str(config))
    assert len(attempts) == 2
    assert result["status"] == "completed" and result["counts"]["new"] == 15


def test_prefect_yaml_is_generated_from_the_config_and_in_sync() -> None:
    from flows.deployments import prefect_yaml

    from harvester.config import load_settings

    settings = load_settings(ROOT / "config" / "harvester.yaml")
    generated = prefect_yaml(settings, "config/harvester.yaml")
    committed = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    regenerate = "python flows/deployments.py --config config/harvester.yaml --write prefect.yaml"
    assert committed == generated, f"prefect.yaml is stale; run: {regenerate}"
    harvests = [d for d in committed["deployments"] if d["name"].startswith("harvest-")]
    assert [(d["parameters"]["source"], d["schedules"][0]["cron"]) for d in harvests] == [
        (s.name, s.schedule) for s in settings.sources
    ]
    assert all(d["concurrency_limit"]["limit"] == 1 for d in harvests)
    triggers = {d["name"]: d.get("triggers", []) for d in committed["deployments"]}
    assert triggers["index"][0]["expect"] == ["harvester.harvest.completed"]
    assert triggers["report"][0]["expect"] == ["harvester.index.completed"]
