"""Metadata from structured lines: pure functions, tested with golden files.

Every finder returns the value and a short provenance label ("label:Lead Member", "statement", ...),
so the report can say where a field came from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Generic, TypeVar

from rapidfuzz import fuzz

from harvester.extract.html import Line, LineKind
from harvester.gazetteer import Gazetteer, canonical_principle, fold
from harvester.models import Contact, DocType, Principle
from harvester.principles import PRINCIPLES

_SEP = r"(?:\s*[:\-–—|]\s*|\s+|$)"
_LABELS: dict[str, re.Pattern[str]] = {
    "lead_member": re.compile(
        rf"^(?:lead\s+(?:members?|councils?|authority|authorities|organisations?|partners?|body)|"
        rf"led\s+by){_SEP}(?P<value>.*)$",
        re.IGNORECASE,
    ),
    "participating_members": re.compile(
        rf"^(?:participating\s+(?:members?|councils?|authorities|organisations?|partners?)|"
        rf"partner\s+(?:councils?|organisations?|authorities)|other\s+(?:councils|partners)|"
        rf"partners?|participants|members\s+involved|councils\s+involved|supporting\s+members?)"
        rf"{_SEP}(?P<value>.*)$",
        re.IGNORECASE,
    ),
    "year": re.compile(
        rf"^(?:project\s+)?(?:years?|period|timescales?|duration|dates?\s+of\s+project|date){_SEP}(?P<value>.*)$",
        re.IGNORECASE,
    ),
    "type": re.compile(rf"^(?:status|type|project\s+type|category|programme){_SEP}(?P<value>.*)$", re.IGNORECASE),
}
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
_PRINCIPLES_HEADING = re.compile(
    r"^(?:co-?operative\s+)?principles?\s*(?:met|covered|addressed|demonstrated|applied|"
    r"this project meets|in (?:action|practice))?\s*:?$|^our principles:?$|^ccin principles:?$",
    re.IGNORECASE,
)
_CONTACT_START = re.compile(
    r"^(?:for\s+(?:further|more)\s+(?:information|details)(?:[,\s]+(?:please\s+)?contact)?|"
    r"further\s+information|key\s+contacts?|contacts?(?:\s+details)?|contact\s+us|get\s+in\s+touch|"
    r"project\s+contact|lead\s+contact|contact\s+officer)\b(?P<rest>.*)$",
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


_INLINE_LABEL = re.compile(
    r"(?<=[.;])\s+(?=(?:lead\s+\w+|participating\s+\w+|partner\s+\w+|years?|status|type|programme)\s*:)", re.IGNORECASE
)
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
        parts = _INLINE_LABEL.split(line.text)
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


def labelled_value(lines: list[Line], field: str, max_line: int = 600) -> Found[str] | None:
    """The value after a label such as 'Lead Member', on the same line or the next one."""
    pattern = _LABELS[field]
    for index, line in enumerate(lines):
        if len(line.text) > max_line:
            continue
        match = pattern.match(line.text)
        if not match or not _label_shaped(line, match):
            continue
        label = line.text[: match.start("value")].strip(" :-–|")
        value = clean(match.group("value"))
        used: tuple[int, ...] = (index,)
        if not value:
            values = _next_values(lines, index, many=field == "participating_members")
            value = ", ".join(values)
            used = tuple(range(index, index + 1 + len(values)))
        if value:
            return Found(value, f"label:{label}", used)
    return None


def _label_shaped(line: Line, match: re.Match[str]) -> bool:
    """A real label: in a list, table or definition, set off by a colon, or standing alone."""
    value = match.group("value")
    if not value.strip():
        return True
    separator = line.text[: match.start("value")]
    if re.search(r"[:|]|\s[-–—]\s*$", separator):
        return True
    return line.kind in ("item", "cell", "heading") and len(value) < 500


def _next_values(lines: list[Line], index: int, *, many: bool) -> list[str]:
    """A label on its own line ('<dt>Year</dt><dd>2022</dd>'): the value is the next line, unless that is
    a label; a list of members may run on as one list item per name."""
    values: list[str] = []
    for following in lines[index + 1 : index + 1 + (80 if many else 1)]:
        if following.kind == "heading" or any(p.match(following.text) for p in _LABELS.values()):
            break
        if values and not _name_shaped(following):
            break
        values.append(clean(following.text))
    return values


def _name_shaped(line: Line) -> bool:
    """A line that could be one more name in a list: a list item, or a short capitalised line that is
    not a sentence ('<div class="field__item">Bury Council</div>')."""
    if line.kind == "item":
        return len(line.text) <= 120
    words = line.text.split()
    return 0 < len(words) <= 8 and line.text[:1].isupper() and not line.text.rstrip().endswith((".", ":", "?", "!"))


def split_names(value: str) -> list[str]:
    """Split 'A Council, B Council and C Council' into names; 'and' inside a name is kept."""
    parts = re.split(r"\s*(?:[,;•·|]|\s\u2022\s|\n)\s*", value)
    names: list[str] = []
    for part in parts:
        part = re.sub(r"^(?:and|&)\s+", "", part.strip(), flags=re.IGNORECASE).strip(" .")
        names.extend(_split_trailing_and(part))
    return [n for n in names if 2 <= len(n) <= 120 and re.search(r"[A-Za-z]", n)]


def _split_trailing_and(part: str) -> list[str]:
    """'X Council and Y Council' names two councils; 'Telford and Wrekin Council' names one."""
    for match in re.finditer(r"\s+(?:and|&)\s+", part):
        left, right = part[: match.start()], part[match.end() :]
        if re.search(r"\b(council|authority)$", left, re.IGNORECASE) and re.search(
            r"\b(council|authority)$", right, re.IGNORECASE
        ):
            return [left, *_split_trailing_and(right)]
    return [part] if part else []


def parse_years(value: str) -> tuple[int | None, int | None]:
    """'2022' → (2022, None); '2019-2020', '2019/20', '2019 to 2021' → (start, end)."""
    match = _YEAR_RANGE.search(value)
    if match:
        start = int(match.group(1))
        tail = match.group(2)
        end = int(tail) if len(tail) == 4 else (start // 100) * 100 + int(tail)
        if start < end <= start + 30:
            return start, end
        if end == start:
            return start, None
    years = _YEAR.search(value)
    return (int(years.group(1)), None) if years else (None, None)


def find_type(lines: list[Line]) -> Found[str] | None:
    found = labelled_value(lines, "type", max_line=120)
    if not found or len(found.value) > 60:
        return None
    return Found(found.value.strip(" ."), found.source, found.lines)


# --- principles -------------------------------------------------------------------------------

_STATEMENT_KEYS = [(p.name, fold(p.statement.split(":")[0])) for p in PRINCIPLES]


_WTT_BULLET = re.compile(
    r"^[•·*-]?\s*(co-?operation among members|openness of membership|co-?production of the network|"
    r"action-focused|membership-based|non-party-political)",
    re.IGNORECASE,
)


_INLINE_PRINCIPLES = re.compile(r"^(?:co-?operative\s+)?principles?\s+met\s*[:\-–]\s*(?P<names>.{3,300})$", re.I)


def has_principles_heading(lines: list[Line]) -> bool:
    return any(_PRINCIPLES_HEADING.match(line.text) or _INLINE_PRINCIPLES.match(line.text) for line in lines)


def find_listed_principles(lines: list[Line]) -> tuple[list[Principle], set[int]]:
    """Principles the page lists, by name or only by their 'We will…' statement, and the lines they use.

    A principles block starts at a 'Principles met' heading and runs while lines are principle names,
    statements, the 'Walking the talk' bullets or list dashes.
    """
    found: dict[str, Principle] = {}
    used: set[int] = set()
    in_block = False
    for index, line in enumerate(lines):
        text = line.text
        if _PRINCIPLES_HEADING.match(text):
            in_block = True
            used.add(index)
            continue
        inline = _INLINE_PRINCIPLES.match(text)
        if inline:
            for part in re.split(r"\s*[;,|•]\s*", inline.group("names")):
                name = canonical_principle(part)
                if name:
                    found.setdefault(name, Principle(name=name, basis="listed", evidence=text[:300]))
            used.add(index)
            continue
        names = _principles_in_line(line, in_block)
        for name, evidence, confidence in names:
            found.setdefault(name, Principle(name=name, basis="listed", evidence=evidence[:300], confidence=confidence))
        if names or (in_block and (len(text) <= 3 or _WTT_BULLET.match(text))):
            used.add(index)
            continue
        in_block = False
    order = {p.name: i for i, p in enumerate(PRINCIPLES)}
    return sorted(found.values(), key=lambda p: order[p.name]), used


def _principles_in_line(line: Line, in_block: bool) -> list[tuple[str, str, float]]:
    by_statement = match_statement(line.text, in_block=in_block)
    if by_statement:
        return [(by_statement[0], line.text, round(by_statement[1] / 100, 2))]
    if not (in_block or line.kind in ("item", "heading")):
        return []
    name = _principle_name_line(line.text, strict=not in_block)
    if name:
        return [(name, line.text, 1.0)]
    return [(n, line.text, 1.0) for n in _names_run(line.text)] if in_block else []


def _names_run(text: str) -> list[str]:
    """A line that is only principle names side by side (icons' alt texts): 'Co-production Innovation'."""
    folded = fold(text)
    spans: list[tuple[int, int, str]] = []
    for principle in PRINCIPLES:
        for spelling in (principle.name, *principle.aliases):
            at = folded.find(fold(spelling))
            if at >= 0:
                spans.append((at, at + len(spelling), principle.name))
                break
    covered = sum(end - start for start, end, _ in spans)
    letters = len(folded.replace(" ", ""))
    if spans and covered >= 0.8 * letters:
        return [name for _, _, name in sorted(spans)]
    return []


def _principle_name_line(text: str, *, strict: bool) -> str | None:
    """A line that is a principle's name, possibly followed by its statement ('Innovation – We will…')."""
    head = re.split(r"\s+[-–—:]\s+|\s+(?=We will\b)|\s+(?=In exploring\b)|\s+(?=As a membership\b)", text)[0]
    if len(head) > 70:
        return None
    name = canonical_principle(head)
    if name and strict and len(head) != len(text) and not match_statement(text[len(head) :]):
        return None
    if name and strict and name in ("Innovation", "Learning"):
        return None  # too common as ordinary headings to trust outside a principles block
    return name


_STATEMENT_SHAPED = re.compile(r"^(?:[•·*-]\s*)?(?:we will|in exploring|as a membership)\b", re.IGNORECASE)


def match_statement(text: str, min_score: int = 85, *, in_block: bool = False) -> tuple[str, float] | None:
    """The principle whose statement this line carries, allowing light edits.

    Inside a 'Principles met' block a line shaped like a statement ('We will…') needs a lower score,
    provided it is clearly closer to one statement than to any other.
    """
    if len(text) < 40:
        return None
    folded = fold(text)
    scores = sorted(((_statement_score(statement, folded), name) for name, statement in _STATEMENT_KEYS), reverse=True)
    (best, name), (runner_up, _) = scores[0], scores[1]
    if best >= min_score:
        return name, best
    if in_block and _STATEMENT_SHAPED.match(text) and best >= 72 and best - runner_up >= 15:
        return name, best
    return None


def _statement_score(statement: str, folded: str) -> float:
    if len(folded) >= len(statement):
        return float(fuzz.partial_ratio(statement, folded))
    if len(folded) <= 0.6 * len(statement):
        return 0.0
    return float(max(fuzz.ratio(statement, folded), fuzz.token_set_ratio(statement, folded)))


_INFERENCE_CUES: dict[str, tuple[str, ...]] = {
    "Co-production": (r"\bco-?produc", r"\bco-?design", r"equal partners"),
    "Democratic engagement": (
        r"participatory budget",
        r"citizens'? (?:assembly|jury|panel)",
        r"residents? (?:had|have|has) (?:a|their) say",
        r"decision[- ]making",
        r"\bconsultation\b",
        r"\bdemocratic\b",
    ),
    "Enterprise and social economy": (
        r"social enterprises?",
        r"co-?operative (?:business|enterprise)s?",
        r"community business",
        r"community wealth",
        r"local economy",
        r"social economy",
    ),
    "Maximising social value": (r"social value", r"social return", r"procurement"),
    "Community leadership and a new role for councillors": (
        r"\bcouncillors?\b.*\b(?:role|community|lead)",
        r"community leader",
        r"community connectors?",
    ),
    "New models of meeting priority needs": (
        r"\bmutuals?\b",
        r"community[- ]owned",
        r"\bspin[- ]out",
        r"co-?operative model",
        r"new (?:delivery )?models?",
    ),
    "Social partnership": (r"\bpartnership\b", r"voluntary (?:and|&) community sector", r"\bvcse\b"),
    "Innovation": (r"\binnovati", r"\bpilot(?:ed|ing)?\b", r"\bpioneer"),
    "Learning": (r"peer[- ]learning", r"share (?:the )?learning", r"lessons learn", r"\btoolkit\b", r"best practice"),
}


def infer_principles(sentences: list[str], min_confidence: float) -> list[Principle]:
    """Principles a page describes without listing them: cue phrases, confidence by how many sentences."""
    inferred = []
    for name, cues in _INFERENCE_CUES.items():
        hits = [s for s in sentences if any(re.search(c, s, re.IGNORECASE) for c in cues)]
        if not hits:
            continue
        confidence = min(0.9, 0.35 + 0.15 * len(hits))
        if confidence >= min_confidence:
            inferred.append(
                Principle(name=name, basis="inferred", evidence=hits[0][:300], confidence=round(confidence, 2))
            )
    return inferred


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
