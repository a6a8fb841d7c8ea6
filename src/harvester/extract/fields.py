"""Metadata from structured lines: pure functions, tested with golden files.

Every finder returns the value and a short provenance label ("label:Lead Member", "statement", ...),
so the report can say where a field came from.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Generic, TypeVar

from harvester.extract.html_lines import Line, LineKind
from harvester.extract.labels import split_at_labels
from harvester.models import DocType

_YEAR_RANGE = re.compile(
    r"\b((?:19|20)\d\d)\s*(?:[-–—/]|\bto\b|\buntil\b)\s*((?:19|20)?\d\d)\b(?!\s*[-–/]\s*\d)", re.IGNORECASE
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
SECTION_LABELS = re.compile(
    r"^(about( the| this)? project|principles met|principles|summary|background|overview|the project|"
    r"what (?:we|they) did|outcomes?|key outcomes|impact|results|next steps|"
    r"(?:for )?(?:further|more) information(?: contact)?|contacts?(?: details)?|get in touch|"
    r"what are the (?:three )?key outcomes.*)\s*[:?]?$",
    re.IGNORECASE,
)
CONTACT_START = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?(?:for\s+(?:further|more)\s+(?:information|details)(?:[,\s]+(?:please\s+)?contact)?|"
    r"further\s+information|key\s+contacts?|contacts?(?:\s+details)?|contact\s+us|get\s+in\s+touch|"
    r"project\s+contact|lead\s+contact|contact\s+officer|(?:media|press)\s+(?:enquiries|contacts?|office)|"
    r"enquiries|find\s+out\s+more|more\s+information|contact\s+details|(?:report\s+)?author|"
    r"questions(?=\s*\?\s*$))\b(?P<rest>.*)$",
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
        words = len(line.text.split())
        if "©" in line.text or words > 12 or _PHASE.search(line.text):
            continue  # a phase's own years are read with the other phases'
        if words <= 8 and _YEAR_RANGE.search(line.text):
            return Found(line.text, "standfirst", (index,))
        if open_ended := _OPEN_RANGE.search(line.text):  # 'Policy Lab · Led by Camden Council · 2019–present'
            return Found(open_ended.group(1), "standfirst", (index,))
    return None


_OPEN_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*(?:present|now|date|ongoing|today)\b", re.IGNORECASE)


_PERIOD_YEARS = (
    r"(?P<years>(?:(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)"
    r"(?:\s*(?:[-–—/]|to|and|until|till)\s*(?:[A-Z][a-z]+\s+)?(?:19|20)?\d\d)?)"
)
_PERIOD = re.compile(
    r"\b(?:project|programme|partnership|pilot|prototype|lab|work|scheme|fund|initiative|it|they|we)\b[^.;]{0,160}?\b"
    r"(?:ran|runs|running|run|took place|was delivered|operated|lasted|was carried out|was tested)\b\s+"
    rf"(?:\w+\s+){{0,3}}?(?:from|over|between|in|during|throughout|through)\s+{_PERIOD_YEARS}|"
    # 'From April 2021 until March 2024.' answering 'When does it run?'
    r"^(?:it\s+runs\s+|running\s+|covering\s+|ran\s+|run\s+)?(?:from\s+)?(?P<span>(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*"
    r"(?:to|until|till|through|[-–—])\s*"
    r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b|"
    # '… joins the Policy Lab for 2023/24': a financial or academic year named as the work's time
    r"\b(?:project|programme|partnership|pilot|prototype|lab|scheme|initiative)\b[^.;]{0,80}?"
    r"\b(?:for|in|during|over|throughout)\s+(?:the\s+)?(?:(?:financial|academic)\s+year\s+)?"
    r"(?P<split>(?:19|20)\d\d\s*/\s*\d\d)\b(?!\d)",
    re.IGNORECASE,
)


# 'We have been … since 2015', 'the first pantry opened in March 2019', 'launched in 2021': when the
# work began, stated early in the text (a start year only).
_STARTED = re.compile(
    r"(?:\b(?:we|the\s+(?:[A-Z][\w'’-]*\s+){0,5}(?:project|programme|scheme|lab|pilot|service|first\s+[a-z]+\s+[a-z]+))"
    r"\s+(?:\w+\s+){0,2}?"
    r"(?:opened|started|began|launched|was\s+set\s+up|was\s+founded|was\s+established)\s+(?:\w+\s+){0,3}?|"
    # 'Launched in autumn 2018, the collective …': the sentence opens with when the work began
    r"(?:^|[.!?]\s+)(?:first\s+)?(?:launched|started|set\s+up|established|founded|piloted|opened)\s+)in\s+"
    r"(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|winter)\s+of|spring|summer|autumn|winter)\s*)?"
    r"(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*(?:[-–—/]|to\b))|"
    r"\bwe(?:\s+have|'ve)\s+been\s+(?!members?\b)[^.;]{0,160}?\bsince\s+(?P<since>(?:19|20)\d\d)\b|"
    r"\b(?:has|have)\s+been\s+(?:running|going|operating|open|working)\s+since\s+(?:the\s+)?"
    r"(?:(?:early|late|spring|summer|autumn|winter|start\s+of)\s+)?(?:[A-Z][a-z]+\s+)?(?P<running>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_PHASE = re.compile(
    r"\bphase\s+(?:\d+|one|two|three|four|[ivx]+)\b[^()\n]{0,40}?\((?P<years>(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?)\)",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
# 'Completed in 2022 after a two-year pilot': the end, and the start it implies.
_ENDED_AFTER = re.compile(
    r"\b(?:completed|finished|ended|closed|concluded)\s+in\s+(?:[A-Z][a-z]+\s+)?(?P<end>(?:19|20)\d\d)\s+after\s+"
    r"(?:a|an)\s+(?P<length>one|two|three|four|five|[1-5])[-\s]year\b",
    re.IGNORECASE,
)


def _phases(lines: list[Line]) -> str | None:
    """'Phase 1 (2019)' and 'Phase 2 (2021–2023)': the work's span, from the first phase to the last."""
    years = [
        year
        for line in lines
        if "hase" in line.text
        for match in _PHASE.finditer(line.text[:2000])
        for year in parse_years(match.group("years"))
        if year
    ]
    return f"{min(years)}-{max(years)}" if len({*years}) >= 2 else None


def stated_period(lines: list[Line]) -> Found[str] | None:
    """When a text says the work ran: 'The partnership ran over 2021-23', 'ran from 2021 to 2023',
    'ran as a prototype throughout 2021', 'Phase 1 (2019)' … 'Phase 2 (2021–2023)', 'completed in 2022
    after a two-year pilot'. The project's years, not the page's."""
    phased = _phases(lines[:3000])
    if phased:
        return Found(phased, "stated phases")
    for line in lines[:3000]:
        if line.kind == "heading" or len(line.text) > 2000:
            continue
        match = _PERIOD.search(line.text)
        if match:
            return Found(match.group("years") or match.group("span") or match.group("split"), "stated period")
        ended = _ENDED_AFTER.search(line.text)
        if ended:
            end = int(ended.group("end"))
            return Found(f"{end - _NUMBER_WORDS[ended.group('length').lower()]}-{end}", "stated end and length")
    for line in lines[:60]:
        if line.kind == "heading" or len(line.text) > 2000:
            continue
        match = _STARTED.search(line.text)
        if match:
            return Found(match.group("year") or match.group("since") or match.group("running"), "stated start")
    return None


_CALENDAR_DATE = re.compile(
    r"^\s*(?:[A-Z][a-z]+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+(?:19|20)\d\d|"
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s*$"
)


def is_calendar_date(value: str) -> bool:
    """A single day ('12th June 2017', '21/06/2023', 'Tuesday 4 May 2021'): when a document was
    written or sent, not a span of work."""
    return bool(_CALENDAR_DATE.match(value))


def parse_years(value: str) -> tuple[int | None, int | None]:
    """'2022' → (2022, None); '2019-2020', '2019/20', '2019 to 2021', 'April 2021 to March 2023' → (start, end)."""
    split_ends = _split_year_ends(value[:200])
    if len(split_ends) >= 2:  # '2014-15 & 2015-16', '2022/23 – 2023/24': from the first year to the last
        first = int(_YEAR.findall(value[:200])[0])
        if first < max(split_ends) <= first + 30:
            return first, max(split_ends)
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
        short = _SHORT_YEAR.search(value[:200])  # "Sept ’18"
        return (2000 + int(short.group(1)), None) if short else (None, None)
    start, last = years[0], max(years)
    consecutive = len(years) >= 2 and all(b - a == 1 for a, b in itertools.pairwise(years))  # '2016, 2017, 2018'
    if len(years) >= 2 and start < last <= start + 30 and (_RANGE_WORDS.search(value) or consecutive):
        return start, last
    return start, None


_SHORT_YEAR = re.compile(r"[‘’'](\d\d)\b")


def _split_year_ends(value: str) -> list[int]:
    """The later years of split years ('2014-15 & 2015-16' ends in 2016, '2022/23 – 2023/24' in 2024)."""
    return [
        (int(start) // 100) * 100 + int(end)
        for start, end in re.findall(r"\b((?:19|20)\d\d)\s*[-–/]\s*(\d\d)\b(?!\d)", value)
        if int(end) == (int(start) + 1) % 100
    ]


_RANGE_WORDS = re.compile(r"[-–—/→]|->|\bto\b|\buntil\b|\btill\b|\bthrough\b", re.IGNORECASE)


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
        if not (line.kind == "heading" or SECTION_LABELS.match(line.text)) or not _OUTCOME_HEADING.search(line.text):
            continue
        for following in lines[index + 1 :]:
            if following.kind == "heading" or (SECTION_LABELS.match(following.text) and following is not line):
                break
            if CONTACT_START.match(following.text):
                break
            text = re.sub(r"^\(?\d{1,2}[.)]\s*", "", following.text)
            if len(text.split()) >= 3:
                outcomes.append(_trim(text, 400))
        if outcomes:
            break
    return outcomes[:12]


def find_topics(text: str, limit: int = 8) -> list[str]:
    """Key phrases: the most frequent two- and three-word runs without stop words."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", text[:200_000].lower())
    content = [len(w) >= 3 and w not in _STOPWORDS for w in words]  # may start or end a phrase
    counts: Counter[str] = Counter()
    for i in range(len(words) - 1):
        if not (content[i] and content[i + 1]):
            continue
        counts[f"{words[i]} {words[i + 1]}"] += 1
        if i + 2 < len(words) and content[i + 2]:
            counts[f"{words[i]} {words[i + 1]} {words[i + 2]}"] += 2
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
    dated: bool = False,
    stated_lead: bool = False,
) -> DocType:
    """The document's kind from its address, its Type value, its title and what it carries: project
    fields (a labelled lead) make a project, a posting date a news item, a PDF without them a toolkit,
    and an undated page that says in words who leads the work a project."""
    path = url.lower()
    hint = f"{(type_value or '').lower()} {title.lower()}"
    if "case-stud" in path or "case_stud" in path or "case study" in hint:
        return DocType.CASE_STUDY
    if re.search(r"\b(?:toolkit|guide|handbook|how[- ]to)\b", hint) or re.search(r"/(toolkits?|guides?)/", path):
        return DocType.TOOLKIT
    dated_path = re.search(r"/(news|blogs?|press|articles?|\d{4}/\d{2})/|[?&]p=\d", path.replace("/uploads/", "/"))
    if dated_path and "/wp-content/" not in path and not has_lead:
        return DocType.NEWS
    if re.search(r"/(events?|whats-on)/", path):
        return DocType.PAGE
    if re.search(r"/(projects?|policy-labs?|labs?|prototypes?)/", path) or has_lead:
        return DocType.PROJECT
    if kind_pdf or re.search(r"/resources?/", path):
        return DocType.TOOLKIT
    if has_principles and has_contact:
        return DocType.CASE_STUDY
    if dated:
        return DocType.NEWS
    return DocType.PROJECT if stated_lead else DocType.PAGE


def is_section_label(line: Line) -> bool:
    return line.kind == "heading" or bool(SECTION_LABELS.match(line.text))
