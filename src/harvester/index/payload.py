"""The payload each point carries into the index: display fields and the normalised keys filters match on."""

from __future__ import annotations

from typing import Any

from harvester.gazetteer import Gazetteer, name_key, type_key
from harvester.models import Document


def payload_for(doc: Document, gazetteer: Gazetteer) -> dict[str, Any]:
    """What each point carries: display fields plus normalised keys that filters match on."""
    return {
        "doc_url": doc.url,
        "source": doc.source,
        "kind": doc.kind.value,
        "doc_type": doc.doc_type.value,
        "title": doc.title,
        "lead_member": doc.lead_member,
        "participating_members": doc.participating_members,
        "councils": sorted({name_key(gazetteer.canonical(n)) for n in doc.councils}),
        "council_names": doc.councils,
        "lead_key": name_key(gazetteer.canonical(doc.lead_member)) if doc.lead_member else None,
        "principles": doc.listed_principles,
        "year": doc.year,
        "year_end": doc.year_end,
        "year_last": doc.year_end or doc.year,
        "type": doc.type,
        "type_key": type_key(doc.type),
        "years": list(range(doc.year, (doc.year_end or doc.year) + 1)) if doc.year else [],
    }
