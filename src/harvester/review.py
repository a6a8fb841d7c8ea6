"""The review queue: documents ordered by doubt, each doubtful field with its value, confidence,
provenance and the words of the page it was read from, for staff to confirm or correct.

A field is doubtful when the extractor's review notes name it (`"<field>: <why>"`, written under the
models' thresholds, for unknown councils, and when a page changed under a staff correction), or when a
project or case study lacks it. Notes that concern no one field (an image-only PDF, a truncated
document) are listed under `document`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from harvester.catalogue import Catalogue
from harvester.corrections import PAGE_CHANGED
from harvester.corrections.field_values import FIELDS, field_value
from harvester.models import Document, ReviewField, ReviewItem, document_id

NEEDED_FIELDS = ("lead_member", "year", "principles")  # a project or case study without one is doubtful
REVIEWED_TYPES = ("project", "case_study")
DOCUMENT = "document"  # the pseudo-field of notes about the whole document
_EVIDENCE_CHARS = 240
_UNSURE = 0.5  # the doubt of a note that gives no confidence


def review_queue(
    catalogue: Catalogue,
    *,
    source: str | None = None,
    kind: str | None = None,
    field: str | None = None,
    limit: int | None = None,
) -> list[ReviewItem]:
    """Live documents with a doubtful field, the most doubtful first (then by URL)."""
    items = []
    for stored in catalogue.documents("live", source):
        doc = stored.document
        if doc is None or (kind and doc.kind.value != kind):
            continue
        fields = doubtful_fields(doc)
        if field:
            fields = [f for f in fields if f.field == field]
        if fields:
            items.append(_item(doc, fields))
    items.sort(key=lambda item: (item.doubt, item.url))
    return items[:limit] if limit else items


def doubtful_fields(doc: Document) -> list[ReviewField]:
    """Each doubtful field of `doc` once, with every note about it joined."""
    notes: dict[str, list[str]] = {}
    for note in doc.review:
        name, why = _field_of(note)
        notes.setdefault(name, []).append(why)
    corrected = {c.field for c in doc.corrections}
    if doc.doc_type.value in REVIEWED_TYPES:
        for name in NEEDED_FIELDS:
            if name not in corrected and not field_value(doc, name):
                notes.setdefault(name, []).insert(0, f"a {doc.doc_type.value.replace('_', ' ')} without it")
    return [_field(doc, name, whys) for name, whys in notes.items()]


def _field_of(note: str) -> tuple[str, str]:
    """('lead_member', 'why') for 'lead_member: why'; notes naming no field are the document's."""
    name, colon, why = note.partition(":")
    if colon and name in FIELDS.values():
        return name, why.strip()
    return DOCUMENT, note


def _field(doc: Document, name: str, whys: list[str]) -> ReviewField:
    if name == DOCUMENT:
        return ReviewField(field=name, why="; ".join(whys), confidence=None)
    value = field_value(doc, name) if name in FIELDS else None
    changed = any(PAGE_CHANGED in why for why in whys)
    confidence = 0.0 if changed else doc.confidence.get(name)
    return ReviewField(
        field=name,
        value=value,
        confidence=confidence,
        why="; ".join(whys),
        provenance=doc.provenance.get(name),
        evidence=evidence(doc, _words_of(value)),
    )


def _item(doc: Document, fields: list[ReviewField]) -> ReviewItem:
    doubts = [f.confidence if f.confidence is not None else _UNSURE for f in fields]
    return ReviewItem(
        url=doc.url,
        id=document_id(doc.url),
        title=doc.title,
        source=doc.source,
        kind=doc.kind.value,
        doc_type=doc.doc_type.value,
        doubt=round(min(doubts), 3),
        fields=fields,
        corrections=len(doc.corrections),
    )


def _words_of(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v.get("name") if isinstance(v, dict) else v) for v in value if v]
    return [str(value)] if value not in (None, "") else []


def evidence(doc: Document, values: Iterable[str]) -> str:
    """The page's words around the first place it writes one of `values` (case and spacing aside)."""
    text = doc.text
    for value in values:
        words = value.split()
        if not words:
            continue
        match = re.search(r"\s+".join(map(re.escape, words)), text, re.IGNORECASE)
        if match:
            start = max(0, match.start() - _EVIDENCE_CHARS // 2)
            snippet = " ".join(text[start : match.end() + _EVIDENCE_CHARS // 2].split())
            return ("… " if start else "") + snippet + " …"
    return ""
