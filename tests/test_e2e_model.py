"""End to end with the real all-MiniLM-L6-v2 model on the sample site served on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvester.config import settings_from_dict
from harvester.pipeline import Workspace, document_records, execute
from harvester.search import SearchFilters

pytestmark = pytest.mark.model


def test_digital_exclusion_question_finds_the_digital_divide_project(tmp_path: Path, sample_url: str) -> None:
    settings = settings_from_dict(
        {
            "data_dir": str(tmp_path / "data"),
            "sources": [{"name": "sample", "start_urls": [sample_url], "allow_private_addresses": True}],
            "crawl": {"delay_s": 0},
        },
        tmp_path,
    )
    ws = Workspace(settings)
    state = execute(ws, None, crawl=True, index=True, command="e2e")
    assert state.status == "completed", state.errors
    assert ws.embedder.name == "all-MiniLM-L6-v2"

    response = ws.searcher().search("which councils worked on digital exclusion with community partners?")
    first = response.results[0]
    assert first.title == "Understanding the Digital Divide"
    assert first.lead_member == "Cheshire West and Chester Council"
    assert first.year == 2022
    assert set(first.principles) == {"Co-production", "Democratic engagement", "Innovation", "Social partnership"}

    filtered = ws.searcher().search(
        "helping teenagers stay in education after school", SearchFilters(principles=["Learning"], year="2024-2026")
    )
    assert filtered.results[0].title == "Post-16 transitions across council boundaries"

    records = {r.title: r for r in document_records(ws)}
    assert (
        records["Understanding the Digital Divide"].participating_members[2] == "Greater Manchester Combined Authority"
    )
    ws.close()
