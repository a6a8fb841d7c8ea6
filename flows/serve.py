"""Serve every harvester deployment from this process: scheduled harvests, event-triggered index and
report flows. Works on Prefect's embedded API (one machine) or a server (`PREFECT_API_URL`). Creates
the data_dir's global concurrency limit first when it is missing.

    harvester serve          (or: python flows/serve.py --config FILE)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# Look for runs the event triggers created every 2 s (Prefect's default is 10 s), so indexing starts
# within seconds of a harvest completing. An explicit setting in the environment wins.
os.environ.setdefault("PREFECT_RUNNER_POLL_FREQUENCY", "2")

from prefect import serve

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.deployments import runner_deployments
from flows.harvest import ensure_limit, limit_name
from harvester.config import load_settings


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the harvester's deployments.")
    parser.add_argument("--config", default=None)
    args = parser.parse_args()
    settings = load_settings(Path(args.config) if args.config else None)
    config_path = str(Path(args.config).resolve()) if args.config else None
    ensure_limit(limit_name(settings))  # one harvest or index per data_dir at a time; the others wait
    serve(*runner_deployments(settings, config_path))


if __name__ == "__main__":
    main()
