"""The `harvest_and_index` flow: one Prefect task per source, each a library call.

Run it once against Prefect's ephemeral API:

    python flows/harvest.py [--config config/harvester.yaml] [--source NAME]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task

from harvester.config import load_settings
from harvester.pipeline import Workspace, execute


@task(retries=2, retry_delay_seconds=30, timeout_seconds=6 * 3600, task_run_name="harvest-{source}")
def harvest_and_index_source(config_path: str | None, source: str) -> dict[str, Any]:
    """Crawl, extract, embed and index one source; returns the run's headline figures."""
    settings = load_settings(Path(config_path) if config_path else None)
    ws = Workspace(settings)
    try:
        state = execute(
            ws, source, crawl=True, index=True, command=f"prefect harvest {source}", notify=get_run_logger().info
        )
    finally:
        ws.close()
    if state.status == "failed":
        raise RuntimeError(f"run {state.run_id} failed: {'; '.join(state.errors)}")
    return {
        "run_id": state.run_id,
        "status": state.status,
        "counts": dict(state.counts),
        "report": str(ws.reports_dir / f"{state.run_id}.md"),
    }


@flow(name="harvest_and_index", log_prints=False)
def harvest_and_index(config_path: str | None = None, source: str | None = None) -> list[dict[str, Any]]:
    """Harvest and index every configured source (or one), one task run per source."""
    settings = load_settings(Path(config_path) if config_path else None)
    names = [s.name for s in settings.selected_sources(source)]
    return [harvest_and_index_source(config_path, name) for name in names]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=None)
    parser.add_argument("--source", default=None)
    args = parser.parse_args()
    for result in harvest_and_index(args.config, args.source):
        print(f"{result['run_id']}: {result['status']} {result['counts']} report {result['report']}")


if __name__ == "__main__":
    main()
