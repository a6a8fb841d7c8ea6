"""URL identity and scope: one document, one URL."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|yclid|igshid|ref_src|"
    r"_hsenc|_hsmi|mkt_tok|sessionid|phpsessid|jsessionid|sid)$",
    re.IGNORECASE,
)
_SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "ftp:", "sms:", "file:")
_SKIP_EXTENSIONS = re.compile(
    r"\.(jpe?g|png|gif|svg|webp|ico|bmp|tiff?|css|js|mjs|json|xml|rss|atom|zip|gz|tgz|rar|7z|mp3|mp4|"
    r"m4a|wav|avi|mov|wmv|woff2?|ttf|eot|docx?|xlsx?|pptx?|odt|ods|csv|exe|dmg|apk|ics)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=65_536)
def normalise_url(url: str) -> str:
    """Canonical form: lower-case host, no fragment, no tracking params, sorted query, no default port."""
    url = url.strip()
    parts = urlsplit(url)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    default_port = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if port in (None, default_port) else f"{host}:{port}"
    if ":" in host and not host.startswith("["):
        netloc = f"[{host}]" if port in (None, default_port) else f"[{host}]:{port}"
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    rebuilt = urlunsplit((parts.scheme.lower(), netloc, path, query, ""))
    return canonicalize_url(rebuilt, keep_fragments=False)


def is_crawlable_link(url: str) -> bool:
    """http(s) only, and not an obvious asset that is neither a page nor a PDF."""
    lowered = url.strip().lower()
    if lowered.startswith(_SKIP_SCHEMES) or not lowered.startswith(("http://", "https://")):
        return False
    return not _SKIP_EXTENSIONS.search(urlsplit(lowered).path)


def in_scope(url: str, include: Iterable[re.Pattern[str]], exclude: Iterable[re.Pattern[str]]) -> bool:
    return any(p.search(url) for p in include) and not any(p.search(url) for p in exclude)


def trap_reason(url: str, max_length: int) -> str | None:
    """Why a URL looks like a crawler trap by its shape alone (calendar, ever-growing path), or None.

    Pagination is judged by behaviour in the frontier, not here: `?p=4821` is a WordPress post."""
    if len(url) > max_length:
        return f"URL longer than {max_length} characters"
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) > 12:
        return "path deeper than 12 segments"
    repeats = max((segments.count(s) for s in set(segments)), default=0)
    if repeats >= 3:
        return "path segment repeated 3 or more times"
    params = parse_qsl(parts.query, keep_blank_values=True)
    if len(params) > 8:
        return "more than 8 query parameters"
    calendar = re.search(r"(?:^|/|[?&](?:date|month|year|day)=)((?:19|20)\d\d)[-/]?(\d\d)?", url)
    if calendar and not 1990 <= int(calendar.group(1)) <= 2100:
        return "calendar date out of range"
    if (
        re.search(
            r"(?:[?&](?:month|date|calendar|ical|tribe-bar-date)=|/calendar/|/events?/(?:list|month|day)/)",
            url,
            re.IGNORECASE,
        )
        and params
    ):
        return "calendar navigation"
    return None


def host_key(url: str) -> str:
    """The politeness key: host without 'www.', with port."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}:{parts.port}" if parts.port else host
