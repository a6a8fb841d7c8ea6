"""Search over the indexed sample site with the fast embedder: filters, grouping, modes, similar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from qdrant_client import QdrantClient

from harvester.embed import sparse_query
from harvester.errors import InvalidQueryError
from harvester.index import VectorIndex
from harvester.index.copy import copy_index
from harvester.index.server import ServerEngine
from harvester.models import SearchHit
from harvester.pipeline import Workspace, execute
from harvester.search import (
    Searcher,
    SearchFilters,
    build_filter,
    parse_year_filter,
    snippet_of,
    withheld,
    withhold_contacts,
)

from .conftest import make_settings

# qdrant-client's local mode, standing in for a server, says payload indexes need a real server
pytestmark = pytest.mark.filterwarnings("ignore:Payload indexes have no effect:UserWarning")


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory, sample_url: str) -> Iterator[Searcher]:
    ws = Workspace(make_settings(Path(tmp_path_factory.mktemp("search")) / "data", sample_url))
    assert execute(ws, None, crawl=True, index=True, command="test").status == "completed"
    yield ws.searcher()
    ws.close()


def titles(searcher: Searcher, query: str, **filters: object) -> list[str]:
    response = searcher.search(query, SearchFilters(**filters), limit=20)  # type: ignore[arg-type]
    return [hit.title for hit in response.results]


def test_one_hit_per_document_ranked(searcher: Searcher) -> None:
    response = searcher.search("digital exclusion devices data skills", limit=10)
    urls = [h.url for h in response.results]
    assert len(urls) == len(set(urls))
    assert [h.rank for h in response.results] == list(range(1, len(urls) + 1))
    assert response.results[0].title in ("Understanding the Digital Divide", "Digital exclusion mapping workbook")


def test_principle_filter_requires_all(searcher: Searcher) -> None:
    both = titles(searcher, "community", principles=["co-production", "Social Partnership"])
    assert set(both) == {"Understanding the Digital Divide", "Neighbourhood teams in Bury"}
    with pytest.raises(InvalidQueryError, match="unknown principle"):
        titles(searcher, "x", principles=["Not a principle"])


def test_council_filter_matches_lead_or_participant_by_alias(searcher: Searcher) -> None:
    assert set(titles(searcher, "project", council="GMCA")) == {
        "Understanding the Digital Divide",
        "Post-16 transitions across council boundaries",
    }
    assert set(titles(searcher, "project", council="telford & wrekin")) == {"Social value in commissioning"}
    assert titles(searcher, "project", lead="Manchester City") == ["Post-16 transitions across council boundaries"]


def test_year_filter_overlaps_ranges(searcher: Searcher) -> None:
    in_2022 = set(titles(searcher, "council project", year="2022"))
    assert {"Understanding the Digital Divide", "Food justice network"} <= in_2022  # 2022 and 2021-2023
    assert "Social value in commissioning" not in in_2022  # 2019-2020
    assert "Social value in commissioning" in titles(searcher, "social value", year="2020-2021")
    with pytest.raises(InvalidQueryError):
        titles(searcher, "x", year="twenty")


def test_a_year_range_open_at_one_end_is_open_on_that_side(searcher: Searcher) -> None:
    everything = searcher.search("council project", limit=50).results
    periods = {h.url: (h.year, h.year_end or h.year) for h in everything if h.year is not None}
    assert len(periods) < len(everything), "some documents should have no year"

    def urls(year: str) -> set[str]:
        return {h.url for h in searcher.search("council project", SearchFilters(year=year), limit=50).results}

    # A period (year..year_end) matches when it overlaps the range; a document without a year never does.
    onwards = {url for url, (_, last) in periods.items() if last >= 2021}
    up_to = {url for url, (first, _) in periods.items() if first <= 2020}
    assert urls("2021-") == onwards and urls("-2020") == up_to
    assert onwards - {url for url, (first, _) in periods.items() if first == 2021}, "later years should count too"
    assert urls("2021") == {url for url, (first, last) in periods.items() if first <= 2021 <= last}


def test_year_filters_parse_open_ends_and_refuse_nonsense() -> None:
    assert parse_year_filter("2018") == (2018, 2018)
    assert parse_year_filter("2018-2020") == (2018, 2020)
    assert parse_year_filter("2018-") == (2018, None)
    assert parse_year_filter(" -2020 ") == (None, 2020)
    assert parse_year_filter("2018 – ") == (2018, None)
    for bad in ("abc", "2020-2018", "-", "", "2018--2020", "20188", "2018-20"):
        with pytest.raises(InvalidQueryError, match="year"):
            parse_year_filter(bad)


def test_withholding_contacts_hides_every_address_and_the_contacts_names() -> None:
    text = (
        "For further information contact: Dr Chris  Patel, Manager, c.patel@bury.example.gov.uk, or "
        "CHRIS PATEL via chris [at] bury [dot] gov.uk; the office (office@example.org) knows Chris Patelson."
    )
    hidden = withhold_contacts(text, ["Dr Chris Patel"])
    assert "@" not in hidden and "[at]" not in hidden and "Patel," not in hidden and "PATEL" not in hidden
    assert hidden.count("[email withheld]") == 3 and hidden.count("[name withheld]") == 2
    assert "Chris Patelson" in hidden  # another word that starts like the name is not the name
    assert (
        withhold_contacts("Jess Amankwah leads. Ring Jess.", ["Jess"])
        == "[name withheld] Amankwah leads. Ring [name withheld]."
    )


def test_withheld_hits_keep_their_links_and_metadata() -> None:
    url = "https://example.org/projects/a@b.example.org/"
    hit = SearchHit(
        rank=1, url=url, title="Asha Patel's project", score=0.5, snippet="asha@x.org", kind="html", year=2021
    )
    hidden = withheld(hit, ["Asha Patel"])
    assert hidden.url == url and hidden.year == 2021 and hidden.rank == 1
    assert hidden.title == "[name withheld]'s project" and hidden.snippet == "[email withheld]"
    assert hit.snippet == "asha@x.org"  # a copy: the original is untouched


def test_type_kind_and_source_filters(searcher: Searcher) -> None:
    assert "Social value in commissioning" in titles(searcher, "social value", type="policy prototypes")
    pdfs = searcher.search("toolkit", SearchFilters(kind="pdf"), limit=10).results
    assert {h.kind for h in pdfs} == {"pdf"} and len(pdfs) == 2
    assert all(h.page for h in pdfs)
    assert titles(searcher, "toolkit", source="elsewhere") == []


@pytest.mark.parametrize("mode", ["hybrid", "dense", "sparse"])
def test_modes(searcher: Searcher, mode: str) -> None:
    response = searcher.search("community pantries food banks", limit=5, mode=mode)
    assert response.mode == mode
    assert response.results[0].title == "Food justice network"


def test_bad_queries(searcher: Searcher) -> None:
    for call in (
        lambda: searcher.search("  "),
        lambda: searcher.search("x", mode="fuzzy"),
        lambda: searcher.search("x", SearchFilters(kind="doc")),
    ):
        with pytest.raises(InvalidQueryError):
            call()


def test_similar_marks_shared_lead(searcher: Searcher) -> None:
    divide = next(
        h for h in searcher.search("digital divide", limit=5).results if h.title == "Understanding the Digital Divide"
    )
    similar = searcher.similar(divide.url, limit=5)
    assert divide.url not in [h.url for h in similar]
    workbook = next(h for h in similar if h.title == "Digital exclusion mapping workbook")
    assert workbook.shares_lead is True
    assert any(h.shares_lead is False for h in similar)


def test_snippet_centres_on_matching_words() -> None:
    text = "Title\n" + "Filler words here. " * 30 + "The allotment society grew vegetables. " + "More filler. " * 30
    snippet = snippet_of(text, "allotments")
    assert "allotment society" in snippet and snippet.startswith("…")


@pytest.fixture(scope="module")
def server_copy(searcher: Searcher, tmp_path_factory: pytest.TempPathFactory) -> Iterator[VectorIndex]:
    """The same index on a server engine: qdrant-client's local mode standing in for a Qdrant server."""
    engine = ServerEngine(QdrantClient(location=":memory:"), "http://stand-in.invalid:6333")
    target = VectorIndex(engine, searcher.index.collection)
    copy_index(searcher.index, target, tmp_path_factory.mktemp("copy") / "cursor.json")
    yield target
    target.close()


@pytest.mark.parametrize("mode", ["hybrid", "dense", "sparse"])
@pytest.mark.parametrize(
    "filters",
    [SearchFilters(), SearchFilters(council="Kirklees"), SearchFilters(year="2019-2022", type="policy labs")],
    ids=["no filter", "council", "year and type"],
)
def test_edge_and_server_engines_answer_alike(
    searcher: Searcher, server_copy: VectorIndex, mode: str, filters: SearchFilters
) -> None:
    query = "community energy and food co-operatives run by residents"
    dense = searcher.embedder.embed([query])[0]
    sparse = sparse_query(query)
    query_filter = build_filter(filters, searcher.gazetteer)
    # limit 10: with the hashing embedder, passages sharing no word tie at 0.0 further down, in any order
    edge = searcher.index.query(dense=dense, sparse=sparse, query_filter=query_filter, limit=10, mode=mode)
    server = server_copy.query(dense=dense, sparse=sparse, query_filter=query_filter, limit=10, mode=mode)
    assert edge, "the query should match something"
    assert [(m.payload["doc_url"], m.payload["chunk_index"]) for m in edge] == [
        (m.payload["doc_url"], m.payload["chunk_index"]) for m in server
    ]
    assert [round(m.score, 4) for m in edge] == pytest.approx([round(m.score, 4) for m in server], abs=1e-3)


def test_similar_and_facets_agree_across_engines(searcher: Searcher, server_copy: VectorIndex) -> None:
    url = searcher.search("digital divide", limit=1).results[0].url
    own = searcher.index.document_point(url)
    assert own is not None and own.vector is not None
    edge = searcher.index.similar_documents(own.vector, url, 5)
    server = server_copy.similar_documents(own.vector, url, 5)
    assert [m.payload["doc_url"] for m in edge] == [m.payload["doc_url"] for m in server]
    for field in ("principles", "council_names", "years", "type", "kind", "source"):
        assert searcher.index.facets(field) == server_copy.facets(field), field


def test_batched_embedding_gives_each_thread_its_own_vector() -> None:
    import time
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    from harvester.embed import BatchingEmbedder, HashingEmbedder

    class Counting(HashingEmbedder):
        calls = 0

        def embed(self, texts: list[str]) -> np.ndarray:
            Counting.calls += 1
            if Counting.calls == 1:  # a slow first encode: the other threads' queries pile up meanwhile
                deadline = time.monotonic() + 10
                while len(texts) == 1 and batched._queue.qsize() < 8 and time.monotonic() < deadline:
                    time.sleep(0.001)
            return super().embed(texts)

    inner = Counting()
    batched = BatchingEmbedder(inner)
    queries = [f"question {i} about co-operative energy and food" for i in range(64)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        vectors = list(pool.map(lambda q: batched.embed([q])[0], queries))
    expected = HashingEmbedder().embed(queries)
    assert np.allclose(np.stack(vectors), expected)
    assert Counting.calls < len(queries)  # queries that queued up together shared an encode call


def test_batched_embedding_hands_errors_to_the_callers() -> None:
    from harvester.embed import BatchingEmbedder, HashingEmbedder

    class Broken(HashingEmbedder):
        def embed(self, texts: list[str]) -> Any:
            raise RuntimeError("model unavailable")

    with pytest.raises(RuntimeError, match="model unavailable"):
        BatchingEmbedder(Broken()).embed(["anything"])
