"""Metadata from structured lines: pure functions, tested with golden files.

Every finder returns the value and a short provenance label ("label:Lead Member", "statement", ...),
so the report can say where a field came from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Generic, TypeVar

from harvester.extract.html import Line, LineKind
from harvester.extract.labels import split_at_labels
from harvester.gazetteer import Gazetteer
from harvester.models import Contact, DocType

_YEAR_RANGE = re.compile(
    r"\b((?:19|20)\d\d)\s*(?:[-–—/]|\bto\b|\buntil\b)\s*((?:19|20)?\d\d)\b(?!\s*[-–/]\s*\d)", re.IGNORECASE
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_SECTION_LABELS = re.compile(
    r"^(about( the| this)? project|principles met|principles|summary|background|overview|the project|"
    r"what (?:we|they) did|outcomes?|key outcomes|impact|results|next steps|"
    r"(?:for )?(?:further|more) information(?: contact)?|contacts?(?: details)?|get in touch|"
    r"what are the (?:three )?key outcomes.*)\s*[:?]?$",
    re.IGNORECASE,
)
_CONTACT_START = re.compile(
    r"^(?:for\s+(?:further|more)\s+(?:information|details)(?:[,\s]+(?:please\s+)?contact)?|"
    r"further\s+information|key\s+contacts?|contacts?(?:\s+details)?|contact\s+us|get\s+in\s+touch|"
    r"project\s+contact|lead\s+contact|contact\s+officer|(?:media|press)\s+(?:enquiries|contacts?|office)|"
    r"enquiries)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"^(?:tel|telephone|phone|t|mobile)?[:.\s]*\+?[\d\s()]{9,}$", re.IGNORECASE)
_HONORIFIC = r"(?:Cllr\.?|Councillor|Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?|Miss|Sir|Dame)"
_PERSON = re.compile(rf"^(?:{_HONORIFIC}\s+)?[A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-.]*){{1,3}}$")
_ROLE_WORDS = re.compile(
    r"\b(officer|manager|director|head|lead|leader|chief|executive|coordinator|co-ordinator|"
    r"councillor|member|cabinet|portfolio|adviser|advisor|consultant|analyst|specialist|worker|"
    r"assistant|principal|senior|strategic|team|policy|programme|project|development|partnerships?|"
    r"mayor|deputy|chair|secretary|clerk)\b",
    re.IGNORECASE,
)
_ORG_WORDS = re.compile(
    r"\b(council|authority|borough|network|group|trust|cic|cio|ltd|limited|association|partnership|"
    r"foundation|university|college|nhs|co-?operative|society|alliance|charity|agency)\b",
    re.IGNORECASE,
)
_OUTCOME_HEADING = re.compile(
    r"\b(outcomes?|impact|results|achievements|benefits|what (?:has|have) changed)\b", re.IGNORECASE
)
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "which",
        "will",
        "with",
        "who",
        "how",
        "also",
        "can",
        "more",
        "other",
        "such",
        "these",
        "those",
        "through",
        "across",
        "within",
        "about",
        "new",
        "all",
        "each",
        "over",
        "between",
        "up",
        "out",
        "use",
        "used",
        "using",
        "than",
        "so",
        "not",
        "one",
        "two",
        "three",
        "being",
        "per",
        "via",
    ]
)


T = TypeVar("T")


@dataclass
class Found(Generic[T]):
    value: T
    source: str
    lines: tuple[int, ...] = ()


def clean(text: str) -> str:
    return " ".join(text.split()).strip(" |")


# 'Lead Member X Participating Members Y Year 2022 Type Policy Labs' run together in one paragraph.
_RUN_TOGETHER_START = re.compile(r"^lead\s+(?:members?|councils?)\s", re.IGNORECASE)
_RUN_TOGETHER_LABEL = re.compile(
    r"\s+(?=participating\s+members?\s|partner\s+councils?\s|years?\s+(?:19|20)\d\d|(?:status|type)\s+[A-Z])",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?:[•·▪►●◦■]|[-*](?=\s))\s*")


def split_inline_labels(lines: list[Line]) -> list[Line]:
    """One line per label, as a list would show them: bullets ('• Year 2020') become list items, and
    'Lead council: X. Years: 2019-2020.' or labels run together without punctuation are split."""
    out: list[Line] = []
    for line in lines:
        line = _without_bullet(line)
        if len(line.text) >= 400:
            out.append(line)
            continue
        parts = split_at_labels(line.text)
        if len(parts) == 1 and _RUN_TOGETHER_START.match(line.text):
            parts = _RUN_TOGETHER_LABEL.split(line.text)
        if len(parts) == 1:
            out.append(line)
            continue
        kind: LineKind = "item" if line.kind == "text" else line.kind
        out.extend(Line(part.strip().rstrip("."), kind, line.level) for part in parts)
    return out


def _without_bullet(line: Line) -> Line:
    bare = _BULLET.sub("", line.text)
    if bare == line.text or not bare:
        return line
    return Line(bare, "item" if line.kind == "text" else line.kind, line.level)


def early_year_range(lines: list[Line], first: int = 6) -> Found[str] | None:
    """A short standfirst near the top such as 'Case study – 2019/20': a year range and few words."""
    for index, line in enumerate(lines[:first]):
        if len(line.text.split()) <= 8 and _YEAR_RANGE.search(line.text) and "©" not in line.text:
            return Found(line.text, "standfirst", (index,))
    return None


def parse_years(value: str) -> tuple[int | None, int | None]:
    """'2022' → (2022, None); '2019-2020', '2019/20', '2019 to 2021', 'April 2021 to March 2023' → (start, end)."""
    match = _YEAR_RANGE.search(value)
    if match:
        start = int(match.group(1))
        tail = match.group(2)
        end = int(tail) if len(tail) == 4 else (start // 100) * 100 + int(tail)
        if start < end <= start + 30:
            return start, end
        if end == start:
            return start, None
    years = [int(y) for y in _YEAR.findall(value[:200])]
    if not years:
        return None, None
    start, last = years[0], max(years)
    if len(years) >= 2 and start < last <= start + 30 and _RANGE_WORDS.search(value):
        return start, last
    return start, None


_RANGE_WORDS = re.compile(r"[-–—/]|\bto\b|\buntil\b|\btill\b|\bthrough\b", re.IGNORECASE)


# --- contacts ---------------------------------------------------------------------------------


def find_contacts(lines: list[Line], gazetteer: Gazetteer) -> list[Contact]:
    """People named in 'For further information contact' blocks, wherever they sit on the page."""
    contacts: list[Contact] = []
    for index, line in enumerate(lines):
        match = _CONTACT_START.match(line.text)
        if not match or len(line.text) > 400:
            continue
        rest = match.group("rest").strip(" :,-–")
        rest = re.sub(r"^(?:please\s+)?contact\s*:?\s*", "", rest, flags=re.IGNORECASE)
        block = _contact_block(lines, index)
        parts = _split_commas(rest) if rest else []
        parts.extend(p for text in block for p in _contact_line_parts(text, one_field_per_line=len(block) > 1))
        contacts.extend(_people(parts, gazetteer))
    if not contacts:
        contacts = _cued_emails(lines)
    unique: dict[tuple[str | None, str | None], Contact] = {}
    for contact in contacts:
        unique.setdefault((contact.name, contact.email), contact)
    return list(unique.values())


def _contact_block(lines: list[Line], start: int) -> list[str]:
    block: list[str] = []
    for following in lines[start + 1 : start + 8]:
        if following.kind == "heading" or _SECTION_LABELS.match(following.text) or len(following.text) > 160:
            break
        block.append(following.text)
    return block


def _contact_line_parts(text: str, *, one_field_per_line: bool) -> list[str]:
    """A block written one field per line ('Name' / 'Role, Team' / 'Council') keeps commas inside a
    role; a line that holds a whole person ('Name, Role, Council – email') is split into its fields."""
    parts = _split_commas(text)
    if one_field_per_line and not (len(parts) > 1 and (_is_person(parts[0]) or _EMAIL.search(text))):
        return [text]
    return parts


_EMAIL_CUE = re.compile(
    r"\b(?:e-?mail|contact|get in touch|more information|further information|enquiries|find out more|"
    r"know more|speak to|write to)\b",
    re.IGNORECASE,
)


_NAME_BEFORE_EMAIL = re.compile(
    r"(?:contact|email|speak to|write to)\s+((?:[A-Z][a-zA-Z'’-]+\s?){2,3})\s*(?:[(,]|on|at)\W*$"
)


def _cued_emails(lines: list[Line]) -> list[Contact]:
    """No contact block: an address the page offers in its own words ('To know more, email x@y')."""
    contacts = []
    for line in lines:
        if len(line.text) > 300 or not _EMAIL_CUE.search(line.text):
            continue
        for email in _EMAIL.findall(line.text):
            before = line.text[: line.text.find(email)]
            name = _NAME_BEFORE_EMAIL.search(before)
            person = name.group(1).strip() if name and _is_person(name.group(1).strip()) else None
            contacts.append(Contact(name=person, email=email.rstrip(".")))
    return contacts


def _split_commas(text: str) -> list[str]:
    return [p for p in re.split(r"\s*[,;|]\s*", text) if p]


def _people(parts: list[str], gazetteer: Gazetteer) -> list[Contact]:
    """Group a contact block's parts into people: a name starts a person; role, organisation, email follow."""
    people: list[Contact] = []
    current: Contact | None = None
    for raw in parts:
        part = clean(raw)
        emails = _EMAIL.findall(part)
        text = clean(_EMAIL.sub("", part).replace("()", "").strip(" ()<>:–—-"))
        text = re.sub(r"^(?:e-?mail(?:\s+address)?|email\s+\w+|e|contact)\s*:?\s*$", "", text, flags=re.IGNORECASE)
        if _PHONE.match(text):
            text = ""
        if text and _is_person(text) and (current is None or current.name or current.email):
            current = Contact(name=text)
            people.append(current)
        elif text and current is None:
            current = Contact(organisation=_organisation(text, gazetteer)) if _ORG_WORDS.search(text) else None
            if current:
                people.append(current)
        elif text and current is not None:
            _fill_contact(current, text, gazetteer)
        if emails:
            if current is None or current.email:
                current = Contact()
                people.append(current)
            current.email = emails[0]
    return [p for p in people if p.name or p.email]


def _fill_contact(contact: Contact, text: str, gazetteer: Gazetteer) -> None:
    if contact.name is None and _is_person(text):
        contact.name = text
    elif (
        contact.organisation is None
        and _ORG_WORDS.search(text)
        and (contact.role is not None or not _ROLE_WORDS.search(text) or gazetteer.resolve(text).known)
    ):
        contact.organisation = _organisation(text, gazetteer)
    elif contact.role is None and len(text) < 120:
        contact.role = text


def _is_person(text: str) -> bool:
    if not _PERSON.match(text) or _ORG_WORDS.search(text):
        return False
    words = re.sub(rf"^{_HONORIFIC}\s+", "", text).split()
    return not any(_ROLE_WORDS.fullmatch(w) for w in words)


def _organisation(text: str, gazetteer: Gazetteer) -> str:
    return gazetteer.resolve(text).name


# --- summary, outcomes, topics, doc type ------------------------------------------------------


def find_summary(lines: list[Line], skip: set[int]) -> Found[str] | None:
    """The page's own opening: first paragraph under 'About the project', else first real paragraph."""
    for index, line in enumerate(lines):
        if re.match(r"^about( the| this)? project\s*:?$", line.text, re.IGNORECASE):
            for candidate in lines[index + 1 : index + 6]:
                if _substantive(candidate.text, 12):
                    return Found(_trim(candidate.text), "section:About the project")
    for index, line in enumerate(lines):
        if index not in skip and line.kind != "heading" and _substantive(line.text, 20):
            return Found(_trim(line.text), "first paragraph")
    return None


def _substantive(text: str, min_words: int) -> bool:
    return len(text.split()) >= min_words and not text.endswith("?")


def _trim(text: str, limit: int = 600) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    stop = cut.rfind(". ")
    return cut[: stop + 1] if stop > limit // 2 else cut.rsplit(" ", 1)[0] + "…"


def find_outcomes(lines: list[Line]) -> list[str]:
    outcomes: list[str] = []
    for index, line in enumerate(lines):
        if not (line.kind == "heading" or _SECTION_LABELS.match(line.text)) or not _OUTCOME_HEADING.search(line.text):
            continue
        for following in lines[index + 1 :]:
            if following.kind == "heading" or (_SECTION_LABELS.match(following.text) and following is not line):
                break
            if _CONTACT_START.match(following.text):
                break
            text = re.sub(r"^\(?\d{1,2}[.)]\s*", "", following.text)
            if len(text.split()) >= 3:
                outcomes.append(_trim(text, 400))
        if outcomes:
            break
    return outcomes[:12]


def find_topics(text: str, limit: int = 8) -> list[str]:
    """Key phrases: the most frequent two- and three-word runs without stop words."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", text.lower())
    counts: Counter[str] = Counter()
    for size in (2, 3):
        for i in range(len(words) - size + 1):
            gram = words[i : i + size]
            if gram[0] in _STOPWORDS or gram[-1] in _STOPWORDS or any(len(w) < 3 for w in gram):
                continue
            if any(w in _STOPWORDS for w in gram[1:-1]):
                continue
            counts[" ".join(gram)] += 1 if size == 2 else 2
    ranked = [g for g, c in counts.most_common(limit * 3) if c >= 2]
    topics: list[str] = []
    for phrase in ranked:
        if not any(phrase in t or t in phrase for t in topics):
            topics.append(phrase)
        if len(topics) == limit:
            break
    return topics


def classify(
    url: str,
    *,
    kind_pdf: bool,
    has_lead: bool,
    has_principles: bool,
    has_contact: bool,
    type_value: str | None,
    title: str,
) -> DocType:
    """The document's kind from its URL, its Type value and what it carries."""
    path = url.lower()
    hint = f"{(type_value or '').lower()} {title.lower()}"
    if "case-stud" in path or "case_stud" in path or "case study" in hint:
        return DocType.CASE_STUDY
    if kind_pdf or "toolkit" in hint:
        return DocType.TOOLKIT
    if re.search(r"/(projects?|policy-labs?|labs?|prototypes?)/", path) or has_lead:
        return DocType.PROJECT
    if re.search(r"/(toolkits?|guides?|resources?)/", path):
        return DocType.TOOLKIT
    if re.search(r"/(news|blogs?|press|events?|articles?|\d{4}/\d{2})/", path):
        return DocType.NEWS
    if has_principles and has_contact:
        return DocType.CASE_STUDY
    return DocType.PAGE


def is_section_label(line: Line) -> bool:
    return line.kind == "heading" or bool(_SECTION_LABELS.match(line.text))
