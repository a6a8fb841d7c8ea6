"""The operator's server path, run for real (`make test-ops`; docs/operations.md walks the same steps).

PostgreSQL in a temporary directory → `prefect server start` on it with an auth string →
`harvester deploy` (concurrency limit, process work pool, `prefect deploy --all` from a prefect.yaml
generated for a test config) → `prefect worker start --pool harvester-process` → a harvest started
with `prefect deployment run`, followed through index and report to the artifacts. Then two sources
started at the same moment (one waits its turn), an index started while a harvest runs (it waits),
and nothing failed or retried. The sources are the bundled sample site, served twice on 127.0.0.1
behind a gate the test can close: a harvest that reaches a closed gate holds the data_dir's slot
until the test opens it, so every "is it waiting?" question is asked while the answer cannot change.

Nothing is installed here (.ci/run installs postgresql-15); everything started is stopped at the end,
whatever happened. Every wait polls a real condition with a deadline.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from harvester.demo import SampleSiteHandler, sample_site_dir

pytestmark = [pytest.mark.ops, pytest.mark.prefect, pytest.mark.timeout(300)]

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PREFECT = str(BIN / "prefect")
HARVESTER = str(BIN / "harvester")
SOURCES = ("alpha", "beta")
DOCUMENTS_PER_SITE = 15  # what the bundled sample site yields (tests/test_flows.py counts the same)
FAR_AWAY = {"alpha": "0 3 1 1 *", "beta": "5 3 1 1 *"}  # cron never due while the test runs (1 Jan)
TERMINAL_BAD = {"FAILED", "CRASHED", "CANCELLED"}


# --- processes and waiting --------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(check: Callable[[], Any], what: str, timeout_s: float = 90, every_s: float = 0.25) -> Any:
    """Poll `check` until it returns something truthy; fail with `what` at the deadline."""
    deadline = time.monotonic() + timeout_s
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(every_s)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "HARVESTER_"))}
    env.update(
        {
            "PREFECT_HOME": str(home),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
            "PREFECT_UI_ENABLED": "false",
            "HF_HUB_OFFLINE": "1",
            "TOKENIZERS_PARALLELISM": "false",
        }
    )
    env.update(extra)
    return env


@dataclass
class Process:
    """A process started in its own session, so stopping it stops everything it started."""

    name: str
    popen: subprocess.Popen[bytes]
    log: Path

    def alive(self) -> bool:
        return self.popen.poll() is None

    def tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self, grace_s: float = 20) -> None:
        if self.popen.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout=grace_s)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(timeout=10)
        # Children that outlived their leader (flow-run processes of the worker) share its group.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.popen.pid, signal.SIGKILL)


def start(name: str, command: list[str], env: dict[str, str], logs: Path, cwd: Path = ROOT) -> Process:
    log = logs / f"{name}.log"
    handle = log.open("ab")
    popen = subprocess.Popen(command, env=env, cwd=cwd, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)
    handle.close()
    return Process(name, popen, log)


# --- PostgreSQL in a temporary directory ------------------------------------------------------


def postgres_bin() -> Path:
    for candidate in [os.environ.get("HARVESTER_PG_BIN", ""), "/usr/lib/postgresql/15/bin"]:
        if candidate and (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    pytest.fail("PostgreSQL not found: apt-get install -y postgresql-15 (.ci/run installs it)")


@contextlib.contextmanager
def postgres() -> Iterator[str]:
    """initdb + pg_ctl on a free port of 127.0.0.1, as the postgres user when running as root; yields
    the SQLAlchemy URL Prefect connects with (asyncpg driver)."""
    bindir = postgres_bin()
    root_user = os.geteuid() == 0
    base = Path(tempfile.mkdtemp(prefix="harvester-ops-pg-"))
    as_owner: list[str] = ["runuser", "-u", "postgres", "--"] if root_user else []
    if root_user:
        shutil.chown(base, "postgres", "postgres")
    password = secrets.token_urlsafe(16)
    pwfile = base / "pw"
    pwfile.write_text(password + "\n")
    if root_user:
        shutil.chown(pwfile, "postgres", "postgres")
    data = base / "data"

    def run(*args: str) -> None:
        done = subprocess.run([*as_owner, *args], capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            raise AssertionError(f"{' '.join(args[:2])} failed: {done.stdout[-1500:]}{done.stderr[-1500:]}")

    started = False
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "prefect", f"--pwfile={pwfile}", "--auth=scram-sha-256")
        for _ in range(3):  # a free port can be taken between choosing it and binding it
            port = free_port()
            options = f"-h 127.0.0.1 -p {port} -k {base} -c fsync=off -c synchronous_commit=off"
            try:
                run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-o", options, "-w", "start")
            except AssertionError:
                continue
            started = True
            break
        if not started:
            raise AssertionError(f"PostgreSQL did not start: {(base / 'log').read_text(errors='replace')[-2000:]}")
        env = {**os.environ, "PGPASSWORD": password}
        subprocess.run(
            [str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "prefect", "prefect"],
            env=env,
            check=True,
            capture_output=True,
            timeout=60,
        )
        yield f"postgresql+asyncpg://prefect:{password}@127.0.0.1:{port}/prefect"
    finally:
        if started:
            with contextlib.suppress(AssertionError, subprocess.TimeoutExpired):
                run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


# --- the sources: the sample site behind a gate ----------------------------------------------


@dataclass
class GatedSite:
    """The sample site on 127.0.0.1. While the gate is shut, a request for the home page (the start
    URL) is held: the harvest that made it keeps the data_dir's slot until the test opens the gate."""

    base: str = ""
    gate: threading.Event = field(default_factory=threading.Event)
    holding: threading.Event = field(default_factory=threading.Event)
    requests: list[tuple[str, float]] = field(default_factory=list)

    def shut(self) -> None:
        self.holding.clear()
        self.gate.clear()

    def open(self) -> None:
        self.gate.set()


@contextlib.contextmanager
def gated_site() -> Iterator[GatedSite]:
    site = GatedSite()
    site.open()

    class Handler(SampleSiteHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            site.requests.append((self.path, time.monotonic()))
            if self.path.split("?", 1)[0] == "/" and not site.gate.is_set():
                site.holding.set()
                site.gate.wait(timeout=240)
            super().do_GET()

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(sample_site_dir())))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.open()  # release anything still held before shutting down
        server.shutdown()
        server.server_close()


# --- the Prefect API, as the test reads it ----------------------------------------------------


class Api:
    def __init__(self, url: str, auth: str) -> None:
        user, _, password = auth.partition(":")
        self.url = url
        self.client = httpx.Client(base_url=url, timeout=15, auth=(user, password))

    def get(self, path: str) -> Any:
        response = self.client.get(path)
        response.raise_for_status()
        return response.json()

    def post(self, path: str, body: dict[str, Any]) -> Any:
        response = self.client.post(path, json=body)
        response.raise_for_status()
        return response.json() if response.content else None

    def deployments(self) -> dict[str, dict[str, Any]]:
        return {d["name"]: d for d in self.post("/deployments/filter", {})}

    def flow_run(self, run_id: str) -> dict[str, Any]:
        return dict(self.get(f"/flow_runs/{run_id}"))

    def flow_runs(self, deployment_id: str | None = None) -> list[dict[str, Any]]:
        body: dict[str, Any] = {"sort": "EXPECTED_START_TIME_ASC"}
        if deployment_id:
            body["flow_runs"] = {"deployment_id": {"any_": [deployment_id]}}
        return list(self.post("/flow_runs/filter", body))

    def task_runs(self, flow_run_id: str) -> list[dict[str, Any]]:
        return list(self.post("/task_runs/filter", {"flow_runs": {"id": {"any_": [flow_run_id]}}}))

    def event_payload(self, name: str, flow_run_id: str) -> dict[str, Any] | None:
        body = {
            "filter": {
                "event": {"name": [name]},
                "related": {"id": [f"prefect.flow-run.{flow_run_id}"]},
                "occurred": {"since": "2000-01-01T00:00:00Z"},
            },
            "limit": 5,
        }
        events = self.post("/events/filter", body)["events"]
        return dict(events[0]["payload"]) if events else None

    def artifacts(self, key: str) -> list[dict[str, Any]]:
        body = {"artifacts": {"key": {"any_": [key]}}, "sort": "CREATED_DESC"}
        return list(self.post("/artifacts/filter", body))


def state_of(run: dict[str, Any]) -> str:
    return str((run.get("state") or {}).get("type") or "")


def when(value: str | None) -> datetime:
    assert value, "a time the server has not recorded yet"
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


# --- the stack --------------------------------------------------------------------------------


@dataclass
class Stack:
    api: Api
    api_url: str
    auth: str
    client_env: dict[str, str]
    config: Path
    sites: dict[str, GatedSite]
    logs: Path
    processes: list[Process]
    deploy_output: str

    def note(self, line: str) -> None:
        print(line, flush=True)

    def diagnostics(self) -> str:
        return "\n".join(f"--- {p.name} (last lines of {p.log})\n{p.tail()}" for p in self.processes)

    def wait_run(
        self,
        deployment: str,
        where: Callable[[dict[str, Any]], bool] = lambda run: True,
        what: str = "",
        timeout_s: float = 120,
    ) -> dict[str, Any]:
        """The first run of `deployment` matching `where`, once it is Completed; fails as soon as it fails."""
        deployment_id = self.api.deployments()[deployment]["id"]

        def completed() -> dict[str, Any] | None:
            for run in self.api.flow_runs(deployment_id):
                if not where(run):
                    continue
                if state_of(run) in TERMINAL_BAD:
                    message = (run.get("state") or {}).get("message")
                    raise AssertionError(f"{deployment} run {run['id']} ended {state_of(run)}: {message}")
                if state_of(run) == "COMPLETED":
                    return run
            for process in self.processes:
                assert process.alive(), f"{process.name} exited:\n{process.tail()}"
            return None

        return dict(wait_for(completed, what or f"a completed {deployment} run", timeout_s))

    def wait_task_running(self, flow_run_id: str, prefix: str) -> dict[str, Any]:
        def running() -> dict[str, Any] | None:
            for task in self.api.task_runs(flow_run_id):
                if task["name"].startswith(prefix) and state_of(task) == "RUNNING":
                    return task
            return None

        return dict(wait_for(running, f"the {prefix}… task of flow run {flow_run_id} to be running"))

    def follow_chain(self, harvest_run: dict[str, Any], label: str) -> dict[str, Any]:
        """harvest → (event) → index → (event) → report for one harvest flow run; the runs and timings."""
        harvest = self.wait_run(
            "harvest-" + harvest_run["parameters"]["source"], lambda r: r["id"] == harvest_run["id"]
        )
        payload = wait_for(
            lambda: self.api.event_payload("harvester.harvest.completed", harvest["id"]),
            f"the harvester.harvest.completed event of flow run {harvest['id']}",
        )
        run_id = payload["run_id"]
        index = self.wait_run("index", lambda r: r["parameters"].get("run_id") == run_id, f"the index run of {run_id}")
        # The index emits its event before it ends, so the report run may be created before the index's
        # end time is recorded: "after the index started" tells it from earlier reports of the run.
        report = self.wait_run(
            "report",
            lambda r: r["parameters"].get("run_id") == run_id and when(r["created"]) > when(index["start_time"]),
            f"the report run of {run_id}",
        )
        chain = {"run_id": run_id, "harvest": harvest, "index": index, "report": report, "payload": payload}
        self.note(timings(label, chain))
        return chain


def hms(value: str | None) -> str:
    return when(value).strftime("%H:%M:%S.%f")[:-3]


def timings(label: str, chain: dict[str, Any]) -> str:
    h, i, r = chain["harvest"], chain["index"], chain["report"]
    lines = [f"[{label}] harvester run {chain['run_id']}"]
    for name, run in (("harvest", h), ("index", i), ("report", r)):
        lines.append(
            f"  {name:7} flow run {run['id']} ({run['name']}): created {hms(run['created'])}, "
            f"ran {hms(run['start_time'])} → {hms(run['end_time'])} ({run['total_run_time']:.1f} s)"
        )
    gap_index = (when(i["start_time"]) - when(h["end_time"])).total_seconds()
    gap_report = (when(r["start_time"]) - when(i["end_time"])).total_seconds()
    total = (when(r["end_time"]) - when(h["start_time"])).total_seconds()
    lines.append(f"  harvest end → index start {gap_index:.1f} s; index end → report start {gap_report:.1f} s")
    lines.append(f"  harvest start → report end {total:.1f} s")
    return "\n".join(lines)


def write_config(path: Path, sites: dict[str, GatedSite]) -> Path:
    sources = "".join(
        f"""  - name: {name}
    start_urls: ["{site.base}"]
    include: ['^{re.escape(site.base)}']
    allow_private_addresses: true
    schedule: "{FAR_AWAY[name]}"
"""
        for name, site in sites.items()
    )
    path.write_text(
        f"""data_dir: data
sources:
{sources}crawl: {{delay_s: 0, timeout_s: 120, response_deadline_s: 180}}
embed: {{model: hashing}}
""",
        encoding="utf-8",
    )
    return path


def start_server(env: dict[str, str], logs: Path) -> tuple[Process, str]:
    """`prefect server start` on a free port; returns once it answers /health or has exited."""
    port = free_port()
    server = start(
        "prefect-server", [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)], env, logs
    )
    api_url = f"http://127.0.0.1:{port}/api"

    def answered() -> bool:
        if not server.alive():
            return True
        try:
            return httpx.get(f"{api_url}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        wait_for(answered, "the Prefect server to answer /health", timeout_s=150, every_s=0.5)
    except AssertionError:
        server.stop()
        raise AssertionError(f"the Prefect server did not answer:\n{server.tail()}") from None
    return server, api_url


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Stack]:
    from flows.deployments import render_prefect_yaml

    from harvester.config import load_settings

    began = time.monotonic()
    failures_before = request.session.testsfailed
    work = tmp_path_factory.mktemp("ops")
    logs = work / "logs"
    logs.mkdir()
    auth = f"harvester:{secrets.token_urlsafe(18)}"
    processes: list[Process] = []
    with contextlib.ExitStack() as cleanup:
        sites = {name: cleanup.enter_context(gated_site()) for name in SOURCES}
        database_url = cleanup.enter_context(postgres())
        print(f"\nPostgreSQL up after {time.monotonic() - began:.1f} s", flush=True)

        # 1. The server, on PostgreSQL, refusing requests without the auth string.
        server_env = clean_env(
            work / "server-home",
            PREFECT_API_DATABASE_CONNECTION_URL=database_url,
            PREFECT_SERVER_API_AUTH_STRING=auth,
            PREFECT_LOGGING_LEVEL="WARNING",
        )
        for _attempt in range(3):  # a free port can be taken between choosing and binding it
            server, api_url = start_server(server_env, logs)
            processes.append(server)
            cleanup.callback(server.stop)
            if server.alive():
                break
        else:
            raise AssertionError(f"the Prefect server did not start:\n{processes[-1].tail()}")
        print(f"Prefect server on PostgreSQL up after {time.monotonic() - began:.1f} s at {api_url}", flush=True)

        # 2. Deploy: a prefect.yaml for the test config, registered by `harvester deploy`.
        config = write_config(work / "harvester.yaml", sites)
        settings = load_settings(config)
        prefect_file = work / "prefect.yaml"
        prefect_file.write_text(render_prefect_yaml(settings, str(config), directory=str(ROOT)), encoding="utf-8")
        client_env = clean_env(
            work / "client-home",
            PREFECT_API_URL=api_url,
            PREFECT_API_AUTH_STRING=auth,
            PREFECT_WORKER_QUERY_SECONDS="1",
        )
        deployed = subprocess.run(
            [HARVESTER, "--config", str(config), "deploy", "--prefect-file", str(prefect_file)],
            env=client_env,
            cwd=work,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert deployed.returncode == 0, (
            f"harvester deploy failed:\n{deployed.stdout[-3000:]}\n{deployed.stderr[-3000:]}"
        )
        print(f"deployed after {time.monotonic() - began:.1f} s", flush=True)

        # 3. The worker on the process pool.
        worker = start(
            "worker",
            [PREFECT, "worker", "start", "--pool", "harvester-process", "--type", "process"],
            {**client_env, "PREFECT_LOGGING_LEVEL": "INFO"},
            logs,
            cwd=work,
        )
        processes.append(worker)
        cleanup.callback(worker.stop)  # registered last: stopped first, its flow runs with it

        built = Stack(
            api=Api(api_url, auth),
            api_url=api_url,
            auth=auth,
            client_env=client_env,
            config=config,
            sites=sites,
            logs=logs,
            processes=processes,
            deploy_output=deployed.stdout + deployed.stderr,
        )
        wait_for(
            lambda: any(
                w["status"] == "ONLINE" for w in built.api.post("/work_pools/harvester-process/workers/filter", {})
            ),
            "the worker to come online",
        )
        print(f"worker online after {time.monotonic() - began:.1f} s", flush=True)
        try:
            yield built
        finally:
            if request.session.testsfailed > failures_before:
                print(built.diagnostics(), flush=True)
            print(f"\nstack up for {time.monotonic() - began:.1f} s; logs in {logs}", flush=True)


@pytest.fixture(scope="module")
def first_chain(stack: Stack) -> dict[str, Any]:
    """`prefect deployment run 'harvest/harvest-alpha'` on the server, followed to its report."""
    started = time.monotonic()
    ran = subprocess.run(
        [PREFECT, "deployment", "run", "harvest/harvest-alpha"],
        env=stack.client_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    match = re.search(r"UUID:\s*([0-9a-f-]{36})", ran.stdout)
    assert match, ran.stdout
    chain = stack.follow_chain(stack.api.flow_run(match.group(1)), "one harvest, end to end")
    stack.note(f"  (from `prefect deployment run` to the report's end: {time.monotonic() - started:.1f} s)")
    return chain


# --- the tests --------------------------------------------------------------------------------


def test_the_api_refuses_requests_without_the_auth_string(stack: Stack) -> None:
    body = {"limit": 1}
    anonymous = httpx.post(f"{stack.api_url}/flow_runs/filter", json=body, timeout=10)
    assert anonymous.status_code == 401, anonymous.text
    user = stack.auth.partition(":")[0]
    wrong = httpx.post(f"{stack.api_url}/flow_runs/filter", json=body, auth=(user, "not-the-password"), timeout=10)
    assert wrong.status_code == 401
    token = base64.b64encode(stack.auth.encode()).decode()
    right = httpx.post(
        f"{stack.api_url}/flow_runs/filter", json=body, headers={"Authorization": f"Basic {token}"}, timeout=10
    )
    assert right.status_code == 200
    assert httpx.get(f"{stack.api_url}/health", timeout=10).status_code == 200  # probes stay open


def test_deploy_registers_what_the_specs_say(stack: Stack) -> None:
    from flows.deployments import WORK_POOL, deployment_specs
    from flows.harvest import limit_name

    from harvester.config import load_settings

    settings = load_settings(stack.config)
    name = limit_name(settings)
    assert f"concurrency limit {name}" in stack.deploy_output and "created" in stack.deploy_output
    limit = stack.api.get(f"/v2/concurrency_limits/{name}")
    assert limit["limit"] == 1 and limit["active"]
    assert stack.api.get(f"/work_pools/{WORK_POOL}")["type"] == "process"

    deployed = stack.api.deployments()
    specs = deployment_specs(settings, str(stack.config))
    assert sorted(deployed) == sorted(spec.name for spec in specs)
    for spec in specs:
        got = deployed[spec.name]
        schedules = [(s["schedule"]["cron"], s["schedule"]["timezone"], s["active"]) for s in got["schedules"]]
        assert schedules == ([(spec.cron, spec.timezone, True)] if spec.cron else []), spec.name
        assert got["parameters"] == spec.parameters and got["tags"] == spec.tags
        assert got["description"] == spec.description
        assert got["entrypoint"] == spec.entrypoint
        assert (got["work_pool_name"], got["work_queue_name"]) == (WORK_POOL, spec.work_queue)
        limit_of_runs = got["global_concurrency_limit"]  # `concurrency_limit` is always None (deprecated)
        assert (limit_of_runs or {}).get("limit") == spec.concurrency, spec.name
        if spec.concurrency:
            assert got["concurrency_options"]["collision_strategy"] == "ENQUEUE"
        automations = stack.api.get(f"/automations/related-to/prefect.deployment.{got['id']}")
        assert sorted(a["name"] for a in automations) == sorted(t.name or "" for t in spec.triggers), spec.name
        for automation, trigger in zip(
            sorted(automations, key=lambda a: a["name"]), sorted(spec.triggers, key=lambda t: t.name or ""), strict=True
        ):
            assert automation["enabled"] and automation["trigger"]["expect"] == sorted(trigger.expect)
            assert automation["actions"][0]["parameters"] == trigger.parameters


def test_a_harvest_runs_the_chain_to_the_artifacts(stack: Stack, first_chain: dict[str, Any]) -> None:
    run_id = first_chain["run_id"]
    payload = first_chain["payload"]
    assert payload["source"] == "alpha" and payload["status"] == "completed"
    assert payload["counts"]["new"] == DOCUMENTS_PER_SITE
    assert first_chain["index"]["parameters"]["source"] == "alpha"
    report = stack.api.artifacts("harvester-alpha-report")
    changes = stack.api.artifacts("harvester-alpha-changes")
    assert report and changes, "the report flow published no artifacts"
    assert report[0]["type"] == "markdown" and run_id in report[0]["data"]
    assert report[0]["flow_run_id"] == first_chain["report"]["id"]
    rows = changes[0]["data"] if isinstance(changes[0]["data"], list) else json.loads(changes[0]["data"])
    assert changes[0]["type"] == "table" and len(rows) == DOCUMENTS_PER_SITE
    assert {row["change"] for row in rows} == {"new"}
    stack.note(
        f"  artifacts: harvester-alpha-report {report[0]['id']}, harvester-alpha-changes {changes[0]['id']}"
        f" ({len(rows)} rows)"
    )


def test_two_sources_started_at_the_same_moment_take_turns(stack: Stack, first_chain: dict[str, Any]) -> None:
    """Both harvests are scheduled for the same instant; the worker starts both, one crawls, the other's
    task waits on the data_dir's slot (its site sees no request), then crawls; both complete, no retries."""
    for site in stack.sites.values():
        site.shut()
        site.requests.clear()
    deployed = stack.api.deployments()
    moment = datetime.now(UTC).isoformat()
    created = {
        source: stack.api.post(
            f"/deployments/{deployed[f'harvest-{source}']['id']}/create_flow_run",
            {"state": {"type": "SCHEDULED", "state_details": {"scheduled_time": moment}}},
        )
        for source in SOURCES
    }
    first = wait_for(
        lambda: next((s for s in SOURCES if stack.sites[s].holding.is_set()), None),
        "one of the two harvests to reach its site",
    )
    second = next(s for s in SOURCES if s != first)
    waiting = stack.wait_task_running(created[second]["id"], "crawl-")
    assert stack.sites[second].requests == [], f"harvest-{second} crawled while harvest-{first} held the slot"
    assert state_of(stack.api.flow_run(created[first]["id"])) == "RUNNING"
    stack.note(f"[two at once] harvest-{first} holds the slot; harvest-{second}'s task {waiting['id']} waits")
    for site in stack.sites.values():
        site.open()

    chains = {s: stack.follow_chain(created[s], f"two at once: {s}") for s in (first, second)}
    last_of_first = max(t for _, t in stack.sites[first].requests)
    first_of_second = min(t for _, t in stack.sites[second].requests)
    assert last_of_first < first_of_second, "the two harvests crawled at the same time"
    for source in SOURCES:  # alpha was harvested before (unchanged now), beta is new
        assert chains[source]["payload"]["counts"].get("new", 0) == (DOCUMENTS_PER_SITE if source == "beta" else 0)
    for source, chain in chains.items():
        assert chain["payload"]["status"] == "completed"
        crawl = [t for t in stack.api.task_runs(chain["harvest"]["id"]) if t["name"].startswith("crawl-")]
        assert [t["run_count"] for t in crawl] == [1], f"harvest-{source} was retried instead of waiting"
    assert stack.api.artifacts("harvester-beta-report"), "beta's report was not published"


def test_an_index_started_during_a_harvest_waits_and_completes(stack: Stack, first_chain: dict[str, Any]) -> None:
    site = stack.sites["alpha"]
    site.shut()
    deployed = stack.api.deployments()
    harvest = stack.api.post(f"/deployments/{deployed['harvest-alpha']['id']}/create_flow_run", {})
    wait_for(site.holding.is_set, "the harvest to reach its site")
    run_id = first_chain["run_id"]
    index = stack.api.post(
        f"/deployments/{deployed['index']['id']}/create_flow_run",
        {"parameters": {"run_id": run_id, "source": "alpha", "config_path": str(stack.config)}},
    )
    waiting = stack.wait_task_running(index["id"], f"index-{run_id}")
    assert state_of(stack.api.flow_run(harvest["id"])) == "RUNNING"
    stack.note(f"[index during harvest] index flow run {index['id']} waits while harvest {harvest['id']} crawls")
    site.open()

    done = stack.wait_run("index", lambda r: r["id"] == index["id"], "the index started during the harvest")
    harvest_done = stack.api.flow_run(harvest["id"])
    tasks = [t for t in stack.api.task_runs(done["id"]) if t["name"].startswith("index-")]
    assert [t["run_count"] for t in tasks] == [1], "the index was retried instead of waiting"
    assert when(waiting["start_time"]) < when(harvest_done["end_time"] or datetime.now(UTC).isoformat())
    stack.note(
        f"  index flow run {done['id']}: task started {when(waiting['start_time']):%H:%M:%S}, "
        f"completed {when(done['end_time']):%H:%M:%S} (ran {done['total_run_time']:.1f} s, waiting included)"
    )
    # The harvest goes on to its own index and report; the manual index's report follows too.
    stack.follow_chain(harvest, "index during harvest: the harvest's own chain")
    stack.wait_run(
        "report",
        lambda r: r["parameters"].get("run_id") == run_id and when(r["created"]) > when(done["start_time"]),
        "the report after the manual index",
    )


def test_nothing_failed_crashed_or_retried(stack: Stack) -> None:
    runs = stack.api.flow_runs()
    bad = [(r["name"], state_of(r), (r.get("state") or {}).get("message")) for r in runs if state_of(r) in TERMINAL_BAD]
    assert bad == []
    now = datetime.now(UTC)
    active = [r["name"] for r in runs if state_of(r) in ("PENDING", "RUNNING")]
    due = [r["name"] for r in runs if state_of(r) == "SCHEDULED" and when(r["expected_start_time"]) <= now]
    assert active == [] and due == [], f"runs still going: {active + due}"
    for run in runs:
        for task in stack.api.task_runs(run["id"]):
            assert task["run_count"] <= 1, f"task {task['name']} of {run['name']} ran {task['run_count']} times"
    stack.note(f"[all] {len(runs)} flow runs on the server, none failed, no task retried")
