"""A correctable field's values: read from a command line or a form, checked and normalised (canonical
council names, one of the ten principles, whole years), read from a document and written into one."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from harvester.errors import CorrectionError
from harvester.gazetteer import Gazetteer, canonical_principle, looks_like_council
from harvester.models import Contact, DocType, Document, Participant, Principle
from harvester.principles import PRINCIPLES

# Field → the `confidence` and review-note key it shares (year and year_end are one decision).
FIELDS: dict[str, str] = {
    "title": "title",
    "lead_member": "lead_member",
    "participating_members": "participating_members",
    "year": "year",
    "year_end": "year",
    "type": "type",
    "doc_type": "doc_type",
    "principles": "principles",
    "contacts": "contacts",
    "summary": "summary",
}
LIST_FIELDS = frozenset({"participating_members", "principles", "contacts"})
_TEXT_LIMITS = {"title": 300, "type": 100, "summary": 2000}
_YEARS = range(1900, 2101)
_MAX_LIST = 50


# --- values: checked, normalised, read and written ----------------------------------------------------


def parse_text_value(field: str, text: str) -> Any:
    """A value as typed on the command line or in a form: a list field takes `;`-separated items (or
    JSON); an empty text clears the field."""
    _known_field(field)
    text = text.strip()
    if not text:
        return None
    if field in LIST_FIELDS:
        if text.startswith("["):
            try:
                return json.loads(text)
            except json.JSONDecodeError as exc:
                raise CorrectionError(f"{field}: not a JSON list ({exc.msg})") from None
        return [item.strip() for item in text.split(";") if item.strip()]
    return text


def normalise(field: str, value: Any, gazetteer: Gazetteer) -> Any:
    """The value a correction stores: canonical names, whole years, one of the ten principles. A value
    that names an unknown council or principle, or is not of the field's kind, is a CorrectionError."""
    _known_field(field)
    if value is None or value == "" or value == []:
        if field == "title":
            raise CorrectionError("title: a document keeps a title; give the right one")
        return [] if field in LIST_FIELDS else None
    reader = _NORMALISERS[field]
    return reader(field, value, gazetteer)


def _known_field(field: str) -> None:
    if field not in FIELDS:
        raise CorrectionError(f"{field!r} cannot be corrected; the fields are {', '.join(FIELDS)}")


def _text(field: str, value: Any, _: Gazetteer) -> str:
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise CorrectionError(f"{field}: give text, not {type(value).__name__}")
    text = " ".join(str(value).split())
    if len(text) > _TEXT_LIMITS.get(field, 300):
        raise CorrectionError(f"{field}: at most {_TEXT_LIMITS.get(field, 300)} characters")
    return text


def _council(field: str, value: Any, gazetteer: Gazetteer) -> str:
    name = _text(field, value, gazetteer)
    found = gazetteer.resolve(name)
    if not found.known:
        raise CorrectionError(
            f"{field}: {name!r} is not a council or body the gazetteer knows; give its name as the "
            "network writes it (e.g. 'Oldham Council'), or add it to the gazetteer first"
        )
    return found.name


def _councils(field: str, value: Any, gazetteer: Gazetteer) -> list[str]:
    items = _items(field, value)
    return list(dict.fromkeys(_council(field, item, gazetteer) for item in items))


def _year(field: str, value: Any, _: Gazetteer) -> int:
    try:
        year = int(str(value).strip())
    except ValueError:
        raise CorrectionError(f"{field}: {value!r} is not a year (YYYY)") from None
    if year not in _YEARS:
        raise CorrectionError(f"{field}: {year} is not a year between {_YEARS.start} and {_YEARS.stop - 1}")
    return year


def _doc_type(field: str, value: Any, gazetteer: Gazetteer) -> str:
    text = _text(field, value, gazetteer).lower().replace(" ", "_").replace("-", "_")
    kinds = [kind.value for kind in DocType]
    if text not in kinds:
        raise CorrectionError(f"doc_type: {value!r} is not one of {', '.join(kinds)}")
    return text


def _principles(field: str, value: Any, _: Gazetteer) -> list[dict[str, str]]:
    chosen: dict[str, str] = {}
    for item in _items(field, value):
        if isinstance(item, dict):
            raw, evidence = str(item.get("name", "")), str(item.get("evidence") or "")
        else:
            raw, _sep, evidence = str(item).partition(":")
        name = canonical_principle(raw.strip())
        if name is None:
            names = "; ".join(p.name for p in PRINCIPLES)
            raise CorrectionError(f"principles: {raw.strip()!r} is not one of the ten principles ({names})")
        chosen[name] = " ".join(evidence.split())[:500]
    return [{"name": name, "evidence": evidence} for name, evidence in chosen.items()]


def _contacts(field: str, value: Any, _: Gazetteer) -> list[dict[str, str | None]]:
    from harvester.extract.contacts import EMAIL

    contacts = []
    for item in _items(field, value):
        if isinstance(item, dict):
            unknown = set(item) - set(Contact.model_fields)
            if unknown:
                raise CorrectionError(f"contacts: unknown keys {', '.join(sorted(unknown))}")
            contact = Contact.model_validate({k: (str(v).strip() or None) if v else None for k, v in item.items()})
        else:  # 'Name <email>' or 'Name' or 'email'
            text = str(item).strip()
            email = EMAIL.search(text)
            name = text.replace(email.group(), "").strip(" <>,") if email else text
            contact = Contact(name=name or None, email=email.group() if email else None)
        if contact.email and not EMAIL.fullmatch(contact.email):
            raise CorrectionError(f"contacts: {contact.email!r} is not an email address")
        if not (contact.name or contact.email):
            raise CorrectionError("contacts: each contact needs a name or an email address")
        contacts.append(contact.model_dump())
    return contacts


def _items(field: str, value: Any) -> list[Any]:
    items = value if isinstance(value, list) else [value]
    if len(items) > _MAX_LIST:
        raise CorrectionError(f"{field}: at most {_MAX_LIST} items")
    return [item for item in items if item not in ("", None)]


_NORMALISERS: dict[str, Callable[[str, Any, Gazetteer], Any]] = {
    "title": _text,
    "summary": _text,
    "type": _text,
    "lead_member": _council,
    "participating_members": _councils,
    "year": _year,
    "year_end": _year,
    "doc_type": _doc_type,
    "principles": _principles,
    "contacts": _contacts,
}


def field_value(doc: Document, field: str) -> Any:
    """A document's value of a correctable field, as a correction stores it (JSON-able)."""
    if field == "principles":
        return [{"name": p.name, "evidence": p.evidence} for p in doc.principles if p.basis == "listed"]
    if field == "contacts":
        return [c.model_dump() for c in doc.contacts]
    if field == "doc_type":
        return doc.doc_type.value
    value = getattr(doc, field)
    return list(value) if isinstance(value, list) else value


def same_value(field: str, first: Any, second: Any) -> bool:
    """Whether two values of a field say the same (principles by name, in any order)."""
    if field == "principles":
        return sorted(p["name"] for p in first or []) == sorted(p["name"] for p in second or [])
    return bool(first == second or (not first and not second))


def set_field(doc: Document, field: str, value: Any, reason: str) -> None:
    if field == "principles":
        before = {p.name: p for p in doc.principles}
        doc.principles = [
            Principle(
                name=item["name"],
                basis="listed",
                evidence=item.get("evidence") or _kept_evidence(before.get(item["name"])) or f"staff: {reason}",
                confidence=1.0,
            )
            for item in value or []
        ]
    elif field == "contacts":
        doc.contacts = [Contact.model_validate(item) for item in value or []]
    elif field == "doc_type":
        doc.doc_type = DocType(value or DocType.PAGE.value)
    elif field == "participating_members":
        doc.participating_members = list(value or [])
        doc.participants = [_participant(name) for name in doc.participating_members]
    else:
        setattr(doc, field, value if value is not None or field != "title" else doc.title)


def _kept_evidence(principle: Principle | None) -> str:
    return principle.evidence if principle is not None and principle.basis == "listed" else ""


def _participant(name: str) -> Participant:
    kind = "council" if looks_like_council(name) else "organisation"
    return Participant(name=name, as_written=name, kind=kind, known=True)
