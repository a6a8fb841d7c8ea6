"""URL identity and scope: one document, one URL."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|yclid|igshid|ref_src|"
    r"_hsenc|_hsmi|mkt_tok|sessionid|phpsessid|jsessionid|sid)$",
    re.IGNORECASE,
)
_SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "ftp:", "sms:", "file:")
_WEB_SCHEMES = ("http", "https")
_DEFAULT_PORTS = {"http": 80, "https": 443}
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
    if lowered.startswith(_SKIP_SCHEMES) or not is_web_url(lowered):
        return False
    return not _SKIP_EXTENSIONS.search(urlsplit(lowered).path)


def in_scope(url: str, include: Iterable[re.Pattern[str]], exclude: Iterable[re.Pattern[str]]) -> bool:
    return any(p.search(url) for p in include) and not any(p.search(url) for p in exclude)


# A calendar date in a URL: a year between the first web pages and a few years ahead is a page of an
# archive; outside it, the far past or future of a calendar that links on forever.
FIRST_CALENDAR_YEAR = 1990
CALENDAR_YEARS_AHEAD = 10
_MONTH_NUMBER = r"(?:0[1-9]|1[0-2])"
_DAY_NUMBER = r"(?:0[1-9]|[12]\d|3[01])"
_YEAR = re.compile(r"[12]\d{3}")
_MONTH = re.compile(_MONTH_NUMBER)
_YEAR_MONTH = re.compile(rf"(?P<year>[12]\d{{3}})-{_MONTH_NUMBER}(?:-{_DAY_NUMBER})?")
_DATE_VALUE = re.compile(rf"(?P<year>[12]\d{{3}})(?:-?{_MONTH_NUMBER}(?:-?{_DAY_NUMBER})?)?")
_DATE_PARAMETERS = frozenset({"date", "month", "year", "day"})


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
    year = calendar_year(segments, params)
    if year is not None and not FIRST_CALENDAR_YEAR <= year <= date.today().year + CALENDAR_YEARS_AHEAD:
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


def calendar_year(segments: list[str], params: list[tuple[str, str]]) -> int | None:
    """The year of a calendar date a URL names, or None: a path segment that is a year-month
    (`1850-01`, `2099-01-31`), a year segment followed by a month segment (`/2099/01/`), or a date
    parameter whose value is one (`?year=1850`, `?month=2031-01`). A year alone in a path is not a
    date: `/node/1950` is a Drupal node, `/news/1984-miners-strike` a story."""
    for index, segment in enumerate(segments):
        if dated := _YEAR_MONTH.fullmatch(segment):
            return int(dated["year"])
        following = segments[index + 1] if index + 1 < len(segments) else ""
        if _YEAR.fullmatch(segment) and _MONTH.fullmatch(following):
            return int(segment)
    for name, value in params:
        if name.lower() in _DATE_PARAMETERS and (dated := _DATE_VALUE.fullmatch(value)):
            return int(dated["year"])
    return None


def is_web_url(url: str) -> bool:
    """Whether a URL is http(s) with a host: the only kind the crawler may fetch or keep state for."""
    try:
        parts = urlsplit(url.strip())
        return parts.scheme.lower() in _WEB_SCHEMES and bool(parts.hostname)
    except ValueError:  # an unbalanced IPv6 bracket
        return False


def origin_key(url: str) -> str:
    """The key of a host's crawl state (robots.txt, politeness): scheme, host without 'www.' and port.
    robots.txt governs one scheme, host and port (RFC 9309), and another port is another service."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").removeprefix("www.")
    return f"{scheme}://{host}:{parts.port or _DEFAULT_PORTS.get(scheme, 0)}"


def host_key(url: str) -> str:
    """The politeness key: host without 'www.', with port."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}:{parts.port}" if parts.port else host
