"""The HTTP API over an indexed sample site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from harvester.api import create_app
from harvester.pipeline import Workspace, execute

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
