"""Extract: turn a fetched page or PDF into a Document with trustworthy, sourced metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass

from harvester.config import ExtractConfig
from harvester.errors import ExtractionError
from harvester.extract import fields
from harvester.extract.html import HtmlPage, Line, decode_html, parse_html
from harvester.extract.pdf import PdfContent, read_pdf
from harvester.gazetteer import Gazetteer
from harvester.models import Document, FetchedPage, Kind, Link, Participant, Section

__all__ = ["Extractor", "decode_html", "parse_html"]

_MIN_WORDS = 15


@dataclass
class _Fields:
    lead: Participant | None = None
    participants: list[Participant] | None = None
    consumed: set[int] | None = None


class Extractor:
    """Builds Documents; holds the gazetteer and limits so each call is a pure function of its input."""

    def __init__(self, config: ExtractConfig | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.config = config or ExtractConfig()
        self.gazetteer = gazetteer or Gazetteer.from_file(self.config.councils_file)

    def extract(self, page: FetchedPage) -> Document:
        """A Document for `page`; raises ExtractionError with a reason when there is nothing to read."""
        if page.body is None:
            raise ExtractionError("no body")
        if page.kind is Kind.PDF:
            return self.extract_pdf(page.url, page.source, page.body, linked_from=page.referrer)
        return self.extract_html(page.url, page.source, page.body, page.content_type)

    def extract_html(self, url: str, source: str, body: bytes, content_type: str = "") -> Document:
        html = decode_html(body, content_type)
        if not html.strip():
            raise ExtractionError("empty body")
        parsed = parse_html(html, url)
        doc = Document(url=url, source=source, kind=Kind.HTML, title=parsed.title or url)
        self._fill(doc, parsed.lines)
        doc.links = _links(parsed)
        if not doc.title or doc.title == url:
            doc.title = next((ln.text for ln in parsed.lines if ln.kind == "heading"), url)
        return doc

    def extract_pdf(self, url: str, source: str, body: bytes, linked_from: str | None = None) -> Document:
        content = read_pdf(body, max_pages=self.config.max_pdf_pages, timeout_s=self.config.timeout_s)
        doc = Document(
            url=url,
            source=source,
            kind=Kind.PDF,
            title=content.title or _name_from_url(url),
            linked_from=linked_from,
            pages=content.page_count,
        )
        lines = _pdf_lines(content)
        self._fill(doc, lines, pdf=content)
        if not doc.summary:
            doc.summary = _pdf_opening(content, consumed_text=doc.title)
            doc.provenance["summary"] = "first paragraph"
        if not content.has_text:
            doc.review.append("no text layer (scanned or image-only PDF)")
            doc.sections = []
        if content.truncated:
            doc.review.append(content.truncated)
        return doc

    def _fill(self, doc: Document, lines: list[Line], pdf: PdfContent | None = None) -> None:
        lines = fields.split_inline_labels(lines)
        consumed = self._metadata(doc, lines)
        principles, principle_lines = fields.find_listed_principles(lines)
        if principles and not _claims_principles(doc, lines):
            principles, principle_lines = [], set()
        consumed |= principle_lines
        doc.principles = principles
        doc.contacts = fields.find_contacts(lines, self.gazetteer)
        if doc.contacts:
            doc.provenance["contacts"] = "contact block"
        summary = fields.find_summary(lines, consumed)
        if summary:
            doc.summary, doc.provenance["summary"] = summary.value, summary.source
        doc.outcomes = fields.find_outcomes(lines)
        doc.sections = _pdf_sections(pdf, doc.title) if pdf else _html_sections(doc, lines, consumed)
        body_text = " ".join(s.text for s in doc.sections)
        if not doc.principles:
            sentences = re.split(r"(?<=[.!?])\s+", body_text)
            doc.principles = fields.infer_principles(sentences, self.config.inferred_min_confidence)
            if doc.principles:
                doc.provenance["principles"] = "inferred from text"
        else:
            doc.provenance["principles"] = "listed"
        doc.topics = fields.find_topics(f"{doc.title}. {_narrative(doc)}")
        doc.doc_type = fields.classify(
            doc.url,
            kind_pdf=doc.kind is Kind.PDF,
            has_lead=doc.lead_member is not None,
            has_principles=bool(doc.listed_principles),
            has_contact=bool(doc.contacts),
            type_value=doc.type,
            title=doc.title,
        )
        if len(body_text.split()) < _MIN_WORDS and not doc.lead_member and pdf is None:
            doc.review.append("empty page (too little text to index)")
            doc.sections = []

    def _metadata(self, doc: Document, lines: list[Line]) -> set[int]:
        consumed: set[int] = set()
        lead = fields.labelled_value(lines, "lead_member", max_line=300)
        if lead:
            names = fields.split_names(lead.value)
            if names:
                resolved = self.gazetteer.resolve(names[0])
                doc.lead_member = resolved.name
                doc.provenance["lead_member"] = lead.source
                self._flag_unknown(doc, [resolved])
            consumed.update(lead.lines)
        members = fields.labelled_value(lines, "participating_members", max_line=3000)
        if members:
            people: dict[str, Participant] = {}
            for name in fields.split_names(members.value):
                person = self.gazetteer.resolve(name)
                people.setdefault(person.name, person)
            doc.participants = list(people.values())
            doc.participating_members = [p.name for p in doc.participants]
            doc.provenance["participating_members"] = members.source
            self._flag_unknown(doc, doc.participants)
            consumed.update(members.lines)
        year = fields.labelled_value(lines, "year", max_line=200) or fields.early_year_range(lines)
        if year:
            start, end = fields.parse_years(year.value)
            if start:
                doc.year, doc.year_end = start, end
                doc.provenance["year"] = year.source
                consumed.update(year.lines)
        type_value = fields.find_type(lines)
        if type_value:
            doc.type = type_value.value
            doc.provenance["type"] = type_value.source
            consumed.update(type_value.lines)
        return consumed

    @staticmethod
    def _flag_unknown(doc: Document, people: list[Participant]) -> None:
        for person in people:
            if person.kind == "council" and not person.known:
                flag = f"unknown council name: {person.name}"
                if flag not in doc.review:
                    doc.review.append(flag)


def _claims_principles(doc: Document, lines: list[Line]) -> bool:
    """Whether principles found on the page are ones the page says it meets: under a 'Principles met'
    heading, or on a page with project metadata. A page that only sets out the network's values (an
    'Our values' page quoting every statement) meets none."""
    has_metadata = bool(doc.lead_member or doc.participating_members or doc.year or doc.type)
    return has_metadata or fields.has_principles_heading(lines)


_NOT_NARRATIVE = ("Project details", "Principles met")


def _narrative(doc: Document) -> str:
    """The page's own prose: no metadata, principles or contact blocks."""
    return " ".join(
        s.text
        for s in doc.sections
        if s.heading not in _NOT_NARRATIVE and not re.search(r"contact|information", s.heading, re.I)
    )


def _details_text(doc: Document) -> str:
    parts = []
    if doc.lead_member:
        parts.append(f"Lead member: {doc.lead_member}.")
    if doc.participating_members:
        parts.append(f"Participating members: {', '.join(doc.participating_members)}.")
    if doc.year:
        parts.append(f"Year: {doc.year}{f'-{doc.year_end}' if doc.year_end else ''}.")
    if doc.type:
        parts.append(f"Type: {doc.type}.")
    return " ".join(parts)


def _html_sections(doc: Document, lines: list[Line], consumed: set[int]) -> list[Section]:
    sections: list[Section] = []
    details = _details_text(doc)
    if details:
        sections.append(Section(heading="Project details", text=details))
    if doc.listed_principles:
        sections.append(
            Section(heading="Principles met", text="Principles met: " + "; ".join(doc.listed_principles) + ".")
        )
    heading, body = doc.title, list[str]()
    for index, line in enumerate(lines):
        if index in consumed:
            continue
        if fields.is_section_label(line):
            if body:
                sections.append(Section(heading=heading, text="\n".join(body)))
            heading, body = line.text.rstrip(":"), []
            if line.text.strip() == doc.title.strip():
                heading = doc.title
            continue
        body.append(f"• {line.text}" if line.kind == "item" else line.text)
    if body:
        sections.append(Section(heading=heading, text="\n".join(body)))
    return sections


def _pdf_lines(content: PdfContent) -> list[Line]:
    """A PDF's text as lines, with lines that wrap mid-sentence joined back together."""
    lines: list[Line] = []
    for page in content.pages:
        previous: str | None = None
        for raw in page.text.splitlines():
            text = " ".join(raw.split())
            if not text:
                continue
            if previous is not None and _continues(previous, text):
                previous = f"{previous} {text}"
                lines[-1] = Line(previous, "text")
                continue
            lines.append(Line(text, "text"))
            previous = text
    return lines


def _continues(previous: str, text: str) -> bool:
    """Whether `text` is the rest of a sentence wrapped from `previous`."""
    if previous.endswith((".", ":", "!", "?", ";")) or ":" in previous[:30]:
        return False
    return text[:1].islower() or (len(previous) >= 60 and previous[-1:].isalpha() and text[:1].isalpha())


def _pdf_opening(content: PdfContent, consumed_text: str) -> str:
    """The first run of prose in a PDF: wrapped lines joined, headings and label lines skipped."""
    for page in content.pages[:3]:
        paragraph: list[str] = []
        for raw in page.text.splitlines():
            line = " ".join(raw.split())
            if not line or line == consumed_text or (":" in line[:40] and len(line.split()) < 12):
                if len(" ".join(paragraph).split()) >= 20:
                    break
                paragraph = []
                continue
            paragraph.append(line)
            if line.endswith((".", "!", "?")) and len(" ".join(paragraph).split()) >= 20:
                break
        text = " ".join(paragraph)
        if len(text.split()) >= 20:
            return text[:600]
    return ""


def _pdf_sections(content: PdfContent | None, title: str) -> list[Section]:
    if content is None:
        return []
    return [
        Section(heading=title, text=page.text.strip(), page=page.number) for page in content.pages if page.text.strip()
    ]


def _links(parsed: HtmlPage) -> list[Link]:
    seen: dict[str, Link] = {}
    for url, text in parsed.links:
        kind = "pdf" if url.lower().split("?")[0].endswith(".pdf") else "html"
        seen.setdefault(url.split("#")[0], Link(url=url.split("#")[0], kind=kind, text=text[:200]))
    return list(seen.values())[:100]


def _name_from_url(url: str) -> str:
    name = url.rstrip("/").rsplit("/", 1)[-1]
    name = re.sub(r"\.pdf$", "", name, flags=re.IGNORECASE)
    return re.sub(r"[-_]+", " ", name).strip().capitalize() or url
