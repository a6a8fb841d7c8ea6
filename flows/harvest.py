"""Prefect flows: harvest → (event) → index → (event) → report. Each reads like a table of contents;
the library does the work.

    python flows/harvest.py [--config FILE] [--source NAME]     one-shot harvest_and_index, no server

Events (resource ids are stable so automations can match them):
- `harvester.document.new|changed|gone`: resource `harvester.document.<url>`, payload source, run_id
- `harvester.harvest.completed` / `harvester.harvest.failed`: resource `harvester.source.<name>`
- `harvester.index.completed` / `harvester.index.failed`: resource `harvester.run.<run_id>`
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.events import emit_event

from harvester.config import load_settings
from harvester.models import RunState
from harvester.pipeline import Workspace, execute, index_run, run_changes
from harvester.report import build_report, render

NETWORK_TIMEOUT_S = 6 * 3600


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


# --- tasks: one library call each --------------------------------------------------------------


@task(retries=2, retry_delay_seconds=60, timeout_seconds=NETWORK_TIMEOUT_S, task_run_name="crawl-{source}")
def crawl_and_extract(config_path: str | None, source: str) -> dict[str, Any]:
    """Crawl and extract one source into the catalogue (no indexing); the run's summary and changes."""
    ws = _workspace(config_path)
    try:
        state = execute(
            ws, source, crawl=True, index=False, command=f"prefect harvest {source}", notify=get_run_logger().info
        )
        summary = {**_summary(state, ws), "changes": run_changes(ws, state.run_id)}
    finally:
        ws.close()
    if state.status == "failed":
        raise StageFailedError(f"harvest run {state.run_id} of {source} failed: {'; '.join(state.errors)}")
    return summary


@task(retries=2, retry_delay_seconds=60, timeout_seconds=NETWORK_TIMEOUT_S, task_run_name="index-{run_id}")
def embed_and_index(config_path: str | None, run_id: str) -> dict[str, Any]:
    """Embed and index what the run left pending; the run keeps its id and its report is rewritten."""
    ws = _workspace(config_path)
    try:
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
        return build_report(ws.catalogue, run_id, show_contacts=ws.settings.report.show_contacts)
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
    return result


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
    return result


@flow(name="report", log_prints=False)
def report(run_id: str, source: str = "", config_path: str | None = None) -> dict[str, Any]:
    """Publish a run's report as Prefect artifacts keyed by source: the summary and a table of changes."""
    content = load_report(config_path, run_id)
    key = _artifact_key(source or "all")
    create_markdown_artifact(key=f"{key}-report", markdown=render(content, "md"), description=f"Run {run_id}")
    rows = [{"change": c["change"], "title": c["title"], "url": c["url"]} for c in content["changes"]]
    rows += [{"change": "failed", "title": f["reason"], "url": f["url"]} for f in content["failures"]]
    create_table_artifact(
        key=f"{key}-changes", table=rows or [{"change": "none", "title": "", "url": ""}], description=f"Run {run_id}"
    )
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
