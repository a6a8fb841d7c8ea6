"""PDF to per-page text with tables as readable rows (pdfplumber), within time and page limits."""

from __future__ import annotations

import io
import logging
import re
import time
from dataclasses import dataclass, field
from typing import Any

import pdfplumber

from harvester.errors import ExtractionError
from harvester.extract.charset import strip_controls
from harvester.extract.html_lines import Line
from harvester.extract.labels import starts_with_label
from harvester.extract.tables import headed_table_lines

log = logging.getLogger(__name__)


@dataclass
class PdfPage:
    number: int  # 1-based, for citations
    text: str
    table_rows: frozenset[str] = frozenset()  # lines of `text` that are rows of a table with a header


@dataclass
class PdfContent:
    title: str
    pages: list[PdfPage]
    page_count: int
    truncated: str | None = None  # why reading stopped early, if it did
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def has_text(self) -> bool:
        return any(p.text.strip() for p in self.pages)


def read_pdf(body: bytes, *, max_pages: int, timeout_s: float) -> PdfContent:
    """Read a PDF; raise ExtractionError with a clear reason for encrypted or corrupt files."""
    if not body.lstrip()[:5].startswith(b"%PDF"):
        raise ExtractionError("not a PDF (no %PDF header)")
    try:
        pdf = pdfplumber.open(io.BytesIO(body))
    except Exception as exc:  # pdfminer raises a zoo of types for broken files
        raise ExtractionError(_reason(exc)) from None
    try:
        with pdf:  # closing can raise too, on a damaged file
            return _read_pages(pdf, max_pages=max_pages, timeout_s=timeout_s)
    except ExtractionError:
        raise
    except Exception as exc:
        raise ExtractionError(_reason(exc)) from None


def _read_pages(pdf: Any, *, max_pages: int, timeout_s: float) -> PdfContent:
    started = time.monotonic()
    page_count = len(pdf.pages)
    pages: list[PdfPage] = []
    truncated = None
    for number, page in enumerate(pdf.pages, start=1):
        if number > max_pages:
            truncated = f"stopped at the page limit ({max_pages} of {page_count} pages)"
            break
        if time.monotonic() - started > timeout_s:
            truncated = f"stopped at the time limit ({timeout_s:.0f}s) after {number - 1} of {page_count} pages"
            break
        text, rows = _page_text(page)
        pages.append(PdfPage(number, strip_controls(text), frozenset(strip_controls(row) for row in rows)))
        page.flush_cache()
    metadata = dict(pdf.metadata or {})
    title = _title(metadata, pages)
    return PdfContent(title=title, pages=pages, page_count=page_count, truncated=truncated, metadata=metadata)


def _page_text(page: Any) -> tuple[str, list[str]]:
    """The page's text with each table written as rows, and which lines are rows of a headed table."""
    tables = [table for table in page.find_tables() if _is_grid(table.extract())]
    if not tables:
        return _text_in_reading_order(page), []
    boxes = [t.bbox for t in tables]
    outside = page.filter(lambda obj: not any(_inside(obj, box) for box in boxes))
    parts = [_text_in_reading_order(outside)]
    rows: list[str] = []
    for table in tables:
        lines, headed = table_as_rows(table.extract())
        parts.append("\n".join(lines))
        if headed:
            rows.extend(lines)
    return "\n\n".join(p for p in parts if p.strip()), rows


def _text_in_reading_order(page: Any) -> str:
    """The page's text, a column at a time where it is set in two columns.

    Read line by line across the page, two columns interleave into nonsense. A gutter is a vertical
    band near the middle that no word crosses on most lines; runs of lines on both sides of it are
    read left column first, lines that cross it (titles, full-width paragraphs) as they are.
    """
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    gutter = _gutter(words, float(page.width))
    if gutter is None:
        return str(page.extract_text() or "")
    parts: list[str] = []
    for top, bottom, split in _bands(words, gutter):
        if split:
            for x0, x1 in ((0.0, gutter), (gutter, float(page.width))):
                crop = page.within_bbox((x0, top, x1, bottom), relative=False, strict=False)
                parts.append(str(crop.extract_text() or ""))
        else:
            crop = page.within_bbox((0.0, top, float(page.width), bottom), relative=False, strict=False)
            parts.append(str(crop.extract_text() or ""))
    return "\n".join(p for p in parts if p.strip())


def _gutter(words: list[dict[str, Any]], width: float, step: float = 4.0) -> float | None:
    """The x of a gutter between 35% and 65% of the width that at most 15% of lines cross, with at least
    a quarter of the words on each side, if any. (Columns' baselines need not line up.)"""
    rows = _rows(words)
    if len(rows) < 8:
        return None
    best: tuple[int, float] | None = None
    x = width * 0.35
    while x <= width * 0.65:
        crossing = sum(1 for row in rows if any(w["x0"] < x < w["x1"] for w in row))
        left = sum(1 for w in words if w["x1"] <= x)
        right = sum(1 for w in words if w["x0"] >= x)
        if min(left, right) >= len(words) * 0.25 and (best is None or crossing < best[0]):
            best = (crossing, x)
        x += step
    if best is None or best[0] > len(rows) * 0.15:
        return None
    return best[1]


def _rows(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    rows: dict[int, list[dict[str, Any]]] = {}
    for word in words:
        rows.setdefault(round(float(word["top"]) / 3), []).append(word)
    return [rows[key] for key in sorted(rows)]


def _bands(words: list[dict[str, Any]], gutter: float) -> list[tuple[float, float, bool]]:
    """Vertical bands of the page: (top, bottom, set in two columns)."""
    bands: list[tuple[float, float, bool]] = []
    for row in _rows(words):
        top = min(float(w["top"]) for w in row) - 1
        bottom = max(float(w["bottom"]) for w in row) + 1
        split = not any(w["x0"] < gutter < w["x1"] for w in row)
        if bands and bands[-1][2] == split:
            bands[-1] = (bands[-1][0], bottom, split)
        else:
            bands.append((top, bottom, split))
    return bands


def _inside(obj: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return bool(
        obj.get("x0", -1) >= x0 - 1
        and obj.get("x1", 1e9) <= x1 + 1
        and obj.get("top", -1) >= top - 1
        and obj.get("bottom", 1e9) <= bottom + 1
    )


def _is_grid(rows: list[list[str | None]]) -> bool:
    """A table of at least two rows and two columns with text; a ruled box or a page frame drawn
    around text (one cell) is not one, and its text is read as text."""
    filled = [row for row in rows if any((cell or "").strip() for cell in row)]
    return len(filled) >= 2 and max((sum(1 for cell in row if (cell or "").strip()) for row in filled), default=0) >= 2


def table_as_rows(rows: list[list[str | None]]) -> tuple[list[str], bool]:
    """A table as lines a person (and the embedder) can read, and whether it had a header row:
    'Lead Member: Hackney Council' for a table of labels and values, 'Header: value; Header: value'
    for each row under a header, 'cell | cell' otherwise."""
    cleaned = [[" ".join((cell or "").split()) for cell in row] for row in rows if row]
    cleaned = [row for row in cleaned if any(row)]
    if not cleaned:
        return [], False
    if _is_key_value(cleaned):
        return [f"{key}: {value}" for key, value in cleaned], False
    header, *body = cleaned
    if not body or not all(header):
        return [" | ".join(c for c in row if c) for row in cleaned], False
    written = headed_table_lines(header, body)
    return written.lines, written.rows


_KEY_LABEL = re.compile(
    r"^(?:lead|participating|partners?|year|dates?|type|status|contact|council|organisation|project)\b", re.IGNORECASE
)


def _is_key_value(rows: list[list[str]]) -> bool:
    """A two-column table of labels and values ('Lead Member | Hackney Council'), not a header and rows."""
    if len(rows) < 2 or any(len(row) != 2 or not row[0] for row in rows):
        return False
    labelled = sum(bool(_KEY_LABEL.match(row[0])) and len(row[0].split()) <= 4 for row in rows)
    colons = sum(row[0].rstrip().endswith(":") and len(row[0].split()) <= 5 for row in rows)
    return labelled >= 2 or colons >= len(rows) - 1  # 'Report to:' | 'Scrutiny Committee' on every row


def _title(metadata: dict[str, Any], pages: list[PdfPage]) -> str:
    title = metadata.get("Title")
    if isinstance(title, bytes):
        title = title.decode("utf-8", "ignore")
    if isinstance(title, str) and title.strip() and not title.lower().startswith(("untitled", "microsoft word")):
        return " ".join(strip_controls(title).split())
    for page in pages:
        for line in page.text.splitlines():
            if len(line.split()) >= 2 and len(line) < 150:
                return line.strip()
    return ""


def page_texts(content: PdfContent) -> list[PdfPage]:
    """Each page's text without running headers and footers ('Page 3 of 8'); a running header that
    carries the document's details ('Lead: …; Year: …' at the top of every page) is kept once."""
    furniture = _page_furniture(content)
    kept_once: set[str] = set()
    pages: list[PdfPage] = []
    for page in content.pages:
        kept: list[str] = []
        for raw in page.text.splitlines():
            key = _furniture_key(raw) if raw.strip() else ""
            if key in furniture and (key in kept_once or not starts_with_label(" ".join(raw.split()))):
                continue
            kept_once.add(key)
            kept.append(raw)
        pages.append(PdfPage(page.number, "\n".join(kept), page.table_rows))
    return pages


def pdf_lines(pages: list[PdfPage]) -> list[Line]:
    """A PDF's text as lines from its `page_texts` (running headers and footers gone), with lines
    that wrap mid-sentence joined back together and bulleted lines as list items."""
    lines: list[Line] = []
    for page in pages:
        rows = {" ".join(row.split()) for row in page.table_rows}
        previous: str | None = None
        for raw in page.text.splitlines():
            text = " ".join(raw.replace("(cid:127)", "•").split())
            if not text:
                previous = None  # a paragraph (or a table) ends here: nothing after it continues it
                continue
            if previous is not None and _continues(previous, text):
                previous = f"{previous} {text}"
                lines[-1] = Line(previous, lines[-1].kind)
                continue
            bullet = _BULLET.match(text)
            if bullet and len(text) > bullet.end():
                previous = text[bullet.end() :]
                lines.append(Line(previous, "item"))  # '– Social partnership': a list item, as in HTML
                continue
            lines.append(Line(text, "cell" if text in rows else "text"))
            previous = text
    return lines


_BULLET = re.compile(r"^[•▪◦●■□➢►–—*-]\s+")


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def _page_furniture(content: PdfContent) -> set[str]:
    """Lines printed on most pages (running headers, footers, 'Page 3 of 8'): not the document's text."""
    if len(content.pages) < 2:
        return {"page #", "page # of #"}
    counts: dict[str, int] = {}
    for page in content.pages:
        for key in {_furniture_key(line) for line in page.text.splitlines() if line.strip()}:
            counts[key] = counts.get(key, 0) + 1
    repeated = {key for key, count in counts.items() if count >= max(2, len(content.pages) // 2) and len(key) < 150}
    return repeated | {"page #", "page # of #"}


_OPEN_ENDING = re.compile(
    r"\b(?:by|of|the|and|with|to|a|an|for|in|on|at|from|as|or|that|which|who|is|are|was|were|its|their|our)$|,$",
    re.IGNORECASE,
)


def _continues(previous: str, text: str) -> bool:
    """Whether `text` is the rest of a sentence (or a field's value) wrapped from `previous`."""
    if previous.endswith((".", ":", "!", "?", ";")) or starts_with_label(text):
        return False
    if _OPEN_ENDING.search(previous) and text[:1].isalnum():
        return True  # 'a collaboration led by' / 'Partners: Sefton Council and the'
    if ":" in previous[:30]:
        return False
    return text[:1].islower() or (len(previous) >= 60 and previous[-1:].isalpha() and text[:1].isalpha())


def _reason(exc: Exception) -> str:
    name = type(exc).__name__
    text = str(exc)[:200]
    causes = " ".join(type(e).__name__ + str(e) for e in (exc, *exc.args, exc.__cause__, exc.__context__) if e)
    if re.search(r"password|encrypt", causes, re.IGNORECASE):
        return "encrypted PDF (needs a password)"
    if isinstance(exc, MemoryError) or re.search(r"unable to allocate|MemoryError|out of memory", causes, re.I):
        return "PDF too large to read within the memory limit (a stream inflates too far)"
    return f"corrupt PDF ({name}: {text})" if text else f"corrupt PDF ({name})"
