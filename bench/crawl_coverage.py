"""Benchmark: crawl coverage, robots compliance and trap resistance on a blind WordPress/Drupal-style site.

    .venv/bin/python bench/crawl_coverage.py [--seed 20261127] [--keep] [--timeout 900]

Written blind: the author of this file never read the crawler's code, its tests or docs/crawling.md;
the site and the expectations below come from how such sites are built, not from how the crawler
works. Two sites are generated (seeded, deterministic) and served on 127.0.0.1 by one separate
process (two `ThreadingHTTPServer`s, one port each) that logs every request:

* `wp`, a WordPress-style network site: posts at `/?p=NNNN` (IDs 4000-8999), pages at
  `/?page_id=NN`, a `project` post type at `/projects/slug/` (archive `/projects/page/N/`), blog
  pagination `/page/N/`, category and tag archives with `/page/N/`, events at `/events/slug/`,
  PDFs under `/wp-content/uploads/YYYY/MM/`, `wp-sitemap.xml` (an index of five sub-sitemaps, the
  projects one gzip'd as `.xml.gz`), absolute links everywhere, `&#038;` in hrefs, comment reply
  links, edit links, a meta widget (log in, feeds), image links.
* `drupal`, a member council's Drupal-style hub: `/node/N`, views `/projects?page=N` and
  `/news?page=N` (0-based pager, `?page=0` for the first page), a projects table with sort links
  (`?order=title&sort=asc`) and facet links (`?f[0]=year:2019&f[1]=principle:3`), taxonomy pages
  `/taxonomy/term/N` with pagers, a book (handbook) whose chapters are only reachable one from the
  next, a legacy member directory that puts a fresh `PHPSESSID` into every link, and `/sitemap.xml`
  (an index of two `?page=N` chunks). Core-style robots.txt.

Both have: robots.txt with Disallow rules (and a `User-agent: GPTBot / Disallow: /` group that must
not apply to us) and a Sitemap line, links into disallowed areas, 301s (old permalinks, renamed
projects, an old node ID, a short link whose target is disallowed), a redirect loop, 404 links,
pages reachable only via the sitemap (orphans), pages reachable only through a chain of links
several levels deep, one page reachable only through a redirect, and these traps:

| trap | where | what it does |
| --- | --- | --- |
| calendar | wp `/events/?month=YYYY-MM` | prev/next month forever (empty months too) |
| barren pagination | wp `/news/page/N/` | a template that ignores paging: the same ten posts for every N |
| deepening relative path | wp `/resources/links/` | `href="resources/links/"`, answered 200 at any repetition (*) |
| redirect loop | wp `/loop-a/` <-> `/loop-b/` | 301s to each other |
| sort/filter combinations | drupal `/projects?...` | sort links x facet links x pager, kept in every link |
| infinite search | drupal `/find?keys=...` | "related searches" add a word each; the pager always has a next page |
| session ids | drupal `/directory...?PHPSESSID=` | a new session id in every link of every response |

(*) no leading slash, so each page links one level deeper; the breadcrumb echoes the path, so no two
bodies are equal. The barren pages always have an "Older posts" link to N+1.

Expectations (fixed from the design, before any crawl; `--seed` changes the content, not the
structure): the "real content" is every post, page, project, event, node, directory entry and PDF,
the home pages, and every legitimate listing page (blog, category, tag, project and news archives,
taxonomy terms) up to its real last page. Traps, disallowed URLs, feeds, redirects, 404s and
duplicates (`?page=0`) are not content. Measured from the server's log and from
`harvester documents --json` after `harvester crawl`:

* coverage: expected URLs fetched with 200 AND present in `documents` (also given: fetched only);
  target >= 0.98,
* robots violations: requests to URLs the robots.txt disallows for us (RFC 9309: longest match, Allow
  wins a tie, `*` and `$`), redirect targets included; target 0,
* trap requests per trap: bound TRAP_BOUND (50) each; for session ids, requests to a directory page
  already fetched under another session id,
* total requests and wall time.

The crawl config is generous (max_pages 5000 per source, max_depth 30 against a deepest expected
page at link depth ~9, no politeness delay, per-host concurrency 4, default max_pagination_run and
max_url_length) so limits are not the reason for misses. Record results in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import math
import multiprocessing
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlencode, urljoin, urlsplit

SEED = 20261127
TRAP_BOUND = 50
WP = "{{WP}}"  # base URL placeholders, filled in by the server once it knows its ports
DR = "{{DR}}"
SID = "{{SID}}"  # a fresh session id per response
HARVESTER = str(Path(sys.executable).with_name("harvester"))

COUNCILS = (
    "Oldham Council",
    "Plymouth City Council",
    "Lambeth Council",
    "Preston City Council",
    "Kirklees Council",
    "Sunderland City Council",
    "Cheshire West and Chester Council",
    "Rochdale Borough Council",
    "Croydon Council",
    "Newcastle City Council",
    "Stevenage Borough Council",
    "Telford and Wrekin Council",
    "Bristol City Council",
    "Cardiff Council",
    "Salford City Council",
    "Lewisham Council",
)
TOPICS = (
    "community energy",
    "food poverty",
    "adult social care",
    "housing",
    "digital inclusion",
    "youth services",
    "community wealth building",
    "participatory budgeting",
    "social value procurement",
    "climate action",
    "adult skills",
    "neighbourhood working",
    "community hubs",
    "local economy",
    "co-operative childcare",
    "mutual aid",
)
NOUNS = ("programme", "pilot", "partnership", "co-operative", "commission", "lab", "network", "fund", "charter")
TYPES = ("Policy Labs", "Case Study", "Toolkit", "Project", "Fellowship")
PRINCIPLES = (
    "Social partnership",
    "Democratic engagement",
    "Co-production",
    "Enterprise and social economy",
    "Maximising social value",
    "Community leadership and a new role for councillors",
    "New models of meeting priority needs",
    "Innovation",
    "Learning",
    "Walking the talk",
)
FILLER = (
    "residents",
    "community",
    "co-operative",
    "partners",
    "budget",
    "neighbourhood",
    "enterprise",
    "social",
    "value",
    "procurement",
    "wellbeing",
    "climate",
    "skills",
    "volunteers",
    "ward",
    "tenants",
    "members",
    "assembly",
    "commissioning",
    "outcomes",
    "evaluation",
    "trust",
    "ownership",
    "shares",
    "grants",
    "pilot",
    "scheme",
    "network",
    "council",
    "practice",
    "young",
    "people",
    "carers",
    "energy",
    "homes",
    "food",
    "local",
    "jobs",
    "learning",
    "democracy",
)

WP_ROBOTS = f"""User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /private/
Disallow: /search
Disallow: /?s=
Disallow: /*replytocom=

User-agent: GPTBot
Disallow: /

Sitemap: {WP}/wp-sitemap.xml
"""

DR_ROBOTS = f"""#
# robots.txt
#
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
Disallow: /private/
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/search/
Disallow: /index.php/user/login

User-agent: GPTBot
Disallow: /

Sitemap: {DR}/sitemap.xml
"""


# --------------------------------------------------------------------------------------------
# The site model


@dataclass
class Site:
    key: str  # "wp" | "drupal"
    files: dict[str, tuple[str, str | bytes]] = field(default_factory=dict)  # target -> (type, body)
    redirects: dict[str, tuple[int, str]] = field(default_factory=dict)  # target -> (status, location)
    expected: dict[str, str] = field(default_factory=dict)  # canonical key -> kind
    reach: dict[str, str] = field(default_factory=dict)  # key -> linked | orphan | deep | redirect
    sitemaps: dict[str, list[str]] = field(default_factory=dict)  # sitemap target -> targets listed
    data: dict[str, Any] = field(default_factory=dict)  # what the dynamic pages need


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def sentence(rng: random.Random) -> str:
    words = [rng.choice(FILLER) for _ in range(rng.randint(9, 18))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng: random.Random, topic: str, council: str) -> str:
    first = f"{council} has worked on {topic} with local partners since {rng.randint(2012, 2023)}."
    return " ".join([first] + [sentence(rng) for _ in range(rng.randint(3, 6))])


def canon(site: str, target: str) -> str:
    """The key a URL is counted under: decoded path, sorted query, no session id, no `page=0`."""
    parts = urlsplit(target)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() != "phpsessid"]
    if site == "drupal":
        query = [(k, v) for k, v in query if not (k == "page" and v == "0")]
    query.sort()
    return unquote(parts.path or "/") + ("?" + urlencode(query) if query else "")


def make_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A small valid PDF (Helvetica, text objects) with the title and paragraphs, 40 lines a page."""
    lines = [title, ""]
    for para in paragraphs:
        lines += [*textwrap.wrap(para, 88), ""]
    pages = [lines[i : i + 40] for i in range(0, len(lines), 40)]

    def pdf_text(s: str) -> bytes:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")

    objects: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Title (" + pdf_text(title) + b") /Producer (crawl_coverage bench) >>")
    for i, page_lines in enumerate(pages):
        stream = b"BT /F1 11 Tf 14 TL 72 770 Td " + b"".join(b"(" + pdf_text(s) + b") Tj T* " for s in page_lines)
        stream += b"ET"
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {6 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def urlset(urls: list[str], rng: random.Random) -> str:
    rows = "".join(
        f"<url><loc>{esc(u)}</loc><lastmod>20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-"
        f"{rng.randint(1, 28):02d}T10:00:00+00:00</lastmod></url>\n"
        for u in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</urlset>\n"
    )


def sitemap_index(urls: list[str], stylesheet: str | None = None) -> str:
    pi = f'<?xml-stylesheet type="text/xsl" href="{stylesheet}" ?>\n' if stylesheet else ""
    rows = "".join(f"<sitemap><loc>{esc(u)}</loc></sitemap>\n" for u in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + pi
        + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + rows
        + "</sitemapindex>\n"
    )


# --------------------------------------------------------------------------------------------
# WordPress-style site

WP_CATEGORIES = (
    ("news", "News"),
    ("case-studies", "Case studies"),
    ("toolkits", "Toolkits"),
    ("events-news", "Events news"),
    ("policy-labs", "Policy Labs"),
)
WP_TAGS = (
    "co-production",
    "community-energy",
    "housing",
    "social-value",
    "digital-inclusion",
    "participatory-budgeting",
    "food",
    "climate",
    "youth",
    "community-wealth-building",
)
WP_PDFS = {
    "/wp-content/uploads/2024/03/toolkit.pdf": "Co-operative Councils Toolkit 2024",
    "/wp-content/uploads/2023/11/annual-report-2023.pdf": "CCIN Annual Report 2023",
    "/wp-content/uploads/2022/06/co-production-guide.pdf": "A Practical Guide to Co-production",
    "/wp-content/uploads/2021/09/community-wealth-building-case-study.pdf": "Community Wealth Building: a case study",
    "/wp-content/uploads/2019/02/housing-working-group-notes.pdf": "Housing Working Group: notes and papers",
    "/wp-content/uploads/2020/07/Policy-Lab-Report_FINAL-v2.pdf": "Policy Lab Report: Community Hubs",
}


def wp_wrap(data: dict[str, Any], title: str, main: str, canonical: str | None = None) -> str:
    canon_link = f'<link rel="canonical" href="{WP}{canonical}">' if canonical else ""
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8">'
        f"<title>{esc(title)} &#8211; Co-operative Councils Innovation Network</title>"
        f'<link rel="alternate" type="application/rss+xml" title="CCIN &raquo; Feed" href="{WP}/feed/">'
        f'<link rel="https://api.w.org/" href="{WP}/wp-json/">{canon_link}'
        f'</head><body class="wp-theme">{data["nav"]}<div id="content" class="site-content">'
        f'<main id="main" class="site-main">{main}</main>{data["sidebar"]}</div>{data["footer"]}</body></html>'
    )


def wp_page_url(base: str, n: int) -> str:
    return base if n == 1 else f"{base}page/{n}/"


def wp_paginate(base: str, n: int, total: int) -> str:
    """paginate_links(): prev, 1, current +- 2, last, next, with dots."""
    if total <= 1:
        return ""
    parts = []
    if n > 1:
        parts.append(f'<a class="prev page-numbers" href="{WP}{wp_page_url(base, n - 1)}">&laquo; Previous</a>')
    dots = False
    for k in range(1, total + 1):
        if k == n:
            parts.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
            dots = True
        elif k == 1 or k == total or abs(k - n) <= 2:
            parts.append(f'<a class="page-numbers" href="{WP}{wp_page_url(base, k)}">{k}</a>')
            dots = True
        elif dots:
            parts.append('<span class="page-numbers dots">&hellip;</span>')
            dots = False
    if n < total:
        parts.append(f'<a class="next page-numbers" href="{WP}{wp_page_url(base, n + 1)}">Next &raquo;</a>')
    return '<nav class="pagination">' + " ".join(parts) + "</nav>"


def wp_list_posts(posts: list[dict[str, Any]]) -> str:
    return "".join(
        f'<article class="post"><h2 class="entry-title"><a href="{WP}/?p={p["id"]}" rel="bookmark">'
        f'{esc(p["title"])}</a></h2><p class="meta">{p["date"]}</p><p>{esc(p["excerpt"])} '
        f'<a href="{WP}/?p={p["id"]}" class="more-link">Continue reading</a></p></article>'
        for p in posts
    )


def wp_news_page(data: dict[str, Any], n: int) -> str:
    """The broken `/news/` template: page N shows the same ten posts and always links to N+1."""
    nav = []
    if n > 1:
        nav.append(f'<a href="{WP}{wp_page_url("/news/", n - 1)}">&laquo; Newer posts</a>')
    nav.append(f'<a href="{WP}/news/page/{n + 1}/">Older posts &raquo;</a>')
    main = (
        '<header class="page-header"><h1>Network news</h1></header>'
        + wp_list_posts(data["latest"])
        + '<nav class="posts-navigation">'
        + " ".join(nav)
        + "</nav>"
    )
    return wp_wrap(data, "Network news", main)


def wp_calendar(data: dict[str, Any], month: str) -> str | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})", month)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    year, mon = int(m.group(1)), int(m.group(2))
    prev = f"{year - (mon == 1)}-{12 if mon == 1 else mon - 1:02d}"
    nxt = f"{year + (mon == 12)}-{1 if mon == 12 else mon + 1:02d}"
    events = [e for e in data["events"] if e["date"].startswith(month)]
    rows = "".join(
        f'<li><time>{e["date"]}</time> <a href="{WP}/events/{e["slug"]}/">{esc(e["title"])}</a></li>' for e in events
    )
    main = (
        f"<h1>Events for {month}</h1>"
        + (f"<ul class='tribe-events'>{rows}</ul>" if rows else f"<p>There were no results found for {month}.</p>")
        + f'<nav class="tribe-events-nav"><a href="{WP}/events/?month={prev}" rel="prev">&laquo; {prev}</a> '
        f'<a href="{WP}/events/?month={nxt}" rel="next">{nxt} &raquo;</a></nav>'
    )
    return wp_wrap(data, f"Events for {month}", main)


def wp_links_page(data: dict[str, Any], path: str) -> str:
    """The legacy links page; its "More links" href has no leading slash, and the breadcrumb echoes the path."""
    crumbs = " &rsaquo; ".join(esc(seg) for seg in path.strip("/").split("/"))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Useful links</title></head><body>"
        f'<p class="breadcrumb"><a href="{WP}/">Home</a> &rsaquo; {crumbs}</p><h1>Useful links</h1>'
        + data["links_body"]
        + '<p><a href="resources/links/">More links</a> | <a href="../../?page_id=12">Back to resources</a></p>'
        "</body></html>"
    )


def build_wordpress(seed: int) -> Site:
    rng = random.Random(seed)
    site = Site("wp")
    data = site.data
    add = site.files.__setitem__

    # ---- posts (plain permalinks), projects, events, pages
    ids = sorted(rng.sample(range(4000, 9000), 93))
    missing_ids = ids[90:]  # never published: links to them 404
    ids = ids[:90]
    rng.shuffle(missing_ids)
    weights = (30, 22, 12, 14, 12)
    dates = sorted(
        f"20{rng.randint(16, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(len(ids))
    )
    posts: list[dict[str, Any]] = []
    titles_seen: set[str] = set()
    for pid, date in zip(ids, dates, strict=True):
        while True:
            council, topic = rng.choice(COUNCILS), rng.choice(TOPICS)
            noun = rng.choice(NOUNS)
            word = rng.choice(("update", "launch", "review", "report", "lessons", "news"))
            title = f"{council.split()[0]} {topic}: {noun} {word}"
            if title not in titles_seen:
                titles_seen.add(title)
                break
        paras = [paragraph(rng, topic, council) for _ in range(rng.randint(2, 4))]
        cat = rng.choices(WP_CATEGORIES, weights)[0][0]
        tags = rng.sample(WP_TAGS, rng.randint(1, 3))
        posts.append(
            {
                "id": pid,
                "date": date,
                "title": title,
                "slug": slugify(title),
                "cat": cat,
                "tags": tags,
                "paras": paras,
                "excerpt": " ".join(paras[0].split()[:30]) + " [&hellip;]",
                "extra": [],
                "comments": rng.randint(0, 3),
                "edit": rng.random() < 0.2,
            }
        )
    newest_first = sorted(posts, key=lambda p: (p["date"], p["id"]), reverse=True)
    data["latest"] = newest_first[:10]

    projects: list[dict[str, Any]] = []
    seen_slugs: set[str] = set()
    while len(projects) < 54:
        council, topic, noun = rng.choice(COUNCILS), rng.choice(TOPICS), rng.choice(NOUNS)
        title = f"{council.replace(' Council', '').replace(' City', '').replace(' Borough', '')} {topic} {noun}"
        slug = slugify(title)
        if slug in seen_slugs:
            continue
        seen_slugs.add(slug)
        others = rng.sample([c for c in COUNCILS if c != council], rng.randint(1, 3))
        projects.append(
            {
                "slug": slug,
                "title": title.capitalize() if title[0].islower() else title,
                "lead": council,
                "partners": others,
                "year": rng.randint(2015, 2024),
                "type": rng.choice(TYPES),
                "principles": rng.sample(PRINCIPLES, rng.randint(1, 3)),
                "paras": [paragraph(rng, topic, council) for _ in range(rng.randint(2, 3))],
                "pdf": None,
            }
        )
    listed, archived = projects[:48], projects[48:]  # archived: only in the (gzip'd) projects sitemap
    listed[3]["pdf"] = "/wp-content/uploads/2022/06/co-production-guide.pdf"
    listed[17]["pdf"] = "/wp-content/uploads/2020/07/Policy-Lab-Report_FINAL-v2.pdf"

    events = []
    for i in range(12):
        topic = rng.choice(TOPICS)
        what = rng.choice(("network meeting", "webinar", "learning exchange", "workshop"))
        title = f"{topic.capitalize()} {what} {i + 1}"
        month = (2 + i) % 12 + 1
        year = 2024 if 2 + i < 12 else 2025
        events.append(
            {
                "slug": slugify(title),
                "title": title,
                "date": f"{year}-{month:02d}-{rng.randint(1, 28):02d}",
                "paras": [paragraph(rng, topic, rng.choice(COUNCILS))],
            }
        )
    data["events"] = events

    pages: dict[int, dict[str, Any]] = {}

    def page(pid: int, title: str, body_html: str, reach: str = "linked") -> None:
        pages[pid] = {"title": title, "html": body_html, "reach": reach}

    def text(n: int = 2) -> str:
        return "".join(f"<p>{esc(paragraph(rng, rng.choice(TOPICS), rng.choice(COUNCILS)))}</p>" for _ in range(n))

    page(
        2,
        "About the network",
        text(3) + f'<p>Read <a href="{WP}/?page_id=7">our principles</a>, the '
        f'<a href="{WP}/wp-content/uploads/2023/11/annual-report-2023.pdf">annual report 2023</a> (PDF) and the '
        f'<a href="{WP}/private/board-minutes-2024.pdf">board minutes</a> (members only).</p>',
    )
    page(3, "Privacy policy", text(2))
    members = "".join(f"<li>{esc(c)}</li>" for c in COUNCILS)
    page(
        5,
        "Our members",
        f"<ul>{members}</ul>" + text(1) + f'<p>Kirklees runs its own <a href="{DR}/">co-operative hub</a>.</p>',
    )
    page(7, "Our principles", "<ol>" + "".join(f"<li>{esc(p)}</li>" for p in PRINCIPLES) + "</ol>" + text(1))
    page(
        9,
        "Join the network",
        text(2) + f'<p>Already a member? <a href="{WP}/go/members-area/">Go to the members&#8217; area</a>.</p>',
    )
    page(
        12,
        "Resources",
        text(1) + f'<ul><li><a href="{WP}/wp-content/uploads/2024/03/toolkit.pdf">Co-operative Councils Toolkit</a> '
        f'(PDF)</li><li><a href="{WP}/resources/links/">Useful links</a></li>'
        f'<li><a href="{WP}/?page_id=31">Archive of past work</a></li></ul>',
    )
    page(14, "Contact us", text(1) + "<p>Email info@councils.coop</p>")
    page(
        16,
        "Policy Labs",
        text(2) + f'<p>See the <a href="{WP}/category/policy-labs/">Policy Labs news</a> and '
        f'<a href="{WP}/projects/">all projects</a>.</p>',
    )
    chain = [31, 44, 58, 63, 71, 74]  # reachable only one from the next; not in the sitemap
    chain_titles = [
        "Archive of past work",
        "2018-2019 programme",
        "Programme papers",
        "Working groups",
        "Working group notes",
        "Working group notes: housing",
    ]
    for i, (pid, title) in enumerate(zip(chain, chain_titles, strict=True)):
        nxt = (
            f'<p>Next: <a href="{WP}/?page_id={chain[i + 1]}">{esc(chain_titles[i + 1])}</a></p>'
            if i + 1 < len(chain)
            else f'<p><a href="{WP}/wp-content/uploads/2019/02/housing-working-group-notes.pdf">Download the '
            "housing working group notes (PDF)</a></p>"
        )
        page(pid, title, text(2) + nxt, "deep")
    for pid, title in (
        (88, "Annual general meeting 2023"),
        (92, "Code of conduct"),
        (95, "Accessibility statement"),
        (103, "Peer review framework"),
    ):
        page(pid, title, text(2), "orphan")
    page(77, "Toolkit hub", text(2), "redirect")  # only via /old-toolkit/ (301)

    # ---- per-post extra links (deterministic picks)
    pick = random.Random(seed + 1)
    order = list(posts)
    pick.shuffle(order)
    cursor = iter(order)
    for p in posts:
        if p["cat"] == "toolkits":
            p["extra"].append(f'<a href="{WP}/wp-content/uploads/2024/03/toolkit.pdf">Download the toolkit (PDF)</a>')
    for _ in range(15):
        proj = pick.choice(listed)
        next(cursor)["extra"].append(f'<a href="{WP}/projects/{proj["slug"]}/">{esc(proj["title"])}</a>')
    for _ in range(5):  # old date-based permalinks, 301 to the post
        src, dest = next(cursor), pick.choice(posts)
        y, m = dest["date"][:4], dest["date"][5:7]
        old = f"/{y}/{m}/{dest['slug']}/"
        site.redirects[old] = (301, f"{WP}/?p={dest['id']}")
        src["extra"].append(f'<a href="{WP}{old}">{esc(dest["title"])}</a>')
    renamed = pick.sample(listed, 3)
    for proj in renamed:  # renamed projects
        old = f"/projects/{proj['slug'].rsplit('-', 1)[0]}-old/"
        site.redirects[old] = (301, f"{WP}/projects/{proj['slug']}/")
        next(cursor)["extra"].append(f'<a href="{WP}{old}">{esc(proj["title"])} (project page)</a>')
    for mid in missing_ids:
        next(cursor)["extra"].append(f'<a href="{WP}/?p={mid}">our earlier post</a>')
    next(cursor)["extra"].append(f'<a href="{WP}/projects/deleted-project/">a project we closed</a>')
    next(cursor)["extra"].append(f'<a href="{WP}/wp-content/uploads/2021/01/missing.pdf">the 2020 survey (PDF)</a>')
    next(cursor)["extra"].append(f'<a href="{WP}/loop-a/">Book your place</a>')
    site.redirects["/loop-a/"] = (301, f"{WP}/loop-b/")
    site.redirects["/loop-b/"] = (301, f"{WP}/loop-a/")
    next(cursor)["extra"].append(f'<a href="{WP}/old-toolkit/">the toolkit hub</a>')
    site.redirects["/old-toolkit/"] = (301, f"{WP}/?page_id=77")
    for _ in range(2):
        next(cursor)["extra"].append(
            f'<a href="{WP}/wp-content/uploads/2024/03/launch-event-1024x683.jpg"><img '
            f'src="{WP}/wp-content/uploads/2024/03/launch-event-300x200.jpg" alt="Launch event"></a>'
        )
    next(cursor)["extra"].append(f'<a href="{WP}/events/?month=2024-09">what is on in September</a>')
    for p in posts:
        if p["cat"] == "case-studies":
            p["extra"].append(
                f'<a href="{WP}/wp-content/uploads/2021/09/community-wealth-building-case-study.pdf">Read the case '
                "study (PDF)</a>"
            )
            break
    site.redirects["/go/members-area/"] = (301, f"{WP}/private/members/")

    # ---- chrome
    cats = "".join(f'<li><a href="{WP}/category/{slug}/">{name}</a></li>' for slug, name in WP_CATEGORIES)
    tag_cloud = " ".join(f'<a href="{WP}/tag/{t}/" class="tag-cloud-link">{t.replace("-", " ")}</a>' for t in WP_TAGS)
    recent = "".join(f'<li><a href="{WP}/?p={p["id"]}">{esc(p["title"])}</a></li>' for p in newest_first[:5])
    data["nav"] = (
        f'<header class="site-header"><a class="site-title" href="{WP}/">Co-operative Councils Innovation Network</a>'
        f'<nav class="main-navigation"><ul><li><a href="{WP}/">Home</a></li><li><a href="{WP}/?page_id=2">About</a>'
        f'</li><li><a href="{WP}/projects/">Projects</a></li><li><a href="{WP}/?page_id=16">Policy Labs</a></li>'
        f'<li><a href="{WP}/news/">News</a></li><li><a href="{WP}/events/">Events</a></li>'
        f'<li><a href="{WP}/?page_id=12">Resources</a></li><li><a href="{WP}/?page_id=5">Members</a></li>'
        f'<li><a href="{WP}/?page_id=9">Join</a></li><li><a href="{WP}/?page_id=14">Contact</a></li></ul></nav>'
        "</header>"
    )
    data["sidebar"] = (
        '<aside id="secondary" class="widget-area">'
        f'<section class="widget"><h2>Recent posts</h2><ul>{recent}</ul></section>'
        f'<section class="widget"><h2>Categories</h2><ul>{cats}</ul></section>'
        f'<section class="widget"><h2>Tags</h2><div class="tagcloud">{tag_cloud}</div></section>'
        f'<section class="widget"><h2>Popular searches</h2><ul><li><a href="{WP}/?s=housing">housing</a></li>'
        f'<li><a href="{WP}/search/community+energy/">community energy</a></li></ul></section>'
        f'<section class="widget"><h2>Meta</h2><ul><li><a href="{WP}/wp-login.php">Log in</a></li>'
        f'<li><a href="{WP}/feed/">Entries feed</a></li><li><a href="{WP}/comments/feed/">Comments feed</a></li>'
        '<li><a href="https://wordpress.org/">WordPress.org</a></li></ul></section></aside>'
    )
    data["footer"] = (
        f'<footer class="site-footer"><a href="{WP}/?page_id=3">Privacy policy</a> &middot; '
        '<a href="https://www.uk.coop/">Co-operatives UK</a> &middot; Proudly powered by WordPress</footer>'
    )
    data["notfound"] = wp_wrap(data, "Page not found", "<h1>Oops! That page can&#8217;t be found.</h1>")
    data["links_body"] = (
        "<ul><li><a href='https://www.uk.coop/'>Co-operatives UK</a></li>"
        "<li><a href='https://www.local.gov.uk/'>Local Government Association</a></li>"
        "<li><a href='https://www.newlocal.org.uk/'>New Local</a></li></ul>"
        + "".join(f"<p>{esc(paragraph(rng, 'co-operative practice', 'The network'))}</p>" for _ in range(2))
    )

    def expect(target: str, kind: str, reach: str = "linked") -> None:
        site.expected[canon("wp", target)] = kind
        site.reach[canon("wp", target)] = reach

    # ---- posts
    for i, p in enumerate(newest_first):
        newer = newest_first[i - 1] if i > 0 else None
        older = newest_first[i + 1] if i + 1 < len(newest_first) else None
        cat_name = dict(WP_CATEGORIES)[p["cat"]]
        tag_links = ", ".join(f'<a href="{WP}/tag/{t}/" rel="tag">{t.replace("-", " ")}</a>' for t in p["tags"])
        edit = (
            f' <span class="edit-link"><a href="{WP}/wp-admin/post.php?post={p["id"]}&#038;action=edit">Edit</a></span>'
            if p["edit"]
            else ""
        )
        comments = ""
        for c in range(p["comments"]):
            cid = 100 + p["id"] % 997 * 3 + c
            comments += (
                f'<li id="comment-{cid}"><p>{esc(sentence(rng))}</p><a rel="nofollow" class="comment-reply-link" '
                f'href="{WP}/?p={p["id"]}&#038;replytocom={cid}#respond">Reply</a></li>'
            )
        post_nav = (
            f'<a href="{WP}/?p={older["id"]}" rel="prev">&larr; {esc(older["title"])}</a> ' if older else ""
        ) + (f'<a href="{WP}/?p={newer["id"]}" rel="next">{esc(newer["title"])} &rarr;</a>' if newer else "")
        extra = "".join(f"<p>See also: {x}</p>" for x in p["extra"])
        main = (
            f'<article class="post type-post"><h1 class="entry-title">{esc(p["title"])}</h1>'
            f'<p class="entry-meta">Posted on <time datetime="{p["date"]}">{p["date"]}</time> in '
            f'<a href="{WP}/category/{p["cat"]}/" rel="category tag">{cat_name}</a></p>'
            '<div class="entry-content">' + "".join(f"<p>{esc(x)}</p>" for x in p["paras"]) + extra + "</div>"
            f'<footer class="entry-footer">Tagged {tag_links}{edit}</footer></article>'
            f'<nav class="post-navigation">{post_nav}</nav>'
            f'<div id="comments"><h2>{p["comments"]} comments</h2><ol>{comments}</ol>'
            f'<p><a href="{WP}/?p={p["id"]}#respond">Leave a reply</a></p></div>'
        )
        add(f"/?p={p['id']}", ("text/html; charset=UTF-8", wp_wrap(data, p["title"], main, f"/?p={p['id']}")))
        expect(f"/?p={p['id']}", "post")

    # ---- pages
    for pid, pg in pages.items():
        main = (
            f'<article class="page"><h1 class="entry-title">{esc(pg["title"])}</h1>'
            f'<div class="entry-content">{pg["html"]}</div></article>'
        )
        add(f"/?page_id={pid}", ("text/html; charset=UTF-8", wp_wrap(data, pg["title"], main, f"/?page_id={pid}")))
        expect(f"/?page_id={pid}", "page", pg["reach"])

    # ---- archives: home, categories, tags, projects
    def archive(base: str, heading: str, items: list[dict[str, Any]], per: int, render: Any) -> None:
        total = max(1, math.ceil(len(items) / per))
        for n in range(1, total + 1):
            chunk = items[(n - 1) * per : n * per]
            title = heading if n == 1 else f"{heading} &#8211; Page {n}"
            main = (
                f'<header class="page-header"><h1>{heading}</h1></header>{render(chunk)}{wp_paginate(base, n, total)}'
            )
            add(wp_page_url(base, n), ("text/html; charset=UTF-8", wp_wrap(data, html.unescape(title), main)))
            expect(wp_page_url(base, n), "archive")

    archive("/", "Latest from the network", newest_first, 10, wp_list_posts)
    for slug, name in WP_CATEGORIES:
        archive(
            f"/category/{slug}/", f"Category: {name}", [p for p in newest_first if p["cat"] == slug], 10, wp_list_posts
        )
    for tag in WP_TAGS:
        archive(
            f"/tag/{tag}/",
            f"Tag: {tag.replace('-', ' ')}",
            [p for p in newest_first if tag in p["tags"]],
            10,
            wp_list_posts,
        )

    def list_projects(chunk: list[dict[str, Any]]) -> str:
        return (
            "<ul class='projects'>"
            + "".join(
                f'<li><a href="{WP}/projects/{p["slug"]}/">{esc(p["title"])}</a> &#8211; '
                f"{esc(p['lead'])}, {p['year']}</li>"
                for p in chunk
            )
            + "</ul>"
        )

    archive("/projects/", "Projects", listed, 12, list_projects)
    for i, proj in enumerate(projects):
        related = [listed[(i * 5 + k) % len(listed)] for k in (1, 2, 3)]
        rel = "".join(
            f'<li><a href="{WP}/projects/{r["slug"]}/">{esc(r["title"])}</a></li>' for r in related if r is not proj
        )
        pdf = f'<p><a href="{WP}{proj["pdf"]}">Download the report (PDF)</a></p>' if proj["pdf"] else ""
        main = (
            f'<article class="project type-project"><h1 class="entry-title">{esc(proj["title"])}</h1>'
            '<ul class="project-details">'
            f"<li><strong>Lead Member:</strong> {esc(proj['lead'])}</li>"
            f"<li><strong>Participating Members:</strong> {esc(', '.join(proj['partners']))}</li>"
            f"<li><strong>Year:</strong> {proj['year']}</li><li><strong>Type:</strong> {proj['type']}</li></ul>"
            "<h2>Principles met</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in proj["principles"]) + "</ul>"
            "<h2>About the project</h2>"
            + "".join(f"<p>{esc(x)}</p>" for x in proj["paras"])
            + pdf
            + f"<h2>Related projects</h2><ul>{rel}</ul></article>"
        )
        target = f"/projects/{proj['slug']}/"
        add(target, ("text/html; charset=UTF-8", wp_wrap(data, proj["title"], main, target)))
        expect(target, "project", "orphan" if proj in archived else "linked")

    # ---- events, news, links page
    ev_rows = "".join(
        f'<li><time>{e["date"]}</time> <a href="{WP}/events/{e["slug"]}/">{esc(e["title"])}</a></li>' for e in events
    )
    add(
        "/events/",
        (
            "text/html; charset=UTF-8",
            wp_wrap(
                data,
                "Events",
                f"<h1>Upcoming events</h1><ul class='tribe-events-list'>{ev_rows}</ul>"
                f'<p><a href="{WP}/events/?month=2024-05">Month view</a></p>',
            ),
        ),
    )
    expect("/events/", "archive")
    for e in events:
        main = (
            f'<article class="tribe_events"><h1>{esc(e["title"])}</h1><p class="tribe-event-date">{e["date"]}</p>'
            + "".join(f"<p>{esc(x)}</p>" for x in e["paras"])
            + f'<p><a href="{WP}/events/?month={e["date"][:7]}">View the calendar for this month</a> &middot; '
            f'<a href="{WP}/events/">All events</a></p></article>'
        )
        add(
            f"/events/{e['slug']}/",
            ("text/html; charset=UTF-8", wp_wrap(data, e["title"], main, f"/events/{e['slug']}/")),
        )
        expect(f"/events/{e['slug']}/", "event")
    add("/news/", ("text/html; charset=UTF-8", wp_news_page(data, 1)))
    expect("/news/", "archive")
    add("/resources/links/", ("text/html; charset=UTF-8", wp_links_page(data, "/resources/links/")))
    expect("/resources/links/", "page")

    # ---- PDFs
    for target, title in WP_PDFS.items():
        add(
            target,
            (
                "application/pdf",
                make_pdf(title, [paragraph(rng, rng.choice(TOPICS), rng.choice(COUNCILS)) for _ in range(6)]),
            ),
        )
        expect(target, "pdf", "deep" if "housing-working-group" in target else "linked")
    add(
        "/wp-content/uploads/2024/03/launch-event-1024x683.jpg",
        ("image/jpeg", b"\xff\xd8\xff\xe0" + bytes(200) + b"\xff\xd9"),
    )

    # ---- not content: robots, feeds, login, sitemaps
    add("/robots.txt", ("text/plain; charset=utf-8", WP_ROBOTS))
    feed_items = "".join(
        f"<item><title>{esc(p['title'])}</title><link>{WP}/?p={p['id']}</link></item>" for p in newest_first[:10]
    )
    add(
        "/feed/",
        (
            "application/rss+xml; charset=UTF-8",
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>CCIN</title>{feed_items}</channel></rss>',
        ),
    )
    add(
        "/comments/feed/",
        (
            "application/rss+xml; charset=UTF-8",
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Comments</title></channel></rss>',
        ),
    )
    add("/wp-json/", ("application/json; charset=UTF-8", '{"name":"CCIN","namespaces":["wp/v2"]}'))
    add(
        "/wp-login.php",
        (
            "text/html; charset=UTF-8",
            "<html><body><form method='post'><input name='log'><input name='pwd' type='password'></form></body></html>",
        ),
    )
    add("/wp-sitemap-index.xsl", ("application/xml", "<xsl:stylesheet/>"))
    add("/wp-sitemap.xsl", ("application/xml", "<xsl:stylesheet/>"))
    top_pages = [pid for pid, pg in pages.items() if pg["reach"] in ("linked", "orphan")]
    site.sitemaps = {
        "/wp-sitemap-posts-post-1.xml": [f"/?p={p['id']}" for p in posts],
        "/wp-sitemap-posts-page-1.xml": [f"/?page_id={pid}" for pid in top_pages],
        "/wp-sitemap-posts-project-1.xml.gz": [f"/projects/{p['slug']}/" for p in projects],
        "/wp-sitemap-taxonomies-category-1.xml": [f"/category/{slug}/" for slug, _ in WP_CATEGORIES],
        "/wp-sitemap-taxonomies-post_tag-1.xml": [f"/tag/{t}/" for t in WP_TAGS],
    }
    for target, urls in site.sitemaps.items():
        add(
            target,
            (
                "application/x-gzip" if target.endswith(".gz") else "application/xml; charset=UTF-8",
                urlset([WP + u for u in urls], rng),
            ),
        )
    index = sitemap_index([WP + t for t in site.sitemaps], f"{WP}/wp-sitemap-index.xsl")
    add("/wp-sitemap.xml", ("application/xml; charset=UTF-8", index))
    site.sitemaps["/wp-sitemap.xml"] = list(site.sitemaps)
    return site


def wp_dynamic(site: Site, target: str) -> tuple[int, str, str | bytes, dict[str, str]] | None:
    parts = urlsplit(target)
    path, query = parts.path, dict(parse_qsl(parts.query, keep_blank_values=True))
    html_type = "text/html; charset=UTF-8"
    data = site.data
    if path == "/" and query:
        if "p" in query:
            hit = site.files.get(f"/?p={query['p']}")
            return (200, hit[0], hit[1], {}) if hit else None
        if "page_id" in query:
            hit = site.files.get(f"/?page_id={query['page_id']}")
            return (200, hit[0], hit[1], {}) if hit else None
        if "s" in query:
            return (
                200,
                html_type,
                wp_wrap(
                    data,
                    "Search results",
                    f"<h1>Search results for {esc(query['s'])}</h1>" + wp_list_posts(data["latest"][:5]),
                ),
                {},
            )
        return 200, *site.files["/"], {}
    if path.startswith("/wp-admin/"):
        return 302, html_type, "", {"Location": f"{WP}/wp-login.php?redirect_to={quote(target, safe='')}&reauth=1"}
    if path == "/wp-login.php":
        return 200, *site.files["/wp-login.php"], {}
    if path == "/events/" and "month" in query:
        body = wp_calendar(data, query["month"])
        return (200, html_type, body, {}) if body else None
    m = re.fullmatch(r"/news/page/(\d+)/", path)
    if m and int(m.group(1)) >= 1:
        return 200, html_type, wp_news_page(data, int(m.group(1))), {}
    if re.fullmatch(r"/resources/links/(resources/links/)+", path):
        return 200, html_type, wp_links_page(data, path), {}
    if path.startswith("/search/"):
        return (
            200,
            html_type,
            wp_wrap(data, "Search", "<h1>Search results</h1>" + wp_list_posts(data["latest"][:5])),
            {},
        )
    if path.startswith("/private/"):
        return 200, html_type, "<html><body><h1>Members only</h1><p>Board papers.</p></body></html>", {}
    return None


# --------------------------------------------------------------------------------------------
# Drupal-style site

DR_TOPIC_TERMS = {11: "Energy", 12: "Housing", 13: "Care", 14: "Economy", 15: "Democracy", 16: "Young people"}


def dr_wrap(data: dict[str, Any], title: str, main: str, path: str, canonical: bool = False) -> str:
    links = f'<link rel="canonical" href="{DR}{path}"><link rel="shortlink" href="{DR}{path}">' if canonical else ""
    login = f"/user/login?destination={quote(path, safe='/')}"
    return (
        '<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">'
        f'<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><title>{esc(title)} | Kirklees '
        f"Co-operative Hub</title>{links}</head><body class='path-frontpage'>"
        '<header role="banner"><a href="/" rel="home">Kirklees Co-operative Hub</a>'
        '<nav role="navigation"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/projects">Projects</a></li>'
        f'<li><a href="/news">News</a></li><li><a href="/node/{data["about"]}">About</a></li>'
        '<li><a href="/directory">Member directory</a></li><li><a href="/find?keys=co-operative">Find projects</a></li>'
        '<li><a href="/search/node">Search</a></li>'
        f'<li><a href="{esc(login)}">Log in</a></li></ul></nav></header>'
        f'<main role="main"><div class="layout-content"><h1 class="page-title">{esc(title)}</h1>{main}</div>'
        f'<aside class="layout-sidebar-first">{data["sidebar"]}</aside></main>'
        f'<footer role="contentinfo">{data["footer"]}</footer></body></html>'
    )


def dr_pager(url: Any, page: int, total: int, always_next: bool = False) -> str:
    if total <= 1 and not always_next:
        return ""
    items = []
    if page > 0:
        items.append(f'<li class="pager__item--first"><a href="{esc(url(0))}">&laquo; First</a></li>')
        items.append(f'<li class="pager__item--previous"><a href="{esc(url(page - 1))}">&lsaquo; Previous</a></li>')
    for k in range(total):
        if k == page:
            items.append(f'<li class="pager__item is-active">{k + 1}</li>')
        else:
            items.append(f'<li class="pager__item"><a href="{esc(url(k))}">{k + 1}</a></li>')
    if page + 1 < total or always_next:
        items.append(f'<li class="pager__item--next"><a href="{esc(url(page + 1))}">Next &rsaquo;</a></li>')
    if page + 1 < total:
        items.append(f'<li class="pager__item--last"><a href="{esc(url(total - 1))}">Last &raquo;</a></li>')
    return '<nav class="pager" role="navigation"><ul class="pager__items">' + "".join(items) + "</ul></nav>"


def dr_projects_view(data: dict[str, Any], params: list[tuple[str, str]]) -> str:
    """The projects table: sort links, facet links and a pager, every link keeping the others."""
    facets = [v for k, v in params if re.fullmatch(r"f\[\d+\]", k)]
    single = dict(params)
    order = single.get("order") if single.get("order") in ("title", "field_lead", "changed") else None
    sort = "desc" if single.get("sort") == "desc" else "asc"
    try:
        page = max(0, int(single.get("page", "0")))
    except ValueError:
        page = 0

    def matches(p: dict[str, Any], f: str) -> bool:
        kind, _, value = f.partition(":")
        return (kind == "year" and str(p["year"]) == value) or (kind == "principle" and value in map(str, p["terms"]))

    rows = [p for p in data["projects"] if all(matches(p, f) for f in facets)]
    if order:
        rows.sort(
            key=lambda p: (p[{"title": "title", "field_lead": "lead", "changed": "changed"}[order]], p["nid"]),
            reverse=sort == "desc",
        )
    else:
        rows.sort(key=lambda p: (p["changed"], p["nid"]), reverse=True)
    total = max(1, math.ceil(len(rows) / 10))

    def url(fs: list[str] = facets, o: str | None = order, s: str = sort, pg: int | None = None) -> str:
        q = [(f"f[{i}]", f) for i, f in enumerate(fs)]
        if o:
            q += [("order", o), ("sort", s)]
        if pg is not None:
            q.append(("page", str(pg)))
        return "/projects" + ("?" + urlencode(q) if q else "")

    head = "".join(
        f'<th><a href="{esc(url(o=col, s=("desc" if order == col and sort == "asc" else "asc")))}">{label}</a></th>'
        for col, label in (("title", "Title"), ("field_lead", "Lead council"), ("changed", "Updated"))
    )
    body = "".join(
        f'<tr><td><a href="/node/{p["nid"]}" hreflang="en">{esc(p["title"])}</a></td><td>{esc(p["lead"])}</td>'
        f"<td><time>{p['changed']}</time></td></tr>"
        for p in rows[page * 10 : page * 10 + 10]
    )
    years = Counter(p["year"] for p in rows)
    terms = Counter(t for p in rows for t in p["terms"] if t <= 10)
    facet_html = (
        "<div class='facets'><h2>Year</h2><ul>"
        + "".join(
            f'<li><a href="{esc(url(fs=[*facets, f"year:{y}"]))}" rel="nofollow">{y} ({n})</a></li>'
            for y, n in sorted(years.items())
            if f"year:{y}" not in facets
        )
        + "</ul><h2>Principle</h2><ul>"
        + "".join(
            f'<li><a href="{esc(url(fs=[*facets, f"principle:{t}"]))}" rel="nofollow">'
            f"{esc(PRINCIPLES[t - 1])} ({n})</a></li>"
            for t, n in sorted(terms.items())
            if f"principle:{t}" not in facets
        )
        + "</ul>"
        + "".join(
            f'<p>Active: <a href="{esc(url(fs=[x for x in facets if x != f]))}">(-) {esc(f)}</a></p>' for f in facets
        )
        + "</div>"
    )
    table = f"<table class='views-table'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    if not body:
        table = "<p>No projects match these filters.</p>"
    return dr_wrap(data, "Projects", facet_html + table + dr_pager(lambda k: url(pg=k), page, total), "/projects")


def dr_find(data: dict[str, Any], params: dict[str, str]) -> str:
    keys = params.get("keys", "").strip()
    try:
        page = max(0, int(params.get("page", "0")))
    except ValueError:
        page = 0
    words = keys.lower().split() or ["co-operative"]

    def h(*parts: Any) -> int:
        return int(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)

    rows = [n for n in data["searchable"] if any(w in n["title"].lower() or h(w, n["nid"]) % 4 == 0 for w in words)]
    related = [FILLER[h(keys, i) % len(FILLER)] for i in range(4)]
    rel = "".join(f'<li><a href="/find?keys={quote_plus(keys + " " + w)}">{esc(keys)} {w}</a></li>' for w in related)
    results = (
        "".join(
            f'<li><h3><a href="/node/{n["nid"]}">{esc(n["title"])}</a></h3></li>'
            for n in rows[page * 10 : page * 10 + 10]
        )
        or "<li>Your search yielded no results.</li>"
    )

    def url(k: int) -> str:
        return f"/find?keys={quote_plus(keys)}&page={k}"

    main = (
        f'<p>{len(rows)} results for <em>{esc(keys)}</em></p><ol class="search-results">{results}</ol>'
        f"<h2>Related searches</h2><ul>{rel}</ul>"
        + dr_pager(url, page, max(1, math.ceil(len(rows) / 10)), always_next=True)
    )
    return dr_wrap(data, "Find projects", main, "/find")


def build_drupal(seed: int) -> Site:
    rng = random.Random(seed + 100)
    site = Site("drupal")
    data = site.data
    add = site.files.__setitem__
    nids = rng.sample(range(100, 900), 112)
    nid_iter = iter(nids)

    def expect(target: str, kind: str, reach: str = "linked") -> None:
        site.expected[canon("drupal", target)] = kind
        site.reach[canon("drupal", target)] = reach

    def text(n: int = 2) -> str:
        return "".join(f"<p>{esc(paragraph(rng, rng.choice(TOPICS), rng.choice(COUNCILS)))}</p>" for _ in range(n))

    projects: list[dict[str, Any]] = []
    seen: set[str] = set()
    while len(projects) < 60:
        council, topic, noun = rng.choice(COUNCILS), rng.choice(TOPICS), rng.choice(NOUNS)
        title = f"{topic.capitalize()} {noun} in {council.replace(' Council', '')}"
        if title in seen:
            continue
        seen.add(title)
        terms = [*sorted(rng.sample(range(1, 11), rng.randint(1, 3))), rng.choice(list(DR_TOPIC_TERMS))]
        projects.append(
            {
                "nid": next(nid_iter),
                "title": title,
                "lead": council,
                "year": rng.randint(2015, 2024),
                "terms": terms,
                "changed": f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "paras": [paragraph(rng, topic, council) for _ in range(rng.randint(2, 3))],
                "partners": rng.sample([c for c in COUNCILS if c != council], rng.randint(1, 2)),
                "extra": [],
            }
        )
    news: list[dict[str, Any]] = []
    for _ in range(30):
        topic, council = rng.choice(TOPICS), rng.choice(COUNCILS)
        what = rng.choice(("update", "news", "announcement", "milestone"))
        title = f"{council.split()[0]} {topic} {what} {len(news) + 1}"
        news.append(
            {
                "nid": next(nid_iter),
                "title": title,
                "date": f"20{rng.randint(20, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "paras": [paragraph(rng, topic, council) for _ in range(2)],
                "extra": [],
            }
        )
    news.sort(key=lambda n: (n["date"], n["nid"]), reverse=True)
    basic = {name: next(nid_iter) for name in ("About the hub", "Contact", "Accessibility", "Get involved", "History")}
    book = [next(nid_iter) for _ in range(7)]
    orphans = [next(nid_iter) for _ in range(6)]
    redirect_only = next(nid_iter)
    data["about"] = basic["About the hub"]
    data["projects"] = projects
    data["searchable"] = projects + news

    pick = random.Random(seed + 101)
    pdfs = {
        "/sites/default/files/2023-10/kirklees-community-energy-evaluation.pdf": "Community Energy Evaluation 2023",
        "/sites/default/files/2022-03/social-value-toolkit.pdf": "Social Value Toolkit",
        "/sites/default/files/inline-files/Co-op%20Commissioning%20Guide.pdf": "Co-operative Commissioning Guide",
        "/sites/default/files/2024-01/book-appendix.pdf": "Handbook appendix: templates",
    }
    pdf_paths = list(pdfs)
    projects[2]["extra"].append(f'<a href="{pdf_paths[0]}" type="application/pdf">Evaluation report (PDF, 1.2 MB)</a>')
    projects[9]["extra"].append(f'<a href="{pdf_paths[1]}" type="application/pdf">Social value toolkit.pdf</a>')
    projects[9]["extra"].append('<a href="/sites/default/files/2020-01/old-report.pdf">2019 report (PDF)</a>')  # 404
    news[4]["extra"].append(f'<a href="{pdf_paths[2]}">Co-op Commissioning Guide.pdf</a>')
    news[7]["extra"].append('<a href="/node/77">updated guidance</a>')  # old nid, 301 to the redirect-only node
    site.redirects["/node/77"] = (301, f"{DR}/node/{redirect_only}")
    news[11]["extra"].append('<a href="/old-projects/community-shares">community shares project</a>')
    site.redirects["/old-projects/community-shares"] = (301, f"{DR}/node/{projects[5]['nid']}")
    news[13]["extra"].append('<a href="/node/9999">an earlier announcement</a>')  # 404
    site.redirects["/members"] = (301, f"{DR}/user/login?destination=/members")
    for n in pick.sample(news, 8):
        n["extra"].append(f'<a href="/node/{pick.choice(projects)["nid"]}">the project</a>')

    principles_block = (
        "<h2>Principles</h2><ul>"
        + "".join(f'<li><a href="/taxonomy/term/{i}">{esc(p)}</a></li>' for i, p in enumerate(PRINCIPLES, 1))
        + "</ul><h2>Topics</h2><ul>"
        + "".join(f'<li><a href="/taxonomy/term/{t}">{n}</a></li>' for t, n in DR_TOPIC_TERMS.items())
        + "</ul>"
    )
    data["sidebar"] = principles_block
    data["footer"] = (
        f'<ul class="menu"><li><a href="/node/{basic["Contact"]}">Contact</a></li>'
        f'<li><a href="/node/{basic["Accessibility"]}">Accessibility</a></li>'
        f'<li><a href="/node/{basic["Get involved"]}">Get involved</a></li>'
        f'<li><a href="/node/{basic["History"]}">History</a></li><li><a href="/rss.xml">RSS feed</a></li>'
        f'<li><a href="{WP}/">Co-operative Councils Innovation Network</a></li></ul>'
    )

    data["notfound"] = dr_wrap(data, "Page not found", "<p>The requested page could not be found.</p>", "/")

    def comment_links(nid: int) -> str:
        return (
            f'<section class="comments"><a href="/comment/reply/node/{nid}/comment">Add new comment</a> '
            f'<a href="/user/login?destination=/node/{nid}%23comment-form">Log in</a> to post comments. '
            '<a href="/filter/tips">About text formats</a></section>'
        )

    def field(name: str, label: str, value: str) -> str:
        return (
            f'<div class="field--name-field-{name}"><div class="field__label">{label}</div>'
            f'<div class="field__item">{value}</div></div>'
        )

    def node(nid: int, title: str, main: str, kind: str, reach: str) -> None:
        add(
            f"/node/{nid}",
            ("text/html; charset=UTF-8", dr_wrap(data, title, f"<article>{main}</article>", f"/node/{nid}", True)),
        )
        expect(f"/node/{nid}", kind, reach)

    for p in projects:
        term_links = " ".join(
            f'<a href="/taxonomy/term/{t}" hreflang="en">{esc(PRINCIPLES[t - 1] if t <= 10 else DR_TOPIC_TERMS[t])}</a>'
            for t in p["terms"]
        )
        main = (
            field("lead", "Lead council", esc(p["lead"]))
            + field("partners", "Partners", esc(", ".join(p["partners"])))
            + field("year", "Year", str(p["year"]))
            + "".join(f"<p>{esc(x)}</p>" for x in p["paras"])
            + "".join(f"<p>{x}</p>" for x in p["extra"])
            + f'<div class="field--name-field-tags">{term_links}</div>'
            + comment_links(p["nid"])
        )
        node(p["nid"], p["title"], main, "node", "linked")
    for n in news:
        main = f"<p class='submitted'>Submitted on {n['date']}</p>" + "".join(f"<p>{esc(x)}</p>" for x in n["paras"])
        main += "".join(f"<p>See {x}</p>" for x in n["extra"]) + comment_links(n["nid"])
        node(n["nid"], n["title"], main, "node", "linked")
    for name, nid in basic.items():
        extra = ""
        if name == "About the hub":
            extra = f'<p>Read the <a href="/node/{book[0]}">Co-operative commissioning handbook</a>.</p>'
        if name == "Get involved":
            extra = '<p>Members can <a href="/members">sign in to the members&#039; area</a>.</p>'
        node(nid, name, text(2) + extra, "node", "linked")
    for i, nid in enumerate(book):  # a book: each chapter only linked from the one before
        title = "Co-operative commissioning handbook" if i == 0 else f"Handbook {'.'.join(['1'] * i)} chapter {i}"
        nav = (
            f'<nav class="book-navigation"><a href="/node/{book[i - 1]}">&lsaquo; Up</a> '
            if i
            else '<nav class="book-navigation">'
        )
        nav += (
            f'<a href="/node/{book[i + 1]}" rel="next">Next chapter &rsaquo;</a></nav>'
            if i + 1 < len(book)
            else f'<a href="{pdf_paths[3]}">Appendix: templates (PDF)</a></nav>'
        )
        node(nid, title, text(2) + nav, "node", "deep" if i else "linked")
    for i, nid in enumerate(orphans):
        node(nid, f"Consultation response {2019 + i}", text(2), "node", "orphan")
    node(redirect_only, "Updated guidance on co-operative commissioning", text(2), "node", "redirect")
    for target, title in pdfs.items():
        add(
            target,
            (
                "application/pdf",
                make_pdf(title, [paragraph(rng, rng.choice(TOPICS), rng.choice(COUNCILS)) for _ in range(5)]),
            ),
        )
        expect(target, "pdf", "deep" if "book-appendix" in target else "linked")

    # ---- views: home, projects, news, taxonomy
    home = (
        "<h2>Latest news</h2><ul>"
        + "".join(f'<li><a href="/node/{n["nid"]}">{esc(n["title"])}</a></li>' for n in news[:5])
        + "</ul><h2>Featured projects</h2><ul>"
        + "".join(f'<li><a href="/node/{p["nid"]}">{esc(p["title"])}</a></li>' for p in projects[:6])
        + '</ul><p><a href="/projects">All projects</a> &middot; <a href="/news">All news</a> &middot; '
        '<a href="/find?keys=community+energy">Find community energy projects</a></p>' + text(1)
    )
    add("/", ("text/html; charset=UTF-8", dr_wrap(data, "Welcome", home, "/")))
    expect("/", "archive")
    total = math.ceil(len(projects) / 10)
    for k in range(total):
        body = dr_projects_view(data, [("page", str(k))] if k else [])
        add("/projects" if k == 0 else f"/projects?page={k}", ("text/html; charset=UTF-8", body))
        expect("/projects" if k == 0 else f"/projects?page={k}", "archive")
    add("/projects?page=0", site.files["/projects"])

    def listing(base: str, title: str, items: list[dict[str, Any]]) -> None:
        pages = max(1, math.ceil(len(items) / 10))
        for k in range(pages):
            rows = "".join(
                f'<div class="views-row"><h3><a href="/node/{it["nid"]}" hreflang="en">'
                f"{esc(it['title'])}</a></h3></div>"
                for it in items[k * 10 : k * 10 + 10]
            )
            body = dr_wrap(data, title, rows + dr_pager(lambda j: f"{base}?page={j}", k, pages), base)
            add(base if k == 0 else f"{base}?page={k}", ("text/html; charset=UTF-8", body))
            if k == 0 and pages > 1:
                add(f"{base}?page=0", ("text/html; charset=UTF-8", body))
            expect(base if k == 0 else f"{base}?page={k}", "archive")

    listing("/news", "News", news)
    for t in range(1, 17):
        name = PRINCIPLES[t - 1] if t <= 10 else DR_TOPIC_TERMS[t]
        tagged = sorted((p for p in projects if t in p["terms"]), key=lambda p: p["title"])
        listing(f"/taxonomy/term/{t}", name, tagged)

    # ---- the member directory (legacy app: a fresh PHPSESSID in every link)
    councils = COUNCILS[:12]
    slugs = [slugify(c.replace(" Council", "")) for c in councils]
    rows = "".join(
        f'<li><a href="/directory/{s}?PHPSESSID={SID}">{esc(c)}</a></li>' for s, c in zip(slugs, councils, strict=True)
    )
    add(
        "/directory",
        (
            "text/html; charset=UTF-8",
            "<html><head><title>Member directory</title></head><body><h1>Member directory</h1>"
            f'<ul>{rows}</ul><p><a href="/">Hub home</a></p></body></html>',
        ),
    )
    expect("/directory", "directory")
    for i, (s, c) in enumerate(zip(slugs, councils, strict=True)):
        nbrs = "".join(
            f'<li><a href="/directory/{slugs[j % 12]}?PHPSESSID={SID}">{esc(councils[j % 12])}</a></li>'
            for j in (i + 1, i + 5)
        )
        body = (
            f"<html><head><title>{esc(c)} | Member directory</title></head><body><h1>{esc(c)}</h1>"
            f"<p>{esc(paragraph(rng, rng.choice(TOPICS), c))}</p><h2>Neighbouring members</h2><ul>{nbrs}</ul>"
            f'<p><a href="/directory?PHPSESSID={SID}">Back to the directory</a></p></body></html>'
        )
        add(f"/directory/{s}", ("text/html; charset=UTF-8", body))
        expect(f"/directory/{s}", "directory")

    # ---- not content
    add("/robots.txt", ("text/plain", DR_ROBOTS))
    add(
        "/rss.xml",
        (
            "application/rss+xml; charset=utf-8",
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Hub</title></channel></rss>',
        ),
    )
    add("/filter/tips", ("text/html; charset=UTF-8", "<html><body><h1>Compose tips</h1></body></html>"))
    listed_nodes = [f"/node/{p['nid']}" for p in projects] + [f"/node/{n['nid']}" for n in news]
    listed_nodes += (
        [f"/node/{nid}" for nid in basic.values()] + [f"/node/{book[0]}"] + [f"/node/{nid}" for nid in orphans]
    )
    term_urls = [f"/taxonomy/term/{t}" for t in range(1, 17)]
    all_urls = ["/", "/projects", "/news", *listed_nodes, *term_urls]
    half = len(all_urls) // 2
    site.sitemaps = {"/sitemap.xml?page=1": all_urls[:half], "/sitemap.xml?page=2": all_urls[half:]}
    for target, urls in site.sitemaps.items():
        add(target, ("application/xml; charset=utf-8", urlset([DR + u for u in urls], rng)))
    add("/sitemap.xml", ("application/xml; charset=utf-8", sitemap_index([DR + t for t in site.sitemaps])))
    site.sitemaps["/sitemap.xml"] = list(site.sitemaps)
    return site


def dr_dynamic(site: Site, target: str) -> tuple[int, str, str | bytes, dict[str, str]] | None:
    parts = urlsplit(target)
    path = parts.path
    params = parse_qsl(parts.query, keep_blank_values=True)
    html_type = "text/html; charset=UTF-8"
    if path == "/projects" and params:
        if all(k == "page" for k, _ in params):
            hit = site.files.get(f"/projects?page={params[-1][1]}")
            return (200, *hit, {}) if hit else (200, html_type, dr_projects_view(site.data, params), {})
        return 200, html_type, dr_projects_view(site.data, params), {}
    if path == "/find":
        return 200, html_type, dr_find(site.data, dict(params)), {}
    if path.startswith("/directory"):
        hit = site.files.get(path)
        return (200, *hit, {}) if hit else None
    if params:  # views pagers, nodes: ignore unknown parameters like a real CMS
        hit = site.files.get(canon("drupal", target)) or site.files.get(path)
        if hit:
            return 200, *hit, {}
    if path.startswith("/user/") or path.startswith("/comment/reply/"):
        return (
            200,
            html_type,
            "<html><body><form method='post'><input name='name'><input name='pass'></form></body></html>",
            {},
        )
    if path.startswith("/admin/"):
        return 403, html_type, "<html><body>Access denied</body></html>", {}
    if path.startswith("/search/"):
        return 200, html_type, dr_find(site.data, {"keys": dict(params).get("keys", "")}), {}
    m = re.fullmatch(r"/taxonomy/term/(\d+)/feed", path)
    if m:
        return 200, "application/rss+xml; charset=utf-8", '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', {}
    return None


# --------------------------------------------------------------------------------------------
# Serving


def _serve(sites: list[Site], log_path: str, port_out: Any) -> None:
    lock = threading.Lock()
    log = Path(log_path).open("a", buffering=1, encoding="utf-8")  # noqa: SIM115 - open for the process's life
    servers = {site.key: ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler) for site in sites}
    bases = {key: f"http://127.0.0.1:{srv.server_address[1]}" for key, srv in servers.items()}

    def fill(body: str | bytes) -> bytes:
        raw = body.encode() if isinstance(body, str) else body
        return raw.replace(WP.encode(), bases["wp"].encode()).replace(DR.encode(), bases["drupal"].encode())

    counter = [0]

    def next_sid() -> str:
        with lock:
            counter[0] += 1
            return hashlib.sha1(f"sid{counter[0]}".encode()).hexdigest()[:26]

    for site in sites:
        for target, (ctype, body) in list(site.files.items()):
            raw = fill(body)
            site.files[target] = (ctype, gzip.compress(raw, mtime=0) if target.endswith(".gz") else raw)
        site.redirects = {k: (s, fill(loc).decode()) for k, (s, loc) in site.redirects.items()}

    def make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
        dynamic = wp_dynamic if site.key == "wp" else dr_dynamic

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:  # noqa: ARG002
                return None

            def respond(self, with_body: bool) -> None:
                target = self.path
                headers: dict[str, str] = {}
                if target in site.files:
                    status, (ctype, body) = 200, site.files[target]
                elif target in site.redirects:
                    status, location = site.redirects[target]
                    ctype, body, headers = "text/html; charset=UTF-8", b"", {"Location": location}
                else:
                    hit = dynamic(site, target)
                    if hit is None:
                        status, ctype, body = (
                            404,
                            "text/html; charset=UTF-8",
                            site.data.get("notfound", "<html><body><h1>Page not found</h1></body></html>"),
                        )
                    else:
                        status, ctype, body, headers = hit
                raw = fill(body) if isinstance(body, str) else body
                if SID.encode() in raw:
                    raw = raw.replace(SID.encode(), next_sid().encode())
                with lock:
                    log.write(
                        f"{time.time():.4f}\t{site.key}\t{self.command}\t{target}\t{status}\t{len(raw)}\t"
                        f"{self.headers.get('User-Agent', '')}\n"
                    )
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(raw)))
                for k, v in headers.items():
                    self.send_header(k, fill(v).decode())
                self.end_headers()
                if with_body:
                    self.wfile.write(raw)

            def do_GET(self) -> None:
                self.respond(True)

            def do_HEAD(self) -> None:
                self.respond(False)

        return Handler

    threads = []
    for site in sites:
        srv = servers[site.key]
        srv.RequestHandlerClass = make_handler(site)
        srv.daemon_threads = True
        threads.append(threading.Thread(target=srv.serve_forever, daemon=True))
        threads[-1].start()
    port_out.put(bases)
    for t in threads:
        t.join()


class SiteProcess:
    def __init__(self, sites: list[Site], log_path: Path) -> None:
        queue: Any = multiprocessing.Queue()
        self.process = multiprocessing.Process(target=_serve, args=(sites, str(log_path), queue), daemon=True)
        self.process.start()
        self.bases: dict[str, str] = queue.get(timeout=30)

    def stop(self) -> None:
        self.process.terminate()
        self.process.join()


# --------------------------------------------------------------------------------------------
# Robots (RFC 9309) and the link graph of the design


def robots_rules(text: str, product: str = "harvester") -> list[tuple[bool, str]]:
    groups: list[tuple[list[str], list[tuple[bool, str]]]] = []
    agents: list[str] = []
    rules: list[tuple[bool, str]] = []
    in_rules = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        name, value = (x.strip() for x in line.split(":", 1))
        name = name.lower()
        if name == "user-agent":
            if in_rules:
                groups.append((agents, rules))
                agents, rules, in_rules = [], [], False
            agents.append(value.lower())
        elif name in ("allow", "disallow"):
            in_rules = True
            if value:
                rules.append((name == "allow", value))
    if agents:
        groups.append((agents, rules))
    mine = [r for a, rs in groups if product in a for r in rs]
    return mine or [r for a, rs in groups if "*" in a for r in rs]


def robots_allowed(rules: list[tuple[bool, str]], target: str) -> bool:
    best: tuple[int, bool] | None = None
    for allow, pattern in rules:
        anchored = pattern.endswith("$")
        rx = "".join(".*" if c == "*" else re.escape(c) for c in pattern.rstrip("$"))
        longer = best is None or len(pattern) > best[0] or (len(pattern) == best[0] and allow)
        if longer and re.match(rx + ("$" if anchored else ""), target):
            best = (len(pattern), allow)
    return best is None or best[1]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


FAKE = {"wp": "http://wp.test", "drupal": "http://drupal.test"}


def link_graph(site: Site) -> tuple[dict[str, int], dict[str, set[str]]]:
    """BFS over the design's own pages from `/`: link depth of each key, and which keys link to it.
    Only static pages, robots-allowed, same site; redirects followed; traps never entered."""
    rules = robots_rules(str(site.files["/robots.txt"][1]))
    base = FAKE[site.key]
    static = {canon(site.key, t): t for t in site.files}
    redirects = {canon(site.key, t): loc for t, (_, loc) in site.redirects.items()}
    depth: dict[str, int] = {"/": 0}
    parents: dict[str, set[str]] = defaultdict(set)
    queue = deque(["/"])
    while queue:
        key = queue.popleft()
        ctype, body = site.files[static[key]]
        if not ctype.startswith("text/html"):
            continue
        parser = _Links()
        text = body if isinstance(body, str) else body.decode()
        parser.feed(text.replace(WP, FAKE["wp"]).replace(DR, FAKE["drupal"]).replace(SID, "x"))
        for href in parser.hrefs:
            url = urljoin(base + static[key], href)
            parts = urlsplit(url)
            if f"{parts.scheme}://{parts.netloc}" != base:
                continue
            target = parts.path + ("?" + parts.query if parts.query else "")
            hops = 0
            while canon(site.key, target) in redirects and hops < 5 and robots_allowed(rules, target):
                loc = redirects[canon(site.key, target)].replace(WP, FAKE["wp"]).replace(DR, FAKE["drupal"])
                p = urlsplit(urljoin(url, loc))
                target, hops = p.path + ("?" + p.query if p.query else ""), hops + 1
            if not robots_allowed(rules, target):
                continue
            k = canon(site.key, target)
            if k not in static:
                continue
            parents[k].add(key)
            if k not in depth:
                depth[k] = depth[key] + 1
                queue.append(k)
    return depth, parents


def check_design(site: Site) -> dict[str, int]:
    """The generator's own promises: every expected page is reachable by links or listed in a sitemap,
    orphans only via the sitemap, the designed deep chains' ends at depth >= 6 and in no sitemap.
    Then each expected page is labelled: orphan (sitemap only), redirect (only through a 301),
    deep (links only, in no sitemap, link depth >= 4) or linked (the rest)."""
    depth, _ = link_graph(site)
    listed = {
        canon(site.key, u)
        for s, urls in site.sitemaps.items()
        for u in urls
        if not u.startswith("/wp-sitemap") and "sitemap.xml" not in u
    }
    for key, reach in site.reach.items():
        if reach == "orphan":
            assert key not in depth and key in listed, (site.key, key)
        else:
            assert key in depth, (site.key, key, reach)
        if reach in ("deep", "redirect"):
            assert key not in listed, (site.key, key)
        if reach == "deep" and site.expected[key] == "pdf":
            assert depth[key] >= 6, (site.key, key, depth[key])
        if reach not in ("orphan", "redirect"):
            site.reach[key] = "deep" if key not in listed and depth[key] >= 4 else "linked"
    rules = robots_rules(str(site.files["/robots.txt"][1]))
    for key in site.expected:
        target = next(t for t in site.files if canon(site.key, t) == key)
        assert site.files[target][0].startswith(("text/html", "application/pdf")), key
        assert robots_allowed(rules, target), key
    return depth


# --------------------------------------------------------------------------------------------
# The run and the measures


TRAPS = {
    "calendar (wp /events/?month=)": lambda s, path, q: s == "wp" and path == "/events/" and "month" in q,
    "barren pagination (wp /news/page/N/)": lambda s, path, _q: (
        s == "wp" and bool(re.fullmatch(r"/news/page/\d+/", path))
    ),
    "deepening relative path (wp /resources/links/...)": lambda s, path, _q: (
        s == "wp" and path.startswith("/resources/links/resources/")
    ),
    "redirect loop (wp /loop-a/ <-> /loop-b/)": lambda s, path, _q: s == "wp" and path in ("/loop-a/", "/loop-b/"),
    "sort/filter combinations (drupal /projects?...)": lambda s, path, q: (
        s == "drupal" and path == "/projects" and any(k != "page" for k in q)
    ),
    "infinite search (drupal /find?keys=)": lambda s, path, _q: s == "drupal" and path == "/find",
}
SESSION_TRAP = "session ids (drupal /directory?PHPSESSID=)"


def fill_base(location: str) -> str:
    return location.replace(WP, "http://x").replace(DR, "http://x")


def write_config(path: Path, bases: dict[str, str], data_dir: Path) -> dict[str, Any]:
    config = {
        "data_dir": str(data_dir),
        "sources": [
            {
                "name": key,
                "start_urls": [bases[key] + "/"],
                "include": ["^" + re.escape(bases[key]) + "/"],
                "max_pages": 5000,
                "max_depth": 30,
                "allow_private_addresses": True,
            }
            for key in ("wp", "drupal")
        ],
        "crawl": {"delay_s": 0, "concurrency": 8, "per_host_concurrency": 4},
        "extract": {"workers": 1, "principles_model": "off"},
    }
    path.write_text(json.dumps(config, indent=2))  # JSON is YAML
    return config


def run(cmd: list[str], timeout: float) -> tuple[int, str, str, float]:
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    return proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (log, data, config)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds before the crawl is abandoned")
    args = parser.parse_args()

    sites = [build_wordpress(args.seed), build_drupal(args.seed)]
    by_key = {s.key: s for s in sites}
    depths = {s.key: check_design(s) for s in sites}
    graphs = {s.key: link_graph(s)[1] for s in sites}
    rules = {s.key: robots_rules(str(s.files["/robots.txt"][1])) for s in sites}
    print("The site (expected content, by kind and how it is reached):")
    for one in sites:
        kinds = Counter(one.expected.values())
        reaches = Counter(one.reach.values())
        deepest = max(depths[one.key][k] for k in one.expected if k in depths[one.key])
        print(
            f"  {one.key}: {len(one.expected)} expected ({dict(kinds)}); {dict(reaches)}; deepest by links {deepest}; "
            f"{len(one.redirects)} redirects"
        )

    tmp = Path(tempfile.mkdtemp(prefix="harvester-coverage-"))
    log_path = tmp / "requests.log"
    server = SiteProcess(sites, log_path)
    cfg_path = tmp / "harvester.yaml"
    try:
        config = write_config(cfg_path, server.bases, tmp / "data")
        print(f"config: {json.dumps({k: v for k, v in config.items() if k != 'data_dir'})}")
        try:
            code, _, err, wall = run([HARVESTER, "--config", str(cfg_path), "crawl"], args.timeout)
        except subprocess.TimeoutExpired as exc:
            code, err, wall = -1, f"timed out after {args.timeout} s: {exc}", args.timeout
        (tmp / "crawl.stderr").write_text(err)
        _, docs_out, _, _ = run([HARVESTER, "--config", str(cfg_path), "documents", "--json"], 300)
        _, report_out, _, _ = run([HARVESTER, "--config", str(cfg_path), "report", "--last", "--format", "json"], 300)
    finally:
        time.sleep(0.5)
        server.stop()
    print(
        f"harvester crawl: exit {code}, wall {wall:.1f} s"
        + (f"; stderr tail: {err.strip().splitlines()[-3:]}" if code else "")
    )
    port_site = {urlsplit(b).netloc: k for k, b in server.bases.items()}

    documents = json.loads(docs_out) if docs_out.strip() else []
    in_docs: set[tuple[str, str]] = set()
    for d in documents:
        parts = urlsplit(d["url"])
        if parts.netloc in port_site:
            in_docs.add(
                (
                    port_site[parts.netloc],
                    canon(port_site[parts.netloc], parts.path + ("?" + parts.query if parts.query else "")),
                )
            )
    report = json.loads(report_out) if report_out.strip() else {}

    # ---- the server's log
    fetched: dict[tuple[str, str], int] = {}
    categories: Counter[str] = Counter()
    trap_counts: Counter[str] = Counter()
    violations: list[str] = []
    directory_seen: set[str] = set()
    session_requests = 0
    extremes: dict[str, Any] = defaultdict(int)
    requests = 0
    agents: Counter[str] = Counter()
    seen_keys: set[tuple[str, str]] = set()
    requested: set[tuple[str, str]] = set()
    per_site: Counter[str] = Counter()
    get_counts: Counter[tuple[str, str]] = Counter()
    for line in log_path.read_text().splitlines():
        _, s, method, target, status, _, ua = line.split("\t")
        requests += 1
        agents[ua] += 1
        requested.add((s, target))
        per_site[s] += 1
        parts = urlsplit(target)
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        key = canon(s, target)
        site = by_key[s]
        if not robots_allowed(rules[s], target):
            violations.append(f"{s} {method} {target} -> {status}")
            categories["robots violation"] += 1
            continue
        if target == "/robots.txt":
            categories["robots.txt"] += 1
            continue
        if target in site.sitemaps:
            categories["sitemaps"] += 1
            continue
        trap = next((name for name, pred in TRAPS.items() if pred(s, parts.path, q)), None)
        if trap:
            trap_counts[trap] += 1
            categories["trap"] += 1
            if trap.startswith("barren"):
                extremes[trap] = max(extremes[trap], int(parts.path.split("/")[3]))
            elif trap.startswith("deepening"):
                extremes[trap] = max(extremes[trap], parts.path.count("resources/links/"))
            elif trap.startswith("infinite search"):
                extremes[trap] = max(extremes[trap], len(q.get("keys", "").split()))
            continue
        if s == "drupal" and parts.path.startswith("/directory") and key in site.expected:
            session_requests += "PHPSESSID" in q
            if key in directory_seen:
                trap_counts[SESSION_TRAP] += 1
                categories["trap"] += 1
                continue
            directory_seen.add(key)
        if key in site.expected and method == "GET":
            get_counts[(s, key)] += 1
            if (s, key) in seen_keys:
                categories["content, again"] += 1
            else:
                categories["content"] += 1
                seen_keys.add((s, key))
            if int(status) == 200:
                fetched[(s, key)] = 200
            continue
        if target in site.redirects or key in {canon(s, t) for t in site.redirects}:
            categories["redirect"] += 1
        elif status == "404":
            categories["404"] += 1
        else:
            categories["other (feeds, login, images, ?page=0, HEAD ...)"] += 1
    trap_counts.setdefault(SESSION_TRAP, 0)
    for name in TRAPS:
        trap_counts.setdefault(name, 0)

    expected = [(s.key, k) for s in sites for k in s.expected]
    got_fetch = [e for e in expected if e in fetched]
    got_both = [e for e in got_fetch if e in in_docs]
    cov_fetch, cov = len(got_fetch) / len(expected), len(got_both) / len(expected)

    print("\n| measure | value |\n| --- | --- |")
    print(f"| expected content URLs | {len(expected)} (wp {len(sites[0].expected)}, drupal {len(sites[1].expected)}) |")
    print(f"| **coverage** (fetched 200 and in `documents`) | **{cov:.3f}** ({len(got_both)}/{len(expected)}) |")
    print(f"| fetched 200 (server log) | {cov_fetch:.3f} ({len(got_fetch)}/{len(expected)}) |")
    for reach in ("linked", "orphan", "deep", "redirect"):
        group = [e for e in expected if by_key[e[0]].reach[e[1]] == reach]
        print(f"| ... {reach} ({len(group)}) | {sum(e in got_both for e in group)}/{len(group)} |")
    for kind in sorted({k for s in sites for k in s.expected.values()}):
        group = [e for e in expected if by_key[e[0]].expected[e[1]] == kind]
        print(f"| ... kind {kind} ({len(group)}) | {sum(e in got_both for e in group)}/{len(group)} |")
    print(f"| **robots violations** | **{len(violations)}** |")
    for name in [*TRAPS, SESSION_TRAP]:
        n = trap_counts[name]
        more = f", furthest {extremes[name]}" if extremes.get(name) else ""
        print(f"| trap: {name} | {n} requests ({'within' if n <= TRAP_BOUND else 'OVER'} {TRAP_BOUND}{more}) |")
    print(f"| directory requests carrying a session id | {session_requests} |")
    print(f"| total requests | {requests} ({', '.join(f'{k} {v}' for k, v in categories.most_common())}) |")
    print(f"| requests per source | {', '.join(f'{k} {v}' for k, v in per_site.items())} (max_pages 5000 each) |")
    redirect_targets = {
        (
            s.key,
            canon(s.key, urlsplit(fill_base(loc)).path + ("?" + urlsplit(loc).query if urlsplit(loc).query else "")),
        )
        for s in sites
        for _, loc in s.redirects.values()
    }
    twice = sum(1 for t in redirect_targets if t in seen_keys and get_counts[t] > 1)
    print(f"| content redirect targets fetched twice (directly and after the 301) | {twice} |")
    print(f"| documents in the catalogue (ours) | {len(in_docs)} of {len(documents)} listed |")
    print(f"| wall time, `harvester crawl` | {wall:.1f} s |")
    if report:
        print(f"| report counts | {json.dumps(report.get('counts', {}))} |")
        print(f"| report status / timings | {report.get('status')} / {json.dumps(report.get('timings_s', {}))} |")
    print(f"| user agents | {dict(agents)} |")

    if violations:
        print("\nrobots violations (first 20):")
        for v in violations[:20]:
            print("  " + v)
    missed = [e for e in expected if e not in got_both]
    if missed:
        print(f"\nmissed ({len(missed)}; first 20, suspected reason from outside):")
    for s, key in missed[:20]:
        site = by_key[s]
        reach, d = site.reach[key], depths[s].get(key)
        parents = sorted(graphs[s].get(key, ()))
        fetched_parents = [p for p in parents if (s, p) in fetched]
        if (s, key) in fetched:
            why = "fetched (200) but not in `documents` output: dropped after the fetch (extraction? dedup?)"
        elif reach == "orphan":
            maps = [m for m, urls in site.sitemaps.items() if any(canon(s, u) == key for u in urls)]
            why = f"only in sitemap {maps}; " + (
                "that sitemap was requested, the URL never"
                if any((s, m) in requested for m in maps)
                else "that sitemap was never requested"
            )
        elif fetched_parents:
            why = f"link depth {d}, linked from fetched {fetched_parents[:2]} but never requested"
        else:
            why = f"link depth {d} ({reach}); no page linking to it was fetched (parents {parents[:2]})"
        if per_site[s] >= 5000:
            why += f"; the {s} source also reached max_pages (5000 requests)"
        print(f"  {s} {key} [{site.expected[key]}]: {why}")
    extra = len(in_docs - {(s, k) for s, k in expected})
    print(f"\nnon-content URLs in `documents`: {extra}")
    if args.keep:
        print(f"kept: {tmp}")


if __name__ == "__main__":
    main()
