"""Benchmark: extraction throughput on both labelled sets and the bundled sample site.

    .venv/bin/python bench/extract_throughput.py [--rounds 7]

HTML pages/s and PDF pages/s through `Extractor.extract` (decode, main text, fields, principles with
the commitment model where a block needs it, sections), to compare with embedding's chunks/s. Each
round extracts every document once; the best round is reported, since other work on a 2-core
machine only ever slows a round down. Record results in docs/benchmarks.md with machine and date.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from harvester.demo import sample_site_dir
from harvester.extract import Extractor
from harvester.models import FetchedPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.golden.blind_set import blind_cases
from tests.golden.corpus import all_cases


def pages() -> list[FetchedPage]:
    found = [
        FetchedPage(url=c.url, final_url=c.url, source="bench", status=200, content_type=c.content_type, body=c.body)
        for c in [*all_cases(), *blind_cases()]
    ]
    for path in sorted(sample_site_dir().rglob("*")):
        if path.suffix in (".html", ".pdf"):
            kind = "application/pdf" if path.suffix == ".pdf" else "text/html"
            url = f"http://sample.test/{path.relative_to(sample_site_dir())}"
            found.append(FetchedPage(url=url, final_url=url, source="bench", content_type=kind, body=path.read_bytes()))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    extractor = Extractor()
    corpus = pages()
    html = [p for p in corpus if p.kind.value == "html"]
    pdfs = [p for p in corpus if p.kind.value == "pdf"]
    for label, group in (("HTML", html), ("PDF", pdfs)):
        for page in group:  # warm up: the commitment model loads on first use
            extractor.extract(page)
        best, pdf_pages = float("inf"), 0
        for _ in range(args.rounds):
            if extractor.meaning is not None:
                extractor.meaning.clear()  # every text embedded again, as on a site seen for the first time
            started = time.perf_counter()
            pdf_pages = sum(extractor.extract(page).pages or 0 for page in group)
            best = min(best, time.perf_counter() - started)
        extra = f", {pdf_pages / best:.0f} PDF pages/s" if pdf_pages else ""
        print(
            f"{label}: {len(group)} documents, best of {args.rounds} rounds: {len(group) / best:.0f} documents/s{extra}"
        )


if __name__ == "__main__":
    main()
