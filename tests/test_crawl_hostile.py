"""Hostile responses are bounded and robots.txt follows RFC 9309 (issue 16)."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Iterator

import pytest

from harvester.config import CrawlConfig, SourceConfig
from harvester.crawl import Crawler, CrawlStats
from harvester.crawl.addresses import PRIVATE_NETWORKS, is_allowed_address, parse_networks
from harvester.models import FetchedPage

from .conftest import Site, serve_site
from .test_crawl import link_page, paths


@pytest.fixture
def other_site() -> Iterator[Site]:
    """A second host, named `localhost` (the first is 127.0.0.1): another site for robots.txt and scope."""
    yield from serve_site("localhost")


def crawl(site: Site, include: list[str] | None = None, **crawl_config: object) -> tuple[list[FetchedPage], CrawlStats]:
    source = {"name": "t", "start_urls": [site.url("/")], "allow_private_addresses": True}
    if include is not None:
        source["include"] = include
    settings = {"delay_s": 0.0, "retries": 1, "timeout_s": 5, "max_bytes": 100_000, **crawl_config}
    crawler = Crawler(SourceConfig.model_validate(source), CrawlConfig.model_validate(settings))
    pages: list[FetchedPage] = []
    stats = asyncio.run(crawler.run(pages.append))
    return pages, stats


def by_path(pages: list[FetchedPage]) -> dict[str, FetchedPage]:
    return {p.url.split("/", 3)[3]: p for p in pages}


def test_stacked_gzip_is_refused_with_a_reason(site: Site) -> None:
    body = gzip.compress(gzip.compress(b"<html><body>" + b"a" * 5_000_000 + b"</body></html>"))
    assert len(body) < 20_000
    site.page("/", link_page("/stacked", "/fine"))
    site.raw("/stacked", body, headers={"Content-Encoding": "gzip, gzip"})
    site.raw(
        "/fine", gzip.compress(b"<html><body><p>Fine page</p></body></html>"), headers={"Content-Encoding": "gzip"}
    )
    pages, _ = crawl(site)
    found = by_path(pages)
    assert found["stacked"].error is not None and "stacked Content-Encoding" in found["stacked"].error
    assert found["fine"].body is not None and b"Fine page" in found["fine"].body


def test_a_gzip_bomb_stops_at_the_cap_while_decoding(site: Site) -> None:
    bomb = gzip.compress(b"<html><body>" + b"x" * 50_000_000 + b"</body></html>", compresslevel=9)
    site.page("/", link_page("/bomb"))
    site.raw("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    pages, stats = crawl(site)
    assert "bomb" not in paths(pages)
    assert stats.counts["skipped_size"] == 1
    assert any("too large: over 100000 bytes" in reason for _, reason in stats.skipped)


def test_unknown_encodings_are_refused_and_only_decodable_ones_offered(site: Site) -> None:
    site.page("/", link_page("/br"))
    site.raw("/br", b"\x1b\x00\x00", headers={"Content-Encoding": "br"})
    pages, _ = crawl(site)
    assert "unsupported Content-Encoding" in (by_path(pages)["br"].error or "")
    offered = {headers.get("Accept-Encoding") for _, headers in site.requests}
    assert offered == {"gzip, deflate"}


def test_robots_redirect_to_another_host_is_followed_and_its_rules_apply(site: Site, other_site: Site) -> None:
    other_site.raw("/robots.txt", b"User-agent: *\nDisallow: /secret\n", content_type="text/plain")
    site.raw("/robots.txt", b"", status=301, headers={"Location": other_site.url("/robots.txt")})
    site.page("/", link_page("/secret", "/open"))
    site.page("/secret", link_page())
    site.page("/open", link_page())
    pages, stats = crawl(site)
    assert paths(pages) == {"", "open"} and site.hits("/secret") == 0
    assert stats.counts["skipped_robots"] == 1


def test_a_redirect_into_a_disallowed_path_of_another_host_is_not_followed(site: Site, other_site: Site) -> None:
    other_site.raw("/robots.txt", b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    other_site.page("/private/page", link_page())
    site.page("/", link_page("/moved"))
    site.raw("/moved", b"", status=302, headers={"Location": other_site.url("/private/page")})
    include = [r"^http://(127\.0\.0\.1|localhost):\d+/"]
    _, stats = crawl(site, include=include)
    assert other_site.hits("/private/page") == 0
    assert stats.counts["skipped_robots"] == 1


def test_robots_rules_past_500_kib_are_ignored(site: Site) -> None:
    filler = b"# " + b"x" * 600_000 + b"\n"
    site.raw(
        "/robots.txt", b"User-agent: *\nDisallow: /early\n" + filler + b"Disallow: /late\n", content_type="text/plain"
    )
    site.page("/", link_page("/early", "/late"))
    site.page("/early", link_page())
    site.page("/late", link_page())
    pages, _ = crawl(site, max_bytes=2_000_000)
    assert paths(pages) == {"", "late"}


@pytest.mark.parametrize("status", [429, 503])
def test_robots_unavailable_means_the_host_waits_for_another_run(site: Site, status: int) -> None:
    site.raw("/robots.txt", b"busy", status=status, content_type="text/plain", headers={"Retry-After": "0"})
    site.page("/", link_page())
    pages, stats = crawl(site)
    assert pages == [] and site.hits("/") == 0
    assert stats.counts["skipped_robots"] == 1
    assert site.hits("/robots.txt") == 2  # retried once (retries: 1), Retry-After honoured


def test_sitemaps_on_other_hosts_are_not_fetched(site: Site, other_site: Site) -> None:
    other_site.raw("/sitemap.xml", b"<urlset/>", content_type="application/xml")
    site.raw(
        "/robots.txt", f"User-agent: *\nSitemap: {other_site.url('/sitemap.xml')}\n".encode(), content_type="text/plain"
    )
    site.page("/", link_page())
    _, stats = crawl(site)
    assert other_site.hits("/sitemap.xml") == 0
    assert any("sitemap out of scope" in reason for url, reason in stats.skipped if url.endswith("/sitemap.xml"))


def test_proxy_settings_in_the_environment_are_ignored(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")  # nothing listens there
    site.page("/", link_page())
    pages, _ = crawl(site)
    assert paths(pages) == {""} and pages[0].error is None


@pytest.mark.parametrize(
    "address",
    [
        "169.254.169.254",
        "fe80::1",
        "fd00:ec2::254",
        "100.100.100.200",
        "224.0.0.1",
        "0.0.0.0",
        "::ffff:169.254.169.254",
    ],
)
def test_link_local_and_metadata_addresses_are_refused_even_when_private_ones_are_allowed(address: str) -> None:
    assert not is_allowed_address(address, parse_networks(PRIVATE_NETWORKS))


@pytest.mark.parametrize(
    "address",
    ["2002:7f00:0001::", "2002:0a00:0001::1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "::ffff:10.0.0.1"],
)
def test_ipv6_forms_carrying_a_private_ipv4_are_not_public(address: str) -> None:
    assert not is_allowed_address(address)


def test_allow_networks_admits_exactly_the_listed_ranges() -> None:
    allowed = parse_networks(["10.20.0.0/16"])
    assert is_allowed_address("10.20.3.4", allowed)
    assert not is_allowed_address("10.21.3.4", allowed)
    assert not is_allowed_address("127.0.0.1", allowed)
    assert is_allowed_address("2002:0808:0808::1", allowed)  # 6to4 around a public address


def test_a_bad_network_in_the_config_names_the_key() -> None:
    with pytest.raises(ValueError, match="allow_networks"):
        SourceConfig.model_validate(
            {"name": "t", "start_urls": ["https://example.org/"], "allow_networks": ["10.0.0/33"]}
        )
