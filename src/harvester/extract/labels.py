"""One general field reader: label → value pairs from whatever structure a page uses.

The HTML walker flattens every structure into lines (a `<dt>` and its `<dd>`, a table row, a list
item, a paragraph, a heading and what follows it, an accordion's summary and its panel). This module
reads those lines against one lexicon of labels, matched loosely after normalisation:

- "Label: value", "Label | value", "Label – value" (a separator within the first words);
- "Label value" in a list item, table cell or heading (the longest label that starts the line);
- a label standing alone (a `<dt>`, a heading, a bold line), whose value is the next line or, for
  lists of members, the run of name-shaped lines after it.

The words of a label are never taken as its value, and a value that is itself a label is refused.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from harvester.extract.lexicon import BARE_ONLY, LEXICON, MEMBERS_SHAPED, TYPE_SHAPED, YEAR_SHAPED
from harvester.extract.lexicon import LEAD as LEAD
from harvester.extract.lexicon import MEMBERS as MEMBERS
from harvester.extract.lexicon import PUBLISHED as PUBLISHED
from harvester.extract.lexicon import TYPE as TYPE
from harvester.extract.lexicon import YEAR as YEAR
from harvester.extract.lexicon import YEAR_END as YEAR_END
from harvester.extract.lexicon import YEAR_START as YEAR_START
from harvester.extract.line import Line

_NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|\([a-z0-9]\))\s+(?=[A-Z])")
_SEPARATOR = re.compile(r"\s*[:|]\s*|\s+[-–—]\s+")
_FUZZY_MIN = 90


@dataclass(frozen=True)
class FieldValue:
    """A field's value as the page gives it, the label it came under, and the lines it used."""

    field: str
    value: str
    label: str
    lines: tuple[int, ...]


def label_key(text: str) -> str:
    """A label as the lexicon knows it: lower case, no punctuation, no '(s)' or '(4)', single spaces."""
    text = re.sub(r"\(\s*\d+\s*\)", " ", text.lower())  # 'Participating councils (4)': a count, not a word
    text = text.replace("(s)", "s").replace("&", " and ")
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return " ".join(text.split())


@cache
def _index() -> dict[str, str]:
    return {label: field for field, labels in LEXICON.items() for label in labels}


def field_of(label: str, *, loose: bool = True) -> str | None:
    """The field a label names, or None; close misspellings count ('Particpating members')."""
    return _field_of_key(label_key(label), loose) if len(label) <= 200 else None


@cache
def _field_of_key(key: str, loose: bool) -> str | None:
    if not key or len(key) > 40 or any(ch.isdigit() for ch in key):
        return None  # '6 Partner organisations', 'Partner organisations: 6': a figure and what it counts
    index = _index()
    if key in index:
        return index[key]
    if TYPE_SHAPED.match(key):
        return TYPE
    if YEAR_SHAPED.match(key):
        return YEAR
    if MEMBERS_SHAPED.match(key):
        return MEMBERS
    if not loose or len(key) < 8:
        return None
    match = process.extractOne(key, _labels(), scorer=fuzz.ratio, score_cutoff=_FUZZY_MIN)
    return index[match[0]] if match else None


@cache
def _labels() -> list[str]:
    return list(_index())


def is_label(text: str) -> bool:
    """Whether a whole line is a field label (with or without a trailing colon)."""
    stripped = text.strip().rstrip(":").strip()
    return len(stripped.split()) <= 6 and field_of(stripped) is not None


def split_label(line: Line) -> tuple[str, str, str] | None:
    """(field, label, value) when the line starts with a label; value may be '' (a label alone). A
    section number before it ('1.2 Lab duration: …') is not part of the label."""
    text = _NUMBERING.sub("", line.text.strip())
    if is_label(text):
        label = text.rstrip(":").strip()
        return field_of(label) or "", label, ""
    separated = _by_separator(text)
    if separated:
        return separated
    if line.kind in ("item", "cell", "heading") or len(text) <= 200:
        return _by_prefix(text, strict=line.kind == "text")
    return None


def starts_with_label(text: str) -> bool:
    """'Year: 2024', 'Lead council – Oldham Council': a label set off by a separator opens the line."""
    return _by_separator(text.strip()) is not None


def _by_separator(text: str) -> tuple[str, str, str] | None:
    match = _SEPARATOR.search(text)
    if not match or match.start() == 0 or match.start() > 45:
        return None
    label = text[: match.start()]
    if re.search(r"\d", label):
        return None
    field = field_of(label)
    if field is None:
        return None
    return field, label.strip(), text[match.end() :].strip()


def _by_prefix(text: str, *, strict: bool) -> tuple[str, str, str] | None:
    """'Lead Member Oldham Council': the longest run of first words that is a label."""
    words = text.split()
    for size in range(min(6, len(words) - 1), 0, -1):
        label = " ".join(words[:size])
        key = label_key(label)
        if key in BARE_ONLY or label.endswith((",", ".")):
            continue
        field = field_of(label, loose=False)
        if field is None:
            continue
        value = " ".join(words[size:])
        if strict and not _value_starts_like_value(value):
            return None
        return field, label, value
    return None


def _value_starts_like_value(value: str) -> bool:
    """After a label in running text, a value starts with a capital or a digit ('Year 2022'),
    not a verb ('Partners met monthly…')."""
    return bool(value) and (value[0].isupper() or value[0].isdigit()) and len(value.split()) <= 40


@cache
def _inline_label() -> re.Pattern[str]:
    labels = sorted((label for labels in LEXICON.values() for label in labels if label not in BARE_ONLY), key=len)
    alternation = "|".join(r"\s+".join(map(re.escape, label.split())) for label in reversed(labels))
    return re.compile(rf"(?:(?<=[.;|•·])|(?<=\s\s))\s*(?=(?:{alternation})(?:\s*\(s\))?\s*(?::|\s[-–—]\s))", re.I)


def split_at_labels(text: str) -> list[str]:
    """'Lead council: X. Years: 2019-2020 | Status – Live' as one pair per part: a line is cut before each
    label that follows a full stop, semicolon, bar or bullet and is itself followed by a separator."""
    if len(text) > 600:
        return [text]
    parts = [part.strip(" |;•·") for part in _inline_label().split(text)]
    parts = [part.rstrip(".") if index < len(parts) - 1 else part for index, part in enumerate(parts)]
    return [part for part in parts if part] or [text]


def read_fields(lines: list[Line], skip: set[int] | None = None) -> dict[str, FieldValue]:
    """Each field's value: the first one after the page's title that is not part of a listing of
    records ('Related projects' with a 'Lead council' per card, a table of membership types), else
    the first such one before the title (a details box lifted from a sidebar)."""
    candidates: dict[str, list[FieldValue]] = {}
    for value in _all_values(lines, skip or set()):
        candidates.setdefault(value.field, []).append(value)
    title = next((i for i, line in enumerate(lines) if line.kind == "heading" and line.level == 1), -1)
    chosen: dict[str, FieldValue] = {}
    for field, values in candidates.items():
        after = [v for v in values if v.lines[0] > title]
        before = [v for v in values if v.lines[0] < title]
        ranked = (
            [v for v in after if not _in_listing(v, after)]
            or _right_under_title(after, lines, title)
            or [v for v in before if not _in_listing(v, before)]
        )
        if ranked:
            chosen[field] = ranked[0]
    return chosen


def _right_under_title(values: list[FieldValue], lines: list[Line], title: int) -> list[FieldValue]:
    """The first value when it sits right under the page's title (no section heading between), with
    a listing of other records after it: the page's own details, followed by cards like them."""
    if not values or title < 0 or values[0].lines[0] < title:
        return []
    between = lines[title + 1 : values[0].lines[0]]
    return [] if any(line.kind == "heading" and not is_label(line.text) for line in between) else values[:1]


def field_candidates(lines: list[Line]) -> list[FieldValue]:
    """Every label/value pair on the page, in page order: read once, shared by `listing_lines` and
    `timeline_years`."""
    return _all_values(lines, set())


def timeline_years(values: list[FieldValue]) -> tuple[int, int | None] | None:
    """The span of a page's own timeline: a column of dates repeated row by row ('When: January
    2021' … 'When: March 2022') in a table that lists no leads (a table with a lead per row lists
    other projects). From the first year to the last. `values` are the page's `field_candidates`."""
    leads = [v for v in values if v.field == LEAD]
    if any(_in_listing(v, leads) for v in leads):
        return None
    dated = [v for v in values if v.field in (YEAR, YEAR_START, PUBLISHED)]
    rows = [v for v in dated if _in_listing(v, dated)]
    years = sorted(int(y) for v in rows for y in re.findall(r"\b(?:19|20)\d\d\b", v.value))
    if len(rows) < 3 or not years:
        return None
    return years[0], (years[-1] if years[-1] > years[0] else None)


def listing_lines(lines: list[Line], values: list[FieldValue], tail: int = 3) -> set[int]:
    """The lines of listings of other records ('Related projects' cards, a table of other councils'
    projects, an archive page): each value of a label repeated side by side with the short lines just
    after it, and where three or more records are listed, everything between them. A contact or a
    date there belongs to one of those records, not to the page. `values` are the page's
    `field_candidates`."""
    title = next((i for i, line in enumerate(lines) if line.kind == "heading" and line.level == 1), -1)
    by_field: dict[str, list[FieldValue]] = {}
    for value in values:
        by_field.setdefault(value.field, []).append(value)
    listed: set[int] = set()
    for values in by_field.values():
        records = [v for v in values if _in_listing(v, values)]
        if records and _right_under_title(records, lines, title):
            records = records[1:]  # the page's own details, with cards like them after
        for value in records:
            end = value.lines[-1] + 1
            while end < min(len(lines), value.lines[-1] + tail + 1) and len(lines[end].text.split()) <= 6:
                end += 1  # the record's own short lines ('Contact: …'), not the prose after it
            listed.update(range(value.lines[0], end))
        if len(records) >= 3:  # an archive: every record's lines, the last one's as long as the others'
            starts = [record.lines[0] for record in records]
            gap = sorted(b - a for a, b in itertools.pairwise(starts))[len(starts) // 2 - 1]
            listed.update(range(starts[0], min(len(lines), starts[-1] + gap)))
    return listed


def _in_listing(value: FieldValue, values: list[FieldValue], window: int = 12) -> bool:
    """The same label again a few lines away: one of several records listed side by side. (`values`
    are in page order, so only the neighbours need a look.)"""
    at = next(i for i, other in enumerate(values) if other is value)
    neighbours = values[max(0, at - 1) : at] + values[at + 1 : at + 2]
    key = label_key(value.label)
    return any(abs(other.lines[0] - value.lines[0]) <= window and label_key(other.label) == key for other in neighbours)


MAX_CANDIDATES = 200  # label/value pairs read from one page: a page of thousands is a listing


def _all_values(lines: list[Line], skip: set[int]) -> list[FieldValue]:
    found: list[FieldValue] = []
    for index, line in enumerate(lines):
        if len(found) >= MAX_CANDIDATES:
            break
        if index in skip or len(line.text) > 600:
            continue
        split = split_label(line)
        if split is None or not split[0]:
            continue
        field, label, value = split
        used: tuple[int, ...] = (index,)
        if not value:
            values = _following_values(lines, index, many=field == MEMBERS)
            if line.kind == "heading" and values and _sentence_shaped(values[0]):
                continue  # 'Who is involved' over a paragraph: a section of prose, not a field
            value = ", ".join(values)
            used = tuple(range(index, index + 1 + len(values)))
        value = _clean_value(value, label)
        if value and not _is_other_label(value):
            found.append(FieldValue(field, value, label, used))
    return found


def _is_other_label(value: str) -> bool:
    """A value that is another field's label ('Lead Member' / 'Participating Members' with the value
    left empty): never a value. Words that are labels only when set off ('Completed') can be values."""
    return is_label(value) and label_key(value) not in BARE_ONLY


def _clean_value(value: str, label: str) -> str:
    value = " ".join(value.split()).strip(" |:;-–—")
    if label_key(value) == label_key(label):
        return ""
    return value


def _following_values(lines: list[Line], index: int, *, many: bool) -> list[str]:
    """A label on its own line: the value is the next line, unless that is a label or a heading; a
    list of members may run on, one name-shaped line per member."""
    values: list[str] = []
    for following in lines[index + 1 : index + 1 + (80 if many else 1)]:
        if following.kind == "heading":
            break  # a run of tab or accordion labels, or the next section: not a value
        if _is_other_label(following.text) or (split_label(following) and _by_separator(following.text)):
            break
        if values and not _name_shaped(following):
            break
        values.append(" ".join(following.text.split()))
    return values


def _sentence_shaped(text: str) -> bool:
    return len(text.split()) > 12 and text.rstrip().endswith((".", "!", "?"))


def _name_shaped(line: Line) -> bool:
    """One more name in a list: a list item, or a short capitalised line that is not a sentence."""
    if line.kind == "item":
        return len(line.text) <= 120
    words = line.text.split()
    return 0 < len(words) <= 8 and line.text[:1].isupper() and not line.text.rstrip().endswith((".", ":", "?", "!"))


_BILINGUAL = re.compile(r"^(?P<a>[^/|:]{2,40}?)\s+/\s+(?P<b>[^/|:]{2,40}?)\s*(?:[:|]|\s[-–]\s)\s*(?P<value>.+)$")


def language_sides(text: str, limit: int = 200) -> list[str]:
    """The two (or more) languages of a short bilingual text, one each side of a spaced slash
    ('Cysylltu â ni / Contact us'); a text in one language is one side."""
    if " / " not in text or len(text) > limit:
        return [text]
    return [side.strip() for side in text.split(" / ")]


def monolingual(lines: list[Line]) -> list[Line]:
    """Bilingual labels ('Aelod Arweiniol / Lead Member | Cyngor Rhondda Cynon Taf / Rhondda Cynon Taf
    County Borough Council'): the label in the language the lexicon knows, each value in the same
    language (the same side of its slash)."""
    return [_one_language(line) for line in lines]


def _one_language(line: Line) -> Line:
    match = _BILINGUAL.match(line.text) if len(language_sides(line.text, limit=1000)) > 1 else None
    if not match:
        return line
    sides = [match.group("a"), match.group("b")]
    known = [field_of(side, loose=False) is not None for side in sides]
    if known.count(True) != 1:
        return line
    side = known.index(True)
    values = []
    for piece in re.split(r"\s*[;,]\s*", match.group("value")):
        halves = language_sides(piece, limit=1000)
        values.append(halves[side] if len(halves) == 2 else piece.strip())
    return Line(f"{sides[side].strip()}: {'; '.join(v for v in values if v)}", line.kind, line.level)
