"""HTML to structured lines: decode, drop boilerplate, find the main content, keep headings and lists."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag, XMLParsedAsHTMLWarning
from bs4.dammit import UnicodeDammit
from bs4.element import NavigableString, PageElement

from harvester.extract.meta import json_ld_nodes, meta_tags, page_publisher, publication_year
from harvester.gazetteer import canonical_principle

LineKind = Literal["heading", "item", "text", "cell"]

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "select",
    "input",
    "textarea",
    "canvas",
    "video",
    "audio",
    "object",
    "embed",
    "nav",
    "footer",
    "aside",
)
_BOILERPLATE = re.compile(
    r"(^|[\s_-])(cookie|consent|gdpr|sidebar|widget|breadcrumbs?|skip-link|site-header|site-footer|"
    r"masthead|menu|navbar|navigation|share|sharing|social|newsletter|subscribe|comments?|pagination|"
    r"latest-news|recent-posts|related-posts|advert|ads|popup|modal|banner-cookie|footer|header-nav)"
    r"($|[\s_-])",
    re.IGNORECASE,
)
_ASIDE_HEADING = re.compile(
    r"^(latest|recent|more|related|other|featured|similar)\s+(news|posts?|articles?|stor(?:y|ies)|updates?|"
    r"case stud(?:y|ies)|projects?|policy labs?|labs?|work|content|pages?|links|resources?|events?|toolkits?)\b|"
    r"^(share this|follow us|you (?:may|might) also (?:like|be interested)|see also|read next|more like this|"
    r"sign up|subscribe|related)\b",
    re.IGNORECASE,
)
_OTHER_RECORDS = re.compile(r"related|other|featured|also|similar|more-|latest|recent", re.IGNORECASE)
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
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_MAIN_SELECTORS = (
    "main",
    "[role=main]",
    "article",
    "#content",
    "#main",
    "#primary",
    ".entry-content",
    ".post-content",
    ".page-content",
    ".content",
    "#page",
)
_BREAK = "\u2028"  # a <br>: source-code newlines inside a paragraph are just spaces
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass
class Line:
    text: str
    kind: LineKind
    level: int = 0


@dataclass
class HtmlPage:
    title: str
    lines: list[Line]
    links: list[tuple[str, str]] = field(default_factory=list)  # (absolute url, anchor text), main content
    all_links: list[str] = field(default_factory=list)  # every href on the page, for discovery
    canonical: str | None = None
    meta_description: str = ""
    published: int | None = None  # the year the page says it was published (not its project's year)
    published_source: str = ""
    publisher: str | None = None


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Text without C0/C1 control characters (a terminal escape in a title must never reach a screen)."""
    return _CONTROLS.sub("", text)


def decode_html(body: bytes, content_type: str = "") -> str:
    """Decode by the HTTP charset, then <meta charset>, then detection; windows-1252 survives; control
    characters are dropped."""
    return strip_controls(_decode(body, content_type))


def _decode(body: bytes, content_type: str) -> str:
    declared: list[str] = []
    match = re.search(r"charset=([\w.:-]+)", content_type, re.IGNORECASE)
    if match:
        declared.append(match.group(1))
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        declared.append(meta.group(1).decode("ascii", "ignore"))
    for encoding in declared:
        try:
            text = body.decode(_alias(encoding))
        except (LookupError, UnicodeDecodeError):
            continue
        return text
    dammit = UnicodeDammit(body, ["utf-8", "windows-1252"], smart_quotes_to=None)
    return dammit.unicode_markup or body.decode("utf-8", "replace")


def _alias(encoding: str) -> str:
    # Browsers read latin-1 as windows-1252; so must we, or curly quotes turn into control characters.
    lowered = encoding.lower()
    return "windows-1252" if lowered in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else lowered


def parse_html(html: str, base_url: str) -> HtmlPage:
    """Parse a page into its title, main-content lines and links."""
    html = strip_controls(html)
    with warnings.catch_warnings():  # pages served as HTML that look like XML are still read as HTML
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    base = _base_href(soup, base_url)
    all_links = _all_links(soup, base)
    canonical = _canonical(soup, base)
    metas = meta_tags(soup)
    structured = json_ld_nodes(soup)
    title = _title(soup, metas)
    description = metas.get("description") or metas.get("og:description") or ""
    head = str(soup.head) if soup.head else ""
    publisher = page_publisher(structured, metas) or _site_in_title(soup)
    details = _project_details_boxes(soup)
    _drop_boilerplate(soup)
    main = _main_container(soup)
    for box in reversed(details):
        if not _inside(box, main):
            main.insert(0, box)
    h1 = main.find("h1") or soup.find("h1")
    if isinstance(h1, Tag) and h1.get_text(strip=True):
        title = " ".join(h1.get_text(" ").split())
    _drop_aside_sections(main)
    lines = _lines(main)
    found_words = sum(len(line.text.split()) for line in lines)
    if found_words < _FALLBACK_WORDS:
        rescued = _trafilatura_lines(html)
        if sum(len(line.text.split()) for line in rescued) >= 2 * max(found_words, 1):
            lines = rescued
    links = _content_links(main, base)
    published = publication_year(
        f"<html>{head}<body>{main}</body></html>", base_url, [ln.text for ln in lines], structured
    )
    return HtmlPage(
        title=title,
        lines=lines,
        links=links,
        all_links=all_links,
        canonical=canonical,
        meta_description=description,
        published=published[0] if published else None,
        published_source=published[1] if published else "",
        publisher=publisher,
    )


_FALLBACK_WORDS = 40


def _trafilatura_lines(html: str) -> list[Line]:
    """Main text by trafilatura, for layouts where the DOM pass finds almost nothing."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    if not text or len(text.split()) < _FALLBACK_WORDS:
        return []
    return [Line(" ".join(part.split()), "text") for part in text.splitlines() if part.strip()]


def _base_href(soup: BeautifulSoup, url: str) -> str:
    base = soup.find("base", href=True)
    return urljoin(url, str(base["href"])) if isinstance(base, Tag) else url


def _all_links(soup: BeautifulSoup, base: str) -> list[str]:
    return [
        urljoin(base, str(a["href"]).strip()) for a in soup.find_all(["a", "area"], href=True) if isinstance(a, Tag)
    ]


def _canonical(soup: BeautifulSoup, base: str) -> str | None:
    for link in soup.find_all("link", href=True):
        if isinstance(link, Tag) and "canonical" in (link.get("rel") or []):
            return urljoin(base, str(link["href"]).strip())
    return None


def _site_in_title(soup: BeautifulSoup) -> str | None:
    """The site's name as the <title> ends with it ('Community food co-operatives | Lambeth Council')."""
    raw = " ".join((soup.title.get_text(" ") if soup.title else "").split())
    for separator in (" | ", " – ", " — ", " - ", " :: "):
        if separator in raw:
            return raw.rsplit(separator, 1)[1].strip() or None
    return None


def _title(soup: BeautifulSoup, metas: dict[str, str]) -> str:
    og = metas.get("og:title", "")
    raw = og or (soup.title.get_text(" ") if soup.title else "")
    raw = " ".join(raw.split())
    for separator in (" | ", " – ", " — ", " - ", " :: "):
        if separator in raw:
            return raw.split(separator)[0].strip()
    return raw


_DETAILS_LABEL = re.compile(
    r"\b(?:lead\s+(?:members?|councils?|authority)|participating\s+(?:members|councils))\b", re.IGNORECASE
)


_LEAD_LABEL = re.compile(r"\blead\s+(?:members?|councils?|authority)\b", re.IGNORECASE)


def _project_details_boxes(soup: BeautifulSoup) -> list[Tag]:
    """Sidebars that hold the project's own details ('Lead Member…'), lifted out before boilerplate
    removal would drop them with the rest of the sidebar."""
    boxes: list[Tag] = []
    for tag in soup.find_all(["aside", "div", "section"]):
        if not _sidebar_like(tag) or any(_inside(tag, box) for box in boxes):
            continue
        text = tag.get_text(" ", strip=True)
        leads = len(_LEAD_LABEL.findall(text))
        if len(text) < 2000 and _DETAILS_LABEL.search(text) and leads <= 1 and not _lists_other_records(tag):
            boxes.append(tag.extract())
    return boxes


def _lists_other_records(tag: Tag) -> bool:
    """A 'Related projects' or 'Other labs' box: its labels describe other pages, not this one."""
    marker = " ".join([str(tag.get("id") or ""), str(tag.get("aria-label") or ""), *map(str, tag.get("class") or [])])
    heading = tag.find([*_HEADINGS, "strong"]) or tag.find(class_=re.compile("header|title", re.I))
    words = heading.get_text(" ", strip=True) if isinstance(heading, Tag) else ""
    return bool(_OTHER_RECORDS.search(marker) or _ASIDE_HEADING.match(words))


def _sidebar_like(tag: Tag) -> bool:
    if tag.name == "aside" or str(tag.get("role") or "") == "complementary":
        return True
    marker = _marker(tag)
    return bool(marker and _BOILERPLATE.search(marker))


def _inside(tag: Tag, container: Tag) -> bool:
    return tag is container or any(parent is container for parent in tag.parents)


_LANDMARKS = frozenset(["navigation", "banner", "contentinfo", "complementary", "search"])


def _drop_boilerplate(soup: BeautifulSoup) -> None:
    """Remove navigation, headers, footers, sidebars, banners and decorations, in one pass."""
    holders = _page_holders(soup)
    for tag in soup.find_all(True):
        if _is_decomposed(tag) or tag.name in ("html", "body", "main", "article"):
            continue
        if _is_boilerplate(tag, holders):
            tag.decompose()


def _is_boilerplate(tag: Tag, holders: set[int]) -> bool:
    if tag.name in _DROP_TAGS or str(tag.get("role") or "") in _LANDMARKS:
        return True
    if str(tag.get("aria-hidden") or "") == "true" and not _holds_text(tag):
        return True  # icons and decorations; a collapsed tab or accordion panel keeps its text
    if tag.name == "button" and not _is_disclosure(tag):
        return True
    if tag.name == "header" and not tag.find_parent(["main", "article"]):
        return True
    marker = _marker(tag)
    return bool(marker and _BOILERPLATE.search(marker) and not _is_content_marker(marker) and id(tag) not in holders)


def _marker(tag: Tag) -> str:
    """A tag's id and classes as evidence of boilerplate, without BEM modifiers ('layout--with-sidebar'
    is a layout) and without page builders' own classes ('elementor-widget' wraps every block of a
    page; a builder's header or footer says so in `data-elementor-type`)."""
    tokens = [str(tag.get("id") or ""), *[str(c) for c in tag.get("class") or []]]
    kept = [token.split("--")[0] for token in tokens if token and not _BUILDER_CLASS.match(token)]
    builder_part = str(tag.get("data-elementor-type") or "")
    if builder_part in ("header", "footer", "popup"):
        kept.append(builder_part)
    return " ".join(kept).strip()


_BUILDER_CLASS = re.compile(r"^(?:elementor|wp-block|et_pb|et-|fl-|vc_|wpb|kadence|kb-|brxe|oxy-|uagb|gb-)", re.I)


def _page_holders(soup: BeautifulSoup) -> set[int]:
    """Elements that hold the page's own content (its main heading, main or article element) and so are
    never boilerplate, whatever their classes say ('layout--with-sidebar'); by id(), as tags compare
    by content."""
    return {id(parent) for found in soup.find_all(["h1", "main", "article"]) for parent in found.parents}


def _holds_text(tag: Tag) -> bool:
    return len(tag.get_text(" ", strip=True).split()) >= 3


_DISCLOSURE_CLASS = re.compile(
    r"(?:^|[-_\s])(?:accordion|collapsed?|toggle|tabs?|expand(?:er|able)?|disclosure|read-?more)(?:$|[-_\s])",
    re.IGNORECASE,
)


def _is_disclosure(tag: Tag) -> bool:
    """A control that opens a panel (accordion header, tab, 'Read more'): its words name what it opens."""
    if tag.get("aria-controls") or tag.get("aria-expanded") is not None or tag.get("data-toggle"):
        return True
    if tag.get("data-bs-toggle") or str(tag.get("role") or "") == "tab":
        return True
    return bool(_DISCLOSURE_CLASS.search(" ".join(str(c) for c in tag.get("class") or [])))


def _is_decomposed(tag: Tag) -> bool:
    """`tag.decomposed` without its cost: bs4 answers a missing attribute by searching the subtree,
    which made deeply nested pages quadratic (20,000 nested divs took over a minute)."""
    return bool(tag.__dict__.get("_decomposed", False))


def _is_content_marker(marker: str) -> bool:
    return bool(re.search(r"(entry|post|page|main|article)-?(content|body)", marker, re.IGNORECASE))


def _main_container(soup: BeautifulSoup) -> Tag:
    """The element holding the page's own content: the first of `_MAIN_SELECTORS` (best by text length)
    that holds a fair share of the page's text, else the body."""
    body = soup.body or soup
    body_len = len(body.get_text(" ", strip=True))
    buckets: list[list[Tag]] = [[] for _ in _MAIN_SELECTORS]
    for tag in soup.find_all(True):
        for index in _selectors_matching(tag):
            buckets[index].append(tag)
    for candidates in buckets:
        if not candidates:
            continue
        best = max(candidates, key=lambda t: len(t.get_text(" ", strip=True)))
        if len(best.get_text(" ", strip=True)) >= min(200, body_len * 0.5):
            return best
    return body if isinstance(body, Tag) else soup


def _selectors_matching(tag: Tag) -> list[int]:
    """Which of `_MAIN_SELECTORS` a tag matches, read off its name, role, id and classes in one look."""
    keys = {tag.name, f"[role={tag.get('role')}]", f"#{tag.get('id')}", *(f".{c}" for c in tag.get("class") or [])}
    return [index for index, selector in enumerate(_MAIN_SELECTORS) if selector in keys]


def _drop_aside_sections(main: Tag) -> None:
    """Remove 'Latest news'-style blocks that sit inside the main area without telling class names."""
    main_len = max(1, len(main.get_text(" ", strip=True)))
    for heading in main.find_all([*_HEADINGS, "strong"]):
        if _is_decomposed(heading) or not _ASIDE_HEADING.match(heading.get_text(" ", strip=True)):
            continue
        container = heading.parent
        small = isinstance(container, Tag) and len(container.get_text(" ", strip=True)) < 0.4 * main_len
        if isinstance(container, Tag) and container is not main and small:
            container.decompose()


def _content_links(main: Tag, base: str) -> list[tuple[str, str]]:
    links: list[tuple[str, str]] = []
    for anchor in main.find_all("a", href=True):
        href = urljoin(base, str(anchor["href"]).strip())
        if href.startswith(("http://", "https://")):
            links.append((href, " ".join(anchor.get_text(" ").split())))
    return links


class _LineWriter:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._buffer: list[str] = []

    def add_text(self, text: str) -> None:
        self._buffer.append(text)

    def flush(self, kind: LineKind = "text", level: int = 0) -> None:
        raw = "".join(self._buffer)
        self._buffer = []
        for part in raw.split(_BREAK):
            text = " ".join(part.replace("\u00a0", " ").split()).strip(" |")
            if text:
                self.lines.append(Line(text, kind, level))


def _lines(main: Tag) -> list[Line]:
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
        elif name in _HEADINGS and child.find(_HEADING_SWALLOWS) is not None:
            _walk_unclosed_heading(child, writer, kind, depth + 1)
        elif name in _HEADINGS:
            writer.flush(kind)
            writer.add_text(child.get_text(" "))
            writer.flush("heading", int(name[1]))
        elif name == "summary" or (name in ("button", "a") and _is_disclosure(child) and _is_short(child)):
            writer.flush(kind)
            writer.add_text(child.get_text(" "))
            writer.flush("heading", _CONTROL_LEVEL)
        elif name == "img":
            label = _image_label(child)
            if label:
                writer.add_text(f" {label} ")
        elif name == "a":
            _walk_link(child, writer, kind, depth + 1)
        elif name == "table" and _header_row_table(child, writer, kind):
            continue
        elif name in ("td", "th"):
            writer.add_text(" ")
            _walk(child, writer, kind, depth + 1)
            writer.add_text(" | ")
        elif name in _BLOCK_TAGS:
            own_kind = _block_kind(name, kind)
            writer.flush(kind)
            _walk(child, writer, own_kind, depth + 1)
            writer.flush(own_kind)
        else:
            label = str(child.get("title") or child.get("aria-label") or "")
            if label and not child.get_text(strip=True):
                writer.add_text(f" {label} ")
            writer.add_text(" " if name in ("span", "em", "strong", "b", "i", "small", "label") else "")
            _walk(child, writer, kind, depth + 1)
            writer.add_text(" " if name in ("span", "em", "strong", "b", "i", "small", "label") else "")


_CONTROL_LEVEL = 5  # an accordion's or tab's label reads as a minor heading over its panel


def _is_short(tag: Tag) -> bool:
    return 0 < len(tag.get_text(" ", strip=True).split()) <= 14


def _header_row_table(table: Tag, writer: _LineWriter, kind: LineKind) -> bool:
    """A table with a header row ('Lead Member | Year | Type' over the values): each value is written
    under its header, one 'Header: value' line per cell for a single record, one line per row else.
    Returns False for other tables, which are walked cell by cell."""
    rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
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
    for values in body:
        pairs = [f"{name}: {value}" for name, value in zip(names, values, strict=True) if value]
        if len(body) == 1:
            for pair in pairs:
                writer.add_text(pair)
                writer.flush("cell")
        else:
            writer.add_text("; ".join(pairs))
            writer.flush("cell")
    return True


def _cell_text(cell: Tag) -> str:
    return " ".join(cell.get_text(" ").split())


_HEADING_SWALLOWS = ["ul", "ol", "p", "div", "table", "dl", "section", "article", *_HEADINGS]


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


def _image_label(image: Tag) -> str:
    """An image's words: its alt or title without 'icon'/'logo', or a principle named by its file name."""
    alt = str(image.get("alt") or image.get("title") or "").strip()
    alt = re.sub(r"\s*\b(icon|logo|image|badge|graphic)\b\s*", " ", alt, flags=re.IGNORECASE).strip(" -–")
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
