"""Links out of fetched bodies: HTML hrefs and canonical, a PDF's URI annotations, sitemap entries."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import Any

from lxml import etree
from lxml import html as lxml_html

_PDF_URI = re.compile(rb"/URI\s*\(([^)\\]{1,2000})\)")


@dataclass
class PageOutline:
    """What the crawler reads from an HTML page: its followable links, its rel=canonical URL and, for
    the few pages that need them, the words of its text, from the one parse."""

    links: list[str]
    canonical: str | None = None
    document: Any = None  # the lxml document the links came from

    def words(self, limit: int = 20_000) -> frozenset[str]:
        """The distinct words of the page's text (up to `limit`, lower-cased, numbers left out): enough
        to tell a page with text of its own from one that repeats the page before it with other
        numbers ('Page 7 of 400', 'May 2031')."""
        if self.document is None:
            return frozenset()
        for element in self.document.iter("script", "style", "noscript", "template"):
            element.text = None
        words: set[str] = set()
        for match in _WORD.finditer(self.document.text_content().lower()):
            words.add(match.group())
            if len(words) >= limit:
                break
        return frozenset(words)


_WORD = re.compile(r"[^\W\d_]+")


def page_links(body: bytes, base_url: str) -> PageOutline:
    """Every followable href on an HTML page (absolute) and its rel=canonical URL; robust to broken markup."""
    try:
        document = lxml_html.document_fromstring(body)
    except (etree.ParserError, ValueError):
        return PageOutline([])
    document.make_links_absolute(base_url, resolve_base_href=True, handle_failures="discard")
    links: list[str] = []
    canonical: str | None = None
    for element, attribute, link, _ in document.iterlinks():
        if attribute != "href":
            continue
        rel = (element.get("rel") or "").lower().split()
        if element.tag in ("a", "area") and "nofollow" not in rel:
            links.append(link)
        elif element.tag == "link" and "canonical" in rel and canonical is None:
            canonical = link
    return PageOutline(links, canonical, document)


def pdf_links(body: bytes, limit: int = 500) -> list[str]:
    """Web addresses a PDF links to (its URI link annotations), read from the raw bytes without parsing
    the document: toolkits often point at the project pages they describe."""
    links = []
    for match in _PDF_URI.finditer(body):
        text = match.group(1).decode("latin-1").strip()
        if text.lower().startswith(("http://", "https://")):
            links.append(text)
        if len(links) >= limit:
            break
    return links


def parse_sitemap(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) from a urlset or sitemapindex; tolerant of junk."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    locs = [(el.getparent(), (el.text or "").strip()) for el in root.iter() if _local(el.tag) == "loc"]
    pages = [loc for parent, loc in locs if parent is not None and _local(parent.tag) == "url" and loc]
    children = [loc for parent, loc in locs if parent is not None and _local(parent.tag) == "sitemap" and loc]
    return pages, children


def gunzip_capped(data: bytes, cap: int) -> bytes:
    """A gzip file's content, refusing to inflate past `cap` bytes (a sitemap.xml.gz)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = inflater.decompress(data, cap + 1)
    if len(out) > cap:
        raise ValueError(f"larger than {cap} bytes when decompressed")
    return out


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""
