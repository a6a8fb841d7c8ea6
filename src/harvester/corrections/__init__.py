"""Corrections: network staff set or clear a document's field, once, and it sticks.

A correction is checked (a council the gazetteer knows, one of the ten principles, a year), logged in
the catalogue (who, when, from where, why, the value before) and applied over every later extraction
of the document: the harvest applies the corrections in force to each new extraction before it
compares or saves it. The document's point payloads in the index are rewritten in place, so filters,
facets and "similar" see the correction at once, and nothing is embedded again.

When the page changes under a correction (the extractor now gives another value for that field than
when the correction was made), the correction stays and the field goes back to review.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from harvester.catalogue import Catalogue
from harvester.corrections.field_values import FIELDS, field_value, normalise, same_value, set_field
from harvester.errors import CorrectionError, IndexUnavailableError
from harvester.gazetteer import Gazetteer
from harvester.index import VectorIndex
from harvester.index.payload import payload_for
from harvester.models import (
    AppliedCorrection,
    Correction,
    Document,
    ExtractedField,
    StoredDocument,
)
from harvester.urls import normalise_url

log = logging.getLogger(__name__)

PAGE_CHANGED = "page changed since your correction"
MAX_REASON_CHARS = 500

# --- applying ----------------------------------------------------------------------------------------


def apply_corrections(doc: Document, corrections: Iterable[Correction]) -> list[str]:
    """Apply the corrections in force over `doc` (an extraction, or a record corrected before: what the
    extractor gave is restored first, so applying twice is applying once). Each corrected field gets
    confidence 1, staff's provenance, and loses its review notes, unless the page changed under the
    correction: that field goes back to review. Returns the fields whose page changed."""
    restore_extracted(doc)
    corrections = list(corrections)
    for correction in corrections:  # every field's own value first: year and year_end share a confidence
        key = FIELDS[correction.field]
        doc.extracted.setdefault(
            correction.field,
            ExtractedField(
                value=field_value(doc, correction.field),
                confidence=doc.confidence.get(key),
                review=[note for note in doc.review if note.startswith(f"{key}:")],
                provenance=doc.provenance.get(correction.field),
            ),
        )
    changed: list[str] = []
    for correction in corrections:
        key, extracted = FIELDS[correction.field], doc.extracted[correction.field].value
        set_field(doc, correction.field, correction.value, correction.reason)
        doc.confidence[key] = 1.0
        doc.review = [note for note in doc.review if not note.startswith(f"{key}:")]
        doc.provenance[correction.field] = f"corrected by {correction.by} ({correction.at[:10]}): {correction.reason}"
        doc.corrections.append(_applied(correction))
        if not same_value(correction.field, correction.extracted, extracted):
            changed.append(correction.field)
    for field in changed:
        now = _short(doc.extracted[field].value)
        doc.review.append(f"{FIELDS[field]}: {PAGE_CHANGED} ({field} on the page is now {now})")
    return changed


def restore_extracted(doc: Document) -> None:
    """Undo every correction's effect on `doc`: each corrected field back to what the extractor gave."""
    if not doc.extracted and not doc.corrections:
        return
    for field, kept in doc.extracted.items():
        key = FIELDS[field]
        set_field(doc, field, kept.value, "")
        doc.review = [note for note in doc.review if not note.startswith(f"{key}:")]
        if kept.confidence is not None:
            doc.confidence[key] = kept.confidence
        else:
            doc.confidence.pop(key, None)
        if kept.provenance is not None:
            doc.provenance[field] = kept.provenance
        else:
            doc.provenance.pop(field, None)
    for kept in doc.extracted.values():
        doc.review += [note for note in kept.review if note not in doc.review]
    doc.extracted = {}
    doc.corrections = []


def _applied(correction: Correction) -> AppliedCorrection:
    return AppliedCorrection(
        id=correction.id,
        field=correction.field,
        value=correction.value,
        was=correction.was,
        reason=correction.reason,
        by=correction.by,
        at=correction.at,
    )


def _short(value: Any) -> str:
    if value in (None, "", []):
        return "empty"
    if isinstance(value, list):
        value = "; ".join(str(item.get("name") if isinstance(item, dict) else item) for item in value)
    text = str(value)
    return repr(text if len(text) <= 80 else text[:77] + "...")


# --- making and undoing ------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What a correction (or an undo) did: the document as it now is, the log rows written, and whether
    the index already shows it (else it is pending for the next index step, which embeds nothing new)."""

    document: Document
    corrections: list[Correction]
    indexed: bool
    note: str = ""


IndexOpener = Callable[[], VectorIndex]


def correct(
    catalogue: Catalogue,
    gazetteer: Gazetteer,
    index: IndexOpener | None,
    url: str,
    changes: Mapping[str, object],
    *,
    reason: str,
    by: str,
    origin: str,
) -> Outcome:
    """Set (a value) or clear (None) fields of the live document at `url`, with a reason. Every change
    is checked before any is written."""
    stored = live_document(catalogue, url)
    reason = _reason(reason)
    by = " ".join(by.split())[:100] or "staff"
    if not changes:
        raise CorrectionError("no change given: set or clear at least one field")
    values = {field: normalise(field, value, gazetteer) for field, value in changes.items()}
    doc = stored.document
    assert doc is not None
    _check_years(doc, values)
    written = []
    for field, value in values.items():
        # What the extractor gives now: a correction made after the page changed has seen the change.
        baseline = doc.extracted[field].value if field in doc.extracted else field_value(doc, field)
        written.append(
            catalogue.corrections.add(
                stored.url,
                field,
                value,
                was=field_value(doc, field),
                extracted=baseline,
                reason=reason,
                by=by,
                origin=origin,
            )
        )
    return _rewrite(catalogue, gazetteer, index, stored, written)


def undo(
    catalogue: Catalogue, gazetteer: Gazetteer, index: IndexOpener | None, correction_id: int, *, by: str, origin: str
) -> Outcome:
    """Undo a correction: its field goes back to the one before it, or to what the extractor gave."""
    found = catalogue.corrections.get(correction_id)
    if found is None:
        raise CorrectionError(f"no correction {correction_id}")
    stored = live_document(catalogue, found.url)
    try:
        done = catalogue.corrections.undo(correction_id, by=" ".join(by.split())[:100] or "staff", origin=origin)
    except ValueError as exc:
        raise CorrectionError(str(exc)) from None
    return _rewrite(catalogue, gazetteer, index, stored, [done])


def _rewrite(
    catalogue: Catalogue,
    gazetteer: Gazetteer,
    index: IndexOpener | None,
    stored: StoredDocument,
    log_rows: list[Correction],
) -> Outcome:
    """Apply the corrections now in force to the stored record, write it, and rewrite the index payload."""
    doc = stored.document
    assert doc is not None
    apply_corrections(doc, catalogue.corrections.active(stored.url))
    record_hash = catalogue.replace_record(stored.url, doc)
    indexed, note = _update_index(catalogue, gazetteer, index, stored, doc, record_hash)
    return Outcome(doc, log_rows, indexed, note)


def _update_index(
    catalogue: Catalogue,
    gazetteer: Gazetteer,
    index: IndexOpener | None,
    stored: StoredDocument,
    doc: Document,
    record_hash: str,
) -> tuple[bool, str]:
    """The index payload rewritten in place when the index held this document as it was; otherwise (not
    indexed yet, or behind, or unreachable) the next index step writes it, from the embedding cache."""
    if stored.indexed_hash is None or stored.indexed_hash != stored.record_hash:
        return False, "the document is waiting to be indexed; the next index step includes the correction"
    if index is None:
        return False, "saved; the next index step writes it to the index"
    try:
        index().update_payload(stored.url, stored.chunk_count, payload_for(doc, gazetteer))
    except IndexUnavailableError as exc:
        log.warning("correction saved; the index will be updated by the next index step: %s", exc)
        return False, f"saved; the index could not be updated now ({exc}); the next index step writes it"
    catalogue.mark_indexed(stored.url, record_hash, stored.chunk_count)
    return True, "saved and in the index"


def live_document(catalogue: Catalogue, url: str) -> StoredDocument:
    """The live document at `url` (normalised, through the aliases), or a CorrectionError."""
    with contextlib.suppress(ValueError):
        url = normalise_url(url)
    stored = catalogue.get(catalogue.resolve_alias(url))
    if stored is None or stored.status != "live" or stored.document is None:
        raise CorrectionError(f"no live document at {url}")
    return stored


def _reason(reason: str) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise CorrectionError("a reason is required: say why the field is wrong (it is kept with the correction)")
    if len(text) > MAX_REASON_CHARS:
        raise CorrectionError(f"the reason is over {MAX_REASON_CHARS} characters")
    return text


def _check_years(doc: Document, values: dict[str, Any]) -> None:
    year = values.get("year", doc.year)
    year_end = values.get("year_end", doc.year_end)
    if year_end is not None and year is None:
        raise CorrectionError("year_end: a period needs its first year; set year too")
    if year is not None and year_end is not None and year_end < year:
        raise CorrectionError(f"year_end: {year_end} is before the year {year}; set both")
