"""Benchmark: hybrid vs dense vs sparse search over the labelled query set, with the real model.

    .venv/bin/python bench/search_quality.py [--per-query]

Indexes the fixtures (tests/golden: the labelled extraction set and the sample site) in a temporary
data_dir and prints nDCG@10 and recall@10 per mode. Record in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from harvester.config import settings_from_dict
from harvester.pipeline import Workspace
from harvester.quality import evaluate
from harvester.search import SearchFilters

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.golden.fixture_index import blind_pages, blind_queries, index_fixtures, labelled_queries


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-query", action="store_true")
    parser.add_argument(
        "--set", choices=("dev", "blind"), default="dev", help="dev: 33 queries; blind: 60 written blind"
    )
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="harvester-quality-")) / "data"
    ws = Workspace(settings_from_dict({"data_dir": str(data_dir), "sources": []}, data_dir.parent))
    try:
        if args.set == "blind":
            documents, queries = index_fixtures(ws, blind_pages()), blind_queries()
        else:
            documents, queries = index_fixtures(ws), labelled_queries()
        scores = evaluate(ws.searcher(), queries)
        filtered = sum(1 for q in queries if q.filters != SearchFilters())
        print(f"{documents} documents, {len(queries)} queries ({filtered} with filters)")
        print("| mode | nDCG@10 | recall@10 |\n| --- | --- | --- |")
        for mode, result in scores.items():
            print(f"| {mode} | {result.ndcg:.3f} | {result.recall:.3f} |")
        if args.per_query:
            for index, (text, _, _) in enumerate(scores["hybrid"].per_query):
                cells = "  ".join(
                    f"{m} {r.per_query[index][1]:.2f}/{r.per_query[index][2]:.2f}" for m, r in scores.items()
                )
                print(f"{text[:60]:60}  {cells}")
    finally:
        ws.close()


if __name__ == "__main__":
    main()
