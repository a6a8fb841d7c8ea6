"""Qdrant unavailable during index and search: a clear error naming the URL, exit 1, no traceback,
the work left pending and caught up later; and the API key never shows up anywhere."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

SECRET = "qdrant-key-7f3c9e1d-never-print-me"


@contextmanager
def refusing() -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield f"http://127.0.0.1:{port}"  # nothing listens there: connection refused


@contextmanager
def answering_500() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return None

        def do_GET(self) -> None:
            self.send_response(500)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"status": {"error": "internal"}}')

        def do_PUT(self) -> None:
            self.do_GET()

        def do_POST(self) -> None:
            self.do_GET()

        def do_DELETE(self) -> None:
            self.do_GET()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def silent() -> Iterator[str]:
    """Accepts connections and never answers: the client must time out."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(50)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()


def harvester(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"QDRANT_API_KEY": SECRET, "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "harvester.cli", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


def config_for(root: Path, sample_url: str, index_url: str | None) -> Path:
    index = f"index: {{url: {index_url}, timeout_s: 2}}\n" if index_url else ""
    path = root / "harvester.yaml"
    path.write_text(
        f"""data_dir: data
{index}sources:
  - name: sample
    start_urls: ["{sample_url}"]
    allow_private_addresses: true
crawl: {{delay_s: 0}}
embed: {{model: hashing}}
""",
        encoding="utf-8",
    )
    return path


def pending(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "catalogue.sqlite") as db:
        row = db.execute(
            "SELECT COUNT(*) FROM documents WHERE status = 'live' "
            "AND (indexed_hash IS NULL OR indexed_hash != record_hash)"
        ).fetchone()
    return int(row[0])


@pytest.mark.parametrize("outage", [refusing, answering_500, silent], ids=["refused", "HTTP 500", "timeout"])
def test_an_index_outage_is_a_clear_error_and_loses_nothing(tmp_path: Path, sample_url: str, outage: Any) -> None:
    with outage() as url:
        config = config_for(tmp_path, sample_url, url)
        run = harvester(config, "run")
        search = harvester(config, "search", "community energy", "--json")
    for result in (run, search):
        assert result.returncode == 1, result.stderr
        assert url in result.stderr and "Traceback" not in result.stderr
    assert search.stdout == ""  # --json prints nothing but JSON, and there is none to print
    data = tmp_path / "data"
    assert pending(data) == 15  # crawled and extracted, waiting for the index

    outputs = [run.stdout, run.stderr, search.stdout, search.stderr]
    outputs += [p.read_text(encoding="utf-8") for p in (data / "reports").iterdir()]
    assert all(SECRET not in text for text in outputs)

    # The index comes back (here: the embedded one): the next run catches up without re-crawling.
    recovered = config_for(tmp_path, sample_url, None)
    caught_up = harvester(recovered, "index")
    assert caught_up.returncode == 0, caught_up.stderr
    assert pending(data) == 0
    assert SECRET not in caught_up.stdout + caught_up.stderr
