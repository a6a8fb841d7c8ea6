"""The typed records that move between stages: page fetched, document extracted, chunk, search hit."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field

from harvester.errors import FetchFailure
from harvester.models.runs import CrawlStats, EventDetail, Report, RunEvent, RunRecord, RunState

# Records of runs live in `models.runs`; they are named here too, as every record that crosses modules is.
__all__ = ["CrawlStats", "EventDetail", "Report", "RunEvent", "RunRecord", "RunState"]


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
class KnownPage:
    """What the catalogue remembers of a URL for the next crawl: validators for a conditional GET, its
    depth and its outlinks (followed again when the page answers 304)."""

    etag: str | None = None
    last_modified: str | None = None
    depth: int = 0
    links: list[str] = field(default_factory=list)
    run_step: int = 0  # a page of a paging or calendar run: reached from the run's first page, never re-checked


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


class Correction(BaseModel):
    """One change network staff made to a document's field: who, when, from where, why, and what the
    field was before. `value` None clears the field. An undone correction keeps its row (the history)."""

    id: int
    url: str
    field: str
    value: Any = None
    was: Any = None
    extracted: Any = None  # what the extractor gave when it was made; a later difference: the page changed
    reason: str
    by: str
    origin: str
    at: str
    undone_at: str | None = None
    undone_by: str | None = None
    undone_origin: str | None = None


class AppliedCorrection(BaseModel):
    """A correction as a document carries it (INTERFACE.md: `corrections` of a document's JSON)."""

    field: str
    value: Any = None
    was: Any = None
    reason: str
    by: str
    at: str
    id: int


class ExtractedField(BaseModel):
    """What the extractor gave for a field staff corrected, kept so an undo restores it exactly."""

    value: Any = None
    confidence: float | None = None
    review: list[str] = Field(default_factory=list)
    provenance: str | None = None


class ReviewField(BaseModel):
    """One doubtful field of a document in the review queue: its value, how sure the extractor was,
    why it is doubted, where the value came from and the page's words around it."""

    field: str
    value: Any = None
    confidence: float | None = None
    why: str
    provenance: str | None = None
    evidence: str = ""


class ReviewItem(BaseModel):
    """A document in the review queue, with its doubt (its least sure field's confidence; 0 first)."""

    url: str
    id: str
    title: str
    source: str
    kind: str
    doc_type: str
    doubt: float
    fields: list[ReviewField]
    corrections: int = 0


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
    corrections: list[AppliedCorrection] = Field(default_factory=list)  # staff's, applied over the extraction
    extracted: dict[str, ExtractedField] = Field(default_factory=dict)  # corrected field -> the extractor's own

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
        excluded = {"sections", "provenance", "review", "confidence", "corrections", "extracted"}
        return sha256_hex(self.model_dump_json(exclude=excluded))

    def index_hash(self) -> str:
        """Hash of everything the index holds (text and metadata): differs => re-index."""
        return sha256_hex(
            self.model_dump_json(exclude={"provenance", "review", "confidence", "corrections", "extracted"})
        )


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
    corrections: list[AppliedCorrection] = Field(default_factory=list)

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
            corrections=doc.corrections if show_contacts else [_without_people(c) for c in doc.corrections],
        )


def _without_people(correction: AppliedCorrection) -> AppliedCorrection:
    """A correction of the contacts keeps its note but not the people it names, when contacts are withheld."""
    if correction.field != "contacts":
        return correction
    return correction.model_copy(update={"value": None, "was": None})
