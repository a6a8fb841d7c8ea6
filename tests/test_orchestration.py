"""The event-driven deployments on a real Prefect server: harvest → events → index → report artifacts.

Starts `prefect server start` and `flows/serve.py` on 127.0.0.1, runs the harvest deployment of the
fixture site, and follows the chain through the server's API.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import write_config

pytestmark = pytest.mark.prefect
ROOT = Path(__file__).resolve().parents[1]
PREFECT = str(Path(sys.executable).parent / "prefect")
SCHEDULE = "15 4 * * 2"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prefect_env(home: Path, api_url: str | None = None) -> dict[str, str]:
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def wait_for(check: Callable[[], Any], what: str, timeout_s: float = 180) -> Any:
    """Poll until `check` returns something truthy (a condition on a live server, not a sleep)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("prefect-server")
    port = free_port()
    server = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=prefect_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    api = f"http://127.0.0.1:{port}/api"

    def healthy() -> bool:
        try:
            return httpx.get(f"{api}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        wait_for(healthy, "the Prefect server", timeout_s=120)
        yield api
    finally:
        server.terminate()
        server.wait(timeout=30)


class Api:
    def __init__(self, url: str) -> None:
        self.client = httpx.Client(base_url=url, timeout=10)

    def post(self, path: str, body: dict[str, Any]) -> Any:
        """POST, riding out the 503s a SQLite-backed Prefect server answers while its database is busy."""
        for _ in range(20):
            response = self.client.post(path, json=body)
            if response.status_code != 503:
                break
            time.sleep(0.5)
        response.raise_for_status()
        return response.json()

    def deployments(self) -> dict[str, dict[str, Any]]:
        return {d["name"]: d for d in self.post("/deployments/filter", {})}

    def flow_runs(self, deployment_id: str) -> list[dict[str, Any]]:
        body = {"flow_runs": {"deployment_id": {"any_": [deployment_id]}}}
        return list(self.post("/flow_runs/filter", body))

    def events(self, since: datetime) -> list[dict[str, Any]]:
        body = {"filter": {"event": {"prefix": ["harvester."]}, "occurred": {"since": since.isoformat()}}, "limit": 50}
        return list(self.post("/events/filter", body)["events"])

    def artifacts(self, key: str) -> list[dict[str, Any]]:
        return list(self.post("/artifacts/filter", {"artifacts": {"key": {"any_": [key]}}}))


def completed_run(api: Api, deployment_id: str, where: Callable[[dict[str, Any]], bool] = lambda run: True) -> Any:
    def find() -> dict[str, Any] | None:
        for run in api.flow_runs(deployment_id):
            state = run.get("state") or {}
            if state.get("type") in ("FAILED", "CRASHED"):
                raise AssertionError(f"flow run {run['name']} ended {state.get('type')}: {state.get('message')}")
            if state.get("type") == "COMPLETED" and where(run):
                return run
        return None

    return find


def test_harvest_events_trigger_index_and_report(tmp_path: Path, sample_url: str, prefect_api: str) -> None:
    config = write_config(tmp_path / "harvester.yaml", sample_url)
    config.write_text(
        config.read_text().replace(
            "    allow_private_addresses: true\n", f'    allow_private_addresses: true\n    schedule: "{SCHEDULE}"\n'
        )
    )
    served = subprocess.Popen(
        [sys.executable, str(ROOT / "flows" / "serve.py"), "--config", str(config)],
        env=prefect_env(tmp_path / "prefect-client", prefect_api),
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    api = Api(prefect_api)
    try:
        deployments = wait_for(
            lambda: (d := api.deployments()) and {"harvest-sample", "index", "report"} <= set(d) and d, "deployments"
        )
        harvest = deployments["harvest-sample"]
        assert [s["schedule"]["cron"] for s in harvest["schedules"]] == [SCHEDULE]  # the config's schedule

        started = datetime.now().astimezone()
        api.post(f"/deployments/{harvest['id']}/create_flow_run", {})
        harvest_run = wait_for(completed_run(api, harvest["id"]), "the harvest run")
        run_id = _last_run_id(tmp_path / "data")

        index_run = wait_for(
            completed_run(api, deployments["index"]["id"], lambda run: run["parameters"].get("run_id") == run_id),
            "the index run the harvest event triggered",
        )
        assert index_run["parameters"]["source"] == "sample"
        wait_for(
            completed_run(api, deployments["report"]["id"], lambda run: run["parameters"].get("run_id") == run_id),
            "the report run",
        )

        # The server persists events in batches, a moment after triggers have acted on them.
        wanted = {"harvester.harvest.completed", "harvester.index.completed"}
        events = wait_for(
            lambda: (found := api.events(started)) and wanted <= {e["event"] for e in found} and found,
            "the completed events in the event store",
        )
        names = [e["event"] for e in events]
        assert names.count("harvester.document.new") == 15
        assert "harvester.harvest.completed" in names and "harvester.index.completed" in names
        completed = next(e for e in events if e["event"] == "harvester.harvest.completed")
        assert (
            completed["payload"]["run_id"] == run_id
            and completed["resource"]["prefect.resource.id"] == "harvester.source.sample"
        )

        report = api.artifacts("harvester-sample-report")
        changes = api.artifacts("harvester-sample-changes")
        assert report and run_id in report[0]["data"]
        assert (
            changes
            and len(changes[0]["data"] if isinstance(changes[0]["data"], list) else json.loads(changes[0]["data"]))
            == 15
        )

        gap = datetime.fromisoformat(index_run["start_time"]) - datetime.fromisoformat(harvest_run["end_time"])
        print(f"harvest end → index start: {gap.total_seconds():.1f} s")
        assert gap.total_seconds() < 30  # docs/benchmarks.md records the typical figure
    finally:
        served.terminate()
        try:
            served.wait(timeout=30)
        except subprocess.TimeoutExpired:
            served.kill()


def _last_run_id(data_dir: Path) -> str:
    from harvester.catalogue import Catalogue

    catalogue = Catalogue(data_dir / "catalogue.sqlite")
    try:
        return catalogue.history.runs(limit=1)[0].run_id
    finally:
        catalogue.close()
