"""The command line as users and scripts drive it: exit codes, --json on stdout only."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from harvester.pipeline import run_lock

from .conftest import write_config


def harvester(*args: str, config: Path | None = None) -> subprocess.CompletedProcess[str]:
    prefix = ["--config", str(config)] if config else []
    return subprocess.run(
        [sys.executable, "-m", "harvester.cli", *prefix, *args], capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def indexed_config(tmp_path_factory: pytest.TempPathFactory, sample_url: str) -> Path:
    root = tmp_path_factory.mktemp("cli")
    config = write_config(root / "harvester.yaml", sample_url)
    result = harvester("run", config=config)
    assert result.returncode == 0, result.stderr
    assert "completed" in result.stderr
    return config


def test_bad_config_exits_2_naming_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources: []\nindex: {urll: x}\n", encoding="utf-8")
    result = harvester("documents", config=bad)
    assert result.returncode == 2
    assert "index.urll" in result.stderr and "Traceback" not in result.stderr
    assert harvester("documents", config=tmp_path / "missing.yaml").returncode == 2


def test_bad_usage_exits_2(indexed_config: Path) -> None:
    assert harvester("search", "x", "--mode", "fuzzy", config=indexed_config).returncode == 2
    assert harvester("search", "x", "--year", "soon", config=indexed_config).returncode == 2
    assert harvester("no-such-command").returncode == 2


def test_search_year_open_at_one_end_and_bad_years(indexed_config: Path) -> None:
    docs = json.loads(harvester("documents", "--json", config=indexed_config).stdout)
    periods = {d["url"]: (d["year"], d["year_end"] or d["year"]) for d in docs if d["year"]}

    def found(year: str) -> set[str]:
        result = harvester(
            "search", "council project", "--year", year, "--limit", "50", "--json", config=indexed_config
        )
        assert result.returncode == 0, result.stderr
        return {hit["url"] for hit in json.loads(result.stdout)["results"]}

    # A document's period matches when it overlaps the range: open at one end, it is open on that side.
    assert found("2021-") == {url for url, (_, last) in periods.items() if last >= 2021}
    assert found("-2020") == {url for url, (first, _) in periods.items() if first <= 2020}
    assert found("2021") == {url for url, (first, last) in periods.items() if first <= 2021 <= last}
    for bad in ("abc", "2020-2018", "-"):
        result = harvester("search", "x", "--year", bad, config=indexed_config)
        assert result.returncode == 2 and "year" in result.stderr and "Traceback" not in result.stderr, bad


def test_search_json_contract(indexed_config: Path) -> None:
    result = harvester("search", "community pantries", "--council", "Kirklees", "--json", config=indexed_config)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"query", "mode", "took_ms", "results"}
    first = payload["results"][0]
    assert set(first) == {
        "rank",
        "url",
        "title",
        "score",
        "snippet",
        "page",
        "kind",
        "lead_member",
        "participating_members",
        "year",
        "year_end",
        "type",
        "principles",
    }
    assert first["title"] == "Food justice network" and first["year_end"] == 2023


def test_documents_json_lists_live_documents(indexed_config: Path) -> None:
    result = harvester("documents", "--json", config=indexed_config)
    records = json.loads(result.stdout)
    assert len(records) == 15 and all(r["principles"] is not None for r in records)


def test_report_formats_and_run_failure_exit_code(indexed_config: Path, tmp_path: Path) -> None:
    report = json.loads(harvester("report", "--last", "--format", "json", config=indexed_config).stdout)
    assert report["status"] == "completed" and report["counts"]["new"] == 15
    html = harvester("report", "--format", "html", config=indexed_config).stdout
    assert html.startswith("<!doctype html>")
    assert "Ingestion report" in harvester("report", config=indexed_config).stdout
    down = tmp_path / "down.yaml"
    down.write_text(
        indexed_config.read_text().replace("data_dir: data", f"data_dir: {tmp_path / 'd'}")
        + "index: {url: 'http://127.0.0.1:9', timeout_s: 2}\n",
        encoding="utf-8",
    )
    failed = harvester("-q", "run", config=down)
    assert failed.returncode == 1 and "127.0.0.1:9" in failed.stderr and "Traceback" not in failed.stderr


def test_similar_json(indexed_config: Path) -> None:
    docs = json.loads(harvester("documents", "--json", config=indexed_config).stdout)
    url = next(d["url"] for d in docs if d["title"] == "Understanding the Digital Divide")
    result = json.loads(harvester("similar", url, "--json", config=indexed_config).stdout)
    assert result["url"] == url and result["results"] and url not in [r["url"] for r in result["results"]]


def test_a_second_run_on_the_same_data_dir_is_refused_naming_the_holder(tmp_path: Path, sample_url: str) -> None:
    config = write_config(tmp_path / "harvester.yaml", sample_url)
    with run_lock(tmp_path / "data", "harvester run --source nightly"):
        result = harvester("run", config=config)
    assert result.returncode == 1
    assert "another harvester run" in result.stderr and "harvester run --source nightly" in result.stderr
    assert "Traceback" not in result.stderr


def test_index_rebuild_and_copy_options(indexed_config: Path) -> None:
    def top() -> str:
        result = harvester("search", "community pantries food banks", "--json", config=indexed_config)
        return str(json.loads(result.stdout)["results"][0]["url"])

    before = top()
    rebuilt = harvester("index", "--rebuild", config=indexed_config)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "chunks_embedded 0" in rebuilt.stderr and top() == before
    for args in (("--to", "ftp://qdrant.example"), ("--rebuild", "--to", "http://qdrant.example:6333")):
        wrong = harvester("index", *args, config=indexed_config)
        assert wrong.returncode == 2 and "--to" in wrong.stderr and "Traceback" not in wrong.stderr
    refused = harvester("index", "--to", "http://127.0.0.1:9", config=indexed_config)
    assert refused.returncode == 1 and "http://127.0.0.1:9" in refused.stderr and "Traceback" not in refused.stderr


def test_index_to_copies_the_embedded_index_with_progress(
    tmp_path: Path, sample_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--to` in-process, with qdrant-client's local mode standing in for the server at the URL."""
    from qdrant_client import QdrantClient
    from typer.testing import CliRunner

    from harvester import pipeline
    from harvester.cli import app
    from harvester.index import VectorIndex, open_index
    from harvester.index.server import ServerEngine

    config = write_config(tmp_path / "harvester.yaml", sample_url)
    assert harvester("run", config=config).returncode == 0
    server_path = tmp_path / "server"

    def stand_in(data_dir: Path, url: str | None, api_key: str | None, collection: str, *args: Any) -> VectorIndex:
        if url is None:
            return open_index(data_dir, url, api_key, collection, *args)
        return VectorIndex(ServerEngine(QdrantClient(path=str(server_path)), url), collection)

    monkeypatch.setattr(pipeline, "open_index", stand_in)
    result = CliRunner().invoke(app, ["--config", str(config), "index", "--to", "http://qdrant.invalid:6333"])
    assert result.exit_code == 0, result.output
    assert "copied" in result.stderr and "http://qdrant.invalid:6333" in result.stderr
    copied = stand_in(tmp_path, "http://qdrant.invalid:6333", None, "ccin")
    embedded = open_index(tmp_path / "data", None, None, "ccin")
    try:
        assert copied.point_ids() == embedded.point_ids() and len(embedded.point_ids()) > 15
    finally:
        copied.close()
        embedded.close()
