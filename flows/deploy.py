"""Register the harvester's deployments with a Prefect server (`PREFECT_API_URL`, and
`PREFECT_API_AUTH_STRING` when the server has one): the data_dir's global concurrency limit and the
process work pool, each created if missing, then `prefect deploy --all` from prefect.yaml.

    harvester deploy [--prefect-file FILE]     (or: python flows/deploy.py --config FILE ...)

Running it again is harmless: existing limits and pools are kept, deployments are updated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import WorkPoolCreate
from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound
from prefect.workers.process import ProcessWorker

from flows.deployments import WORK_POOL
from flows.harvest import ensure_limit, limit_name
from harvester.config import load_settings

PROJECT_DIR = Path(__file__).resolve().parent.parent


def ensure_work_pool(name: str = WORK_POOL) -> bool:
    """Create the process work pool unless it exists; True when this call created it."""
    with get_client(sync_client=True) as client:
        try:
            client.read_work_pool(name)
            return False
        except ObjectNotFound:
            pass
        template = ProcessWorker.get_default_base_job_template()
        try:
            client.create_work_pool(WorkPoolCreate(name=name, type="process", base_job_template=template))
        except ObjectAlreadyExists:
            return False
        return True


def prefect_command() -> str:
    beside = Path(sys.executable).parent / "prefect"
    return str(beside) if beside.exists() else shutil.which("prefect") or "prefect"


def main() -> int:
    parser = argparse.ArgumentParser(description="Register the harvester's deployments with a Prefect server.")
    parser.add_argument("--config", default=None)
    parser.add_argument("--prefect-file", default=str(PROJECT_DIR / "prefect.yaml"), help="default: prefect.yaml")
    args = parser.parse_args()
    settings = load_settings(Path(args.config) if args.config else None)

    name = limit_name(settings)
    made = ensure_limit(name)
    print(f"concurrency limit {name} (1 slot, {settings.data_dir}): {'created' if made else 'exists'}", flush=True)
    made = ensure_work_pool()
    print(f"work pool {WORK_POOL} (process): {'created' if made else 'exists'}", flush=True)

    command = [prefect_command(), "--no-prompt", "deploy", "--all", "--prefect-file", str(Path(args.prefect_file))]
    return subprocess.run(command, cwd=PROJECT_DIR, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
