"""Search quality: graded-relevance metrics over a labelled query set, per search mode.

A query set is a list of `LabelledQuery`: the words a researcher would type, optional filters, and
graded judgements (2 = what the researcher is after, 1 = related and worth seeing). Documents are
named by a fragment of their URL, so the set reads well and survives a change of host.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean
from typing import Any

import yaml

from harvester.errors import ConfigError
from harvester.search import MODES, Searcher, SearchFilters


@dataclass
class LabelledQuery:
    text: str
    relevant: dict[str, int]  # URL fragment -> grade (1 or 2)
    filters: SearchFilters = field(default_factory=SearchFilters)


@dataclass
class ModeScores:
    ndcg: float
    recall: float
    per_query: list[tuple[str, float, float]]  # (query, nDCG@k, recall@k)


def load_queries(path: Path) -> list[LabelledQuery]:
    """Read a YAML query set: a list of {query, relevant: {fragment: grade}, filters: {...}}; filters may
    also be given as keys of the entry (principle, council, lead, year, type, kind)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    queries = []
    for entry in raw:
        if not isinstance(entry, dict) or "query" not in entry or not entry.get("relevant"):
            raise ConfigError(f"{path}: each entry needs 'query' and 'relevant': {entry!r}")
        inline = {
            k: entry[k] for k in ("principle", "principles", "council", "lead", "year", "type", "kind") if k in entry
        }
        filters = SearchFilters(**_filters({**inline, **(entry.get("filters") or {})}))
        relevant = {str(k): int(v) for k, v in entry["relevant"].items()}
        queries.append(LabelledQuery(str(entry["query"]), relevant, filters))
    return queries


def _filters(raw: dict[str, Any]) -> dict[str, Any]:
    filters = dict(raw)
    if "principle" in filters:
        filters["principles"] = [filters.pop("principle")]
    if isinstance(filters.get("principles"), str):
        filters["principles"] = [filters["principles"]]
    if "year" in filters:
        filters["year"] = str(filters["year"])
    return filters


def grades_of(urls: list[str], relevant: dict[str, int]) -> list[int]:
    """The grade of each ranked URL: the best grade among fragments it contains, else 0."""
    return [max((g for fragment, g in relevant.items() if fragment in url), default=0) for url in urls]


def ndcg_at(grades: list[int], ideal: list[int], k: int) -> float:
    def dcg(values: list[int]) -> float:
        return float(sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(values[:k])))

    best = dcg(sorted(ideal, reverse=True))
    return float(dcg(grades) / best) if best else 0.0


def recall_at(urls: list[str], relevant: dict[str, int], k: int) -> float:
    found = {fragment for fragment in relevant if any(fragment in url for url in urls[:k])}
    return len(found) / len(relevant)


def evaluate(searcher: Searcher, queries: list[LabelledQuery], k: int = 10) -> dict[str, ModeScores]:
    """nDCG@k and recall@k of every mode over the query set."""
    results: dict[str, ModeScores] = {}
    for mode in MODES:
        per_query = []
        for query in queries:
            hits = searcher.search(query.text, query.filters, limit=k, mode=mode).results
            urls = [hit.url for hit in hits]
            grades = grades_of(urls, query.relevant)
            per_query.append(
                (query.text, ndcg_at(grades, list(query.relevant.values()), k), recall_at(urls, query.relevant, k))
            )
        results[mode] = ModeScores(
            ndcg=mean(q[1] for q in per_query), recall=mean(q[2] for q in per_query), per_query=per_query
        )
    return results
