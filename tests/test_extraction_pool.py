"""Extraction in worker processes with hard limits: a hostile document fails alone (issue 16)."""

from __future__ import annotations

import asyncio
import zlib

import pytest

from harvester.config import ExtractConfig
from harvester.errors import ExtractionError
from harvester.extract.pool import ExtractionPool
from harvester.models import FetchedPage

PAGE = (
    b"<html><body><main><h1>A project</h1><p>"
    + b"Residents ran the library together. " * 40
    + b"</p></main></body></html>"
)


def inflating_pdf(megabytes: int) -> bytes:
    """A small PDF whose one content stream inflates to `megabytes` of zeros."""
    stream = zlib.compress(b"0" * (megabytes * 1024 * 1024), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def fetched(body: bytes, content_type: str, url: str = "https://example.org/doc") -> FetchedPage:
    return FetchedPage(url=url, final_url=url, source="t", status=200, content_type=content_type, body=body)


def extract_all(config: ExtractConfig, pages: list[FetchedPage]) -> list[object]:
    async def go() -> list[object]:
        with ExtractionPool(config) as pool:
            return await asyncio.gather(*(pool.extract(p) for p in pages), return_exceptions=True)

    return asyncio.run(go())


def test_pages_are_extracted_in_workers() -> None:
    results = extract_all(ExtractConfig(workers=2, principles_model="off"), [fetched(PAGE, "text/html")] * 3)
    assert all(getattr(r, "title", None) == "A project" for r in results)


def test_a_pdf_that_inflates_past_the_memory_limit_fails_alone() -> None:
    config = ExtractConfig(workers=1, max_memory_mb=400, principles_model="off")
    bomb = fetched(inflating_pdf(600), "application/pdf", "https://example.org/bomb.pdf")
    results = extract_all(config, [bomb, fetched(PAGE, "text/html")])
    assert isinstance(results[0], ExtractionError) and "memory limit" in str(results[0])
    assert getattr(results[1], "title", None) == "A project"  # the next document, in a fresh worker


def test_a_document_past_its_time_limit_stops_its_worker_and_fails() -> None:
    config = ExtractConfig(workers=1, timeout_s=0.01, principles_model="off")
    results = extract_all(config, [fetched(inflating_pdf(50), "application/pdf")])
    assert isinstance(results[0], ExtractionError) and "took longer than" in str(results[0])


def test_the_limits_are_validated() -> None:
    with pytest.raises(ValueError):
        ExtractConfig(max_memory_mb=10)
