"""Links out of fetched bodies: HTML hrefs and canonical, a PDF's URI annotations, sitemap entries."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

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


SitemapEntry = tuple[Literal["page", "sitemap"], str]
_SITEMAP_SLICE = 64 * 1024  # bytes handed to the parser at a time


def parse_sitemap(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) from a urlset or sitemapindex; tolerant of junk."""
    entries = list(sitemap_entries(body))
    return [url for kind, url in entries if kind == "page"], [url for kind, url in entries if kind == "sitemap"]


def sitemap_entries(body: bytes, *, complete: bool = True) -> Iterator[SitemapEntry]:
    """Each <loc> of a urlset ("page") or sitemapindex ("sitemap"), in order, parsed as it is read: a
    caller that stops early parses no further, and entries already read are dropped from the tree.
    Entities are not expanded, nothing is fetched, huge_tree stays off. Of a body cut at a size cap
    (`complete=False`) only entries whose closing tag arrived are read: the last may be cut mid-URL."""
    parser = etree.XMLPullParser(
        events=("end",), recover=True, resolve_entities=False, no_network=True, huge_tree=False
    )
    try:
        for start in range(0, len(body), _SITEMAP_SLICE):
            parser.feed(body[start : start + _SITEMAP_SLICE])
            yield from _entries(parser.read_events())
        if complete:
            parser.close()  # a sitemap with its last closing tags missing: recover what they held
            yield from _entries(parser.read_events())
    except etree.XMLSyntaxError:
        return


def _entries(events: Iterable[tuple[str, Any]]) -> Iterator[SitemapEntry]:
    for _, element in events:
        name = _local(element.tag)
        if name == "loc":
            parent = element.getparent()
            kind = _local(parent.tag) if parent is not None else ""
            url = (element.text or "").strip()
            if url and kind in ("url", "sitemap"):
                yield ("page" if kind == "url" else "sitemap", url)
        elif name in ("url", "sitemap"):
            _forget(element)


def _forget(element: Any) -> None:
    """Drop an entry that has been read, and those before it, so the tree never grows with the file."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def gunzip_prefix(data: bytes, cap: int) -> tuple[bytes, bool]:
    """A gzip file's content up to `cap` bytes (a sitemap.xml.gz), and whether that is all of it:
    never inflated further, however much it would grow."""
    if cap <= 0:
        return b"", False  # zlib reads a max_length of 0 as no limit at all
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = inflater.decompress(data, cap)
    return out, inflater.eof


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""
