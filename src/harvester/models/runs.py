"""The records of runs: one run as it goes (`RunState`), what the crawl counted, what the catalogue keeps
of a run and its events, and the ingestion report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypedDict
from urllib.parse import urlsplit

from pydantic import BaseModel, Field


@dataclass
class RunState:
    """One run as it goes: what it counted and timed, what went wrong, what it held back."""

    run_id: str
    sources: list[str]
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    counts: Counter[str] = field(default_factory=Counter)
    timings: dict[str, float] = field(
        default_factory=lambda: {"crawl": 0.0, "extract": 0.0, "embed": 0.0, "index": 0.0}
    )
    errors: list[str] = field(default_factory=list)
    status: str = "running"
    per_source: dict[str, dict[str, int]] = field(default_factory=dict)
    held_back: list[dict[str, Any]] = field(default_factory=list)  # per source: why a mass change was not applied


@dataclass
class CrawlStats:
    """What a crawl did, counted by what happened (`fetched`, `skipped_robots`, `retry/503`, ...)."""

    counts: Counter[str] = field(default_factory=Counter)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (url, reason), capped
    seconds: float = 0.0
    unavailable: dict[str, str] = field(default_factory=dict)  # host (scheme://host[:port]) -> why it was skipped

    def skip(self, counter: str, url: str, reason: str) -> None:
        self.counts[counter] += 1
        if len(self.skipped) < 2000:
            self.skipped.append((url, reason))

    def host_unavailable(self, url: str, reason: str) -> None:
        """A whole host was skipped this run (robots.txt unavailable, unreachable, refused)."""
        parts = urlsplit(url)
        self.unavailable.setdefault(f"{parts.scheme}://{parts.netloc}", reason)


class RunRecord(BaseModel):
    """A run as the catalogue records it."""

    run_id: str
    started_at: str
    finished_at: str | None
    status: str
    sources: list[str]
    counts: dict[str, int]
    timings: dict[str, float]
    per_source: dict[str, dict[str, int]] = Field(default_factory=dict)


class EventDetail(TypedDict, total=False):
    """What the catalogue keeps with a run event (stored as JSON): the fields each event uses."""

    source: str
    reason: str  # failed, skipped: why
    kind: str  # failed: a FetchFailure value, or "extraction"
    runs_in_a_row: int  # failed: consecutive runs this URL has failed
    what: str  # changed: "text", "metadata" or "text and metadata"
    fields: dict[str, list[Any]]  # changed: field → [before, after]
    shrunk: bool  # changed: the text fell under half its words
    words_before: int
    moved_to: str  # gone: the address it now redirects to
    merged_into: str  # gone: the document it duplicates
    listing: bool  # gone: a listing page (paging, archive, tag), crawled for links but not a document
    verdict: str  # held_back: the mass change it was part of
    url: str
    action: str  # held_back: "retire" or "overwrite"
    why: str
    into: str


@dataclass
class RunEvent:
    """One thing that happened to one URL in a run (new, changed, gone, failed, skipped, held_back)."""

    url: str
    event: str
    detail: EventDetail


class Report(BaseModel):
    """An ingestion report: the JSON shape in INTERFACE.md first, then extensions. Sections written
    for people (the corpus figures, the comparison with the run before) stay plain mappings."""

    run_id: str
    started_at: str
    finished_at: str | None
    status: str
    sources: list[str]
    counts: dict[str, int]
    failures: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    needs_review: list[dict[str, Any]]
    timings_s: dict[str, float]
    errors: list[str]
    other_counts: dict[str, int]
    failures_by_reason: dict[str, list[str]]
    failures_by_kind: dict[str, int]  # timeout, connection, http_status, too_large, extraction, ...
    skipped: list[dict[str, Any]]
    skipped_by_reason: dict[str, int]
    corpus: dict[str, Any]
    by_source: dict[str, dict[str, int]]
    previous: dict[str, Any] | None
    contacts: list[dict[str, Any]]
    contacts_shown: bool
    held_back: list[dict[str, Any]]
    unavailable: list[dict[str, Any]] = Field(default_factory=list)  # hosts skipped whole: host, source, reason
    status_reason: str = ""  # why the status is what it is, in plain words
