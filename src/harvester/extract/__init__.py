"""Extract: turn a fetched page or PDF into a Document with trustworthy, sourced metadata."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from harvester.config import ExtractConfig
from harvester.errors import ExtractionError
from harvester.extract import commitments, contacts, decision, fields, lead
from harvester.extract.candidates import doc_type_candidates, principle_candidates, type_candidates
from harvester.extract.canonical import keep_clean_names
from harvester.extract.charset import decode_html
from harvester.extract.context import PageContext, build_context, prefetch
from harvester.extract.councils import council_candidates, role_sentences
from harvester.extract.decision import Candidates, FieldModels
from harvester.extract.emails import PageAddresses, contact_candidates
from harvester.extract.html import HtmlPage, parse_html
from harvester.extract.html_lines import Line
from harvester.extract.labels import field_candidates, listing_lines, monolingual
from harvester.extract.meaning import Meaning, commitment_sentences, principle_similarity
from harvester.extract.metadata import LabelledMetadata
from harvester.extract.pdf import PdfContent, PdfPage, page_texts, pdf_lines, read_pdf
from harvester.extract.published import publication_year
from harvester.extract.values import names_in
from harvester.extract.years import year_candidates
from harvester.gazetteer import Gazetteer
from harvester.models import Document, FetchedPage, Kind, Link, Section


@dataclass
class _Read:
    """What the rules read off a page, kept for the decision: its lines, listings and publication year."""

    lines: list[Line]
    listing: set[int]
    published: tuple[int | None, str]


__all__ = ["Extractor", "decode_html", "parse_html"]

log = logging.getLogger(__name__)

_MIN_WORDS = 15


class Extractor:
    """Builds Documents; holds the gazetteer, limits and the commitment matcher, so each call is a
    pure function of its input."""

    def __init__(
        self,
        config: ExtractConfig | None = None,
        gazetteer: Gazetteer | None = None,
        matcher: commitments.CommitmentMatcher | None = None,
        models: FieldModels | bool | None = True,
    ) -> None:
        self.config = config or ExtractConfig()
        self.gazetteer = gazetteer or Gazetteer.from_file(self.config.councils_file)
        self.meaning = _default_meaning(self.config)
        self.matcher = matcher if matcher is not None else _default_matcher(self.meaning)
        self.models = _usable_models(decision.shipped_models() if models is True else (models or None), self.meaning)

    def extract(self, page: FetchedPage) -> Document:
        """A Document for `page`; raises ExtractionError with a reason when there is nothing to read."""
        return self._decided(*self.read(page))

    def read(self, page: FetchedPage) -> tuple[Document, Candidates]:
        """The rules' Document for `page` and every candidate value it offers, before any decision (what
        the field models are trained on)."""
        if page.body is None:
            raise ExtractionError("no body")
        if page.kind is Kind.PDF:
            return self.read_pdf(page.url, page.source, page.body, linked_from=page.referrer)
        return self.read_html(page.url, page.source, page.body, page.content_type)

    def extract_html(self, url: str, source: str, body: bytes, content_type: str = "") -> Document:
        return self._decided(*self.read_html(url, source, body, content_type))

    def extract_pdf(self, url: str, source: str, body: bytes, linked_from: str | None = None) -> Document:
        return self._decided(*self.read_pdf(url, source, body, linked_from))

    def _decided(self, doc: Document, found: Candidates) -> Document:
        """`doc` with the field models' decisions, when there are models to decide; either way its
        names are canonical or clean (the models' decision ends with the same step)."""
        if self.models is not None:
            decision.apply(doc, found, self.models, self.gazetteer)
        else:
            keep_clean_names(doc, self.gazetteer)
        return doc

    def read_html(self, url: str, source: str, body: bytes, content_type: str = "") -> tuple[Document, Candidates]:
        html = decode_html(body, content_type)
        if not html.strip():
            raise ExtractionError("empty body")
        parsed = parse_html(html, url)
        doc = Document(url=url, source=source, kind=Kind.HTML, title=parsed.title or url)
        read = self._fill(doc, parsed.lines, published=(parsed.published, parsed.published_source))
        self._infer_lead_and_members(doc, parsed.lines, publisher=parsed.publisher)
        _classify(doc, posted=parsed.published is not None and parsed.published_source != "page date")
        doc.links = _links(parsed)
        if not doc.title or doc.title == url:
            doc.title = next((ln.text for ln in parsed.lines if ln.kind == "heading"), url)
        return doc, self._candidates(doc, read, publisher=parsed.publisher, badges=parsed.badges)

    def read_pdf(
        self, url: str, source: str, body: bytes, linked_from: str | None = None
    ) -> tuple[Document, Candidates]:
        content = read_pdf(body, max_pages=self.config.max_pdf_pages, timeout_s=self.config.timeout_s)
        doc = Document(
            url=url,
            source=source,
            kind=Kind.PDF,
            title=content.title or _name_from_url(url),
            linked_from=linked_from,
            pages=content.page_count,
        )
        pages = page_texts(content)
        lines = pdf_lines(pages)
        published = publication_year("", "", [line.text for line in lines[:40]])
        read = self._fill(doc, lines, pdf_pages=pages, published=published or (None, ""))
        self._infer_lead_and_members(doc, lines, publisher=None)
        _classify(doc, posted=published is not None)
        if not doc.summary:
            doc.summary = _pdf_opening(content, consumed_text=doc.title)
            doc.provenance["summary"] = "first paragraph"
        if not content.has_text:
            doc.review.append("no text layer (scanned or image-only PDF)")
            doc.sections = []
        if content.truncated:
            doc.review.append(content.truncated)
        return doc, self._candidates(doc, read, publisher=None)

    def _candidates(
        self, doc: Document, read: _Read, *, publisher: str | None, badges: list[str] | None = None
    ) -> Candidates:
        """Every value the page offers for the decided fields, with its features."""
        context: PageContext = build_context(
            doc,
            read.lines,
            read.listing,
            published=read.published,
            publisher=publisher,
            council_site=self._council_site(doc.url),
            badges=badges,
        )
        similarity: dict[str, float] = {}
        addresses = PageAddresses.of(context)
        if self.meaning is not None:
            commitments = commitment_sentences(_sentences(" ".join(line.text for line in context.lines)))
            context.role_sentences = role_sentences(context, self.gazetteer)
            prefetch(context, self.meaning, [*commitments, *addresses.all_sentences()])
            similarity = principle_similarity(commitments, self.meaning)
        contacts_found, names = contact_candidates(doc, context, addresses, self.meaning)
        return Candidates(
            councils=council_candidates(doc, context, self.gazetteer, self.meaning),
            years=year_candidates(doc, context, self.meaning),
            types=type_candidates(doc, context, self.gazetteer, self.meaning),
            principles=principle_candidates(doc, context, similarity),
            doc_types=doc_type_candidates(doc, context),
            contacts=contacts_found,
            names=names,
        )

    def _fill(
        self,
        doc: Document,
        lines: list[Line],
        *,
        published: tuple[int | None, str],
        pdf_pages: list[PdfPage] | None = None,
    ) -> _Read:
        lines = fields.split_inline_labels(monolingual(lines))
        listed, principle_lines = commitments.find_listed_principles(lines, self.matcher)
        candidates = field_candidates(lines)
        consumed = LabelledMetadata(self.gazetteer).read(
            doc, lines, candidates, skip=principle_lines, published=published
        )
        if listed and not _claims_principles(doc, lines):
            listed, principle_lines = [], set()
        consumed |= principle_lines
        doc.principles = listed
        listing = listing_lines(lines, candidates)
        doc.contacts = contacts.find_contacts(
            lines, self.gazetteer, other_records=listing, site=urlsplit(doc.url).hostname
        )
        if doc.contacts:
            doc.provenance["contacts"] = "contact block"
        summary = fields.find_summary(lines, consumed)
        if summary:
            doc.summary, doc.provenance["summary"] = summary.value, summary.source
        doc.outcomes = fields.find_outcomes(lines)
        doc.sections = (
            _pdf_sections(pdf_pages, doc.title) if pdf_pages is not None else _html_sections(doc, lines, consumed)
        )
        body_text = " ".join(s.text for s in doc.sections)
        if not doc.principles:
            doc.principles = commitments.infer_principles(_sentences(body_text), self.config.inferred_min_confidence)
            if doc.principles:
                doc.provenance["principles"] = "inferred from text"
        else:
            doc.provenance["principles"] = "listed"
        doc.topics = fields.find_topics(f"{doc.title}. {_narrative(doc)}")
        if len(body_text.split()) < _MIN_WORDS and not doc.lead_member and pdf_pages is None:
            doc.review.append("empty page (too little text to index)")
            doc.sections = []
        return _Read(lines, listing, published)

    def _council_site(self, url: str) -> str | None:
        """The council whose own site published the page ('www.salford.gov.uk'), if any."""
        return lead.council_site(urlsplit(url).hostname, self.gazetteer)

    def _infer_lead_and_members(self, doc: Document, lines: list[Line], publisher: str | None) -> None:
        """Lead and members the page does not label. The lead: an explicit statement, the contact's
        council or the publishing council, in that order of trust. (Taking the council a text names
        most often was tried and dropped: on the labelled sets it was wrong twice for every time it was
        right.) The members: a sentence that lists them."""
        text = _narrative(doc)
        sentences = [s for text in _texts_with_lists(lines) for s in _sentences(text)]
        if doc.lead_member:
            guess = None
        else:
            guess = (
                lead.stated_lead(sentences, self.gazetteer)
                or lead.contact_lead(doc.contacts, self.gazetteer)
                or lead.publisher_lead(publisher, text, self.gazetteer)
                or lead.publisher_lead(
                    lead.council_site(urlsplit(doc.url).hostname, self.gazetteer), text, self.gazetteer
                )
            )
        if guess is not None:
            doc.lead_member = guess.name
            doc.provenance["lead_member"] = f"{guess.source} ({guess.confidence:.1f}): {guess.evidence}"[:300]
            if guess.confidence < 0.7:
                doc.review.append(f"lead inferred from the {guess.source}; check it")
        if not doc.participating_members and "participating_members" not in doc.provenance:
            stated = lead.partners_stated(sentences, self.gazetteer, doc.lead_member)
            if stated:
                doc.participating_members = stated[0]
                doc.participants = [self.gazetteer.resolve(name) for name in stated[0]]
                doc.provenance["participating_members"] = f"statement: {stated[1]}"


def _classify(doc: Document, *, posted: bool) -> None:
    """The document's kind, once its fields are known (`posted`: it carries a posting date)."""
    lead_source = doc.provenance.get("lead_member", "")
    doc.doc_type = fields.classify(
        doc.url,
        kind_pdf=doc.kind is Kind.PDF,
        has_lead=lead_source.startswith("label:"),
        has_principles=bool(doc.listed_principles),
        has_contact=bool(doc.contacts),
        type_value=doc.type,
        title=doc.title,
        dated=posted,
        stated_lead=lead_source.startswith("statement"),
    )


def _usable_models(models: FieldModels | None, meaning: Meaning | None) -> FieldModels | None:
    """The field models, when this extractor reads pages with the sentence model they were trained with;
    else None (the rules decide): a model fed other features would decide on noise."""
    if models is None:
        return None
    if meaning is None or meaning.name != models.embedder:
        log.info("field models need the %s sentence model: the rules decide", models.embedder)
        return None
    return models


def _default_meaning(config: ExtractConfig) -> Meaning | None:
    """The bundled sentence model (or the configured one), loaded on first use."""
    if config.principles_model == "off":
        return None
    from harvester.embed import make_embedder

    embedder = make_embedder(config.principles_model)
    return Meaning(embedder.embed, name=embedder.name)


def _default_matcher(meaning: Meaning | None) -> commitments.CommitmentMatcher | None:
    """Commitments matched by meaning, through the shared sentence model's cache."""
    return commitments.CommitmentMatcher(meaning.vectors) if meaning is not None else None


def _texts_with_lists(lines: list[Line]) -> list[str]:
    """The page's text a line at a time, headings aside, with a lead-in that ends in a colon joined
    to the list of names under it: 'The partners are: Rotherham …, City of Doncaster Council, …'."""
    texts: list[str] = []
    for index, line in enumerate(lines):
        if line.kind == "heading":
            continue
        texts.append(line.text)
        if line.text.rstrip().endswith(":"):
            listed = []
            for item in lines[index + 1 : index + 31]:
                if item.kind != "item" or names_in(item.text) != [item.text.strip(" .")]:
                    break
                listed.append(item.text.strip(" ."))
            if listed:
                texts.append(f"{line.text.rstrip()} {', '.join(listed)}.")
    return texts


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def _claims_principles(doc: Document, lines: list[Line]) -> bool:
    """Whether principles found on the page are ones the page says it meets: under a principles
    heading, or on a page with project metadata. A page that only sets out the network's values (an
    'Our values' page quoting every statement) meets none."""
    has_metadata = bool(doc.lead_member or doc.participating_members or doc.type)
    return has_metadata or commitments.has_principles_heading(lines)


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


def _pdf_sections(pages: list[PdfPage], title: str) -> list[Section]:
    """A PDF's pages (running headers and footers gone) as sections, for citations by page."""
    return [Section(heading=title, text=page.text.strip(), page=page.number) for page in pages if page.text.strip()]


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
