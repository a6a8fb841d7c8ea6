"""What a page says about itself rather than its project: when it was published and by whom.

News items, reports, repository records and partners' articles carry no 'Year' field; their date sits
in structured metadata (JSON-LD, OpenGraph/article tags, Dublin Core, citation tags, `<time>`), in a
byline ("Posted on 3 March 2023") or in the address (`/2021/11/`). Structured metadata is read by
htmldate on the page without its chrome, so a sidebar's dates never count.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import TypeAlias

from bs4 import BeautifulSoup

from harvester.extract.html_lines import tags_named

log = logging.getLogger(__name__)

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE_TEXT = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?:{_MONTHS})\.?\s+(?P<y5>(?:19|20)\d\d)"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?P<y3>(?:19|20)\d\d)"
    r"|(?P<y4>(?:19|20)\d\d)-\d{1,2}-\d{1,2})"
)
_BYLINE = re.compile(
    rf"^(?:[\w\s|•·,-]{{0,40}}?\b)?(?:posted|published|first published|date published|publication date|"
    rf"released|issued|dated)\b\s*(?:on|:|-)?\s*(?:\w+day,?\s+)?{_DATE_TEXT}",
    re.IGNORECASE,
)
_LEADING_DATE = re.compile(rf"^(?:\w+day,?\s+)?{_DATE_TEXT}(?:\s*[|•·–-].{{0,60}})?$", re.IGNORECASE)
_TRAILING_DATE = re.compile(rf"^.{{3,80}}?\s[–—|,-]\s*(?:{_MONTHS})\.?\s+(?P<y>(?:19|20)\d\d)$", re.IGNORECASE)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/")
_PUBLISHER_META = ("og:site_name", "citation_publisher", "dc.publisher", "dcterms.publisher", "application-name")
JsonLdNode: TypeAlias = Mapping[str, object]  # one JSON-LD object as parsed: its values are anything JSON holds

_ARTICLE_TYPES = re.compile(r"article|posting|report|scholarly|creativework|webpage|pressrelease|thesis", re.I)


def publication_year(
    cleaned_html: str | Callable[[], str], url: str, lines: list[str], json_ld: list[JsonLdNode] | None = None
) -> tuple[int, str] | None:
    """The year the page (not its project) was published, and where that was read. `cleaned_html` is
    the page's head and main content only (or a function making it, called only when it is read);
    `lines` its main text; `json_ld` its JSON-LD objects, whose datePublished is the most explicit
    statement there is."""
    declared = _json_ld_year(json_ld or [])
    if declared:
        return declared
    html = cleaned_html() if callable(cleaned_html) else cleaned_html
    structured = _structured_year(html, url) if html else None
    if structured and any(_MAINTENANCE.search(text) for text in lines[-40:] + lines[:10] if len(text) < 200):
        structured = (structured[0], "page date")  # a service page's 'Last updated', not a posting
    return structured or _byline_year(lines) or (_url_year(url) if url else None)


_MAINTENANCE = re.compile(r"\b(?:last|page)\s+(?:updated|reviewed|modified|checked)\b", re.IGNORECASE)


def _structured_year(cleaned_html: str, url: str) -> tuple[int, str] | None:
    from htmldate import find_date

    try:
        found = find_date(cleaned_html, original_date=True, extensive_search=False, url=url, outputformat="%Y")
    except Exception as exc:  # a library's parse failure on hostile markup must not lose the page
        log.debug("htmldate failed on %s: %s", url, exc)
        return None
    if found and found.isdigit() and 1990 <= int(found) <= date.today().year + 1:
        return int(found), "page metadata"
    return None


def _json_ld_year(nodes: list[JsonLdNode]) -> tuple[int, str] | None:
    for node in nodes:
        if not _ARTICLE_TYPES.search(str(node.get("@type", ""))):
            continue
        for key in ("datePublished", "dateCreated", "dateIssued"):
            match = re.match(r"\s*((?:19|20)\d\d)", str(node.get(key) or ""))
            if match:
                return int(match.group(1)), "page metadata"
    return None


def _byline_year(lines: list[str], first: int = 25) -> tuple[int, str] | None:
    for text in lines[:first]:
        if len(text) > 160:
            continue
        match = _BYLINE.search(text) or _LEADING_DATE.match(text.strip()) or _TRAILING_DATE.match(text.strip())
        if match:
            year = next(int(value) for key, value in match.groupdict().items() if key.startswith("y") and value)
            return year, "byline"
    return None


def _url_year(url: str) -> tuple[int, str] | None:
    match = _URL_DATE.search(url)
    return (int(match.group(1)), "address") if match else None


def page_publisher(json_ld: list[JsonLdNode], metas: dict[str, str]) -> str | None:
    """Who published the page: JSON-LD publisher or author organisation, else the site's name."""
    for node in json_ld:
        if not _ARTICLE_TYPES.search(str(node.get("@type", ""))):
            continue
        for key in ("publisher", "author", "sourceOrganization"):
            name = _organisation_name(node.get(key))
            if name:
                return name
    return next((metas[name] for name in _PUBLISHER_META if metas.get(name)), None)


def meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    """Every <meta name|property=… content=…> of the page, names lower-cased (first one wins)."""
    found: dict[str, str] = {}
    for tag in tags_named(soup, ("meta",)):
        key = str(tag.get("property") or tag.get("name") or "").strip().lower()
        content = " ".join(str(tag.get("content") or "").split())
        if key and content:
            found.setdefault(key, content)
    return found


def _organisation_name(value: object) -> str | None:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict) and "person" not in str(item.get("@type", "")).lower():
            name = item.get("name")
            if isinstance(name, str) and name.strip():
                return " ".join(name.split())
    return None


_JSON_LD_TYPE = re.compile(r"ld\+json", re.I)


def json_ld_nodes(soup: BeautifulSoup) -> list[JsonLdNode]:
    """Every JSON-LD object on the page, @graph members included; broken blocks are skipped."""
    nodes: list[JsonLdNode] = []
    for script in tags_named(soup, ("script",)):
        if not _JSON_LD_TYPE.search(str(script.get("type") or "")):
            continue
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack and len(nodes) < 50:
            item = stack.pop(0)
            if isinstance(item, dict):
                nodes.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return nodes
