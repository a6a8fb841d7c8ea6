"""The deployments, built from the harvester config: one scheduled harvest per source, and the
index and report flows started by events.

One list of specs (`deployment_specs`) gives both outputs: the deployments `harvester serve` runs in
one process (`runner_deployments`, Prefect's embedded API or a server) and `prefect.yaml` for
`prefect deploy` with a process work pool (`prefect_yaml`). A test compares the two field by field.

    python flows/deployments.py --config config/harvester.yaml --write prefect.yaml
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from prefect import Flow
from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.deployments.runner import RunnerDeployment
from prefect.events import DeploymentEventTrigger
from prefect.schedules import Cron

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.harvest import harvest, index, report
from harvester.config import Settings, load_settings

WORK_POOL = "harvester-process"
TIMEZONE = "Europe/London"
PREFECT_VERSION = "3.8.8"
APP_DIR = "/app"  # where the image keeps flows/ and config/ (Dockerfile WORKDIR)


@dataclass(frozen=True)
class DeploymentSpec:
    """One deployment, whichever way it is run."""

    name: str
    flow: Flow[..., Any]
    entrypoint: str  # relative to the project directory, e.g. flows/harvest.py:harvest
    parameters: dict[str, Any]
    description: str
    tags: list[str]
    cron: str | None = None
    timezone: str = TIMEZONE
    concurrency: int | None = None  # runs of this deployment at once; more wait their turn (ENQUEUE)
    triggers: list[DeploymentEventTrigger] = field(default_factory=list)
    work_queue: str = "default"  # in the work pool (prefect.yaml only: `serve` has no pool)

    def runner(self) -> RunnerDeployment:
        """The deployment `serve` registers and runs in its own process."""
        built = self.flow.to_deployment(
            name=self.name,
            schedules=[Cron(self.cron, timezone=self.timezone)] if self.cron else None,
            concurrency_limit=self._concurrency(),
            parameters=self.parameters,
            triggers=list(self.triggers),
            description=self.description,
            tags=self.tags,
        )
        assert isinstance(built, RunnerDeployment)  # called outside an event loop: not a coroutine
        return built

    def yaml_entry(self) -> dict[str, Any]:
        """The deployment as an entry of prefect.yaml's `deployments` for a process work pool."""
        entry: dict[str, Any] = {
            "name": self.name,
            "entrypoint": self.entrypoint,
            "description": self.description,
            "tags": list(self.tags),
            "parameters": dict(self.parameters),
            "schedules": [{"cron": self.cron, "timezone": self.timezone, "active": True}] if self.cron else [],
            "triggers": [_trigger_entry(t) for t in self.triggers],
        }
        limit = self._concurrency()
        if limit is not None:
            entry["concurrency_limit"] = {"limit": limit.limit, "collision_strategy": limit.collision_strategy.value}
        entry["work_pool"] = {"name": WORK_POOL, "work_queue_name": self.work_queue}
        return entry

    def _concurrency(self) -> ConcurrencyLimitConfig | None:
        if self.concurrency is None:
            return None
        return ConcurrencyLimitConfig(limit=self.concurrency, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE)


def _trigger_entry(trigger: DeploymentEventTrigger) -> dict[str, Any]:
    match = trigger.match if isinstance(trigger.match, dict) else trigger.match.model_dump(mode="json")
    return {
        "type": "event",
        "enabled": trigger.enabled,
        "name": trigger.name,
        "expect": sorted(trigger.expect),
        "match": match,
        "parameters": trigger.parameters,
    }


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


def deployment_specs(settings: Settings, config_path: str | None) -> list[DeploymentSpec]:
    """A harvest per source on its cron (never two runs of one source at once; each on its own work
    queue), then index and report, started by the events of the stage before."""
    specs = [
        DeploymentSpec(
            name=f"harvest-{source.name}",
            flow=harvest,
            entrypoint="flows/harvest.py:harvest",
            parameters={"source": source.name, "config_path": config_path},
            description=f"Crawl and extract {', '.join(source.start_urls)}",
            tags=["harvester", f"source:{source.name}"],
            cron=source.schedule,
            concurrency=1,
            work_queue=f"harvest-{source.name}",
        )
        for source in settings.sources
    ]
    specs.append(
        DeploymentSpec(
            name="index",
            flow=index,
            entrypoint="flows/harvest.py:index",
            parameters={"config_path": config_path},
            description="Embed and index what a harvest run left pending (started by harvester.harvest.completed)",
            tags=["harvester"],
            concurrency=1,
            triggers=[index_trigger(config_path)],
        )
    )
    specs.append(
        DeploymentSpec(
            name="report",
            flow=report,
            entrypoint="flows/harvest.py:report",
            parameters={"config_path": config_path},
            description="Publish a run's report as artifacts (started by harvester.index.completed)",
            tags=["harvester"],
            triggers=[report_trigger(config_path)],
        )
    )
    return specs


def runner_deployments(settings: Settings, config_path: str | None) -> list[RunnerDeployment]:
    """The deployments for `serve`."""
    return [spec.runner() for spec in deployment_specs(settings, config_path)]


def prefect_yaml(settings: Settings, config_path: str, directory: str = APP_DIR) -> dict[str, Any]:
    """The same deployments as a prefect.yaml for a Prefect server with a process work pool; flow runs
    start in `directory`, the project directory holding flows/ (the image's /app)."""
    return {
        "name": "harvester",
        "prefect-version": PREFECT_VERSION,
        "pull": [{"prefect.deployments.steps.set_working_directory": {"directory": directory}}],
        "deployments": [spec.yaml_entry() for spec in deployment_specs(settings, config_path)],
    }


def render_prefect_yaml(settings: Settings, config_path: str, directory: str = APP_DIR, source: str = "") -> str:
    header = f"# Generated by flows/deployments.py from {source or config_path}; edit the config, then regenerate.\n"
    return header + yaml.safe_dump(prefect_yaml(settings, config_path, directory), sort_keys=False)


def main() -> None:
    parser = argparse.ArgumentParser(description="Write prefect.yaml from the harvester config.")
    parser.add_argument("--config", default="config/harvester.yaml")
    parser.add_argument("--write", default=None, help="file to write (default: print)")
    parser.add_argument("--directory", default=APP_DIR, help=f"project directory on the worker (default {APP_DIR})")
    args = parser.parse_args()
    settings = load_settings(Path(args.config))
    text = render_prefect_yaml(settings, args.config, args.directory)
    if args.write:
        Path(args.write).write_text(text, encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
