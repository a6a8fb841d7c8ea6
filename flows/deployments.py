"""The deployments, built from the harvester config: one scheduled harvest per source, and the
index and report flows started by events. Used by `harvester serve` (one process, Prefect's
embedded or a remote API) and to write `prefect.yaml` for `prefect deploy` with a work pool.

    python flows/deployments.py --config config/harvester.yaml --write prefect.yaml
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml
from prefect.events import DeploymentEventTrigger

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.harvest import harvest, index, report
from harvester.config import Settings, load_settings

WORK_POOL = "harvester-process"
TIMEZONE = "Europe/London"


def index_trigger(config_path: str | None) -> DeploymentEventTrigger:
    """Index a run as soon as its harvest completes (a failed harvest emits another event)."""
    return DeploymentEventTrigger(
        name="index-after-harvest",
        expect={"harvester.harvest.completed"},
        match={"prefect.resource.id": "harvester.source.*"},
        parameters={
            "run_id": "{{ event.payload.run_id }}",
            "source": "{{ event.payload.source }}",
            "config_path": config_path,
        },
    )


def report_trigger(config_path: str | None) -> DeploymentEventTrigger:
    return DeploymentEventTrigger(
        name="report-after-index",
        expect={"harvester.index.completed"},
        match={"prefect.resource.id": "harvester.run.*"},
        parameters={
            "run_id": "{{ event.payload.run_id }}",
            "source": "{{ event.payload.source }}",
            "config_path": config_path,
        },
    )


def runner_deployments(settings: Settings, config_path: str | None) -> list[Any]:
    """Deployments for `serve`: a harvest per source on its cron, never two at once for one source."""
    deployments = [
        harvest.to_deployment(
            name=f"harvest-{source.name}",
            cron=source.schedule,
            parameters={"source": source.name, "config_path": config_path},
            tags=["harvester", f"source:{source.name}"],
            concurrency_limit=1,
            description=f"Crawl and extract {', '.join(source.start_urls)}",
        )
        for source in settings.sources
    ]
    deployments.append(
        index.to_deployment(
            name="index", triggers=[index_trigger(config_path)], concurrency_limit=1, tags=["harvester"]
        )
    )
    deployments.append(report.to_deployment(name="report", triggers=[report_trigger(config_path)], tags=["harvester"]))
    return deployments


def prefect_yaml(settings: Settings, config_path: str) -> dict[str, Any]:
    """The same deployments as a prefect.yaml for a Prefect server with a process work pool."""
    pool = {"name": WORK_POOL, "work_queue_name": "default"}

    def trigger(built: DeploymentEventTrigger) -> dict[str, Any]:
        return {
            "type": "event",
            "enabled": True,
            "name": built.name,
            "expect": sorted(built.expect),
            "match": built.match if isinstance(built.match, dict) else built.match.model_dump(mode="json"),
            "parameters": built.parameters,
        }

    deployments: list[dict[str, Any]] = [
        {
            "name": f"harvest-{source.name}",
            "entrypoint": "flows/harvest.py:harvest",
            "description": f"Crawl and extract {', '.join(source.start_urls)}",
            "tags": ["harvester", f"source:{source.name}"],
            "parameters": {"source": source.name, "config_path": config_path},
            "schedules": [{"cron": source.schedule, "timezone": TIMEZONE, "active": True}] if source.schedule else [],
            "concurrency_limit": {"limit": 1, "collision_strategy": "ENQUEUE"},
            "work_pool": {**pool, "work_queue_name": f"harvest-{source.name}"},
        }
        for source in settings.sources
    ]
    deployments.append(
        {
            "name": "index",
            "entrypoint": "flows/harvest.py:index",
            "tags": ["harvester"],
            "parameters": {"config_path": config_path},
            "triggers": [trigger(index_trigger(config_path))],
            "concurrency_limit": {"limit": 1, "collision_strategy": "ENQUEUE"},
            "work_pool": dict(pool),
        }
    )
    deployments.append(
        {
            "name": "report",
            "entrypoint": "flows/harvest.py:report",
            "tags": ["harvester"],
            "parameters": {"config_path": config_path},
            "triggers": [trigger(report_trigger(config_path))],
            "work_pool": dict(pool),
        }
    )
    return {
        "name": "harvester",
        "prefect-version": "3.8.8",
        "pull": [{"prefect.deployments.steps.set_working_directory": {"directory": "/app"}}],
        "deployments": deployments,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Write prefect.yaml from the harvester config.")
    parser.add_argument("--config", default="config/harvester.yaml")
    parser.add_argument("--write", default=None, help="file to write (default: print)")
    args = parser.parse_args()
    settings = load_settings(Path(args.config))
    text = "# Generated by flows/deployments.py from " + args.config + "; edit the config, then regenerate.\n"
    text += yaml.safe_dump(prefect_yaml(settings, args.config), sort_keys=False)
    if args.write:
        Path(args.write).write_text(text, encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
