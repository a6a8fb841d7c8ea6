"""`harvester api` serving while a run wants to update the same embedded index: the run is refused
a clear error (embedded Qdrant allows one process per path), the API keeps answering with whole
documents, and the work waits in the catalogue until the index is free."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from ..conftest import Site, page, write_config


def start_api(config: Path) -> tuple[subprocess.Popen[str], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "harvester.cli", "--config", str(config), "api", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise AssertionError("api did not start")


def cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harvester.cli", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_run_while_the_api_holds_the_embedded_index(tmp_path: Path, site: Site) -> None:
    site.page("/", page("Home", '<p>Projects of the network.</p><a href="/energy">Energy</a>'))
    story = "The co-operative was set up by residents with help from the council's community energy team. "
    site.page(
        "/energy", page("Energy co-op", f"<p>Residents own solar panels on the library roof, version one. {story}</p>")
    )
    config = write_config(tmp_path / "harvester.yaml", site.url("/"))
    assert cli(config, "run").returncode == 0

    api, base = start_api(config)
    try:
        before = httpx.get(base + "/search", params={"q": "solar panels"}).json()["results"][0]
        site.page(
            "/energy",
            page("Energy co-op", f"<p>Residents own solar panels and a wind turbine, version two. {story}</p>"),
        )
        command = [sys.executable, "-m", "harvester.cli", "--config", str(config), "run"]
        running = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        answers = []
        while running.poll() is None or not answers:  # bounded: the run ends; at least one search either way
            answers.append(httpx.get(base + "/search", params={"q": "solar panels"}, timeout=30))
        stdout, stderr = running.communicate(timeout=120)
        run = subprocess.CompletedProcess(command, running.returncode, stdout, stderr)
        assert all(a.status_code == 200 for a in answers)  # the API stayed responsive throughout
        assert {a.json()["results"][0]["snippet"] for a in answers} == {before["snippet"]}  # whole documents
        assert run.returncode == 1
        message = " ".join(run.stderr.split())  # rich wraps long lines
        assert "embedded index at" in message and "in use by another process" in message
        assert "Traceback" not in run.stderr
        during = httpx.get(base + "/search", params={"q": "solar panels"}).json()["results"][0]
        assert during == {**before, "score": during["score"]}  # the same whole document, not half an update
    finally:
        api.terminate()
        api.wait(timeout=30)

    caught_up = cli(config, "index")
    assert caught_up.returncode == 0, caught_up.stderr
    after = cli(config, "search", "wind turbine", "--json")
    assert "version two" in after.stdout
