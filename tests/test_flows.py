"""The thin Prefect flow runs the library against Prefect's ephemeral API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import Site, make_settings, page, write_config

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
        # The embedded server starts in a subprocess; on a busy 2-core machine 20 s is not always enough.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
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


def test_serve_and_prefect_yaml_are_built_from_one_spec_field_by_field(tmp_path: Path) -> None:
    """`harvester serve` and `prefect deploy` register the same deployments: every field of every spec
    reaches both outputs with the same value (the work queue only prefect.yaml: serve has no pool)."""
    from dataclasses import fields

    from flows.deployments import WORK_POOL, DeploymentSpec, deployment_specs, prefect_yaml
    from prefect.events import DeploymentEventTrigger

    from harvester.config import settings_from_dict

    settings = settings_from_dict(
        {
            "sources": [
                {"name": "alpha", "start_urls": ["https://a.example/"]},
                {"name": "beta", "start_urls": ["https://b.example/"], "schedule": "30 2 * * 3"},
                {"name": "gamma", "start_urls": ["https://c.example/"]},
            ]
        },
        tmp_path,
    )
    config_path = "config/harvester.yaml"
    specs = deployment_specs(settings, config_path)
    runners = [spec.runner() for spec in specs]
    entries = prefect_yaml(settings, config_path)["deployments"]
    assert [s.name for s in specs] == [r.name for r in runners] == [e["name"] for e in entries]
    assert [s.name for s in specs] == ["harvest-alpha", "harvest-beta", "harvest-gamma", "index", "report"]

    compared = set()
    for spec, runner, entry in zip(specs, runners, entries, strict=True):
        compared.add("name")
        assert runner.name == entry["name"] == spec.name
        compared.add("flow")
        assert runner.flow_name == spec.flow.name
        compared.add("entrypoint")
        runner_file, runner_func = str(runner.entrypoint).rsplit(":", 1)
        entry_file, entry_func = entry["entrypoint"].rsplit(":", 1)
        assert (Path.cwd() / runner_file).resolve() == (ROOT / entry_file).resolve()
        assert runner_func == entry_func == spec.flow.fn.__name__
        compared.add("parameters")
        assert runner.parameters == entry["parameters"] == spec.parameters
        compared |= {"cron", "timezone"}
        served = [(s.schedule.cron, s.schedule.timezone, s.active) for s in runner.schedules or []]  # type: ignore[union-attr]
        assert served == [(s["cron"], s["timezone"], s["active"]) for s in entry["schedules"]]
        assert served == ([(spec.cron, "Europe/London", True)] if spec.cron else [])
        compared.add("concurrency")
        options = runner.concurrency_options
        assert (runner.concurrency_limit, options.collision_strategy.value if options else None) == (
            (entry["concurrency_limit"]["limit"], entry["concurrency_limit"]["collision_strategy"])
            if "concurrency_limit" in entry
            else (None, None)
        )
        compared.add("triggers")
        assert [t.model_dump(mode="json") for t in runner.triggers] == [
            DeploymentEventTrigger.model_validate(t).model_dump(mode="json") for t in entry["triggers"]
        ]
        compared.add("work_queue")
        assert entry["work_pool"] == {"name": WORK_POOL, "work_queue_name": spec.work_queue}
        assert runner.work_queue_name is None
        compared.add("tags")
        assert runner.tags == entry["tags"] == spec.tags
        compared.add("description")
        assert runner.description == entry["description"] == spec.description
    assert compared == {f.name for f in fields(DeploymentSpec)}, "a spec field is not compared"

    by_name = {e["name"]: e for e in entries}
    # One work queue per source; harvests staggered when the config sets no schedule; index queues.
    assert [by_name[f"harvest-{n}"]["work_pool"]["work_queue_name"] for n in ("alpha", "beta")] == [
        "harvest-alpha",
        "harvest-beta",
    ]
    assert [by_name[f"harvest-{n}"]["schedules"][0]["cron"] for n in ("alpha", "beta", "gamma")] == [
        "0 3 * * 1",
        "30 2 * * 3",
        "20 3 * * 1",
    ]
    assert by_name["index"]["concurrency_limit"] == {"limit": 1, "collision_strategy": "ENQUEUE"}
    assert [t["expect"] for t in by_name["report"]["triggers"]] == [["harvester.index.completed"]]


def test_one_concurrency_limit_per_data_dir(tmp_path: Path) -> None:
    from flows.harvest import limit_name

    from harvester.config import settings_from_dict

    def name(data_dir: str, base: Path) -> str:
        return limit_name(settings_from_dict({"data_dir": data_dir}, base))

    (tmp_path / "a").mkdir()
    assert name("data", tmp_path) == name(str(tmp_path / "data"), tmp_path / "a") == name("../data", tmp_path / "a")
    assert name("data", tmp_path) != name("other", tmp_path)
    assert name("data", tmp_path).startswith("harvester-") and len(name("data", tmp_path)) <= 30


def test_retries_only_where_a_retry_can_help() -> None:
    import httpx
    from flows.harvest import StageFailedError, retry_can_help

    from harvester.errors import (
        ConfigError,
        FetchError,
        FetchFailure,
        IndexUnavailableError,
        LockedError,
        StorageError,
    )

    def caused_by(outer: Exception, inner: Exception) -> Exception:
        outer.__cause__ = inner
        return outer

    retried = [
        LockedError("another harvester run is using data"),
        httpx.ConnectError("connection refused"),
        httpx.ReadTimeout("timed out"),
        ConnectionResetError("reset by peer"),
        TimeoutError(),
        FetchError("https://x.example/", "timed out", FetchFailure.TIMEOUT),
        caused_by(IndexUnavailableError("Qdrant at http://q:6333 unreachable"), httpx.ConnectError("refused")),
        caused_by(RuntimeError("prefect API call failed"), httpx.RemoteProtocolError("dropped")),
    ]
    never = [
        StorageError("cannot write data/catalogue.sqlite: No space left on device"),
        caused_by(StorageError("disk"), OSError(28, "No space left on device")),
        ConfigError("invalid configuration"),
        caused_by(ConfigError("bad"), TimeoutError()),  # the type decides, not what it wraps
        StageFailedError("harvest run r1 of ccin failed: ..."),
        IndexUnavailableError("Qdrant answered 401: bad API key"),
        FetchError("https://x.example/", "too large", FetchFailure.TOO_LARGE),
        ValueError("a bug"),
        OSError(30, "Read-only file system"),
    ]
    assert [retry_can_help(e) for e in retried] == [True] * len(retried)
    assert [retry_can_help(e) for e in never] == [False] * len(never)


def test_the_harvest_task_retries_only_where_a_retry_can_help(
    tmp_path: Path, sample_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tasks' retry_condition_fn, run by Prefect's engine: one attempt for a full disk or a bad
    config; a second attempt after a locked data_dir (a CLI run) or a dropped connection."""
    import flows.harvest as harvest_flows
    import httpx
    from prefect.testing.utilities import prefect_test_harness

    from harvester.errors import ConfigError, LockedError, StorageError

    assert harvest_flows.crawl_and_extract.retries >= 1 and harvest_flows.embed_and_index.retries >= 1
    assert harvest_flows.embed_and_index.retry_condition_fn is harvest_flows.retry_condition
    config = write_config(tmp_path / "harvester.yaml", sample_url)
    real_execute = harvest_flows.execute
    attempts: list[str] = []
    first_failure: list[Exception] = []

    def failing_once(*args: object, **kwargs: object) -> object:
        attempts.append("x")
        if len(attempts) == 1:
            raise first_failure[0]
        return real_execute(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(harvest_flows, "execute", failing_once)
    quick = harvest_flows.crawl_and_extract.with_options(retry_delay_seconds=0)
    monkeypatch.setattr(harvest_flows, "crawl_and_extract", quick)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    with prefect_test_harness(server_startup_timeout=120):  # a busy 2-core machine can take over 30 s
        for error in (StorageError("cannot write data/raw: No space left on device"), ConfigError("bad config")):
            attempts.clear()
            first_failure[:] = [error]
            with pytest.raises(type(error)):
                harvest_flows.harvest("sample", str(config))
            assert len(attempts) == 1, f"{type(error).__name__} was retried"
        expected_new = 15
        for error in (LockedError("another harvester run is using data: harvester run"), httpx.ConnectError("refused")):
            attempts.clear()
            first_failure[:] = [error]
            result = harvest_flows.harvest("sample", str(config))
            assert len(attempts) == 2, f"{type(error).__name__} was not retried"
            assert result["status"] == "completed" and result["counts"].get("new", 0) == expected_new
            expected_new = 0  # the second harvest finds the site unchanged


def test_a_second_job_on_one_data_dir_waits_for_the_slot(
    tmp_path: Path, sample_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the data_dir's slot is held, a harvest's task runs but its library call waits; released,
    it goes ahead (no LockedError, no retry)."""
    import threading
    import time

    import flows.harvest as harvest_flows
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterName
    from prefect.concurrency.sync import concurrency
    from prefect.testing.utilities import prefect_test_harness

    from harvester.config import load_settings

    config = write_config(tmp_path / "harvester.yaml", sample_url)
    name = harvest_flows.limit_name(load_settings(config))
    real_execute = harvest_flows.execute
    calls: list[float] = []

    def recorded(*args: object, **kwargs: object) -> object:
        calls.append(time.monotonic())
        return real_execute(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(harvest_flows, "execute", recorded)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    results: list[dict[str, object]] = []
    with prefect_test_harness(server_startup_timeout=120):  # a busy 2-core machine can take over 30 s
        harvest_flows.ensure_limit(name)
        with concurrency(name, occupy=1, strict=True):
            worker = threading.Thread(target=lambda: results.append(harvest_flows.harvest("sample", str(config))))
            worker.start()
            deadline = time.monotonic() + 120
            with get_client(sync_client=True) as client:
                while True:
                    runs = client.read_task_runs(
                        task_run_filter=TaskRunFilter(name=TaskRunFilterName(any_=["crawl-sample"]))
                    )
                    if any(r.state and r.state.is_running() for r in runs):
                        break
                    assert time.monotonic() < deadline, "the harvest task never started"
                    time.sleep(0.2)
            assert calls == [], "the harvest ran while the data_dir's slot was held"
            released = time.monotonic()
        worker.join(timeout=120)
    assert len(calls) == 1 and calls[0] >= released
    assert results and results[0]["status"] == "completed"


def test_the_report_artifacts_show_page_text_as_text(
    tmp_path: Path, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Prefect renders Markdown and HTML in artifacts: a page's title, a failure's reason and a URL
    reach both the report and the changes table inert (escaped, URLs in angle brackets or encoded)."""
    import re

    import flows.harvest as harvest_flows

    from harvester.pipeline import Workspace, execute
    from harvester.report import build_report

    hostile = "[click](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt; *x* | y"
    site.page("/", page(hostile, "<p>Lead Member: Oldham Council. A project page with enough words.</p>"))
    site.page("/broken", "<p>gone</p>", status=500)
    site.page("/list", page("List", "<p><a href='/'>home</a> <a href='/broken'>broken</a></p>"))
    ws = Workspace(make_settings(tmp_path / "data", site.url("/list")))
    state = execute(ws, None, crawl=True, index=False, command="test")
    content = build_report(ws.catalogue, state.run_id).model_dump()
    ws.close()
    assert any(c["title"] == hostile.replace("&lt;", "<").replace("&gt;", ">") for c in content["changes"])
    content["failures"].append({"url": "https://x.example/a<b>", "reason": "<script>alert(1)</script> **HTTP 500**"})

    published: dict[str, Any] = {}
    monkeypatch.setattr(harvest_flows, "load_report", lambda config_path, run_id: content)
    monkeypatch.setattr(harvest_flows, "create_markdown_artifact", lambda **kw: published.update(md=kw["markdown"]))
    monkeypatch.setattr(harvest_flows, "create_table_artifact", lambda **kw: published.update(table=kw["table"]))
    harvest_flows.report.fn(state.run_id, "test", None)

    markdown, rows = published["md"], published["table"]
    assert "[click](javascript" not in markdown and not re.search(r"(?<!\\)<(img|script)", markdown)
    cells = " ".join(row["title"] for row in rows)
    assert "[click](javascript" not in cells and "*x*" not in cells and "**HTTP" not in cells
    assert not re.search(r"(?<!\\)[<>|\[\]*`]", cells), cells  # every special character escaped
    assert "\\<script\\>alert(1)\\</script\\>" in cells
    assert all(re.fullmatch(r"[^\s<>\"`|]*", row["url"]) for row in rows)
    assert "https://x.example/a%3Cb%3E" in [row["url"] for row in rows]


def test_a_partial_harvest_ends_in_a_completed_state_named_partial(
    tmp_path: Path, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run's status reaches Prefect: a host skipped whole (robots.txt unavailable) makes the flow
    run Completed/"Partial" with a message saying why, its result the same summary."""
    import flows.harvest as harvest_flows
    from prefect.states import StateType
    from prefect.testing.utilities import prefect_test_harness

    site.page("/", page("Home", "<p>Index of projects for the network and its members.</p>"))
    site.raw("/robots.txt", b"down for maintenance", status=503)
    config = write_config(tmp_path / "harvester.yaml", site.url("/"))
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    with prefect_test_harness(server_startup_timeout=120):  # a busy 2-core machine can take over 30 s
        state = harvest_flows.harvest("sample", str(config), return_state=True)
        result = state.result()
    assert (state.type, state.name) == (StateType.COMPLETED, "Partial")
    assert state.message is not None and "hosts skipped whole: 1" in state.message
    assert result["status"] == "partial" and result["counts"]["hosts_unavailable"] == 1
