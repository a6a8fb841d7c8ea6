"""The typed records that move between stages: page fetched, document extracted, chunk, search hit."""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal, TypedDict
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from harvester.errors import FetchFailure


def utcnow() -> datetime:
    return datetime.now(UTC)


_ID_NAMESPACE = uuid.UUID("5f0c6d3e-2a4b-4c1d-9e7f-3b8a1c2d4e5f")


def document_id(url: str) -> str:
    """A document's stable id (a uuid5 of its URL): its point in the index, its `/documents/{id}`."""
    return str(uuid.uuid5(_ID_NAMESPACE, url))


def chunk_id(url: str, chunk_index: int) -> str:
    """A chunk's stable id: its point in the index (a re-run overwrites, never duplicates)."""
    return str(uuid.uuid5(_ID_NAMESPACE, f"{url}#{chunk_index}"))


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


class Kind(StrEnum):
    HTML = "html"
    PDF = "pdf"


class DocType(StrEnum):
    PROJECT = "project"
    CASE_STUDY = "case_study"
    TOOLKIT = "toolkit"
    NEWS = "news"
    PAGE = "page"


class Change(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    GONE = "gone"
    FAILED = "failed"


class FetchedPage(BaseModel):
    """The outcome of one fetch. `body` is None for 304s and failures."""

    url: str
    final_url: str
    source: str
    status: int = 0
    content_type: str = ""
    body: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: datetime = Field(default_factory=utcnow)
    depth: int = 0
    referrer: str | None = None
    error: str | None = None
    failure: FetchFailure | None = None  # what kind of failure `error` describes
    canonical_url: str | None = None  # the page's trusted rel=canonical, when it names another URL
    run_step: int = 0  # how far into a paging or calendar run the crawl reached it (0: not in one)

    @property
    def identity(self) -> str:
        """The URL the document is known by: its canonical URL, else where the redirects ended."""
        return self.canonical_url or self.final_url

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def kind(self) -> Kind:
        looks_pdf = "pdf" in self.content_type or self.final_url.lower().endswith(".pdf")
        return Kind.PDF if looks_pdf else Kind.HTML


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
class KnownPage:
    """What the catalogue remembers of a URL for the next crawl: validators for a conditional GET, its
    depth and its outlinks (followed again when the page answers 304)."""

    etag: str | None = None
    last_modified: str | None = None
    depth: int = 0
    links: list[str] = field(default_factory=list)
    run_step: int = 0  # a page of a paging or calendar run: reached from the run's first page, never re-checked


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


class Principle(BaseModel):
    name: str
    basis: Literal["listed", "inferred"]
    evidence: str = ""
    confidence: float = 1.0


class Contact(BaseModel):
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    email: str | None = None


class Participant(BaseModel):
    """One named participant, as resolved against the gazetteer."""

    name: str
    as_written: str
    kind: Literal["council", "organisation"]
    known: bool


class Link(BaseModel):
    url: str
    kind: Literal["pdf", "html"]
    text: str = ""


class Section(BaseModel):
    """A run of text under one heading; `page` is the 1-based PDF page, None for HTML."""

    heading: str
    text: str
    page: int | None = None


class Document(BaseModel):
    """One extracted document with its metadata and where each field came from."""

    url: str
    source: str
    kind: Kind
    title: str = ""
    doc_type: DocType = DocType.PAGE
    lead_member: str | None = None
    participating_members: list[str] = Field(default_factory=list)
    participants: list[Participant] = Field(default_factory=list)
    year: int | None = None
    year_end: int | None = None
    type: str | None = None
    principles: list[Principle] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    summary: str = ""
    outcomes: list[str] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    linked_from: str | None = None
    provenance: dict[str, str] = Field(default_factory=dict)
    review: list[str] = Field(default_factory=list)
    pages: int | None = None
    confidence: dict[str, float] = Field(default_factory=dict)  # field -> calibrated P(right), from the models

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sections if s.text)

    @property
    def content_hash(self) -> str:
        """Hash of the main text only, so navigation or footer edits do not count as a change."""
        return sha256_hex(self.text)

    @property
    def listed_principles(self) -> list[str]:
        return [p.name for p in self.principles if p.basis == "listed"]

    @property
    def councils(self) -> list[str]:
        """Lead and participating members, lead first, without repeats."""
        names = [self.lead_member, *self.participating_members]
        return list(dict.fromkeys(n for n in names if n))

    def metadata_hash(self) -> str:
        """Hash of the metadata only: tells a metadata change from a text change."""
        return sha256_hex(self.model_dump_json(exclude={"sections", "provenance", "review", "confidence"}))

    def index_hash(self) -> str:
        """Hash of everything the index holds (text and metadata): differs => re-index."""
        return sha256_hex(self.model_dump_json(exclude={"provenance", "review", "confidence"}))


class Chunk(BaseModel):
    """A passage of a document, with provenance, ready to embed."""

    doc_url: str
    chunk_index: int
    text: str
    section: str
    page: int | None = None
    start: int = 0
    end: int = 0

    @property
    def text_hash(self) -> str:
        return sha256_hex(self.text)


class SearchHit(BaseModel):
    rank: int
    url: str
    title: str
    score: float
    snippet: str
    page: int | None = None
    kind: str
    lead_member: str | None = None
    participating_members: list[str] = Field(default_factory=list)
    year: int | None = None
    year_end: int | None = None
    type: str | None = None
    principles: list[str] = Field(default_factory=list)
    section: str | None = None
    source: str | None = None
    shares_lead: bool | None = None


class SearchResponse(BaseModel):
    query: str
    mode: str
    took_ms: float
    results: list[SearchHit]


@dataclass
class StoredDocument:
    """A URL's row in the catalogue, with its document when it has one."""

    url: str
    source: str
    status: str
    document: Document | None
    content_hash: str | None
    record_hash: str | None
    indexed_hash: str | None
    first_seen: str | None
    last_changed: str | None
    last_fetched: str | None
    failure_reason: str | None
    failures_in_row: int
    chunk_count: int
    text_words: int
    raw_sha: str | None


class LinkRecord(BaseModel):
    url: str
    kind: Literal["pdf", "html"]


class DocumentRecord(BaseModel):
    """One live document as `harvester documents --json` and `/documents/{id}` give it: the
    INTERFACE.md shape first, then extensions."""

    url: str
    source: str
    kind: str
    title: str
    doc_type: str
    lead_member: str | None
    participating_members: list[str]
    year: int | None
    year_end: int | None
    type: str | None
    principles: list[Principle]
    contacts: list[Contact]
    topics: list[str]
    summary: str
    links: list[LinkRecord]
    content_hash: str | None
    first_seen: str | None
    last_changed: str | None
    chunks: int
    id: str
    outcomes: list[str]
    participants: list[Participant]
    linked_from: str | None
    pages: int | None
    provenance: dict[str, str]
    review: list[str]
    aliases: list[str]
    confidence: dict[str, float]

    @classmethod
    def of(cls, doc: Document, stored: StoredDocument, *, show_contacts: bool, aliases: list[str]) -> DocumentRecord:
        return cls(
            url=doc.url,
            source=doc.source,
            kind=doc.kind.value,
            title=doc.title,
            doc_type=doc.doc_type.value,
            lead_member=doc.lead_member,
            participating_members=doc.participating_members,
            year=doc.year,
            year_end=doc.year_end,
            type=doc.type,
            principles=doc.principles,
            contacts=doc.contacts if show_contacts else [],
            topics=doc.topics,
            summary=doc.summary,
            links=[LinkRecord(url=link.url, kind=link.kind) for link in doc.links],
            content_hash=stored.content_hash,
            first_seen=stored.first_seen,
            last_changed=stored.last_changed,
            chunks=stored.chunk_count,
            id=document_id(doc.url),
            outcomes=doc.outcomes,
            participants=doc.participants,
            linked_from=doc.linked_from,
            pages=doc.pages,
            provenance=doc.provenance,
            review=doc.review,
            confidence=doc.confidence,
            aliases=aliases,
        )


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
