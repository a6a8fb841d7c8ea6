"""Prefect flows: harvest → (event) → index → (event) → report. Each reads like a table of contents;
the library does the work.

    python flows/harvest.py [--config FILE] [--source NAME]     one-shot harvest_and_index, no server

Two jobs never work on one data_dir at once: the harvest and index tasks hold a slot of the Prefect
global concurrency limit `harvester-<hash of data_dir>` (limit 1) around the library call, so a second
job waits its turn instead of failing on the library's file lock. Tasks are retried only when a retry
can help: the data_dir was locked by something outside Prefect, or the network failed.

Events (resource ids are stable so automations can match them):
- `harvester.document.new|changed|gone`: resource `harvester.document.<url>`, payload source, run_id
- `harvester.harvest.completed` / `harvester.harvest.failed`: resource `harvester.source.<name>`
- `harvester.index.completed` / `harvester.index.failed`: resource `harvester.run.<run_id>`
"""

from __future__ import annotations

import argparse
import hashlib
import re
import socket
from pathlib import Path
from typing import Any, cast

import httpx
from prefect import Task, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
from prefect.client.schemas.objects import State, TaskRun
from prefect.concurrency.sync import concurrency
from prefect.events import emit_event
from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound
from prefect.states import Completed

from harvester.config import Settings, load_settings
from harvester.errors import FetchError, HarvesterError, IndexUnavailableError, LockedError
from harvester.models import Report, RunState
from harvester.pipeline import Workspace, execute, index_run, run_changes
from harvester.report import build_report, render

NETWORK_TIMEOUT_S = 6 * 3600
TRANSIENT_NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    httpx.TransportError,  # connect/read timeouts, refused or dropped connections
    ConnectionError,
    TimeoutError,
    socket.gaierror,  # a name that did not resolve this time
)


class StageFailedError(RuntimeError):
    """A stage finished with status 'failed'; raised so Prefect retries it and shows it failed."""


def _workspace(config_path: str | None) -> Workspace:
    return Workspace(load_settings(Path(config_path) if config_path else None))


def _summary(state: RunState, ws: Workspace) -> dict[str, Any]:
    return {
        "run_id": state.run_id,
        "status": state.status,
        "counts": {k: int(v) for k, v in state.counts.items()},
        "errors": state.errors,
        "report": str(ws.reports_dir / f"{state.run_id}.md"),
    }


# --- one job per data_dir at a time: a Prefect global concurrency limit ----------------------------


def limit_name(settings: Settings) -> str:
    """The global concurrency limit of a data_dir, the same on every machine that resolves it alike."""
    digest = hashlib.sha256(str(settings.data_dir.resolve()).encode("utf-8")).hexdigest()[:12]
    return f"harvester-{digest}"


def ensure_limit(name: str) -> bool:
    """Create the limit (1 slot) unless it exists; True when this call created it."""
    with get_client(sync_client=True) as client:
        try:
            client.read_global_concurrency_limit_by_name(name)
            return False
        except ObjectNotFound:
            pass
        try:
            client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=name, limit=1))
        except ObjectAlreadyExists:  # created by a job that started at the same moment
            return False
        return True


def _one_job_per_data_dir(ws: Workspace) -> Any:
    """Hold the data_dir's slot; a second harvest or index waits here (its task shows Running)."""
    name = limit_name(ws.settings)
    ensure_limit(name)  # also when deployed without `harvester deploy` (plain `prefect deploy`)
    # strict: never run unlimited by mistake; the lease is renewed while the job runs, and one failed
    # renewal does not kill a six-hour crawl (the library's file lock still guards the data_dir).
    return concurrency(name, occupy=1, strict=True, raise_on_lease_renewal_failure=False)


# --- retries only where a retry can help -------------------------------------------------------


def retry_can_help(exc: BaseException) -> bool:
    """A locked data_dir (held outside Prefect) or a network fault may be gone in a minute; a full
    disk, a bad config or a run that ran and recorded its failure will not be."""
    if isinstance(exc, LockedError):
        return True
    if isinstance(exc, FetchError):
        return exc.transient
    if isinstance(exc, HarvesterError) and not isinstance(exc, IndexUnavailableError):
        return False  # StorageError, ConfigError, ...
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, TRANSIENT_NETWORK_ERRORS):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def retry_condition(_task: Task[Any, Any], _task_run: TaskRun, state: State[Any]) -> bool:
    """`retry_condition_fn` of the harvest and index tasks."""
    exc = state.data if isinstance(state.data, BaseException) else state.result(raise_on_failure=False)
    return isinstance(exc, BaseException) and retry_can_help(exc)


# --- tasks: one library call each --------------------------------------------------------------


@task(
    retries=2,
    retry_delay_seconds=60,
    retry_condition_fn=retry_condition,
    timeout_seconds=NETWORK_TIMEOUT_S,
    task_run_name="crawl-{source}",
)
def crawl_and_extract(config_path: str | None, source: str) -> dict[str, Any]:
    """Crawl and extract one source into the catalogue (no indexing); the run's summary and changes."""
    ws = _workspace(config_path)
    try:
        with _one_job_per_data_dir(ws):
            state = execute(
                ws, source, crawl=True, index=False, command=f"prefect harvest {source}", notify=get_run_logger().info
            )
        summary = {**_summary(state, ws), "changes": run_changes(ws, state.run_id)}
    finally:
        ws.close()
    if state.status == "failed":
        raise StageFailedError(f"harvest run {state.run_id} of {source} failed: {'; '.join(state.errors)}")
    return summary


@task(
    retries=2,
    retry_delay_seconds=60,
    retry_condition_fn=retry_condition,
    timeout_seconds=NETWORK_TIMEOUT_S,
    task_run_name="index-{run_id}",
)
def embed_and_index(config_path: str | None, run_id: str) -> dict[str, Any]:
    """Embed and index what the run left pending; the run keeps its id and its report is rewritten."""
    ws = _workspace(config_path)
    try:
        with _one_job_per_data_dir(ws):
            state = index_run(ws, run_id, command=f"prefect index {run_id}", notify=get_run_logger().info)
        summary = _summary(state, ws)
    finally:
        ws.close()
    if state.status == "failed":
        raise StageFailedError(f"indexing run {run_id} failed: {'; '.join(state.errors)}")
    return summary


@task(task_run_name="report-{run_id}")
def load_report(config_path: str | None, run_id: str) -> dict[str, Any]:
    ws = _workspace(config_path)
    try:
        return build_report(ws.catalogue, run_id, show_contacts=ws.settings.report.show_contacts).model_dump()
    finally:
        ws.close()


# --- flows --------------------------------------------------------------------------------------


@flow(name="harvest", log_prints=False)
def harvest(source: str, config_path: str | None = None) -> dict[str, Any]:
    """Crawl and extract one source, then announce every document change and the harvest's end."""
    try:
        result = crawl_and_extract(config_path, source)
    except Exception as exc:
        emit_event(
            "harvester.harvest.failed",
            resource=_source_resource(source),
            payload={"source": source, "error": str(exc)[:500]},
        )
        raise
    for change, url in result["changes"]:
        emit_event(
            f"harvester.document.{change}",
            resource={"prefect.resource.id": f"harvester.document.{url}", "harvester.source": source},
            payload={"source": source, "run_id": result["run_id"], "url": url},
        )
    emit_event(
        "harvester.harvest.completed",
        resource=_source_resource(source),
        payload={"source": source, "run_id": result["run_id"], "status": result["status"], "counts": result["counts"]},
    )
    return _finished(result)


@flow(name="index", log_prints=False)
def index(run_id: str, source: str = "", config_path: str | None = None) -> dict[str, Any]:
    """Index one harvest run's changes, then announce it."""
    resource = {"prefect.resource.id": f"harvester.run.{run_id}", "harvester.source": source}
    try:
        result = embed_and_index(config_path, run_id)
    except Exception as exc:
        emit_event(
            "harvester.index.failed",
            resource=resource,
            payload={"source": source, "run_id": run_id, "error": str(exc)[:500]},
        )
        raise
    emit_event(
        "harvester.index.completed",
        resource=resource,
        payload={"source": source, "run_id": run_id, "status": result["status"], "counts": result["counts"]},
    )
    return _finished(result)


def _finished(result: dict[str, Any]) -> dict[str, Any]:
    """The flow's end: a partial run is a Completed state named "Partial" (the UI shows it apart);
    anything else is the summary itself. Prefect gives a caller the state's data, the same summary,
    so to callers a flow returns the summary either way (hence the cast)."""
    if result["status"] != "partial":
        return result
    counts = result["counts"]
    why = f"hosts skipped whole: {counts.get('hosts_unavailable', 0)}, changes held back: {counts.get('held_back', 0)}"
    state: State[dict[str, Any]] = Completed(
        name="Partial", message=f"partial: {why}; see {result['report']}", data=result
    )
    return cast("dict[str, Any]", state)


@flow(name="report", log_prints=False)
def report(run_id: str, source: str = "", config_path: str | None = None) -> dict[str, Any]:
    """Publish a run's report as Prefect artifacts keyed by source: the summary and a table of changes."""
    content = load_report(config_path, run_id)
    key = _artifact_key(source or "all")
    create_markdown_artifact(
        key=f"{key}-report", markdown=render(Report.model_validate(content), "md"), description=f"Run {run_id}"
    )
    create_table_artifact(key=f"{key}-changes", table=table_rows(content), description=f"Run {run_id}")
    return {"run_id": run_id, "changes": len(content["changes"]), "failures": len(content["failures"])}


@flow(name="harvest_and_index", log_prints=False)
def harvest_and_index(config_path: str | None = None, source: str | None = None) -> list[dict[str, Any]]:
    """One-shot: harvest, index and report every configured source (or one), without triggers."""
    settings = load_settings(Path(config_path) if config_path else None)
    results = []
    for name in [s.name for s in settings.selected_sources(source)]:
        harvested = harvest(name, config_path)
        indexed = index(harvested["run_id"], name, config_path)
        report(harvested["run_id"], name, config_path)
        results.append(indexed)
    return results


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#<>!])")


def table_text(value: Any) -> str:
    """Page-derived text (a title, a failure's reason) as a table cell: one line, its Markdown and HTML
    inert, so a title like `<img src=x onerror=…>` or `[x](javascript:…)` shows as the text it is."""
    text = " ".join(str(value if value is not None else "").split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))


def table_url(value: Any) -> str:
    """A URL as a table cell: no whitespace, and nothing that could close a link or open a tag."""
    text = "".join(str(value or "").split())
    for char, code in (("<", "%3C"), (">", "%3E"), ('"', "%22"), ("`", "%60"), ("|", "%7C")):
        text = text.replace(char, code)
    return text


def table_rows(content: dict[str, Any]) -> list[dict[str, str]]:
    """The changes artifact: one row per change and per failure, page-derived text escaped."""
    rows = [
        {"change": c["change"], "title": table_text(c.get("title") or ""), "url": table_url(c["url"])}
        for c in content["changes"]
    ]
    rows += [
        {"change": "failed", "title": table_text(f.get("reason") or ""), "url": table_url(f["url"])}
        for f in content["failures"]
    ]
    return rows or [{"change": "none", "title": "", "url": ""}]


def _source_resource(source: str) -> dict[str, str]:
    return {"prefect.resource.id": f"harvester.source.{source}", "harvester.source": source}


def _artifact_key(source: str) -> str:
    return "harvester-" + "".join(c if c.isalnum() else "-" for c in source.lower()).strip("-")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--config", default=None)
    parser.add_argument("--source", default=None)
    args = parser.parse_args()
    for result in harvest_and_index(args.config, args.source):
        print(f"{result['run_id']}: {result['status']} {result['counts']} report {result['report']}")


if __name__ == "__main__":
    main()
