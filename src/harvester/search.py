"""Search: hybrid (dense + BM25 sparse, RRF-fused) or single-mode search, one hit per document."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel

from harvester.embed import Embedder, query_terms, sparse_query, tokenize
from harvester.errors import InvalidQueryError
from harvester.gazetteer import Gazetteer, canonical_principle, name_key, type_key
from harvester.index import IndexFilter, IntRange, KeywordMatch, VectorIndex
from harvester.models import SearchHit, SearchResponse

MODES = ("hybrid", "dense", "sparse")
# YYYY, or a range whose either end may be left open: YYYY-YYYY, YYYY- (onwards), -YYYY (up to).
_YEAR_FILTER = re.compile(r"^\s*(\d{4})?\s*(?:([-–/])\s*(\d{4})?)?\s*$")
YEAR_FORMS = "YYYY, YYYY-YYYY, YYYY- or -YYYY"


@dataclass
class SearchFilters:
    principles: list[str] = field(default_factory=list)
    council: str | None = None
    lead: str | None = None
    year: str | None = None
    type: str | None = None
    kind: str | None = None
    source: str | None = None


def build_filter(filters: SearchFilters, gazetteer: Gazetteer) -> IndexFilter | None:
    """An index filter from CLI/API filters; names are matched after normalisation and aliases."""
    matches: list[KeywordMatch] = []
    ranges: list[IntRange] = []
    for raw in filters.principles:
        name = canonical_principle(raw)
        if name is None:
            raise InvalidQueryError(f"unknown principle {raw!r}")
        matches.append(KeywordMatch("principles", name))
    if filters.council:
        matches.append(KeywordMatch("councils", name_key(gazetteer.canonical(filters.council))))
    if filters.lead:
        matches.append(KeywordMatch("lead_key", name_key(gazetteer.canonical(filters.lead))))
    if filters.year:
        ranges += year_ranges(*parse_year_filter(filters.year))
    if filters.type:
        matches.append(KeywordMatch("type_key", type_key(filters.type) or ""))
    if filters.kind:
        if filters.kind not in ("html", "pdf"):
            raise InvalidQueryError(f"kind must be html or pdf, not {filters.kind!r}")
        matches.append(KeywordMatch("kind", filters.kind))
    if filters.source:
        matches.append(KeywordMatch("source", filters.source))
    return IndexFilter(tuple(matches), tuple(ranges)) if matches or ranges else None


def parse_year_filter(value: str) -> tuple[int | None, int | None]:
    """(first, last) years of a year filter; None is an end left open ('2018-': 2018 onwards)."""
    match = _YEAR_FILTER.match(value)
    if not match or not (match.group(1) or match.group(3)):
        raise InvalidQueryError(f"year must be {YEAR_FORMS}, not {value!r}")
    first = int(match.group(1)) if match.group(1) else None
    last = int(match.group(3)) if match.group(3) else None
    if not match.group(2):  # one year alone is that year
        last = first
    if first is not None and last is not None and last < first:
        raise InvalidQueryError(f"year range {value!r} ends before it starts")
    return first, last


def year_ranges(first: int | None, last: int | None) -> list[IntRange]:
    """Index ranges for documents whose period (year..year_end) overlaps first..last; an open end
    sets no bound on its side."""
    # A document without a year matches neither (a range on a missing field never holds), open ends or not.
    ranges = [IntRange("year", lte=last)] if last is not None else []
    return [*ranges, IntRange("year_last", gte=first)] if first is not None else ranges


class Searcher:
    """Runs searches against the index with one embedder loaded for the life of the process."""

    def __init__(self, index: VectorIndex, embedder: Embedder, gazetteer: Gazetteer) -> None:
        self.index = index
        self.embedder = embedder
        self.gazetteer = gazetteer

    def search(
        self, query: str, filters: SearchFilters | None = None, limit: int = 10, mode: str = "hybrid"
    ) -> SearchResponse:
        if mode not in MODES:
            raise InvalidQueryError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        if not query.strip():
            raise InvalidQueryError("the query is empty")
        if limit < 1:
            raise InvalidQueryError("limit must be at least 1")
        started = time.perf_counter()
        query_filter = build_filter(filters or SearchFilters(), self.gazetteer)
        dense = self.embedder.embed([query])[0] if mode in ("hybrid", "dense") else None
        sparse = sparse_query(query) if mode in ("hybrid", "sparse") else None
        matches = self.index.query(
            dense=dense,
            sparse=sparse,
            query_filter=query_filter,
            limit=max(50, limit * 10),
            mode=mode,
            per_document=limit,
        )
        hits = _one_per_document(matches, limit, query)
        took = round((time.perf_counter() - started) * 1000, 1)
        return SearchResponse(query=query, mode=mode, took_ms=took, results=hits)

    def similar(self, url: str, limit: int = 10) -> list[SearchHit]:
        """Documents most like `url` (mean chunk vectors), marking those that share its lead council."""
        own = self.index.document_point(url)
        if own is None or own.vector is None:
            raise InvalidQueryError(f"{url} is not in the index")
        own_lead = own.payload.get("lead_key")
        hits: list[SearchHit] = []
        for match in self.index.similar_documents(own.vector, exclude_url=url, limit=limit):
            hit = _hit(len(hits) + 1, match.score, match.payload, snippet="")
            hit.shares_lead = bool(own_lead) and match.payload.get("lead_key") == own_lead
            hits.append(hit)
        return hits


def _one_per_document(matches: list[Any], limit: int, query: str) -> list[SearchHit]:
    hits: list[SearchHit] = []
    seen: set[str] = set()
    for match in matches:
        url = match.payload.get("doc_url")
        if not url or url in seen:
            continue
        seen.add(url)
        hits.append(_hit(len(hits) + 1, match.score, match.payload, snippet_of(match.payload.get("text", ""), query)))
        if len(hits) == limit:
            break
    return hits


def _hit(rank: int, score: float, payload: dict[str, Any], snippet: str) -> SearchHit:
    return SearchHit(
        rank=rank,
        url=payload.get("doc_url", ""),
        title=payload.get("title") or "",
        score=round(score, 4),
        snippet=snippet,
        page=payload.get("page"),
        kind=payload.get("kind", "html"),
        lead_member=payload.get("lead_member"),
        participating_members=payload.get("participating_members") or [],
        year=payload.get("year"),
        year_end=payload.get("year_end"),
        type=payload.get("type"),
        principles=payload.get("principles") or [],
        section=payload.get("section"),
        source=payload.get("source"),
    )


def snippet_of(chunk_text: str, query: str, width: int = 280) -> str:
    """The chunk body (without its title line) around the first word that matches the query."""
    body = chunk_text.split("\n", 1)[-1]
    body = " ".join(body.split())
    terms = query_terms(query)
    start = 0
    for match in re.finditer(r"\w[\w'’-]*", body):
        if set(tokenize(match.group())) & terms:
            start = max(0, match.start() - width // 3)
            break
    if start:
        start = body.find(" ", start) + 1 or start
    text = body[start : start + width]
    if start + width < len(body):
        text = text.rsplit(" ", 1)[0] + " …"
    return ("… " if start else "") + text


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Character spans of words in `text` whose stems match the query's, for bold display."""
    terms = query_terms(query)
    return [(m.start(), m.end()) for m in re.finditer(r"\w[\w'’-]*", text) if set(tokenize(m.group())) & terms]


# --- contacts withheld from public answers ------------------------------------------------------

EMAIL_WITHHELD = "[email withheld]"
NAME_WITHHELD = "[name withheld]"
# Fields that identify rather than describe (links, ids, dates): kept as they are.
_IDENTIFIERS = frozenset({"url", "id", "aliases", "links", "linked_from", "content_hash", "first_seen", "last_changed"})
Answer = TypeVar("Answer", bound=BaseModel)


def withhold_contacts(text: str, names: Iterable[str] = ()) -> str:
    """`text` with every email address (spelled-out ones too) and each of the people `names` withheld."""
    # Imported here: the extract package is heavy, and `harvester search --api` never needs it.
    from harvester.extract.contacts import EMAIL, readable_emails

    text = EMAIL.sub(EMAIL_WITHHELD, readable_emails(text))
    people = _names_pattern(tuple(sorted(set(names))))
    return people.sub(NAME_WITHHELD, text) if people else text


def withheld(answer: Answer, names: Iterable[str] = ()) -> Answer:
    """A copy of a hit or document record with `withhold_contacts` applied to all its text but its
    identifiers (URLs, ids, dates)."""
    people = tuple(names)

    def clean(value: object) -> object:
        if isinstance(value, str):
            return withhold_contacts(value, people)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    fields = answer.model_dump()
    return type(answer).model_validate({k: v if k in _IDENTIFIERS else clean(v) for k, v in fields.items()})


@lru_cache(maxsize=1024)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for people's names as pages write them: any case and spacing, with or without their
    title ('Dr Marcus Obi', 'Marcus Obi'); the longest first, so a full name goes whole."""
    from harvester.extract.contacts import HONORIFIC

    untitled = (re.sub(rf"^{HONORIFIC}\s+", "", name.strip()) for name in names)
    spellings = {n.strip() for n in (*names, *untitled) if sum(c.isalpha() for c in n) >= 2}
    if not spellings:
        return None
    written = sorted((r"\s+".join(map(re.escape, n.split())) for n in spellings), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(written)})(?!\w)", re.IGNORECASE)
