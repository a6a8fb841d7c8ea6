"""Reports: golden JSON over a sequence of runs, escaping, contacts withheld, rendering in a browser."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from harvester.pipeline import Workspace, execute
from harvester.report import build_report, render

from .conftest import Site, make_settings, page


def test_markup_in_a_page_title_is_escaped_in_the_html_report(tmp_path: Path, site: Site) -> None:
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    site.page(
        "/",
        page(
            hostile,
            "<p>Lead Member: Evil <b>Borough</b> Council. A project page with enough words "
            "to be indexed by the harvester as real content.</p>",
        ),
    )
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    state = execute(ws, None, crawl=True, index=True, command="test")
    html = render(build_report(ws.catalogue, state.run_id), "html")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    ws.close()


def test_page_derived_text_is_escaped_in_the_markdown_report(tmp_path: Path, site: Site) -> None:
    """The Markdown goes to Prefect as an artifact, which renders Markdown and HTML."""
    hostile = "[click](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt; *x*"  # as text on the page
    site.page(
        "/",
        page(
            hostile,
            "<p>Lead Member: Oldham Council. A project page with enough words to be indexed by the "
            "harvester as real content, and a link.</p><p><a href='/a b'>more</a></p>",
        ),
    )
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    state = execute(ws, None, crawl=True, index=True, command="test")
    markdown = render(build_report(ws.catalogue, state.run_id), "md")
    assert "[click](javascript" not in markdown and "*x*" not in markdown
    assert not re.search(r"(?<!\\)<img", markdown)  # only an escaped one
    assert "\\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\*x\\*" in markdown
    assert f"(<{site.url('/')}>)" in markdown  # link targets in angle brackets
    ws.close()


# --- golden files: a scripted sequence of runs over a small site ------------------------------

GOLDEN = Path(__file__).parent / "golden" / "reports"
_VOLATILE = ("run_id", "started_at", "finished_at", "timings_s")


def project(title: str, lead: str, year: str, about: str, contact: str = "") -> str:
    return page(
        title,
        f"<ul><li>Lead Member: {lead}</li><li>Participating Members: Oldham Council, Bolton Council</li>"
        f"<li>Year: {year}</li><li>Type: Policy Labs</li></ul><h3>Principles met</h3>"
        "<ul><li>We will embrace innovation in how we work with local communities to drive positive change.</li></ul>"
        f"<h2>About the project</h2><p>{about}</p>{contact}",
    )


def scripted_site(site: Site) -> None:
    links = "".join(f'<a href="/p/{n}">{n}</a> ' for n in ("alpha", "bravo", "charlie", "delta"))
    site.page("/", page("Projects", f"<p>The network's projects, listed for everyone to read.</p>{links}"))
    site.page(
        "/p/alpha",
        project(
            "Alpha lab",
            "Wigan Council",
            "2021",
            "Alpha helped residents run repair cafes " * 8,
            "<p>For further information contact Ann Lee, ann.lee@wigan.gov.uk</p>",
        ),
    )
    site.page("/p/bravo", project("Bravo lab", "Bury Council", "2020", "Bravo set up a community energy society " * 8))
    site.page("/p/charlie", project("Charlie lab", "Bolton Council", "2019", "Charlie ran tenant panels " * 8))
    site.page("/p/delta", project("Delta lab", "Salford City Council", "2022", "Delta mapped digital exclusion " * 8))


def normalised(report: dict[str, object], base: str) -> dict[str, object]:
    """The report without what differs between runs of the test: ids, clock times, the port."""
    text = json.dumps({k: v for k, v in report.items() if k not in _VOLATILE}, sort_keys=True)
    data = json.loads(text.replace(base.rstrip("/"), "http://site"))
    if data.get("previous"):
        data["previous"] = {k: v for k, v in data["previous"].items() if k not in ("run_id", "finished_at")}
    return data


def test_reports_of_a_scripted_sequence_of_runs_match_the_golden_files(tmp_path: Path, site: Site) -> None:
    scripted_site(site)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    steps = {}
    steps["1-first-run"] = execute(ws, None, crawl=True, index=True, command="test")
    steps["2-unchanged-rerun"] = execute(ws, None, crawl=True, index=True, command="test")
    site.page(
        "/p/alpha",
        project(
            "Alpha lab",
            "Wigan Council",
            "2021",
            "Alpha now also lends tools " * 8,
            "<p>For further information contact Ann Lee, ann.lee@wigan.gov.uk</p>",
        ),
    )
    site.page(
        "/p/bravo", project("Bravo lab", "Bury Council", "2020-2021", "Bravo set up a community energy society " * 8)
    )
    del site.routes["/p/charlie"]
    site.raw("/p/delta", b"temporarily broken", status=500)
    steps["3-edits-deletion-failure"] = execute(ws, None, crawl=True, index=True, command="test")
    steps["4-still-failing"] = execute(ws, None, crawl=True, index=True, command="test")

    update = os.environ.get("UPDATE_GOLDEN") == "1"
    for name, state in steps.items():
        report = json.loads((ws.reports_dir / f"{state.run_id}.json").read_text(encoding="utf-8"))
        got = normalised(report, site.url("/"))
        path = GOLDEN / f"{name}.json"
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(got, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        assert got == json.loads(path.read_text(encoding="utf-8")), f"{name} differs (UPDATE_GOLDEN=1 to review)"
    ws.close()


def test_contacts_can_be_kept_out_of_reports(tmp_path: Path, site: Site) -> None:
    scripted_site(site)
    settings = make_settings(tmp_path / "data", site.url("/"))
    settings.report.show_contacts = False
    ws = Workspace(settings)
    state = execute(ws, None, crawl=True, index=True, command="test")
    for fmt in ("json", "md", "html"):
        text = (ws.reports_dir / f"{state.run_id}.{fmt}").read_text(encoding="utf-8")
        assert "ann.lee@wigan.gov.uk" not in text and "Ann Lee" not in text
    assert json.loads((ws.reports_dir / f"{state.run_id}.json").read_text())["corpus"]["contacts_found"] == 1
    ws.close()


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed (.ci/run installs it)")
def test_the_html_report_renders_in_a_browser_on_a_phone_sized_screen(tmp_path: Path, site: Site) -> None:
    scripted_site(site)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    state = execute(ws, None, crawl=True, index=True, command="test")
    html = ws.reports_dir / f"{state.run_id}.html"
    png = tmp_path / "report.png"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--hide-scrollbars",
            "--window-size=390,1400",
            f"--screenshot={png}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    from PIL import Image

    with Image.open(png) as image:
        pixels = image.convert("RGB")
        assert pixels.size == (390, 1400)
        colours = pixels.getcolors(maxcolors=1_000_000) or []
        ink = sum(count for count, rgb in colours if sum(rgb) < 600)  # anything clearly darker than white
        blue = sum(count for count, (r, g, b) in colours if b > 150 and r < 120)  # links and bars
    assert ink > 0.02 * 390 * 1400, "the page rendered (nearly) blank"
    assert blue > 0, "links or bars should be drawn in blue"
    ws.close()
