"""The search fixtures: the labelled extraction set and the bundled sample site, extracted and indexed."""

from __future__ import annotations

from pathlib import Path

from harvester.demo import sample_site_dir
from harvester.extract import Extractor
from harvester.models import FetchedPage, RunState
from harvester.pipeline import Workspace, index_pending
from harvester.quality import LabelledQuery, load_queries

from .blind_set import blind_cases
from .corpus import all_cases

QUERIES = Path(__file__).with_name("queries.yaml")
BLIND_QUERIES = Path(__file__).with_name("blind") / "queries.yaml"


def fixture_pages() -> list[FetchedPage]:
    pages = [
        FetchedPage(url=c.url, final_url=c.url, source="golden", status=200, content_type=c.content_type, body=c.body)
        for c in all_cases()
    ]
    root = sample_site_dir()
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".html", ".pdf") or "private" in path.parts:
            continue
        relative = path.relative_to(root).as_posix().removesuffix("index.html")
        url = f"https://sample.example.org/{relative}"
        kind = "application/pdf" if path.suffix == ".pdf" else "text/html"
        body = path.read_bytes()
        pages.append(FetchedPage(url=url, final_url=url, source="sample", status=200, content_type=kind, body=body))
    return pages


def blind_pages() -> list[FetchedPage]:
    return [
        FetchedPage(url=c.url, final_url=c.url, source="blind", status=200, content_type=c.content_type, body=c.body)
        for c in blind_cases()
    ]


def index_fixtures(ws: Workspace, pages: list[FetchedPage] | None = None) -> int:
    """Extract every fixture page (or `pages`) into the catalogue and index it; returns the number of documents."""
    extractor = Extractor(ws.settings.extract, ws.gazetteer)
    count = 0
    for page in fixture_pages() if pages is None else pages:
        doc = extractor.extract(page)
        if not doc.sections:
            continue  # empty pages are not indexed, as in a run
        ws.catalogue.save_document(
            doc,
            raw_sha=None,
            etag=None,
            last_modified=None,
            content_type=page.content_type,
            depth=0,
            outlinks=[],
            changed=True,
        )
        count += 1
    index_pending(ws, RunState(run_id="fixtures", sources=sorted({p.source for p in fixture_pages()})))
    return count


def labelled_queries() -> list[LabelledQuery]:
    return load_queries(QUERIES)


def blind_queries() -> list[LabelledQuery]:
    return load_queries(BLIND_QUERIES)
