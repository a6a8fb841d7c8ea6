"""The pipeline end to end with the fast embedder: lifecycle, incremental work, lock, report files."""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from qdrant_client import QdrantClient, models

from harvester.embed import HashingEmbedder
from harvester.errors import LockedError
from harvester.index import VectorIndex, point_id
from harvester.pipeline import Workspace, document_records, execute, run_lock

from .conftest import Site, make_settings, page

INTERFACE_DOCUMENT_KEYS = {
    "url",
    "source",
    "kind",
    "title",
    "doc_type",
    "lead_member",
    "participating_members",
    "year",
    "year_end",
    "type",
    "principles",
    "contacts",
    "topics",
    "summary",
    "links",
    "content_hash",
    "first_seen",
    "last_changed",
    "chunks",
}
INTERFACE_REPORT_KEYS = {
    "run_id",
    "started_at",
    "finished_at",
    "status",
    "sources",
    "counts",
    "failures",
    "changes",
    "needs_review",
    "timings_s",
}
INTERFACE_COUNTS = {
    "discovered",
    "fetched",
    "new",
    "changed",
    "unchanged",
    "gone",
    "failed",
    "skipped_robots",
    "skipped_out_of_scope",
    "pdfs",
    "chunks_embedded",
    "chunks_deleted",
}


def run(ws: Workspace):  # type: ignore[no-untyped-def]
    return execute(ws, None, crawl=True, index=True, command="test")


def test_sample_site_run_and_unchanged_rerun(sample_workspace: Workspace) -> None:
    first = run(sample_workspace)
    assert first.status == "completed", first.errors
    assert first.counts["new"] == 15 and first.counts["pdfs"] == 2
    assert first.counts["skipped_robots"] == 1  # /private/ is disallowed
    records = [r.model_dump() for r in document_records(sample_workspace)]  # the JSON shape
    assert len(records) == 15
    assert all(set(r) >= INTERFACE_DOCUMENT_KEYS for r in records)
    by_path = {r["url"].split("/", 3)[3]: r for r in records}
    divide = by_path["projects/understanding-the-digital-divide/"]
    assert divide["lead_member"] == "Cheshire West and Chester Council" and divide["year"] == 2022
    assert divide["chunks"] > 0 and divide["links"] == [
        {"url": divide["url"].split("/projects")[0] + "/toolkits/digital-exclusion-workbook.pdf", "kind": "pdf"}
    ]
    workbook = by_path["toolkits/digital-exclusion-workbook.pdf"]
    assert workbook["kind"] == "pdf" and workbook["linked_from"]
    assert by_path["projects/coming-soon/"]["chunks"] == 0

    second = run(sample_workspace)
    assert second.counts["new"] == 0 and second.counts["changed"] == 0
    assert second.counts["unchanged"] == 15
    assert second.counts.get("chunks_embedded", 0) == 0


def test_lifecycle_new_changed_unchanged_gone_failed(tmp_path: Path, site: Site) -> None:
    words = " ".join(f"word{i}" for i in range(600))
    site.page(
        "/",
        page(
            "Home",
            "<p>Index of projects for the network and more.</p>"
            '<a href="/a">A</a> <a href="/b">B</a> <a href="/c">C</a> <a href="/d">D</a>',
        ),
    )
    site.page("/a", page("Project A", f"<p>Alpha project about allotments. {words}</p>"))
    site.page("/b", page("Project B", "<p>Bravo project about bike repair cafes run by volunteers in town.</p>"))
    site.page("/c", page("Project C", "<p>Charlie project about community choirs in every ward of the city.</p>"))
    site.page("/d", page("Project D", "<p>Delta project about debt advice delivered in community venues.</p>"))
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    first = run(ws)
    assert first.counts["new"] == 5
    chunks_a = ws.catalogue.get(site.url("/a")).chunk_count  # type: ignore[union-attr]
    assert chunks_a >= 3

    site.page("/a", page("Project A", f"<p>Alpha project about allotments. {words} And a new closing line.</p>"))
    site.page(
        "/b",
        page("Project B", "<p>Bravo project about bike repair cafes run by volunteers in town.</p>").replace(
            "© 2024 Network", "© 2025 Network, new footer"
        ),
    )
    del site.routes["/c"]
    site.raw("/d", b"server error", status=500)
    second = run(ws)

    assert second.status == "completed"  # a broken page is counted and listed; every real site has one
    assert (second.counts["changed"], second.counts["gone"], second.counts["failed"]) == (1, 1, 1)
    assert second.counts["unchanged"] == 2  # home and B: a footer edit is not a change
    assert 0 < second.counts["chunks_embedded"] < chunks_a  # only A's changed chunk(s)
    live = {r.url for r in document_records(ws)}
    assert site.url("/c") not in live
    assert site.url("/d") in live  # a transient failure never removes a document
    assert ws.catalogue.get(site.url("/d")).failure_reason == "HTTP 500"  # type: ignore[union-attr]

    expected_ids = {point_id(s.url, i) for s in ws.catalogue.documents("live") for i in range(s.chunk_count)}
    assert ws.index.point_ids() == expected_ids  # exactly one copy of every live chunk, nothing of C

    report = json.loads((ws.reports_dir / f"{second.run_id}.json").read_text())
    assert set(report) >= INTERFACE_REPORT_KEYS and set(report["counts"]) >= INTERFACE_COUNTS
    changes = {(c["url"], c["change"]) for c in report["changes"]}
    assert changes == {(site.url("/a"), "changed"), (site.url("/c"), "gone")}
    assert report["failures"] == [
        {"url": site.url("/d"), "reason": "HTTP 500", "kind": "http_status", "runs_in_a_row": 1}
    ]
    ws.close()


def test_a_run_whose_host_is_skipped_whole_is_partial_and_keeps_what_it_had(tmp_path: Path, site: Site) -> None:
    site.page("/", page("Home", '<p>Index of projects.</p><a href="/a">A</a>'))
    site.page("/a", page("Project A", "<p>Alpha project about allotments run by tenants in three estates.</p>"))
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    first = run(ws)
    assert first.status == "completed" and first.counts["new"] == 2

    site.raw("/robots.txt", b"busy", status=500)  # robots.txt unavailable: the whole host is skipped this run
    second = run(ws)

    assert second.status == "partial"
    assert second.counts["hosts_unavailable"] == 1 and second.counts["gone"] == 0
    assert {r.url for r in document_records(ws)} == {site.url("/"), site.url("/a")}
    report = json.loads((ws.reports_dir / f"{second.run_id}.json").read_text())
    [skipped] = report["unavailable"]
    assert (skipped["host"], skipped["source"]) == (site.url("").rstrip("/"), "test")
    assert "robots.txt answered HTTP 500" in skipped["reason"] and skipped["reason"] in report["status_reason"]


def test_a_run_with_failed_pages_completes_and_says_how_many(tmp_path: Path, site: Site) -> None:
    site.page("/", page("Home", '<p>Index of projects.</p><a href="/a">A</a> <a href="/broken">B</a>'))
    site.page("/a", page("Project A", "<p>Alpha project about allotments run by tenants in three estates.</p>"))
    site.raw("/broken", b"oops", status=500)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    state = run(ws)

    report = json.loads((ws.reports_dir / f"{state.run_id}.json").read_text())
    assert (state.status, report["status"]) == ("completed", "completed")
    assert report["status_reason"] == "completed with 1 failed page"
    assert [f["url"] for f in report["failures"]] == [site.url("/broken")]


def paged_site(site: Site) -> None:
    """A home page, an events calendar paged without end (every page the same but for its number), and
    a news listing of three pages of teasers linking to six posts."""

    def events(path: str) -> str:
        number = int(path.rsplit("=", 1)[-1]) if "=" in path else 1
        following = f'<a href="/events?page={number + 1}">Next</a>'
        return page(f"Events, page {number}", f"<p>No events this week.</p>{following}")

    def news(path: str) -> str:
        number = int(path.rsplit("=", 1)[-1]) if "=" in path else 1
        posts = [n for n in range(2 * number - 1, 2 * number + 1) if n <= 6]
        teasers = "".join(f'<h3><a href="/news/post-{n}">Post {n}</a></h3><p>Teaser of post {n}.</p>' for n in posts)
        more = f'<a href="/news?page={number + 1}">Older</a>' if posts else ""
        return page(f"News, page {number}", teasers + more)

    site.page("/", page("Home", '<p>The network home.</p><a href="/events">Events</a> <a href="/news">News</a>'))
    site.dynamic("/events", events)
    site.dynamic("/news", news)
    for n in range(1, 7):
        site.page(
            f"/news/post-{n}",
            page(f"Post {n}", f"<p>Post {n} tells how tenants in ward {n} set up a food co-operative together.</p>"),
        )


def test_paged_listings_are_crawled_for_links_not_indexed_and_a_rerun_changes_nothing(
    tmp_path: Path, site: Site
) -> None:
    paged_site(site)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    first = run(ws)
    live = {r.url.removeprefix(site.url("")) for r in document_records(ws)}
    assert {f"/news/post-{n}" for n in range(1, 7)} <= live  # every post reached through the pages
    assert not {url for url in live if "page=" in url}  # the pages of the listings are not documents
    assert first.counts["listing_pages"] > 0
    deepest = max(int(path.rsplit("=", 1)[-1]) for path, _ in site.requests if path.startswith("/events?page="))

    for _ in range(2):
        again = run(ws)
        assert (again.counts["new"], again.counts["changed"], again.counts["gone"]) == (0, 0, 0)
        assert again.counts["chunks_embedded"] == 0 and again.status == "completed"
    assert {r.url.removeprefix(site.url("")) for r in document_records(ws)} == live
    reached = max(int(path.rsplit("=", 1)[-1]) for path, _ in site.requests if path.startswith("/events?page="))
    assert reached == deepest  # each run walks the calendar from its first page, never on from the deepest


def test_index_failure_leaves_work_pending_for_the_next_run(tmp_path: Path, site: Site) -> None:
    site.page("/", page("Home", "<p>A page about co-operative housing for older residents in the borough.</p>"))
    settings = make_settings(tmp_path / "data", site.url("/"))
    settings.index.url = "http://127.0.0.1:9"  # nothing listens on the discard port
    settings.index.timeout_s = 2
    ws = Workspace(settings)
    failed = run(ws)
    assert failed.status == "failed" and "127.0.0.1:9" in failed.errors[0]
    stale, _ = ws.catalogue.pending_index()
    assert [s.url for s in stale] == [site.url("/")]
    ws.close()

    recovered = Workspace(make_settings(tmp_path / "data", site.url("/")))
    assert execute(recovered, None, crawl=False, index=True, command="test").status == "completed"
    assert recovered.catalogue.pending_index() == ([], [])
    recovered.close()


def test_two_runs_on_one_data_dir_are_refused(tmp_path: Path, site: Site) -> None:
    site.page("/", page("Home", "<p>Text.</p>"))
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    with run_lock(ws.data_dir, "harvester run (other)"), pytest.raises(LockedError, match="harvester run"):
        run(ws)
    ws.close()


def test_duplicate_content_at_two_urls_is_one_document_with_an_alias(tmp_path: Path, site: Site) -> None:
    text = page(
        "Shared",
        "<p>The same co-operative care project, run by home carers who own their business, "
        "published twice under two different addresses on one site.</p>",
    )
    site.page("/", page("Home", '<p>Home page</p><a href="/one">1</a> <a href="/two">2</a>'))
    site.page("/one", text)
    site.page("/two", text)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    state = run(ws)
    assert state.counts["duplicates"] == 1
    records = [r for r in document_records(ws) if r.title == "Shared"]
    assert len(records) == 1 and len(records[0].aliases) == 1
    ws.close()


def test_a_page_with_a_canonical_link_is_one_document_under_its_canonical_url(tmp_path: Path, site: Site) -> None:
    canonical = f'<link rel="canonical" href="{site.url("/projects/care")}">'
    body = "<p>Home carers who own their business together, supported by the council's co-operative team.</p>"
    site.page("/", page("Home", '<p>Home page</p><a href="/projects/care?view=print">Care</a>'))
    site.page("/projects/care?view=print", page("Care co-op", body, head=canonical))
    site.page("/projects/care", page("Care co-op", body, head=canonical))
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    run(ws)
    records = [r for r in document_records(ws) if r.title == "Care co-op"]
    assert [r.url for r in records] == [site.url("/projects/care")]
    assert records[0].aliases == [site.url("/projects/care?view=print")]
    ws.close()


def test_a_page_that_moves_with_a_redirect_is_merged_into_its_new_address(tmp_path: Path, site: Site) -> None:
    body = page("Energy co-op", "<p>A community energy co-operative with solar panels on every school roof.</p>")
    site.page("/", page("Home", '<p>Home page</p><a href="/old">Energy</a>'))
    site.page("/old", body)
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    run(ws)
    site.raw("/old", b"", status=301, headers={"Location": site.url("/new")})
    site.page("/new", body)
    second = run(ws)
    records = [r for r in document_records(ws) if r.title == "Energy co-op"]
    assert [(r.url, r.aliases) for r in records] == [(site.url("/new"), [site.url("/old")])]
    assert second.counts["gone"] == 1 and second.counts["new"] == 1
    expected_ids = {point_id(s.url, i) for s in ws.catalogue.documents("live") for i in range(s.chunk_count)}
    assert ws.index.point_ids() == expected_ids  # the old address's chunks left the index
    ws.close()


def test_a_crash_between_upsert_and_cleanup_leaves_nothing_stale_after_the_next_run(
    tmp_path: Path, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    def text(n: int) -> str:
        return " ".join(f"Sentence {i} about a co-operative energy scheme run by residents." for i in range(n))

    site.page("/", page("Home", '<p>Projects of the network.</p><a href="/p">P</a>'))
    site.page("/p", page("Project P", f"<p>{text(20)}</p>"))
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")))
    run(ws)
    site.page("/p", page("Project P", f"<p>{text(120)}</p>"))  # more chunks than before

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt("killed after the upsert, before stale chunks were deleted")

    monkeypatch.setattr(VectorIndex, "_delete_ids", crash)
    with pytest.raises(KeyboardInterrupt):
        run(ws)
    monkeypatch.undo()
    site.page("/p", page("Project P", f"<p>{text(5)}</p>"))  # and now fewer than ever
    run(ws)
    expected = {point_id(s.url, i) for s in ws.catalogue.documents("live") for i in range(s.chunk_count)}
    assert ws.index.point_ids() == expected
    ws.close()


class CountingEmbedder(HashingEmbedder):
    def __init__(self) -> None:
        self.texts: list[str] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.texts += texts
        return super().embed(texts)


def three_projects(site: Site) -> None:
    site.page("/", page("Home", '<p>Projects.</p><a href="/a">A</a> <a href="/b">B</a> <a href="/c">C</a>'))
    for name, story in (("a", "solar panels on the school roof"), ("b", "a food pantry"), ("c", "tenants' heating")):
        sentences = " ".join(f"Residents and the council run {story}, year {i} of the scheme." for i in range(40))
        site.page(f"/{name}", page(f"Project {name.upper()}", f"<p>{sentences}</p>"))


def make_legacy(data_dir: Path, collection: str) -> None:
    """What the old embedded mode (qdrant-client local) left under data_dir, and no Edge shards."""
    shutil.rmtree(data_dir / "edge")
    client = QdrantClient(path=str(data_dir / "qdrant"))
    client.create_collection(collection, vectors_config={"dense": models.VectorParams(size=384, distance="Cosine")})
    client.close()


def test_an_index_the_old_embedded_mode_wrote_is_rebuilt_from_the_cache_without_embedding(
    tmp_path: Path, site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    three_projects(site)
    settings = make_settings(tmp_path / "data", site.url("/"))
    ws = Workspace(settings)
    run(ws)
    expected = ws.index.point_ids()
    before = ws.searcher().search("solar panels school").results[0]  # below it: ties at 0.0 (hashing embedder)
    ws.close()
    make_legacy(tmp_path / "data", settings.index.collection)

    embedder = CountingEmbedder()
    upgraded = Workspace(settings, embedder=embedder)
    with caplog.at_level(logging.WARNING, logger="harvester.pipeline"):
        assert upgraded.index.point_ids() == expected
    assert embedder.texts == []  # every chunk vector came from the embedding cache
    assert "written by the old embedded mode" in caplog.text and "rebuilt 4 documents" in caplog.text
    assert upgraded.catalogue.pending_index() == ([], [])
    assert upgraded.searcher().search("solar panels school").results[0] == before
    upgraded.close()
    reopened = Workspace(settings, embedder=embedder)
    assert reopened.index.legacy is None and reopened.index.point_ids() == expected  # once only
    reopened.close()


def test_a_document_the_cache_lacks_stays_pending_and_only_its_missing_chunk_is_embedded(
    tmp_path: Path, site: Site
) -> None:
    three_projects(site)
    settings = make_settings(tmp_path / "data", site.url("/"))
    ws = Workspace(settings)
    run(ws)
    expected = ws.index.point_ids()
    ws.close()
    make_legacy(tmp_path / "data", settings.index.collection)
    with sqlite3.connect(tmp_path / "data" / "catalogue.sqlite") as db:
        db.execute("DELETE FROM embeddings WHERE rowid = (SELECT MIN(rowid) FROM embeddings)")

    embedder = CountingEmbedder()
    upgraded = Workspace(settings, embedder=embedder)
    assert len(upgraded.index.point_ids()) < len(expected) and embedder.texts == []
    assert len(upgraded.catalogue.pending_index()[0]) == 1
    state = execute(upgraded, None, crawl=False, index=True, command="index")
    assert state.counts["chunks_embedded"] == 1 and len(embedder.texts) == 1
    assert upgraded.index.point_ids() == expected
    upgraded.close()


def test_rebuild_drops_the_index_and_writes_it_again_without_embedding(tmp_path: Path, site: Site) -> None:
    three_projects(site)
    embedder = CountingEmbedder()
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")), embedder=embedder)
    run(ws)
    expected = ws.index.point_ids()
    ws.index.replace_documents([])  # nothing; then a stray point the catalogue knows nothing of
    stray = next(iter(ws.index.points(ws.index.collection)))
    stray.id = point_id("https://elsewhere.example/", 0)
    ws.index.upsert_points(ws.index.collection, [stray])
    embedded = len(embedder.texts)
    state = execute(ws, None, crawl=False, index=True, command="index --rebuild", rebuild=True)
    assert state.status == "completed" and state.counts["chunks_embedded"] == 0 and len(embedder.texts) == embedded
    assert state.counts["chunks_indexed"] == len(expected)
    assert ws.index.point_ids() == expected  # the stray point went with the old index
    ws.close()


def test_a_rebuild_that_stops_half_way_is_finished_by_the_next_index_step_without_embedding(
    tmp_path: Path, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    three_projects(site)
    embedder = CountingEmbedder()
    ws = Workspace(make_settings(tmp_path / "data", site.url("/")), embedder=embedder)
    run(ws)
    expected, embedded = ws.index.point_ids(), len(embedder.texts)

    def killed(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt("killed while the rebuild wrote its first batch")

    monkeypatch.setattr(VectorIndex, "replace_documents", killed)
    with pytest.raises(KeyboardInterrupt):
        execute(ws, None, crawl=False, index=True, command="index --rebuild", rebuild=True)
    monkeypatch.undo()
    assert ws.index.point_ids() == set() and len(ws.catalogue.pending_index()[0]) == 4
    state = execute(ws, None, crawl=False, index=True, command="index")
    assert state.counts["chunks_embedded"] == 0 and len(embedder.texts) == embedded
    assert ws.index.point_ids() == expected
    ws.close()
