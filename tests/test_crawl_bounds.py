"""Crawl bounds: calendar traps by whole path segments, sitemap and robots.txt budgets, schemes and
ports in scope, cloud platforms' addresses, charsets read as the WHATWG Encoding Standard says."""

from __future__ import annotations

import asyncio
import gzip
import re
from collections.abc import Iterator

import httpx
import pytest

from harvester.config import CrawlConfig, SourceConfig
from harvester.crawl import Crawler, CrawlStats
from harvester.crawl.addresses import PRIVATE_NETWORKS, is_allowed_address, is_public_address, parse_networks
from harvester.crawl.links import gunzip_prefix
from harvester.crawl.sitemaps import SitemapBudget
from harvester.extract.charset import decode_html
from harvester.models import FetchedPage
from harvester.urls import trap_reason

from .conftest import Site, serve_site
from .test_crawl import link_page, paths


@pytest.fixture
def other_site() -> Iterator[Site]:
    """Another host name (`localhost`; the `site` fixture is 127.0.0.1)."""
    yield from serve_site("localhost")


@pytest.fixture
def other_port() -> Iterator[Site]:
    """Another service on the same host as the `site` fixture: 127.0.0.1, another port."""
    yield from serve_site("127.0.0.1")


def crawl(site: Site, max_bytes: int = 100_000, **source: object) -> tuple[list[FetchedPage], CrawlStats]:
    """One request at a time, in the order links are found."""
    settings = {"name": "t", "start_urls": [site.url("/")], "allow_private_addresses": True, **source}
    config = CrawlConfig(delay_s=0.0, retries=1, timeout_s=5, max_bytes=max_bytes, per_host_concurrency=1)
    pages: list[FetchedPage] = []
    stats = asyncio.run(Crawler(SourceConfig.model_validate(settings), config).run(pages.append))
    return pages, stats


# --- 1. calendar traps are whole path segments ----------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/node/1950", "/node/19500", "/files/1975-report.pdf", "/news/1984-miners-strike", "/node/1950/13"]
)
def test_a_number_that_starts_like_a_year_is_not_a_calendar_date(path: str) -> None:
    assert trap_reason(f"https://council.example{path}", 500) is None


@pytest.mark.parametrize(
    "path",
    ["/events/2099/01/", "/calendar/1850-01", "/events/1985/03/", "/archive/2099-01-31", "/whatson?year=1850"],
)
def test_date_archives_far_in_the_past_or_future_are_still_traps(path: str) -> None:
    assert trap_reason(f"https://council.example{path}", 500) == "calendar date out of range"


def test_drupal_nodes_and_dated_titles_are_crawled(site: Site) -> None:
    pages_wanted = ["/node/1950", "/node/19500", "/files/1975-report.pdf", "/news/1984-miners-strike"]
    site.page("/", link_page(*pages_wanted, "/events/2099/01/"))
    for path in pages_wanted[:2] + pages_wanted[3:]:
        site.page(path, link_page())
    site.raw("/files/1975-report.pdf", b"%PDF-1.4 tiny", content_type="application/pdf")
    site.page("/events/2099/01/", link_page())
    pages, stats = crawl(site)
    assert paths(pages) == {"", *(p.lstrip("/") for p in pages_wanted)}
    assert stats.counts["skipped_trap"] == 1 and site.hits("/events/2099/01/") == 0


# --- 2. sitemaps: one budget for the whole crawl, checked while parsing ----------------------------


def urlset(site: Site, paths_listed: list[str], padding: int = 0) -> bytes:
    entries = "".join(f"<url><loc>{site.url(p)}</loc></url>" for p in paths_listed)
    comment = f"<!-- {'x' * padding} -->" if padding else ""
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{comment}{entries}</urlset>'.encode()


def sitemap_index(site: Site, children: list[str]) -> None:
    site.raw("/robots.txt", f"Sitemap: {site.url('/index.xml')}\n".encode(), content_type="text/plain")
    entries = "".join(f"<sitemap><loc>{site.url(c)}</loc></sitemap>" for c in children)
    body = f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'
    site.raw("/index.xml", body.encode(), content_type="application/xml")


def test_the_sitemap_budget_is_a_small_multiple_of_max_pages() -> None:
    assert SitemapBudget.for_pages(5) == SitemapBudget(urls=20, bytes=1_000_000)
    assert SitemapBudget.for_pages(5000) == SitemapBudget(urls=20_000, bytes=40_000_000)
    assert SitemapBudget.for_pages(1_000_000) == SitemapBudget(urls=50_000, bytes=50_000_000)


def test_sitemap_urls_are_capped_across_all_the_files_of_a_crawl(site: Site) -> None:
    """Three sitemaps of 15 URLs for a source of five pages: 20 URLs taken (four per page), the
    second file read only as far as the 20th, the third never fetched."""
    children = ["/one.xml", "/two.xml", "/three.xml"]
    sitemap_index(site, children)
    for number, child in enumerate(children):
        site.raw(child, urlset(site, [f"/s{number}-{n}" for n in range(15)]), content_type="application/xml")
    site.page("/", link_page())
    _, stats = crawl(site, max_pages=5)
    assert stats.counts["sitemap_urls"] == 20
    assert site.hits("/two.xml") == 1 and site.hits("/three.xml") == 0
    assert stats.counts["sitemap_capped"] == 1
    assert stats.counts["skipped_max_pages"] <= 20


def test_sitemap_bytes_are_capped_across_all_the_files_of_a_crawl(site: Site) -> None:
    """A source of five pages reads 1 MB of sitemaps in all: the first 600 KB file whole, the second
    only as far as the budget (its URL, after 600 KB of padding, is never reached), the third not at all."""
    children = ["/one.xml", "/two.xml", "/three.xml"]
    sitemap_index(site, children)
    for number, child in enumerate(children):
        site.raw(child, urlset(site, [f"/after-padding-{number}"], padding=600_000), content_type="application/xml")
    site.page("/", link_page())
    site.page("/after-padding-0", link_page())
    pages, stats = crawl(site, max_pages=5)
    assert stats.counts["sitemap_urls"] == 1 and "after-padding-0" in paths(pages)
    assert site.hits("/three.xml") == 0


def test_a_gzip_sitemap_is_inflated_only_as_far_as_the_budget() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * 30_000_000, compresslevel=9)
    body, complete = gunzip_prefix(bomb, 1_000)
    assert len(body) == 1_000 and not complete
    assert gunzip_prefix(gzip.compress(b"<urlset/>"), 1_000) == (b"<urlset/>", True)


# --- 3. robots.txt: the first 500 KiB, to the last complete line -----------------------------------


def test_a_robots_txt_larger_than_the_page_limit_is_read_to_500_kib(site: Site) -> None:
    """A 3 MB robots.txt on a crawl whose page limit is 100 kB: its first 500 KiB are read and obeyed
    and the host stays reachable."""
    filler = b"# " + b"x" * 600_000 + b"\n"
    body = b"User-agent: *\nDisallow: /early\n" + filler + b"Disallow: /late\n" + filler * 4
    site.raw("/robots.txt", body, content_type="text/plain")
    site.page("/", link_page("/early", "/late"))
    site.page("/early", link_page())
    site.page("/late", link_page())
    pages, stats = crawl(site)
    assert paths(pages) == {"", "late"} and all(p.error is None for p in pages)
    assert stats.counts["failed"] == 0 and stats.counts["skipped_robots"] == 1


def test_a_robots_rule_cut_at_500_kib_is_not_read_as_a_shorter_one(site: Site) -> None:
    """'Disallow: /parish-news' straddles the limit: cut, it would read 'Disallow: /par' and refuse /park."""
    head = b"User-agent: *\n# "
    cut_rule = b"Disallow: /parish-news\n"
    filler = b"x" * (500 * 1024 - len(head) - 1 - len(b"Disallow: /par"))
    site.raw("/robots.txt", head + filler + b"\n" + cut_rule, content_type="text/plain")
    site.page("/", link_page("/park"))
    site.page("/park", link_page())
    pages, _ = crawl(site, max_bytes=2_000_000)
    assert paths(pages) == {"", "park"}


# --- 4. http(s) only; a host is a scheme, a host name and a port ------------------------------------


def test_a_redirect_to_another_scheme_is_out_of_scope_and_no_host_failure(site: Site, other_site: Site) -> None:
    """Under an include pattern that admits any scheme, a redirect to gopher:// on another host and
    to file:// are refused as out of scope; the other host's http pages are still fetched."""
    gopher = other_site.url("/").replace("http://", "gopher://")
    site.page("/", link_page("/to-gopher", "/to-file", "/hub"))
    site.raw("/to-gopher", b"", status=302, headers={"Location": gopher})
    site.raw("/to-file", b"", status=302, headers={"Location": "file:///etc/passwd"})
    site.page("/hub", link_page(other_site.url("/page")))
    other_site.page("/page", link_page())
    _, stats = crawl(site, include=[r"^[a-z]+://"])
    assert other_site.hits("/page") == 1
    assert stats.counts["skipped_out_of_scope"] == 2
    assert stats.counts["failed"] == 0 and stats.counts["skipped_robots"] == 0


def test_another_port_of_the_start_host_is_out_of_scope_by_default(site: Site, other_port: Site) -> None:
    other_port.page("/secret", link_page())
    other_port.page("/direct", link_page())
    site.page("/", link_page("/elsewhere", other_port.url("/direct")))
    site.raw("/elsewhere", b"", status=302, headers={"Location": other_port.url("/secret")})
    _, stats = crawl(site)
    assert other_port.requests == []
    assert stats.counts["skipped_out_of_scope"] == 2


def test_an_include_pattern_can_take_in_another_port(site: Site, other_port: Site) -> None:
    other_port.page("/secret", link_page())
    site.page("/", link_page("/elsewhere"))
    site.raw("/elsewhere", b"", status=302, headers={"Location": other_port.url("/secret")})
    pages, _ = crawl(site, include=[r"^http://127\.0\.0\.1:\d+/"])
    assert other_port.hits("/secret") == 1 and "elsewhere" in paths(pages)


@pytest.mark.parametrize(
    ("start", "inside", "outside"),
    [
        (
            "https://www.example.org/",
            ["https://example.org/a", "http://www.example.org/", "https://example.org"],
            [
                "https://example.org:8443/",
                "http://example.org:8080/",
                "https://example.org.evil.net/",
                "ftp://example.org/",
            ],
        ),
        (
            "http://127.0.0.1:8080/",
            ["http://127.0.0.1:8080/a"],
            ["https://127.0.0.1:8080/", "http://127.0.0.1:8081/", "http://127.0.0.1/"],
        ),
        ("http://[::1]:8080/", ["http://[::1]:8080/a"], ["http://[::1]:8081/a"]),
    ],
)
def test_the_default_scope_is_the_start_urls_scheme_host_and_port(
    start: str, inside: list[str], outside: list[str]
) -> None:
    patterns = [re.compile(p) for p in SourceConfig(name="t", start_urls=[start]).include_patterns()]
    assert all(any(p.search(url) for p in patterns) for url in inside)
    assert not any(p.search(url) for p in patterns for url in outside)


def test_http_and_https_of_a_host_each_have_their_own_robots_txt() -> None:
    """robots.txt governs one scheme, host and port (RFC 9309): each scheme's is read and applies."""
    robots = {"https": "User-agent: *\nDisallow: /private\n", "http": "User-agent: *\nDisallow: /legacy\n"}
    seen: list[str] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(200, text=robots[request.url.scheme])
        links = "".join(
            f'<a href="{scheme}://example.org/{path}">x</a>' for scheme in robots for path in ("private", "legacy")
        )
        return httpx.Response(200, html=f"<html><body>{links}</body></html>")

    async def public_dns(host: str, port: int) -> list[str]:
        return ["93.184.215.14"]

    config = SourceConfig(name="t", start_urls=["https://example.org/"])
    crawler = Crawler(
        config, CrawlConfig(delay_s=0, retries=0), transport=httpx.MockTransport(respond), resolver=public_dns
    )
    asyncio.run(crawler.run(lambda page: None))
    assert sorted(u for u in seen if u.endswith("/robots.txt")) == [
        "http://example.org/robots.txt",
        "https://example.org/robots.txt",
    ]
    fetched = {u for u in seen if not u.endswith("/robots.txt")}
    assert "https://example.org/legacy" in fetched and "http://example.org/private" in fetched
    assert "https://example.org/private" not in fetched and "http://example.org/legacy" not in fetched


# --- 5. cloud platforms' metadata and host addresses: never ------------------------------------------

EVERYTHING = parse_networks([*PRIVATE_NETWORKS, "0.0.0.0/0", "::/0"])


@pytest.mark.parametrize(
    "address",
    [
        "168.63.129.16",  # Azure host
        "169.254.169.254",
        "fd00:ec2::254",
        "100.100.100.200",
        "169.254.170.2",
        "::ffff:168.63.129.16",
        "64:ff9b::a83f:8110",  # NAT64 around 168.63.129.16
    ],
)
def test_cloud_platform_addresses_are_refused_whatever_a_source_allows(address: str) -> None:
    assert not is_allowed_address(address, EVERYTHING)
    assert not is_public_address(address)


def test_a_host_resolving_to_the_azure_host_address_is_never_fetched() -> None:
    seen: list[str] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, html="<html><body>agent configuration</body></html>")

    async def azure_host(host: str, port: int) -> list[str]:
        return ["168.63.129.16"]

    config = SourceConfig(name="t", start_urls=["http://wireserver.example/"], allow_private_addresses=True)
    crawler = Crawler(config, CrawlConfig(delay_s=0), transport=httpx.MockTransport(respond), resolver=azure_host)
    stats = asyncio.run(crawler.run(lambda page: None))
    assert seen == [] and stats.counts["skipped_private"] == 1


# --- 6. charsets by the WHATWG Encoding Standard --------------------------------------------------

TEXT = "<html><head>{meta}</head><body><p>Café co-operatives in Oldham share the profits</p></body></html>"


def even(body: bytes) -> bytes:
    """An even number of bytes: what a UTF-16 decoder reads without an error, into garbage."""
    return body if len(body) % 2 == 0 else body + b" "


def test_a_meta_utf16_label_over_utf8_bytes_reads_as_utf8() -> None:
    body = even(TEXT.format(meta='<meta charset="utf-16">').encode("utf-8"))
    assert "Café co-operatives in Oldham" in decode_html(body)


def test_a_header_utf16_label_without_bom_over_ascii_compatible_bytes_is_ignored() -> None:
    body = even(TEXT.format(meta="").encode("utf-8"))
    assert "Café co-operatives in Oldham" in decode_html(body, "text/html; charset=utf-16")


def test_a_utf16_bom_over_ascii_compatible_bytes_is_ignored() -> None:
    body = even(b"\xff\xfe" + TEXT.format(meta='<meta charset="utf-8">').encode("utf-8"))
    assert "Café co-operatives in Oldham" in decode_html(body)


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-16", 'text/html; charset="UTF-16LE"', ""])
def test_real_utf16_is_still_read(content_type: str) -> None:
    body = TEXT.format(meta="").encode("utf-16le")
    if not content_type:
        body = b"\xff\xfe" + body
    assert "Café co-operatives in Oldham" in decode_html(body, content_type)


@pytest.mark.parametrize("label", ["utf-7", "UTF-7", "iso-2022-kr", "hz-gb-2312", "cp037", "rot13"])
@pytest.mark.parametrize("where", ["header", "meta"])
def test_labels_the_standard_does_not_know_or_replaces_never_decode(label: str, where: str) -> None:
    """UTF-7 turns `+ADw-script+AD4-` into a live tag; HZ and ISO-2022 shift into other scripts with
    ASCII bytes; EBCDIC reads ASCII as garbage. None of them is used: the bytes read as UTF-8."""
    meta = f'<meta charset="{label}">' if where == "meta" else ""
    body = f"<html><head>{meta}</head><body><p>+ADw-script+AD4-x ~{{<:Ky2;S~}} \x1b$)C\x0e!!\x0f</p></body></html>"
    content_type = f"text/html; charset={label}" if where == "header" else "text/html"
    text = decode_html(body.encode("ascii"), content_type)
    assert "+ADw-script+AD4-x ~{<:Ky2;S~} $)C!!" in text
    assert "<script" not in text
