"""Crawl: robots, sitemaps, scope, redirects, size and type gates, traps, SSRF guard, conditional GET."""

from __future__ import annotations

import asyncio
import gzip
import itertools

import httpx
import pytest

from harvester import crawl as crawl_module
from harvester.config import CrawlConfig, SourceConfig
from harvester.crawl import Crawler, CrawlStats, KnownPage, parse_sitemap
from harvester.crawl.fetch import Fetcher
from harvester.crawl.links import PageOutline
from harvester.models import FetchedPage

from .conftest import Route, Site


def link_page(*paths: str) -> str:
    links = "".join(f'<a href="{p}">{p}</a> ' for p in paths)
    return f"<html><body><main><p>Links: {links}</p></main></body></html>"


def crawl(
    site: Site, known: dict[str, KnownPage] | None = None, **source: object
) -> tuple[list[FetchedPage], CrawlStats]:
    config = SourceConfig.model_validate(
        {"name": "t", "start_urls": [site.url("/")], "allow_private_addresses": True, **source}
    )
    pages: list[FetchedPage] = []
    crawler = Crawler(config, CrawlConfig(delay_s=0.0, retries=1, timeout_s=5, max_bytes=50_000), known=known)
    stats = asyncio.run(crawler.run(pages.append))
    return pages, stats


def paths(pages: list[FetchedPage]) -> set[str]:
    return {p.url.split("/", 3)[3] for p in pages}


def test_follows_links_and_never_mailto_tel_or_assets(site: Site) -> None:
    site.page("/", link_page("/a", "mailto:x@y.org", "tel:123", "javascript:void(0)", "/logo.png", "/b"))
    site.page("/a", link_page("/"))
    site.page("/b", link_page())
    pages, stats = crawl(site)
    assert paths(pages) == {"", "a", "b"}
    assert stats.counts["fetched"] == 3
    assert site.hits("/logo.png") == 0


def test_robots_disallow_allow_and_crawl_delay(site: Site) -> None:
    site.raw(
        "/robots.txt",
        b"User-agent: *\nDisallow: /private/\nAllow: /private/open\nCrawl-delay: 0\n",
        content_type="text/plain",
    )
    site.page("/", link_page("/private/secret", "/private/open", "/public"))
    for path in ("/private/secret", "/private/open", "/public"):
        site.page(path, link_page())
    pages, stats = crawl(site)
    assert paths(pages) == {"", "private/open", "public"}
    assert stats.counts["skipped_robots"] == 1
    assert site.hits("/private/secret") == 0


def test_robots_5xx_skips_the_host_and_4xx_allows_all(site: Site) -> None:
    site.page("/", link_page("/a"))
    site.page("/a", link_page())
    site.raw("/robots.txt", b"oops", status=503, content_type="text/plain")
    pages, stats = crawl(site)
    assert pages == [] and stats.counts["skipped_robots"] >= 1
    site.raw("/robots.txt", b"gone", status=404, content_type="text/plain")
    pages, _ = crawl(site)
    assert paths(pages) == {"", "a"}


def test_sitemaps_from_robots_including_index_and_gzip(site: Site) -> None:
    site.raw("/robots.txt", f"Sitemap: {site.url('/sitemap_index.xml')}\n".encode(), content_type="text/plain")
    site.raw(
        "/sitemap_index.xml",
        f"""<?xml version="1.0"?><sitemapindex
        xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{site.url("/pages.xml.gz")}</loc>
        </sitemap></sitemapindex>""".encode(),
        content_type="application/xml",
    )
    urlset = f"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{site.url("/only-in-sitemap")}
        </loc></url></urlset>"""
    site.raw("/pages.xml.gz", gzip.compress(urlset.encode()), content_type="application/gzip")
    site.page("/", link_page())
    site.page("/only-in-sitemap", link_page())
    pages, stats = crawl(site)
    assert "only-in-sitemap" in paths(pages)
    assert stats.counts["sitemap_urls"] == 1


def test_parse_sitemap_tolerates_junk() -> None:
    assert parse_sitemap(b"\x00\x01 not xml") == ([], [])


def test_tracking_params_and_fragments_collapse_to_one_url(site: Site) -> None:
    site.page("/", link_page("/a?utm_source=x&b=2&a=1#top", "/a?a=1&b=2", "/a?fbclid=zz&a=1&b=2"))
    site.page("/a", link_page())
    pages, _ = crawl(site)
    assert sorted(paths(pages)) == ["", "a?a=1&b=2"]
    assert site.hits("/a?a=1&b=2") == 1


def test_redirects_followed_only_in_scope(site: Site) -> None:
    site.page("/", link_page("/old", "/away"))
    site.raw("/old", b"", status=301, headers={"Location": "/new"})
    site.page("/new", link_page())
    site.raw("/away", b"", status=302, headers={"Location": "https://elsewhere.example/"})
    pages, stats = crawl(site)
    moved = next(p for p in pages if p.url.endswith("/old"))
    assert moved.final_url.endswith("/new") and moved.body
    assert stats.counts["skipped_out_of_scope"] >= 1


def test_exclude_patterns_depth_and_max_pages(site: Site) -> None:
    site.page("/", link_page("/keep", "/skip/me"))
    site.page("/keep", link_page("/deeper"))
    site.page("/deeper", link_page())
    site.page("/skip/me", link_page())
    pages, stats = crawl(site, exclude=["/skip/"], max_depth=1)
    assert paths(pages) == {"", "keep"}
    assert stats.counts["skipped_depth"] == 1
    pages, stats = crawl(site, max_pages=2)
    assert len(pages) == 2 and stats.counts["skipped_max_pages"] >= 1


def test_size_cap_and_content_type_gate(site: Site) -> None:
    site.page("/", link_page("/huge", "/data.csvx", "/doc.pdf"))
    site.page("/huge", "<html>" + "x" * 60_000 + "</html>")
    site.raw("/data.csvx", b"a,b", content_type="text/csv")
    site.raw("/doc.pdf", b"%PDF-1.4 tiny", content_type="application/pdf")
    pages, stats = crawl(site)
    assert paths(pages) == {"", "doc.pdf"}
    assert stats.counts["skipped_size"] == 1 and stats.counts["skipped_type"] == 1
    assert stats.counts["pdfs"] == 1


def test_trap_urls_stop_at_limits(site: Site) -> None:
    site.page("/", link_page("/cal/a/cal/a/cal/a/", "/events/month/?month=2031-01"))
    pages, stats = crawl(site)
    assert paths(pages) == {""}
    assert stats.counts["skipped_trap"] == 2


def wordpress_site(site: Site) -> None:
    """A WordPress site as it is served: posts and pages by number, a sitemap naming more of them."""
    site.page("/", link_page("/?p=4821", "/?page_id=12", "/?cat=3"))
    site.page("/?p=4821", link_page("/?p=4822", "/"))  # 'next post' link: a bigger number, a real page
    site.page("/?p=4822", link_page("/?p=4821"))
    site.page("/?page_id=12", link_page())
    site.page("/?cat=3", link_page("/?cat=3&paged=2"))
    site.page("/?cat=3&paged=2", link_page("/?p=7001"))
    site.page("/?p=7001", link_page())
    site.page("/?p=9999", link_page())  # only in the sitemap
    site.page("/a/b/a/b/a/b/listed/", link_page())  # trap-shaped, but the site lists it
    sitemap = "".join(f"<url><loc>{site.url(p)}</loc></url>" for p in ("/?p=9999", "/a/b/a/b/a/b/listed/"))
    site.raw("/robots.txt", f"User-agent: *\nSitemap: {site.url('/sitemap.xml')}\n".encode(), content_type="text/plain")
    site.raw(
        "/sitemap.xml",
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sitemap}</urlset>'.encode(),
        content_type="application/xml",
    )


def test_wordpress_numbered_posts_and_sitemap_urls_are_pages(site: Site) -> None:
    wordpress_site(site)
    pages, stats = crawl(site)
    want = {"", "?p=4821", "?p=4822", "?page_id=12", "?cat=3", "?cat=3&paged=2", "?p=7001", "?p=9999"}
    assert want | {"a/b/a/b/a/b/listed/"} == paths(pages)
    assert stats.counts["skipped_trap"] == 0


def test_endless_pagination_is_stopped_by_its_behaviour(site: Site) -> None:
    """Every page links to the next number and to nothing new: the run stops after a few barren pages,
    however the parameter is named; a run that keeps bringing new pages goes on."""
    site.page("/", link_page("/list?pg=1", "/feed/7/"))
    for n in range(1, 400):
        site.page(f"/list?pg={n}", link_page(f"/list?pg={n + 1}", "/"))
    for n in range(7, 60):
        site.page(f"/feed/{n}/", link_page(f"/feed/{n + 1}/", f"/story-{n}"))
        site.page(f"/story-{n}", link_page())
    pages, stats = crawl(site, max_depth=200, max_pages=2000)
    barren = sorted(p for p in paths(pages) if p.startswith("list"))
    assert 3 <= len(barren) <= 8
    assert stats.counts["skipped_trap"] == 1
    assert {f"story-{n}" for n in range(7, 60)} <= paths(pages)  # a productive run is followed to its end


def _letters(number: int) -> str:
    return "".join(chr(ord("a") + int(digit)) for digit in str(number))


def test_a_chain_of_numbered_pages_with_their_own_text_is_followed_to_its_end(site: Site) -> None:
    """Book chapters (`/book/1/` → `/book/2/` → …) each link only to the next, like an endless pager,
    but each brings text of its own: a run of new content, not a barren one."""
    site.page("/", link_page("/book/1/"))
    for n in range(1, 16):
        words = " ".join(f"chapter{_letters(n)}word{_letters(k)}" for k in range(60))
        site.page(
            f"/book/{n}/", f'<html><body><main><p>{words}</p><a href="/book/{n + 1}/">Next</a></main></body></html>'
        )
    pages, stats = crawl(site, max_depth=3)
    assert {f"book/{n}/" for n in range(1, 16)} <= paths(pages)
    assert stats.counts["skipped_trap"] == 0


def test_a_search_that_links_to_ever_new_searches_is_bounded(site: Site) -> None:
    """Search results linking to refined searches (`?keys=a` → `?keys=a+b` → …), each with a pager
    that always has a next page, never end; the values a parameter takes on one path, reached from
    that path's own pages, are capped, and a pager whose pages only repeat links already turned down
    stops like any barren run. Pages with identifiers in the query (`?id=<hex>`) linked from a
    listing are all fetched, related links between them included."""
    projects = [f"/project?id={n * 7919:08x}" for n in range(1, 41)]
    site.page("/", link_page("/projects", "/find?keys=energy"))
    site.page("/projects", link_page(*projects))
    for index, path in enumerate(projects):
        site.page(path, link_page(projects[(index + 1) % len(projects)], "/projects"))

    def search(path: str) -> str:
        keys, _, page = path.split("keys=", 1)[-1].partition("&page=")
        refinements = [f"/find?keys={keys}+{word}" for word in ("homes", "food", "care")]
        return link_page(*refinements, f"/find?keys={keys}&page={int(page or 0) + 1}", "/projects")

    site.dynamic("/find", search)
    pages, stats = crawl(site, max_depth=50, max_pages=3000)
    assert {p.lstrip("/") for p in projects} <= paths(pages)
    searches = [p for p in paths(pages) if p.startswith("find")]
    assert len({p.partition("&page=")[0] for p in searches}) == 20  # max_query_values
    assert len(searches) <= 200
    assert stats.counts["skipped_trap"] > 0


def test_a_redirect_target_is_fetched_once(site: Site) -> None:
    """A page reached through a redirect is not fetched again when linked directly: neither when the
    link is found after the redirect, nor when it was already waiting in the queue."""
    site.page("/", link_page("/hub-before", "/old-a", "/old-b", "/hub-after"))
    site.page("/hub-before", link_page("/new-a"))  # queues /new-a before /old-a leads there
    site.raw("/old-a", b"", status=301, headers={"Location": "/new-a"})
    site.raw("/old-b", b"", status=301, headers={"Location": "/new-b"})
    site.page("/hub-after", link_page("/new-b"))  # links /new-b after /old-b led there
    site.page("/new-a", link_page())
    site.page("/new-b", link_page())
    config = SourceConfig.model_validate({"name": "t", "start_urls": [site.url("/")], "allow_private_addresses": True})
    crawler = Crawler(config, CrawlConfig(delay_s=0.0, per_host_concurrency=1, retries=1, timeout_s=5))
    pages: list[FetchedPage] = []
    asyncio.run(crawler.run(pages.append))  # one request at a time, in the order of the links
    assert site.hits("/new-a") == 1 and site.hits("/new-b") == 1
    assert sorted(p.final_url.rsplit("/", 1)[1] for p in pages) == ["", "hub-after", "hub-before", "new-a", "new-b"]


def test_pagination_run_is_capped(site: Site) -> None:
    site.page("/", link_page("/p/1/"))
    for n in range(1, 60):
        site.page(f"/p/{n}/", link_page(f"/p/{n + 1}/", f"/item-{n}"))
        site.page(f"/item-{n}", link_page())
    config = SourceConfig.model_validate(
        {"name": "t", "start_urls": [site.url("/")], "allow_private_addresses": True, "max_depth": 200}
    )
    pages: list[FetchedPage] = []
    crawler = Crawler(config, CrawlConfig(delay_s=0.0, retries=1, timeout_s=5, max_pagination_run=20))
    stats = asyncio.run(crawler.run(pages.append))
    runs = {p for p in paths(pages) if p.startswith("p/")}
    assert len(runs) == 21  # the first page and 20 steps
    assert stats.counts["skipped_trap"] == 1


def test_links_in_pdfs_are_followed(site: Site) -> None:
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Annot /Subtype /Link /A << /S /URI /URI (" + site.url("/from-pdf").encode()
    pdf += b") >> >> endobj\n%%EOF"
    site.page("/", link_page("/toolkit.pdf"))
    site.raw("/toolkit.pdf", pdf, content_type="application/pdf")
    site.page("/from-pdf", link_page())
    pages, _ = crawl(site)
    assert "from-pdf" in paths(pages)


def test_private_addresses_refused_unless_allowed(site: Site) -> None:
    site.page("/", link_page())
    pages, stats = crawl(site, allow_private_addresses=False)
    assert pages == [] and stats.counts["skipped_private"] >= 1


def test_conditional_get_and_known_links(site: Site) -> None:
    site.page("/", link_page("/a"), etag=True)
    site.page("/a", link_page(), etag=True)
    first, _ = crawl(site)
    known = {
        p.url: KnownPage(
            etag=p.etag, depth=p.depth, links=[site.url("/a")] if p.url.endswith(":" + site.base.split(":")[-1]) else []
        )
        for p in first
    }
    second, stats = crawl(site, known=known)
    assert stats.counts["not_modified"] == 2
    assert all(p.body is None and p.not_modified for p in second)


def test_server_errors_are_retried_then_reported(site: Site) -> None:
    site.page("/", link_page("/broken"))
    site.raw("/broken", b"down", status=503)
    pages, stats = crawl(site)
    broken = next(p for p in pages if p.url.endswith("/broken"))
    assert broken.error == "HTTP 503"
    assert site.hits("/broken") == 2  # one retry configured
    assert stats.counts["retry/503"] == 1


def test_unreachable_host_is_reported_as_failures(site: Site) -> None:
    config = SourceConfig(name="t", start_urls=["http://127.0.0.1:9/"], allow_private_addresses=True)
    pages: list[FetchedPage] = []
    stats = asyncio.run(Crawler(config, CrawlConfig(delay_s=0, retries=0, timeout_s=2)).run(pages.append))
    assert [p.error for p in pages] and pages[0].error.startswith("host unreachable")  # type: ignore[union-attr]
    assert stats.counts["failed"] == 1 and stats.counts["skipped_robots"] == 0


def request_gaps(site: Site, paths_wanted: set[str]) -> list[float]:
    times = sorted(t for p, t in site.request_times if p in paths_wanted)
    return [b - a for a, b in itertools.pairwise(times)]


def test_crawl_delay_from_robots_spaces_requests_to_the_host(site: Site) -> None:
    site.raw("/robots.txt", b"User-agent: *\nCrawl-delay: 0.3\n", content_type="text/plain")
    site.page("/", link_page("/a", "/b", "/c"))
    for path in ("/a", "/b", "/c"):
        site.page(path, link_page())
    pages, _ = crawl(site)
    assert len(pages) == 4
    gaps = request_gaps(site, {"/", "/a", "/b", "/c"})
    # The crawler spaces request starts; arrival jitters by a connection set-up at most.
    assert len(gaps) == 3 and min(gaps) >= 0.2 and sum(gaps) >= 0.85


def test_429_retry_after_is_honoured(site: Site) -> None:
    site.page("/", link_page("/busy"))
    site.routes["/busy"] = Route(
        body=b"slow down", status=429, headers={"Retry-After": "1"}, then=Route(body=link_page().encode())
    )
    pages, stats = crawl(site)
    busy = next(p for p in pages if p.url.endswith("/busy"))
    assert busy.error is None and busy.status == 200
    assert stats.counts["retry/429"] == 1
    assert request_gaps(site, {"/busy"})[0] >= 0.99


def test_connection_to_a_private_address_is_refused_even_when_dns_said_public(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def dns_says_public(self: Fetcher, url: str) -> None:
        return None  # as if a rebinding resolver answered a public address first

    monkeypatch.setattr(Fetcher, "check_address", dns_says_public)
    site.page("/", link_page("/a"))
    pages, stats = crawl(site, allow_private_addresses=False)
    assert pages == [] and stats.counts["skipped_private"] >= 1
    assert "connected to non-public address 127.0.0.1" in stats.skipped[0][1]
    assert site.requests == []  # refused before a byte of the request was sent


def test_trusted_canonical_link_names_the_document(site: Site) -> None:
    canonical = f'<link rel="canonical" href="{site.url("/p")}">'
    site.page("/", link_page("/p?view=print", "/q"))
    site.page("/p", f"<html><head>{canonical}</head><body><p>Project</p></body></html>")
    site.page("/p?view=print", f"<html><head>{canonical}</head><body><p>Project</p></body></html>")
    home = f'<link rel="canonical" href="{site.url("/")}">'
    site.page("/q", f"<html><head>{home}</head><body><p>Another project</p></body></html>")
    pages, _ = crawl(site)
    by_url = {p.url: p for p in pages}
    assert by_url[site.url("/p?view=print")].identity == site.url("/p")
    assert by_url[site.url("/q")].identity == site.url("/q")  # an inner page naming the home page is a template bug


def test_www_and_bare_host_are_one_site() -> None:
    seen: list[str] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(200, text="User-agent: *\nDisallow: /private\n")
        canonical = '<link rel="canonical" href="https://example.org/about">' if request.url.path == "/about" else ""
        links = '<a href="https://www.example.org/about">About</a> <a href="https://www.example.org/private">P</a>'
        return httpx.Response(200, html=f"<html><head>{canonical}</head><body>{links}</body></html>")

    async def public_dns(host: str, port: int) -> list[str]:
        return ["93.184.215.14"]

    config = SourceConfig(name="t", start_urls=["https://example.org/"])
    pages: list[FetchedPage] = []
    crawler = Crawler(
        config, CrawlConfig(delay_s=0, retries=0), transport=httpx.MockTransport(respond), resolver=public_dns
    )
    stats = asyncio.run(crawler.run(pages.append))
    assert {p.identity for p in pages} == {"https://example.org/", "https://example.org/about"}
    assert stats.counts["skipped_robots"] == 1  # the bare host's robots.txt governs www. too
    assert sum(u.endswith("/robots.txt") for u in seen) == 1


def test_an_unexpected_crawler_error_becomes_a_reported_failure(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    real_page_links = crawl_module.page_links

    def breaks_on_b(body: bytes, base_url: str) -> PageOutline:
        if base_url.endswith("/b"):
            raise RuntimeError("parser bug")
        return real_page_links(body, base_url)

    monkeypatch.setattr(crawl_module, "page_links", breaks_on_b)
    site.page("/", link_page("/a", "/b"))
    site.page("/a", link_page())
    site.page("/b", link_page())
    pages, stats = crawl(site)
    failed = [p for p in pages if p.error]
    assert [(p.url, p.error) for p in failed] == [(site.url("/b"), "crawler error: RuntimeError: parser bug")]
    assert stats.counts["failed"] == 1


def test_requests_carry_the_configured_user_agent(site: Site) -> None:
    site.page("/", link_page())
    source = SourceConfig(name="t", start_urls=[site.url("/")], allow_private_addresses=True)
    agent = "harvester-test/1.0 (+https://example.org/contact)"
    asyncio.run(Crawler(source, CrawlConfig(delay_s=0, user_agent=agent)).run(lambda page: None))
    assert {headers.get("User-Agent") for _, headers in site.requests} == {agent}


@pytest.mark.parametrize(
    "address",
    [
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "127.0.0.1",
        "0.0.0.0",
        "169.254.169.254",
        "100.64.0.1",
        "224.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd00:ec2::254",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "fe80::1%eth0",
    ],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    from harvester.crawl.addresses import is_public_address

    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "151.101.1.69", "2606:4700:4700::1111", "2a00:1450:4009:81f::200e"])
def test_public_addresses_are_allowed(address: str) -> None:
    from harvester.crawl.addresses import is_public_address

    assert is_public_address(address)


def test_wordpress_site_coverage_is_complete_polite_and_trap_bounded(site: Site) -> None:
    """A WordPress-shaped site: posts by number reached through a paginated archive, pages only in
    the sitemap, an endless calendar of empty months and a disallowed admin area."""
    posts = [f"/?p={4800 + n * 7}" for n in range(60)]
    archive_pages = [f"/?paged={n}" for n in range(1, 7)]
    home = link_page(*archive_pages[:1], "/?page_id=12", "/?m=202601", "/wp-admin/edit.php")
    site.page("/", home)
    site.page("/?page_id=12", link_page("/"))
    for index, path in enumerate(archive_pages):
        listed = posts[index * 8 : index * 8 + 8]
        following = archive_pages[index + 1 : index + 2]
        site.page(path, link_page(*listed, *following, "/"))
    for path in posts:
        site.page(path, link_page("/", "/?m=202601"))
    for month in range(1, 400):  # an archive calendar that never ends and never holds anything
        year, mon = 2026 + (month - 1) // 12, (month - 1) % 12 + 1
        nxt_year, nxt_mon = 2026 + month // 12, month % 12 + 1
        site.page(f"/?m={year}{mon:02d}", link_page(f"/?m={nxt_year}{nxt_mon:02d}", "/"))
    site.page("/wp-admin/edit.php", link_page())
    in_sitemap = posts[48:]  # the archive lists 48; the rest only the sitemap knows
    sitemap = "".join(f"<url><loc>{site.url(p)}</loc></url>" for p in in_sitemap)
    site.raw(
        "/robots.txt",
        f"User-agent: *\nDisallow: /wp-admin/\nSitemap: {site.url('/sitemap.xml')}\n".encode(),
        content_type="text/plain",
    )
    site.raw(
        "/sitemap.xml",
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sitemap}</urlset>'.encode(),
        content_type="application/xml",
    )
    pages, stats = crawl(site, max_pages=2000)
    fetched = paths(pages)
    wanted = {p.lstrip("/") for p in [*posts, *archive_pages, "/?page_id=12"]} | {""}
    assert len(wanted & fetched) / len(wanted) >= 0.98, sorted(wanted - fetched)
    assert site.hits("/wp-admin/edit.php") == 0 and stats.counts["skipped_robots"] == 1
    calendar = [p for p in fetched if p.startswith("?m=")]
    assert len(calendar) <= 10  # the empty months stop after a few pages
