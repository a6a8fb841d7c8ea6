"""Serve the scheduled `harvest_and_index` deployments, one per source, on this machine.

    harvester serve          (or: python flows/serve.py --config FILE)

Each source gets a deployment with the cron schedule from its `schedule` key.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from prefect import serve

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.harvest import harvest_and_index
from harvester.config import load_settings


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the harvester's scheduled deployments.")
    parser.add_argument("--config", default=None)
    args = parser.parse_args()
    settings = load_settings(Path(args.config) if args.config else None)
    config_path = str(Path(args.config).resolve()) if args.config else None
    deployments = [
        harvest_and_index.to_deployment(
            name=f"harvest-{source.name}",
            cron=source.schedule,
            parameters={"config_path": config_path, "source": source.name},
            tags=["harvester", source.name],
        )
        for source in settings.sources
    ]
    serve(*deployments)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
