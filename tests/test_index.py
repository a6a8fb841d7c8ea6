"""The index over both engines: Qdrant Edge shards (embedded) and a Qdrant server. qdrant-client's
local mode stands in for the server, injected through ServerEngine's constructor (no server binary)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from qdrant_client import QdrantClient

from harvester.chunk import chunk_document
from harvester.embed import HashingEmbedder, sparse_document, sparse_query
from harvester.errors import IndexUnavailableError
from harvester.gazetteer import Gazetteer
from harvester.index import (
    DocumentUpdate,
    IndexedChunk,
    IndexFilter,
    IntRange,
    KeywordMatch,
    StoredPoint,
    VectorIndex,
    doc_point_id,
    open_index,
    point_id,
)
from harvester.index.copy import copy_index
from harvester.index.payload import payload_for
from harvester.index.server import ServerEngine
from harvester.models import DocType, Document, Kind, Principle, Section

# qdrant-client's local mode, standing in for a server, says payload indexes need a real server
pytestmark = pytest.mark.filterwarnings("ignore:Payload indexes have no effect:UserWarning")
EMBEDDER = HashingEmbedder()
GAZETTEER = Gazetteer.from_file(None)
STAND_IN = "http://stand-in.invalid:6333"


def stand_in_server(path: Path | None = None) -> VectorIndex:
    client = QdrantClient(path=str(path)) if path else QdrantClient(location=":memory:")
    return VectorIndex(ServerEngine(client, STAND_IN), "test")


@pytest.fixture(params=["edge", "server"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[VectorIndex]:
    opened = open_index(tmp_path, None, None, "test") if request.param == "edge" else stand_in_server()
    yield opened
    opened.close()


def document(name: str, text: str, lead: str, year: int, principles: list[str], sentences: int = 1) -> Document:
    body = " ".join(f"{text} Sentence {i} of the {name} story." for i in range(sentences))
    return Document(
        url=f"https://example.org/{name}",
        source="test",
        kind=Kind.HTML,
        title=name.title(),
        lead_member=lead,
        year=year,
        type="Policy Labs",
        principles=[Principle(name=p, basis="listed") for p in principles],
        sections=[Section(heading="About", text=body)],
    )


def update(doc: Document, held: int = 0) -> DocumentUpdate:
    chunks = chunk_document(doc, 40, 5)
    vectors = EMBEDDER.embed([c.text for c in chunks])
    items = [IndexedChunk(c, v, sparse_document(c.text)) for c, v in zip(chunks, vectors, strict=True)]
    return DocumentUpdate(doc, items, payload_for(doc, GAZETTEER), held=held)


ENERGY = document("energy", "Residents own solar panels on the school roof.", "Oldham Council", 2019, ["Co-production"])
FOOD = document("food", "A food pantry run by volunteers.", "Kirklees Council", 2022, ["Social Partnership"])
HOMES = document("homes", "Tenants manage their estate and its heating.", "Oldham Council", 2015, ["Co-production"])


def fill(index: VectorIndex) -> None:
    index.ensure_collections()
    index.replace_documents([update(ENERGY), update(FOOD), update(HOMES)])
    index.finish()


def search(index: VectorIndex, query: str, mode: str = "hybrid", query_filter: IndexFilter | None = None) -> list[str]:
    found = index.query(
        dense=EMBEDDER.embed([query])[0], sparse=sparse_query(query), query_filter=query_filter, limit=10, mode=mode
    )
    return list(dict.fromkeys(m.payload["doc_url"] for m in found))


def test_an_empty_index_answers_empty(index: VectorIndex) -> None:
    assert not index.exists() and index.count() == 0
    assert search(index, "solar") == [] and index.point_ids() == set()
    assert index.document_point(ENERGY.url) is None and index.facets("kind") == []


def test_stale_chunks_are_deleted_by_id_and_documents_removed(index: VectorIndex) -> None:
    index.ensure_collections()
    long_energy = document("energy", "Residents own solar panels.", "Oldham Council", 2019, [], sentences=30)
    first = update(long_energy)
    index.replace_documents([first, update(FOOD)])
    assert len(first.chunks) > 3 and index.count() == len(first.chunks) + 1
    index.replace_documents([update(ENERGY, held=len(first.chunks))])  # shrinks to one chunk
    assert index.point_ids() == {point_id(ENERGY.url, 0), point_id(FOOD.url, 0)}
    index.delete_document(FOOD.url, held=1)
    assert index.point_ids() == {point_id(ENERGY.url, 0)}
    assert index.document_point(FOOD.url) is None and index.document_point(ENERGY.url) is not None


@pytest.mark.parametrize("mode", ["hybrid", "dense", "sparse"])
def test_modes_rank_the_matching_document_first(index: VectorIndex, mode: str) -> None:
    fill(index)
    assert search(index, "solar panels on the school roof", mode)[0] == ENERGY.url
    assert search(index, "food pantry volunteers", mode)[0] == FOOD.url
    assert search(index, "zzzz", "sparse") == []  # no shared term, nothing from BM25


def test_hybrid_puts_a_generic_page_behind_a_project_that_matches_as_well(index: VectorIndex) -> None:
    project = ENERGY.model_copy(update={"doc_type": DocType.PROJECT})
    page = ENERGY.model_copy(update={"url": "https://example.org/about", "doc_type": DocType.PAGE})
    index.ensure_collections()
    for first in (page, project):  # the same text: the engine's tie order must not decide
        index.reset()
        index.replace_documents([update(first), update(project if first is page else page), update(FOOD)])
        index.finish()
        assert search(index, "solar panels on the school roof")[:2] == [project.url, page.url]
        assert search(index, "solar panels on the school roof", "dense")[0] in (project.url, page.url)
    index.fusion = replace(index.fusion, page_prior=1.0)  # without the prior both come first now and then
    assert set(search(index, "solar panels on the school roof")[:2]) == {project.url, page.url}


def test_filters_match_keywords_lists_and_year_ranges(index: VectorIndex) -> None:
    fill(index)
    oldham = IndexFilter((KeywordMatch("councils", "oldham"),))
    assert set(search(index, "residents", query_filter=oldham)) == {ENERGY.url, HOMES.url}
    co_production_2018_on = IndexFilter(
        (KeywordMatch("principles", "Co-production"),), (IntRange("year", lte=2030), IntRange("year_last", gte=2018))
    )
    assert search(index, "residents", query_filter=co_production_2018_on) == [ENERGY.url]
    assert search(index, "residents", query_filter=IndexFilter(excluded=(KeywordMatch("doc_url", ENERGY.url),)))
    assert search(index, "residents", query_filter=IndexFilter((KeywordMatch("source", "elsewhere"),))) == []


def test_similar_reads_the_mean_vector_and_leaves_the_document_out(index: VectorIndex) -> None:
    fill(index)
    own = index.document_point(ENERGY.url)
    assert own is not None and own.vector is not None and own.payload["title"] == "Energy"
    similar = index.similar_documents(own.vector, exclude_url=ENERGY.url, limit=5)
    assert {m.payload["doc_url"] for m in similar} == {FOOD.url, HOMES.url}


def test_facets_count_documents_not_chunks(index: VectorIndex) -> None:
    index.ensure_collections()
    index.replace_documents([update(document("energy", "Solar.", "Oldham Council", 2019, [], sentences=30))])
    index.replace_documents([update(FOOD), update(HOMES)])
    assert index.count() > 3
    councils = {(c.value, c.count) for c in index.facets("council_names")}
    assert councils == {("Oldham Council", 2), ("Kirklees Council", 1)}
    assert [(c.value, c.count) for c in index.facets("type")] == [("Policy Labs", 3)]
    assert {c.value for c in index.facets("years")} == {2015, 2019, 2022}
    only_2022 = IndexFilter(ranges=(IntRange("year", gte=2022),))
    assert [(c.value, c.count) for c in index.facets("council_names", only_2022)] == [("Kirklees Council", 1)]


def test_the_embedded_index_is_one_process_at_a_time(tmp_path: Path) -> None:
    first = open_index(tmp_path, None, None, "test")
    try:
        with pytest.raises(IndexUnavailableError, match=r"embedded index at .* is in use by another process"):
            open_index(tmp_path, None, None, "test")
    finally:
        first.close()
    open_index(tmp_path, None, None, "test").close()  # free again once closed


def test_a_broken_shard_is_an_index_error_naming_the_location(tmp_path: Path) -> None:
    index = open_index(tmp_path, None, None, "test")
    fill(index)
    index.close()
    for segment in (tmp_path / "edge" / "test" / "segments").iterdir():
        for path in segment.rglob("*"):
            if path.is_file():
                path.write_bytes(b"\0garbage")
    reopened = open_index(tmp_path, None, None, "test")
    try:
        with pytest.raises(IndexUnavailableError, match=re.escape(f"embedded index at {tmp_path / 'edge'}")):
            search(reopened, "solar")
    finally:
        reopened.close()


def test_a_copy_to_a_server_resumes_where_it_stopped(tmp_path: Path) -> None:
    source = open_index(tmp_path, None, None, "test")
    fill(source)
    source.replace_documents(
        [update(document(f"p{i}", f"Project {i} about co-operative care.", "Oldham", 2020, [])) for i in range(20)]
    )
    target = stand_in_server(tmp_path / "server")
    cursor = tmp_path / "copy.json"
    calls: list[int] = []
    real_upsert = target.engine.upsert

    def failing_after_two(collection: str, points: list[StoredPoint]) -> None:
        calls.append(len(points))
        if len(calls) == 3:
            raise IndexUnavailableError(f"Qdrant at {STAND_IN} failed during upsert: connection reset")
        real_upsert(collection, points)

    target.engine.upsert = failing_after_two  # type: ignore[method-assign]
    with pytest.raises(IndexUnavailableError):
        copy_index(source, target, cursor, batch=5)
    saved = json.loads(cursor.read_text())
    assert saved["target"] == STAND_IN and saved["done"] == 10 and saved["offset"]

    progress: list[tuple[int, int]] = []
    target.engine.upsert = real_upsert  # type: ignore[method-assign]
    copied = copy_index(source, target, cursor, lambda done, total: progress.append((done, total)), batch=5)
    total = source.count() + source.count_in(source.docs_collection)
    assert copied == total - 10 and progress[-1] == (total, total) and not cursor.exists()
    assert target.point_ids() == source.point_ids()
    assert target.count_in(target.docs_collection) == source.count_in(source.docs_collection)
    for point in source.points(source.collection):
        [copy] = target.engine.retrieve(target.collection, [point.id], with_vectors=True)
        assert copy.payload == point.payload and copy.sparse == point.sparse
        assert copy.dense == pytest.approx(point.dense, abs=1e-6)
    assert search(target, "solar panels")[0] == search(source, "solar panels")[0] == ENERGY.url
    assert target.engine.retrieve(target.docs_collection, [doc_point_id(ENERGY.url)], with_vectors=False)
    source.close()
    target.close()
