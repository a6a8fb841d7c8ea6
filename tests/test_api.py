"""The HTTP API over an indexed sample site."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from harvester.api import create_app
from harvester.extract.contacts import EMAIL
from harvester.pipeline import Workspace, execute
from harvester.principles import PRINCIPLE_NAMES

from .conftest import make_settings


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, sample_url: str) -> Iterator[TestClient]:
    settings = make_settings(Path(tmp_path_factory.mktemp("api")) / "data", sample_url)
    ws = Workspace(settings)
    execute(ws, None, crawl=True, index=True, command="test")
    ws.close()
    settings.api.show_contacts = False
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_search_returns_the_contract_shape(client: TestClient) -> None:
    response = client.get("/search", params={"q": "community pantries", "council": "Kirklees", "limit": 3})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"query", "mode", "took_ms", "results"}
    assert body["results"][0]["title"] == "Food justice network"


def test_validation_errors_are_4xx(client: TestClient) -> None:
    assert client.get("/search", params={"q": "x" * 501}).status_code == 422
    assert client.get("/search", params={"q": "x", "limit": 1000}).status_code == 422
    assert client.get("/search", params={"q": "x", "principle": "Nope"}).status_code == 422
    assert client.get("/documents/not-an-id").status_code == 404


def test_documents_withhold_contacts_when_configured(client: TestClient) -> None:
    hit = client.get("/search", params={"q": "post-16 transitions young people"}).json()["results"][0]
    docs = client.get("/similar", params={"url": hit["url"]}).json()
    assert docs and hit["url"] not in [d["url"] for d in docs]
    from harvester.index import doc_point_id

    record = client.get(f"/documents/{doc_point_id(hit['url'])}").json()
    assert record["title"] == hit["title"] and record["contacts"] == []


def test_health_and_page(client: TestClient) -> None:
    health = client.get("/health").json()
    assert health["index_reachable"] is True and health["documents"] == 15 and health["chunks"] > 0
    assert client.get("/openapi.json").json()["paths"]["/search"]
    assert "<form" in client.get("/").text


def test_facets_count_what_the_filters_accept(client: TestClient) -> None:
    facets = client.get("/facets").json()
    assert set(facets) == {"principles", "councils", "years", "types", "kinds", "sources"}
    principles = {f["value"]: f["count"] for f in facets["principles"]}
    assert principles["Co-production"] >= 2 and set(principles) <= set(PRINCIPLE_NAMES)
    councils = {f["value"] for f in facets["councils"]}
    assert "Kirklees Council" in councils and "Cheshire West and Chester Council" in councils
    assert {f["value"] for f in facets["kinds"]} == {"html", "pdf"}
    assert {"2021", "2022", "2023"} <= {f["value"] for f in facets["years"]}  # a 2021–2023 range counts each year


def test_facets_counted_by_the_index_match_the_catalogue(client: TestClient) -> None:
    from harvester.api import Facets, _count_facets, _index_facets

    ws = client.app.state.harvester.ws  # type: ignore[attr-defined]
    from_index, from_catalogue = _index_facets(ws.index), _count_facets(ws)
    assert from_index is not None, "the index should count the facets"
    for name in Facets.model_fields:
        index_values, catalogue_values = getattr(from_index, name), getattr(from_catalogue, name)
        assert {(v.value, v.count) for v in index_values} == {(v.value, v.count) for v in catalogue_values}, name
        assert [v.count for v in index_values] == sorted((v.count for v in index_values), reverse=True) or name in (
            "councils",
            "years",
        )
    assert [v.value for v in from_index.councils] == sorted(v.value for v in from_index.councils)


def test_unknown_filter_values_are_422_naming_the_parameter(client: TestClient) -> None:
    for params, parameter in (
        ({"council": "Gotham City Council"}, "council"),
        ({"type": "Moon landings"}, "type"),
        ({"source": "elsewhere"}, "source"),
        ({"mode": "fuzzy"}, "mode"),
        ({"kind": "docx"}, "kind"),
    ):
        response = client.get("/search", params={"q": "community", **params})
        assert response.status_code == 422, params
        assert any(parameter in map(str, error["loc"]) for error in response.json()["detail"]), response.json()
    year = client.get("/search", params={"q": "community", "year": "soon"})
    assert year.status_code == 422 and "year" in year.text


def test_health_reports_index_documents_and_last_run(client: TestClient) -> None:
    health = client.get("/health").json()
    assert health["status"] == "ok" and health["index_reachable"] is True
    assert health["documents"] >= 13 and health["chunks"] >= health["documents"]
    assert health["last_run"]["status"] == "completed"


def test_the_page_renders_results_on_the_server_with_matches_marked(client: TestClient) -> None:
    page = client.get("/", params={"q": "community pantries", "council": "Kirklees Council"})
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "Food justice network" in page.text
    assert "<mark>" in page.text and 'href="/?similar=' in page.text
    assert '<option value="Kirklees Council" selected>' in page.text  # the filters stay set: the URL is the search


def test_the_page_never_echoes_markup_from_the_query(client: TestClient) -> None:
    hostile = '<script>alert("x")</script>'
    page = client.get("/", params={"q": hostile})
    assert "<script>alert" not in page.text and "&lt;script&gt;" in page.text


def test_the_page_is_served_with_a_strict_content_security_policy(client: TestClient) -> None:
    response = client.get("/", params={"q": "energy"})
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy  # no script may run at all
    assert response.headers["x-content-type-options"] == "nosniff"


def test_contacts_are_withheld_by_default() -> None:
    from harvester.config import ApiConfig

    assert ApiConfig().show_contacts is False


def test_every_page_and_query_parameter_is_bounded(client: TestClient) -> None:
    long = "x" * 201
    for name in ("council", "lead", "type", "source"):
        assert client.get("/search", params={"q": "food", name: long}).status_code == 422, name
    assert client.get("/search", params={"q": "food", "principle": ["Innovation"] * 11}).status_code == 422
    for name in ("principle", "council", "type"):
        assert client.get("/", params={"q": "food", name: long}).status_code == 422, name
    assert client.get("/", params={"year_from": "20222"}).status_code == 422
    assert client.get("/documents/" + "x" * 2001).status_code == 422


def test_a_document_is_found_by_its_id_through_the_indexed_column(client: TestClient) -> None:
    hit = client.get("/search", params={"q": "community pantries"}).json()["results"][0]
    from harvester.models import document_id

    record = client.get(f"/documents/{document_id(hit['url'])}").json()
    assert record["url"] == hit["url"] and record["id"] == document_id(hit["url"])


def test_a_token_guards_everything_but_health(tmp_path: Path, sample_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = make_settings(tmp_path / "data", sample_url)
    monkeypatch.setenv("HARVESTER_API_TOKEN", "s3cret-token")
    with TestClient(create_app(settings)) as guarded:
        assert guarded.get("/health").status_code == 200
        for path in ("/search?q=food", "/facets", "/", "/openapi.json", "/documents/x"):
            response = guarded.get(path)
            assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer", path
        assert guarded.get("/facets", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert guarded.get("/facets", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200


def _workspace(client: TestClient) -> Any:
    return client.app.state.harvester.ws  # type: ignore[attr-defined]


def _contacts(client: TestClient) -> tuple[set[str], set[str]]:
    """Every contact name and email address the catalogue holds, straight from the stored documents."""
    contacts = [c for s in _workspace(client).catalogue.documents("live") if s.document for c in s.document.contacts]
    return {c.name for c in contacts if c.name}, {c.email for c in contacts if c.email}


CONTACT_QUERIES = ("for further information contact", "contact social value lead", "principal policy officer")


def test_search_snippets_and_the_page_withhold_contacts_by_default(client: TestClient) -> None:
    names, emails = _contacts(client)
    assert names and emails, "the sample site should name contacts"
    answers = [client.get("/search", params={"q": q, "limit": 20}).text for q in CONTACT_QUERIES]
    answers += [client.get("/", params={"q": q}).text for q in CONTACT_QUERIES]
    for answer in answers:
        assert not EMAIL.search(answer) and not any(email in answer for email in emails), answer
        assert not any(name in answer for name in names), answer
    assert any("[email withheld]" in a for a in answers) and any("[name withheld]" in a for a in answers)


def test_documents_and_similar_withhold_contacts_from_all_their_text(client: TestClient) -> None:
    from harvester.models import document_id

    names, _ = _contacts(client)
    for stored in _workspace(client).catalogue.documents("live"):
        record = client.get(f"/documents/{document_id(stored.url)}")
        similar = client.get("/similar", params={"url": stored.url})
        assert record.status_code == 200 and similar.status_code in (200, 422), stored.url  # 422: not indexed
        for answer in (record.json(), similar.json()):
            text = json.dumps(_without_links(answer))  # a link stays a link, even one with an @ in it
            assert not EMAIL.search(text) and not any(name in text for name in names), text
        page = client.get("/", params={"similar": stored.url}).text
        assert not EMAIL.search(page) and not any(name in page for name in names)


def _without_links(answer: Any) -> Any:
    if isinstance(answer, list):
        return [_without_links(a) for a in answer]
    if isinstance(answer, dict):
        return {k: _without_links(v) for k, v in answer.items() if k not in ("url", "aliases", "links", "linked_from")}
    return answer


def test_contacts_show_everywhere_when_configured(client: TestClient) -> None:
    ws = _workspace(client)
    settings = ws.settings.model_copy(deep=True)
    settings.api.show_contacts = True
    _, emails = _contacts(client)
    with TestClient(create_app(settings, workspace=ws)) as shown:
        answers = [shown.get("/search", params={"q": q, "limit": 20}).text for q in CONTACT_QUERIES]
        answers += [shown.get("/", params={"q": q}).text for q in CONTACT_QUERIES]
    assert all("withheld" not in a for a in answers)
    assert any(email in a for a in answers for email in emails)


def test_a_document_is_found_by_its_url(client: TestClient) -> None:
    url = client.get("/search", params={"q": "community pantries"}).json()["results"][0]["url"]
    assert client.get("/documents", params={"url": url}).json()["url"] == url
    untidy = url.replace("http://", "HTTP://") + "?utm_source=newsletter#contact"  # as a link is shared
    assert client.get("/documents", params={"url": untidy}).json()["url"] == url
    assert client.get("/documents/" + quote(url, safe="")).json()["url"] == url
    missing = client.get("/documents", params={"url": url + "no-such-page/"})
    assert missing.status_code == 404 and url + "no-such-page/" in missing.json()["detail"]
    assert client.get("/documents", params={"url": "http://[broken"}).status_code == 404
    assert client.get("/documents").status_code == 422


def test_health_without_the_token_says_only_that_the_service_is_up(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _workspace(client)
    monkeypatch.setenv("HARVESTER_API_TOKEN", "s3cret-token")
    with TestClient(create_app(ws.settings, workspace=ws)) as guarded:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-token"}):
            response = guarded.get("/health", headers=headers)
            assert response.status_code == 200 and response.json() == {"status": "ok"}, headers
        full = guarded.get("/health", headers={"Authorization": "Bearer s3cret-token"}).json()
    assert full["last_run"]["status"] == "completed" and full["documents"] >= 13 and full["chunks"] > 0


def _periods(client: TestClient, **params: str) -> list[tuple[int, int]]:
    """(first, last) year of each hit for 'council project' with these parameters."""
    results = client.get("/search", params={"q": "council project", "limit": 50, **params}).json()["results"]
    assert all(r["year"] for r in results), "a year filter matches only documents with a year"
    return [(r["year"], r["year_end"] or r["year"]) for r in results]


def _search(client: TestClient, q: str, **params: str) -> list[dict[str, Any]]:
    return list(client.get("/search", params={"q": q, **params}).json()["results"])


def _page_titles(page: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r'<h2><a href="[^"]*">([^<]*)</a>', page)]


def test_year_ranges_open_at_one_end_in_the_api_and_on_the_page(client: TestClient) -> None:
    onwards, up_to = _periods(client, year="2021-"), _periods(client, year="-2020")
    assert onwards and all(last >= 2021 for _, last in onwards)
    assert any(first > 2021 for first, _ in onwards), "later years count too"
    assert up_to and all(first <= 2020 for first, _ in up_to)
    assert len(onwards) > len(_periods(client, year="2021"))
    page = client.get("/", params={"q": "council project", "year_from": "2021", "year_to": ""}).text
    assert _page_titles(page) == [r["title"] for r in _search(client, "council project", year="2021-")]
    page = client.get("/", params={"q": "council project", "year_from": "", "year_to": "2020"}).text
    assert _page_titles(page) == [r["title"] for r in _search(client, "council project", year="-2020")]
    for bad in ("2021-2019", "abc", "-", "2021--"):
        response = client.get("/search", params={"q": "council", "year": bad})
        assert response.status_code == 422 and any("year" in e["loc"] for e in response.json()["detail"]), bad
