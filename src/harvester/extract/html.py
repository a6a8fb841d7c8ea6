"""HTML to structured lines (text decoded by `charset`): drop boilerplate, find the main content, keep
headings and lists."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag, XMLParsedAsHTMLWarning

from harvester.extract.badges import principle_badges
from harvester.extract.charset import strip_controls
from harvester.extract.fields import CONTACT_START
from harvester.extract.html_lines import HEADINGS, Line, is_disclosure, main_lines, tags_named
from harvester.extract.labels import LEAD, MEMBERS, field_of
from harvester.extract.published import json_ld_nodes, meta_tags, page_publisher, publication_year

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


@dataclass
class HtmlPage:
    title: str
    lines: list[Line]
    links: list[tuple[str, str]] = field(default_factory=list)  # (absolute url, anchor text), main content
    published: int | None = None  # the year the page says it was published (not its project's year)
    published_source: str = ""
    publisher: str | None = None
    badges: list[str] = field(default_factory=list)  # principles named only in attributes (icons, badges)


def parse_html(html: str, base_url: str) -> HtmlPage:
    """Parse a page into its title, main-content lines and links."""
    html = strip_controls(html)
    with warnings.catch_warnings():  # pages served as HTML that look like XML are still read as HTML
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    base = _base_href(soup, base_url)
    metas = meta_tags(soup)
    structured = json_ld_nodes(soup)
    title = _title(soup, metas)
    head = str(soup.head) if soup.head else ""
    publisher = page_publisher(structured, metas) or _site_in_title(soup)
    reveal_hidden_values(soup)
    badges = principle_badges(soup)
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
    lines = main_lines(main)
    found_words = sum(len(line.text.split()) for line in lines)
    if found_words < _FALLBACK_WORDS:
        rescued = _trafilatura_lines(html)
        if sum(len(line.text.split()) for line in rescued) >= 2 * max(found_words, 1):
            lines = rescued
    links = _content_links(main, base)
    published = publication_year(
        lambda: f"<html>{head}<body>{main}</body></html>", base_url, [ln.text for ln in lines], structured
    )
    return HtmlPage(
        title=title,
        lines=lines,
        links=links,
        published=published[0] if published else None,
        published_source=published[1] if published else "",
        publisher=publisher,
        badges=badges,
    )


_FALLBACK_WORDS = 40
_CLOUDFLARE_PATH = "/cdn-cgi/l/email-protection#"


def reveal_hidden_values(soup: BeautifulSoup) -> None:
    """Values a page shows but its markup hides, in one walk: addresses behind a CDN's email
    protection ('[email protected]' with a hex code in `data-cfemail` or a link's fragment) as the
    browser shows them, and a checklist of disabled tick boxes as ☑/☐ marks (a form left with nothing
    to fill in is a display, kept as content)."""
    forms: list[Tag] = []
    for tag in [node for node in soup.descendants if isinstance(node, Tag)]:
        code = tag.get("data-cfemail")
        if code is not None and (address := decode_cloudflare_email(str(code))):
            tag.string = address
        elif tag.name == "a" and _CLOUDFLARE_PATH in (href := str(tag.get("href") or "")):
            if address := decode_cloudflare_email(href.split("#", 1)[1]):
                tag["href"] = f"mailto:{address}"
        elif tag.name == "input" and str(tag.get("type") or "").lower() in ("checkbox", "radio"):
            mark = "☑ " if tag.has_attr("checked") else "☐ "
            tag.name, tag.attrs = "span", {}  # in place: replacing each of thousands of siblings is quadratic
            tag.string = mark
        elif tag.name == "form":
            forms.append(tag)
    for form in forms:
        if not tags_named(form, ("input", "textarea", "select")) and form.find("button", type="submit") is None:
            form.name = "div"  # renamed, not unwrapped: bs4's unwrap is quadratic in the number of children


def decode_cloudflare_email(code: str) -> str | None:
    """The address behind Cloudflare's code: hex bytes, the first a key XORed into the rest."""
    if not re.fullmatch(r"(?:[0-9a-fA-F]{2}){4,200}", code):
        return None
    data = bytes.fromhex(code)
    address = bytes(b ^ data[0] for b in data[1:]).decode("utf-8", "replace")
    return address if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", address) else None


def _trafilatura_lines(html: str) -> list[Line]:
    """Main text by trafilatura, for layouts where the DOM pass finds almost nothing."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    if not text or len(text.split()) < _FALLBACK_WORDS:
        return []
    return [Line(" ".join(part.split()), "text") for part in text.splitlines() if part.strip()]


def _base_href(soup: BeautifulSoup, url: str) -> str:
    base = next((tag for tag in tags_named(soup, ("base",)) if tag.get("href") is not None), None)
    return urljoin(url, str(base["href"])) if base is not None else url


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


def _project_details_boxes(soup: BeautifulSoup) -> list[Tag]:
    """Sidebars that hold the project's own details ('Lead Member…', 'Partner councils' over a map's
    legend) or its own contact ('Contact the Community Wealth Building team'), lifted out before
    boilerplate removal would drop them with the rest of the sidebar."""
    boxes: list[Tag] = []
    for tag in tags_named(soup, ("aside", "div", "section")):
        if len(boxes) >= _MAX_BOXES:
            break
        sidebar = _sidebar_like(tag)
        if not (sidebar or _in_sidebar_box(tag)) or any(_inside(tag, box) for box in boxes):
            continue
        text = tag.get_text(" ", strip=True)
        details = sidebar and len(text) < 2000 and _holds_own_details(tag)
        if (details or _holds_own_contact(tag, text)) and not _lists_other_records(tag):
            boxes.append(tag.extract())
    return boxes


_MAX_BOXES = 10  # a page's own details and contact fill a box or two; thousands are a hostile page


def _in_sidebar_box(tag: Tag) -> bool:
    """A block within two levels of a sidebar (`<aside>`, role=complementary): a box of its own."""
    parent = tag.parent
    grandparent = parent.parent if isinstance(parent, Tag) else None
    return any(isinstance(node, Tag) and _sidebar_root(node) for node in (parent, grandparent))


_LABEL_TAGS = ("b", "strong", "dt", "th", "label", "h2", "h3", "h4", "h5", "h6")


def _holds_own_details(tag: Tag) -> bool:
    """A box whose labels name one record's lead or members: a specific label ('Lead Member',
    'Partner councils') or a lead or members label with another field's ('Led by' and 'Years'); more
    than one lead label is a listing of records. The lexicon decides, not a fixed wording."""
    labels = [text for text in _box_labels(tag) if field_of(text, loose=False) is not None]
    fields = {field_of(text, loose=False) for text in labels}
    leads = sum(field_of(text, loose=False) == LEAD for text in labels)
    specific = any(field_of(text, loose=False) in (LEAD, MEMBERS) and len(text.split()) >= 2 for text in labels)
    return bool(fields & {LEAD, MEMBERS}) and (specific or len(fields) >= 2) and leads <= 1


def _box_labels(tag: Tag) -> list[str]:
    """The label-shaped words of a box: emphasised labels, short strings of their own (a table's
    first cells), and the words before a colon."""
    texts = [piece.split(":", 1)[0] for piece in tag.stripped_strings]
    texts += [
        label.get_text(" ", strip=True)
        for label in tags_named(tag, _LABEL_TAGS)
        if len(list(label.stripped_strings)) > 1  # 'Lead <em>Member</em>': one label in two strings
    ]
    return [cleaned for text in texts if 0 < len(cleaned := text.rstrip(":").strip()) <= 40]


def _holds_own_contact(tag: Tag, text: str) -> bool:
    """A short box in a sidebar, headed as a contact ('Contact the … team'), that gives an address
    (mailto links are addresses in the text by now); a footer's 'Contact the Network' is the site's."""
    if len(text) >= 600 or "@" not in text or tag.find_parent(["footer", "header", "nav"]) is not None:
        return False
    if not (_sidebar_root(tag) or _in_sidebar_box(tag)):
        return False
    heading = tag.find([*HEADINGS, "strong"])
    return isinstance(heading, Tag) and bool(CONTACT_START.match(heading.get_text(" ", strip=True)))


def _lists_other_records(tag: Tag) -> bool:
    """A 'Related projects' or 'Other labs' box: its labels describe other pages, not this one."""
    marker = " ".join([str(tag.get("id") or ""), str(tag.get("aria-label") or ""), *map(str, tag.get("class") or [])])
    heading = tag.find([*HEADINGS, "strong"]) or tag.find(class_=re.compile("header|title", re.I))
    words = heading.get_text(" ", strip=True) if isinstance(heading, Tag) else ""
    return bool(_OTHER_RECORDS.search(marker) or _ASIDE_HEADING.match(words))


def _sidebar_root(tag: Tag) -> bool:
    return tag.name == "aside" or str(tag.get("role") or "") == "complementary"


def _sidebar_like(tag: Tag) -> bool:
    if _sidebar_root(tag):
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
    if tag.name == "footer" and tag.find_parent("article") is not None:
        return False  # an article's own footer: its byline, date and tags, not the site's footer
    if tag.name in _DROP_TAGS or str(tag.get("role") or "") in _LANDMARKS:
        return True
    if str(tag.get("aria-hidden") or "") == "true" and not _holds_text(tag):
        return True  # icons and decorations; a collapsed tab or accordion panel keeps its text
    if tag.name == "button" and not is_disclosure(tag):
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
    return {id(parent) for found in tags_named(soup, ("h1", "main", "article")) for parent in found.parents}


def _holds_text(tag: Tag) -> bool:
    return len(tag.get_text(" ", strip=True).split()) >= 3


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
    for heading in tags_named(main, HEADINGS | {"strong"}):
        if _is_decomposed(heading) or not _ASIDE_HEADING.match(heading.get_text(" ", strip=True)):
            continue
        container = heading.parent
        small = isinstance(container, Tag) and len(container.get_text(" ", strip=True)) < 0.4 * main_len
        if isinstance(container, Tag) and container is not main and small:
            container.decompose()


def _content_links(main: Tag, base: str) -> list[tuple[str, str]]:
    links: list[tuple[str, str]] = []
    for anchor in tags_named(main, ("a",)):
        if anchor.get("href") is None:
            continue
        href = urljoin(base, str(anchor["href"]).strip())
        if href.startswith(("http://", "https://")):
            links.append((href, " ".join(anchor.get_text(" ").split())))
    return links
