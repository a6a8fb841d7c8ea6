"""Reports: the HTML shows page-derived text as text."""

from __future__ import annotations

from pathlib import Path

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
