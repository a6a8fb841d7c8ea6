"""The researchers' client end to end: `harvester api` on 127.0.0.1 over an indexed fixture site,
checked against its OpenAPI schema (schemathesis), driven in headless Chromium (Playwright with the
system browser), and queried by `harvester search --api`."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from harvester.config import load_settings
from harvester.pipeline import Workspace, execute

from .conftest import write_config

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOT = ROOT / "docs" / "search-page.png"
CHROMIUM = shutil.which("chromium")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def live_api(tmp_path_factory: pytest.TempPathFactory, sample_url: str) -> Iterator[tuple[str, Path]]:
    """(base URL, config) of a running `harvester api` over the indexed sample site."""
    root = tmp_path_factory.mktemp("live-api")
    config = write_config(root / "harvester.yaml", sample_url)
    ws = Workspace(load_settings(config))
    assert execute(ws, None, crawl=True, index=True, command="test").status == "completed"
    ws.close()
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "harvester.cli",
            "--config",
            str(config),
            "api",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"harvester api did not start: {server.stderr.read() if server.stderr else ''}")
        time.sleep(0.2)
    try:
        yield base, config
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_api_keeps_to_its_openapi_schema(live_api: tuple[str, Path]) -> None:
    """Schemathesis generates requests for every operation and checks each answer against the schema
    (no 5xx, documented status codes and content types, response bodies that match their models).
    Driven from plain Hypothesis: schemathesis' pytest plugin does not support pytest 9 yet."""
    schema = schemathesis.openapi.from_url(f"{live_api[0]}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/search", "/similar", "/documents/{doc_id}", "/facets", "/health"}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def conforms(case: schemathesis.Case) -> None:
            # Council, type and source values are checked against what the corpus holds (/facets), which
            # no static schema can enumerate: a well-formed but unknown value is rightly a 422.
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        conforms()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`harvester ARGS` in a fresh process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "harvester.cli", *args], capture_output=True, text=True, timeout=120)


def test_cli_search_can_ask_a_running_api(live_api: tuple[str, Path]) -> None:
    base, config = live_api
    result = cli(
        "--config", str(config), "search", "community pantries", "--council", "Kirklees", "--api", base, "--json"
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"query", "mode", "took_ms", "results"}
    assert payload["results"][0]["title"] == "Food justice network"
    unknown = cli("search", "x", "--council", "Gotham", "--api", base)
    assert unknown.returncode == 2 and "unknown council" in unknown.stderr and "Traceback" not in unknown.stderr
    since_2021 = cli("search", "council project", "--year", "2021-", "--api", base, "--json")
    assert since_2021.returncode == 0, since_2021.stderr
    periods = [(r["year"], r["year_end"] or r["year"]) for r in json.loads(since_2021.stdout)["results"]]
    assert periods and all(last >= 2021 for _, last in periods) and any(first > 2021 for first, _ in periods)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_a_researcher_searches_filters_and_follows_similar_projects_in_a_browser(
    live_api: tuple[str, Path], tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    base, _ = live_api
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 420, "height": 900})
        page.goto(base + "/")
        page.get_by_label("Question").fill("food and community pantries")
        page.get_by_label("Principle").select_option("Social partnership")
        page.get_by_role("button", name="Search").click()

        first = page.locator("#results .card").first
        expect(first.locator("h2")).to_contain_text("Food justice network")
        expect(first.locator(".chips")).to_contain_text("Social partnership")
        expect(first.locator("mark").first).to_be_visible()
        assert "principle=Social+partnership" in page.url and "q=food" in page.url  # shareable
        shot = SCREENSHOT if os.environ.get("UPDATE_SCREENSHOT") == "1" else tmp_path / SCREENSHOT.name
        page.screenshot(path=str(shot), full_page=True)

        first.get_by_role("link", name="Similar projects").click()
        expect(page.get_by_role("heading", name="Projects like Food justice network")).to_be_visible()
        assert page.locator("#results .card").count() >= 3
        assert "Food justice network" not in page.locator("#results h2").all_inner_texts()
        browser.close()
    assert shot.stat().st_size > 10_000  # docs/search-page.png is this, taken with UPDATE_SCREENSHOT=1


def test_the_page_is_keyboard_operable_and_loads_nothing_from_elsewhere(live_api: tuple[str, Path]) -> None:
    html = httpx.get(live_api[0] + "/", params={"q": "energy"}).text
    assert 'role="search"' in html and '<label for="principle">' in html
    for external in ("http://", "https://", "//"):
        assert f'src="{external}' not in html and f'href="{external}cdn' not in html
    assert "<script" not in html  # server-rendered: works with JavaScript off
    assert os.environ.get("PLAYWRIGHT_BROWSERS_PATH") != "0"  # never a downloaded browser
