"""From the fields a page labels to a Document's metadata: the lead and the bodies taking part (one
body a name, acronyms the page spells out expanded, co-leads and 'X with Y' read as partners), the
years, the type."""

from __future__ import annotations

import re

from harvester.extract.fields import early_year_range, is_calendar_date, parse_years, stated_period
from harvester.extract.html_lines import Line
from harvester.extract.labels import (
    LEAD,
    MEMBERS,
    PUBLISHED,
    TYPE,
    YEAR,
    YEAR_END,
    YEAR_START,
    FieldValue,
    label_key,
    read_fields,
    timeline_years,
)
from harvester.extract.lead import stated_participants
from harvester.extract.values import (
    joined_names,
    looks_like_organisation,
    names_in,
    page_acronyms,
    preferred_name,
)
from harvester.gazetteer import Gazetteer
from harvester.models import Document, Participant


class LabelledMetadata:
    """Reads a page's labelled fields into a Document, resolving names through the gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def read(
        self,
        doc: Document,
        lines: list[Line],
        candidates: list[FieldValue],
        *,
        skip: set[int],
        published: tuple[int | None, str],
    ) -> set[int]:
        """Set the lead, members, years and type the page labels (`candidates`: its `field_candidates`);
        returns the lines they used."""
        found = read_fields(lines, skip=skip)
        consumed: set[int] = set()
        acronyms = page_acronyms(" ".join(line.text for line in lines[:3000]))
        co_leads: list[Participant] = []
        if LEAD in found:
            co_leads = self._set_lead(doc, found[LEAD], acronyms)
            if doc.lead_member:
                consumed.update(found[LEAD].lines)
        if MEMBERS in found and self._set_members(doc, found[MEMBERS], acronyms, co_leads):
            consumed.update(found[MEMBERS].lines)
        elif co_leads:
            _set_participants(doc, co_leads, f"label:{found[LEAD].label}")
        consumed |= set_years(doc, found, lines, candidates, published)
        if TYPE in found and _type_shaped(found[TYPE].value):
            doc.type = found[TYPE].value.strip(" .")
            doc.provenance["type"] = f"label:{found[TYPE].label}"
            consumed.update(found[TYPE].lines)
        return consumed

    def _set_lead(self, doc: Document, value: FieldValue, acronyms: dict[str, str]) -> list[Participant]:
        """The lead from its field, and the field's other bodies: a second lead ('Kirklees Council &
        Calderdale Council') or partners after 'with' ('Plymouth City Council with Exeter City
        Council'), which take part."""
        leading, *rest = _WITH.split(value.value, maxsplit=1)
        partners = rest[0] if rest else ""
        if partners and self.gazetteer.resolve(value.value.strip(" .")).known:
            leading, partners = value.value, ""  # 'Blackburn with Darwen Borough Council' is one council
        names = self._names(leading, acronyms)
        if not names:
            return []
        resolved = self.gazetteer.resolve(names[0])
        if not resolved.known and not looks_like_organisation(names[0]):
            mentions = self.gazetteer.mentions(value.value, bare_places=True)  # 'Cllr Jess Cormack, …, Lambeth'
            resolved = self.gazetteer.resolve(mentions[0].name) if mentions else resolved
        doc.lead_member = resolved.name
        doc.provenance["lead_member"] = f"label:{value.label}"
        _flag_unknown(doc, [resolved])
        others = [*names[1:], *self._names(partners, acronyms)]
        bodies = [name for name in others if self.gazetteer.resolve(name).known or looks_like_organisation(name)]
        return [p for p in map(self.gazetteer.resolve, bodies) if p.name != resolved.name]

    def _names(self, value: str, acronyms: dict[str, str]) -> list[str]:
        """The bodies a field's value names, one each: lists split, joined names parted, acronyms the
        page spells out expanded, one side of 'Welsh (English)' names."""
        names: list[str] = []
        for name in names_in(value):
            name = preferred_name(name, lambda n: self.gazetteer.resolve(n).known)
            for joined in joined_names(name, self.gazetteer):
                names.extend(acronyms.get(part, part) for part in _run_together(joined, self.gazetteer))
        return list(dict.fromkeys(names))

    def _set_members(
        self, doc: Document, value: FieldValue, acronyms: dict[str, str], co_leads: list[Participant]
    ) -> bool:
        if _says_nobody(value.value):
            _set_participants(doc, [], f"label:{value.label} (nobody in particular)")
            return True
        stated = None
        if _sentence_like(value.value):  # 'Alongside Bristol, the Lab brings together A, B and C, and …'
            stated = stated_participants([value.value], self.gazetteer, doc.lead_member)
        named = stated[0] if stated else self._names(value.value, acronyms)
        people: dict[str, Participant] = {p.name: p for p in co_leads}
        for name in named:
            person = self.gazetteer.resolve(name)
            people.setdefault(person.name, person)
        if not people:
            return False
        _set_participants(doc, list(people.values()), f"label:{value.label}")
        return True


def set_years(
    doc: Document,
    found: dict[str, FieldValue],
    lines: list[Line],
    candidates: list[FieldValue],
    published: tuple[int | None, str],
) -> set[int]:
    """The project's years from a Year/Dates field, start and end fields, a standfirst range, or
    else the year the page was published."""
    if YEAR in found and is_calendar_date(found[YEAR].value) and label_key(found[YEAR].label) == "date":
        found = {**found, PUBLISHED: found.get(PUBLISHED, found[YEAR])}  # a memo's 'Date: 12th June 2017'
        del found[YEAR]
    if YEAR in found:
        start, end = parse_years(found[YEAR].value)
        if start:
            doc.year, doc.year_end = start, end
            doc.provenance["year"] = f"label:{found[YEAR].label}"
            return set(found[YEAR].lines)
    if YEAR_START in found:
        start, _ = parse_years(found[YEAR_START].value)
        end = parse_years(found[YEAR_END].value)[0] if YEAR_END in found else None
        if start:
            doc.year, doc.year_end = start, end if end and start < end <= start + 30 else None
            doc.provenance["year"] = f"label:{found[YEAR_START].label}"
            return set(found[YEAR_START].lines)
    standfirst = early_year_range(lines)
    if standfirst:
        doc.year, doc.year_end = parse_years(standfirst.value)
        doc.provenance["year"] = standfirst.source
        return set(standfirst.lines)
    period = stated_period(lines)
    if period:
        doc.year, doc.year_end = parse_years(period.value)
        doc.provenance["year"] = f"{period.source}: {period.value}"[:300]
        return set()
    timeline = timeline_years(candidates)
    if timeline:
        doc.year, doc.year_end = timeline
        doc.provenance["year"] = "timeline"
        return set()
    if PUBLISHED in found:
        labelled, _ = parse_years(found[PUBLISHED].value)
        if labelled:
            doc.year, doc.year_end = labelled, None
            doc.provenance["year"] = f"published (label:{found[PUBLISHED].label})"
            return set(found[PUBLISHED].lines)
    year, source = published
    if year:
        doc.year, doc.year_end = year, None
        doc.provenance["year"] = f"published ({source})"
    return set()


_EVERYONE = re.compile(
    r"^(?:open\s+to\s+)?(?:all|any|every)\s+(?:of\s+the\s+)?(?:network\s+)?(?:members?|councils?|member\s+councils)\b",
    re.I,
)


_WITH = re.compile(r"\s+(?:working\s+with|in\s+partnership\s+with|together\s+with|with|alongside)\s+", re.IGNORECASE)
_NOBODY = re.compile(r"^(?:none|n/?a|nil|not applicable)\b", re.IGNORECASE)


def _sentence_like(value: str) -> bool:
    return len(value.split()) > 12 and bool(re.search(r"\b(?:brings?|brought|is|are|was|were|has|have|will)\b", value))


def _says_nobody(value: str) -> bool:
    """'All members', 'Open to all member councils', 'None – single-council prototype'."""
    names = names_in(value)
    return bool(names) and all(_EVERYONE.match(name) or _NOBODY.match(name) for name in names)


def _set_participants(doc: Document, people: list[Participant], source: str) -> None:
    doc.participants = people
    doc.participating_members = [p.name for p in people]
    doc.provenance["participating_members"] = source
    _flag_unknown(doc, people)


def _run_together(name: str, gazetteer: Gazetteer) -> list[str]:
    """'Stevenage Borough Council North Herts Council Harlow Council' (a multi-select flattened to
    one line): the councils the gazetteer finds in it, when they are most of the text."""
    if gazetteer.resolve(name).known:
        return [name]
    mentions = gazetteer.mentions(name, bare_places=False)
    covered = sum(m.end - m.start for m in mentions)
    return [m.name for m in mentions] if len(mentions) >= 2 and covered >= 0.8 * len(name.strip()) else [name]


def _flag_unknown(doc: Document, people: list[Participant]) -> None:
    for person in people:
        if person.kind == "council" and not person.known:
            flag = f"unknown council name: {person.name}"
            if flag not in doc.review:
                doc.review.append(flag)


def _type_shaped(value: str) -> bool:
    return 0 < len(value) <= 60 and len(value.split()) <= 8 and not value.rstrip().endswith((".", "?"))
