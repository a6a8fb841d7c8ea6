"""A page's main content as lines: the structures a reader sees (headings, list items, table cells,
definition terms, an accordion's summary over its panel), each a `Line` with its kind and level."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection

from bs4 import Tag
from bs4.element import NavigableString, PageElement

from harvester.extract.labels import field_of, label_key
from harvester.extract.lexicon import BARE_ONLY
from harvester.extract.line import Line, LineKind
from harvester.extract.tables import headed_table_lines
from harvester.gazetteer import canonical_principle

__all__ = ["HEADINGS", "Line", "LineKind", "is_disclosure", "main_lines", "tags_named"]

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "address",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "details",
        "summary",
    ]
)
HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])


def tags_named(root: Tag, names: Collection[str]) -> list[Tag]:
    """`root.find_all(names)`, in document order, without bs4's filter machinery: a plain walk is
    several times faster on a large page, and the reader asks this of every page many times."""
    return [node for node in root.descendants if isinstance(node, Tag) and node.name in names]


_BREAK = "\u2028"  # a <br>: source-code newlines inside a paragraph are just spaces


_DISCLOSURE_CLASS = re.compile(
    r"(?:^|[-_\s])(?:accordion|collapsed?|toggle|tabs?|expand(?:er|able)?|disclosure|read-?more)(?:$|[-_\s])",
    re.IGNORECASE,
)


def is_disclosure(tag: Tag) -> bool:
    """A control that opens a panel (accordion header, tab, 'Read more'): its words name what it opens."""
    if tag.get("aria-controls") or tag.get("aria-expanded") is not None or tag.get("data-toggle"):
        return True
    if tag.get("data-bs-toggle") or str(tag.get("role") or "") == "tab":
        return True
    return bool(_DISCLOSURE_CLASS.search(" ".join(str(c) for c in tag.get("class") or [])))


class _LineWriter:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._buffer: list[str] = []
        self._words_since_break = False

    def add_text(self, text: str) -> None:
        self._buffer.append(text)
        if _BREAK in text:
            self._words_since_break = bool(text.rsplit(_BREAK, 1)[-1].strip())
        elif text.strip():
            self._words_since_break = True

    def at_line_start(self) -> bool:
        """Whether nothing but spaces has been written since the last line ended."""
        return not self._words_since_break

    def flush(self, kind: LineKind = "text", level: int = 0) -> None:
        raw = "".join(self._buffer)
        self._buffer = []
        self._words_since_break = False
        for part in raw.split(_BREAK):
            text = _said_once(" ".join(part.replace("\u00a0", " ").split()).strip(" |"))
            if text:
                self.lines.append(Line(text, kind, level))


def _said_once(text: str) -> str:
    """'Innovation Innovation' (an icon's label, then the same words shown) as 'Innovation'."""
    words = text.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and len(words) <= 24 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def main_lines(main: Tag) -> list[Line]:
    writer = _LineWriter()
    _walk(main, writer, "text")
    writer.flush()
    return writer.lines


_MAX_DEPTH = 150  # deeper markup is read as plain text: the walk must never exhaust Python's stack


def _walk(node: Tag, writer: _LineWriter, kind: LineKind, depth: int = 0) -> None:
    if depth > _MAX_DEPTH:
        writer.flush(kind)
        writer.add_text(node.get_text(" "))
        writer.flush(kind)
        return
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:
                writer.add_text(" ".join(str(child).split(_BREAK)).replace("\n", " "))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "br":
            writer.add_text(_BREAK)
        elif name in HEADINGS and child.find(_HEADING_SWALLOWS) is not None:
            _walk_unclosed_heading(child, writer, kind, depth + 1)
        elif name in HEADINGS:
            writer.flush(kind)
            writer.add_text(_heading_text(child))
            writer.flush("heading", int(name[1]))
        elif name == "summary" or (name in ("button", "a") and is_disclosure(child) and _is_short(child)):
            writer.flush(kind)
            writer.add_text(child.get_text(" "))
            writer.flush("heading", _CONTROL_LEVEL)
        elif name == "img":
            label = _image_label(child)
            if label:
                writer.add_text(f" {label} ")
        elif name == "a":
            _walk_link(child, writer, kind, depth + 1)
        elif name == "table" and (_header_row_table(child, writer, kind) or _pair_table(child, writer, kind)):
            continue
        elif name in ("td", "th"):
            writer.add_text(" ")
            _walk(child, writer, kind, depth + 1)
            writer.add_text(" | ")
        elif name in _BLOCK_TAGS and (pair := _value_then_label(child)):
            writer.flush(kind)
            writer.add_text(f"{pair[1]}: {pair[0]}")  # a statistic: '2017 – 2020' over 'Years'
            writer.flush(_block_kind(name, kind))
        elif name in _BLOCK_TAGS:
            own_kind = _block_kind(name, kind)
            writer.flush(kind)
            _walk(child, writer, own_kind, depth + 1)
            writer.flush(own_kind)
        elif name in _INLINE_LABEL_TAGS and writer.at_line_start() and _value_follows(child) and _field_label(child):
            writer.add_text(f"{_field_label(child)}: ")  # '<li><span>Lead</span> Preston City Council'
        else:
            _walk_inline(child, writer, kind, depth)


_INLINE_LABEL_TAGS = frozenset(["span", "em", "strong", "b", "i", "small", "label", "dfn", "abbr"])
_SPACED_TAGS = frozenset(["span", "em", "strong", "b", "i", "small", "label"])
# One name per element: 'chip', 'pill', 'badge' and 'tag' styles show a list of separate values.
_ONE_VALUE_CLASS = re.compile(r"(?:^|[-_\s])(?:chips?|pills?|badges?|tags?|tokens?)(?:$|[-_\s])", re.IGNORECASE)


def _walk_inline(child: Tag, writer: _LineWriter, kind: LineKind, depth: int) -> None:
    label = str(child.get("title") or child.get("aria-label") or "")
    if label and not child.get_text(strip=True):
        writer.add_text(f" {label} ")
    one_value = bool(_ONE_VALUE_CLASS.search(" ".join(str(c) for c in child.get("class") or [])))
    space = "; " if one_value else " " if child.name in _SPACED_TAGS else ""
    writer.add_text(space)
    _walk(child, writer, kind, depth + 1)
    writer.add_text(space)


def _value_then_label(block: Tag) -> tuple[str, str] | None:
    """A block of two inline parts, a value and then the label that names it ('<strong>Wigan
    Council</strong><span>Lead member</span>'), as (value, label)."""
    parts = [child for child in block.children if not (isinstance(child, NavigableString) and not child.strip())]
    if len(parts) != 2 or not all(isinstance(p, Tag) and p.name not in _BLOCK_TAGS for p in parts):
        return None
    value, label = (" ".join(p.get_text(" ").split()) for p in parts)
    if not value or not label or len(label.split()) > 5 or field_of(label, loose=False) is None:
        return None
    return None if field_of(value, loose=False) is not None else (value, label)


def _value_follows(tag: Tag) -> bool:
    """Whether words follow an element in its block (a label's value), not just the element alone."""
    for sibling in itertools.islice(tag.next_siblings, 20):  # a label's value is right after it
        if isinstance(sibling, Tag) and sibling.name in _BLOCK_TAGS:
            return False
        text = sibling.get_text(" ") if isinstance(sibling, Tag) else str(sibling)
        if text.strip():
            return True
    return False


def _field_label(tag: Tag) -> str | None:
    """The words of an inline element that is a field's label on its own ('Lead', 'Started')."""
    text = " ".join(tag.get_text(" ").split()).rstrip(":").strip()
    if not text or len(text.split()) > 5 or tag.find(_HEADING_SWALLOWS) is not None:
        return None
    if field_of(text, loose=False) is None:
        return None
    if label_key(text) in BARE_ONLY and not (tag.get("class") or _in_field_markup(tag)):
        return None  # '<b>From</b> 2019 the council…' opens a sentence; a styled 'Lead' in a list item is a label
    return text


def _in_field_markup(tag: Tag) -> bool:
    return isinstance(tag.parent, Tag) and tag.parent.name in ("li", "dd", "dt", "td", "th")


_CONTROL_LEVEL = 5  # an accordion's or tab's label reads as a minor heading over its panel


def _is_short(tag: Tag) -> bool:
    return 0 < len(tag.get_text(" ", strip=True).split()) <= 14


def _header_row_table(table: Tag, writer: _LineWriter, kind: LineKind) -> bool:
    """A table with a header row ('Lead Member | Year | Type' over the values): each value is written
    under its header, one 'Header: value' line per cell for a single record, one line per row else.
    Returns False for other tables, which are walked cell by cell."""
    rows = [row for row in tags_named(table, ("tr",)) if row.find_parent("table") is table]
    if len(rows) < 2:
        return False
    header = rows[0].find_all(["th", "td"], recursive=False)
    if len(header) < 2 or any(cell.name != "th" for cell in header):
        return False
    names = [_cell_text(cell) for cell in header]
    body = [[_cell_text(c) for c in row.find_all(["td", "th"], recursive=False)] for row in rows[1:]]
    if not all(names) or any(len(values) != len(names) for values in body):
        return False
    writer.flush(kind)
    for text in headed_table_lines(names, body).lines:
        writer.add_text(text)
        writer.flush("cell")
    return True


def _cell_text(cell: Tag, line_break: str = " ") -> str:
    """A cell's words; `line_break` stands for each <br> ('; ' where a cell lists one name a line)."""
    words = [line_break if isinstance(node, Tag) else str(node) for node in cell.descendants if _is_text_or_br(node)]
    return " ".join(" ".join(words).split()).replace(" ;", ";").strip(" ;")


def _is_text_or_br(node: PageElement) -> bool:
    return type(node) is NavigableString or (isinstance(node, Tag) and node.name == "br")


def _pair_table(table: Tag, writer: _LineWriter, kind: LineKind) -> bool:
    """A table of label/value pairs side by side ('Lead Member | Herefordshire Council | Year |
    2016-2019'): one 'Label: value' line per pair, a value set one name a line kept as a list.
    Returns False for other tables."""
    rows = [row for row in tags_named(table, ("tr",)) if row.find_parent("table") is table]
    cells = [row.find_all(["td", "th"], recursive=False) for row in rows]
    if not rows or any(len(row) % 2 or not row for row in cells):
        return False
    labels = [_cell_text(row[i]).rstrip(":").strip() for row in cells for i in range(0, len(row), 2)]
    if sum(field_of(label, loose=False) is not None for label in labels) * 2 < len(labels) or len(labels) < 2:
        return False
    writer.flush(kind)
    for row in cells:
        for i in range(0, len(row), 2):
            label, value = _cell_text(row[i]).rstrip(":").strip(), _cell_text(row[i + 1], line_break="; ")
            if label and value:
                writer.add_text(f"{label}: {value}")
                writer.flush("cell")
    return True


_HEADING_SWALLOWS = ["ul", "ol", "p", "div", "table", "dl", "section", "article", *HEADINGS]


def _walk_unclosed_heading(heading: Tag, writer: _LineWriter, kind: LineKind, depth: int) -> None:
    """A heading left unclosed swallows what follows (`<h3>Principles met<ul>…`): its own leading text
    is the heading, the blocks inside are walked as content."""
    writer.flush(kind)
    rest: list[PageElement] = []
    for child in list(heading.children):
        if rest or (isinstance(child, Tag) and child.name in _HEADING_SWALLOWS):
            rest.append(child)
        elif isinstance(child, Tag):
            writer.add_text(child.get_text(" "))
        elif type(child) is NavigableString:
            writer.add_text(str(child))
    writer.flush("heading", int(str(heading.name)[1]))
    holder = Tag(name="div")
    for child in rest:
        holder.append(child.extract())
    _walk(holder, writer, kind, depth)
    writer.flush(kind)


def _heading_text(heading: Tag) -> str:
    """A heading's words; a heading set as an image ('For further information contact' drawn in the
    theme's font) reads as its alt text."""
    text = heading.get_text(" ")
    if text.strip():
        return text
    return " ".join(label for image in tags_named(heading, ("img",)) if (label := _image_label(image)))


def _image_label(image: Tag) -> str:
    """An image's words: its alt or title without 'icon'/'logo', or a principle named by its file name."""
    alt = str(image.get("alt") or image.get("title") or "").strip()
    alt = re.sub(r"\s*\b(icon|logo|image|badge|graphic|crest|emblem|wordmark)\b\s*", " ", alt, flags=re.I).strip(" -–")
    if len(alt) > 2 and not re.search(r"\.(png|jpe?g|gif|svg|webp)$", alt, re.IGNORECASE):
        return alt
    stem = re.sub(r"\.\w+$", "", str(image.get("src") or "").rsplit("/", 1)[-1])
    stem = re.sub(r"[-_]+|\d+x\d+|\b(icon|logo|principle)s?\b", " ", stem, flags=re.IGNORECASE)
    return canonical_principle(stem) or ""


def _walk_link(anchor: Tag, writer: _LineWriter, kind: LineKind, depth: int) -> None:
    text = anchor.get_text(" ")
    href = str(anchor.get("href") or "")
    if href.lower().startswith("mailto:"):
        address = href[7:].split("?")[0].strip()
        if address and address.lower() not in text.lower():
            writer.add_text(f" {text} ({address}) ")
            return
    writer.add_text(" ")
    _walk(anchor, writer, kind, depth)
    writer.add_text(" ")


def _block_kind(name: str, inherited: LineKind) -> LineKind:
    if name in ("li", "dt", "dd"):
        return "item"
    if name == "tr":
        return "cell"
    return inherited
