"""Shared fixtures: a programmable site on 127.0.0.1, the bundled sample site, settings, workspaces."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from harvester.config import Settings, settings_from_dict
from harvester.demo import sample_site_dir, serve_directory
from harvester.pipeline import Workspace


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: bool = False  # answer If-None-Match with 304 when the body is unchanged
    then: Route | None = None  # served from the next request on (a page that recovers, changes or breaks)
    render: Callable[[str], str] | None = None  # the page made from the request's path and query


class Site:
    """A tiny web site whose pages tests can change between crawls."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.request_times: list[tuple[str, float]] = []  # (path, time.monotonic()) as each request arrived
        self.base = ""

    def page(self, path: str, html: str, **kwargs: Any) -> None:
        self.routes[path] = Route(body=html.encode("utf-8"), **kwargs)

    def dynamic(self, path: str, render: Callable[[str], str]) -> None:
        """A page made for each request from its full path and query (a search that never ends)."""
        self.routes[path] = Route(render=render)

    def raw(self, path: str, body: bytes, **kwargs: Any) -> None:
        self.routes[path] = Route(body=body, **kwargs)

    def url(self, path: str = "/") -> str:
        return self.base.rstrip("/") + path

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return None

        def do_GET(self) -> None:
            site.requests.append((self.path, dict(self.headers)))
            site.request_times.append((self.path, time.monotonic()))
            path = self.path if self.path in site.routes else self.path.split("?", 1)[0]
            route = site.routes.get(path)
            if route is not None and route.then is not None:
                site.routes[path] = route.then
            if route is None:
                self.send_response(404)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html><body>Not found</body></html>")
                return
            if route.render is not None:
                route = Route(body=route.render(self.path).encode("utf-8"))
            tag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
            if route.etag and self.headers.get("If-None-Match") == tag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", tag)
            for key, value in route.headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(route.body)

    return Handler


def serve_site(host: str = "127.0.0.1") -> Iterator[Site]:
    """A programmable site on its own port of 127.0.0.1, addressed as `host` (for another host name)."""
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    site.base = f"http://{host}:{server.server_address[1]}/"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve_site()


@pytest.fixture(scope="session")
def sample_url() -> Iterator[str]:
    with serve_directory(sample_site_dir()) as base:
        yield base


def make_settings(data_dir: Path, start_url: str, **source: Any) -> Settings:
    return settings_from_dict(
        {
            "data_dir": str(data_dir),
            "sources": [{"name": "test", "start_urls": [start_url], "allow_private_addresses": True, **source}],
            "crawl": {"delay_s": 0.0, "retries": 1, "timeout_s": 5.0},
            "embed": {"model": "hashing"},
        },
        data_dir.parent,
    )


def write_config(path: Path, start_url: str) -> Path:
    """A config file for one loopback source with the fast embedder, as a user would write it."""
    path.write_text(
        f"""data_dir: data
sources:
  - name: sample
    start_urls: ["{start_url}"]
    allow_private_addresses: true
crawl: {{delay_s: 0}}
embed: {{model: hashing}}
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def sample_workspace(tmp_path: Path, sample_url: str) -> Iterator[Workspace]:
    ws = Workspace(make_settings(tmp_path / "data", sample_url, max_pages=100))
    yield ws
    ws.close()


def page(title: str, body: str, head: str = "") -> str:
    """A page in a typical member-council template: nav, cookie banner, main, sidebar, footer."""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{title} | Network</title>{head}</head>
<body><header class="site-header"><nav><a href="/">Home</a></nav></header>
<div class="cookie-banner">We use cookies</div>
<main><h1>{title}</h1>{body}</main>
<aside class="sidebar"><h3>Latest news</h3><p>Conference 2019 round-up</p></aside>
<footer>© 2024 Network</footer></body></html>"""


# Tests that run the pipeline, a server or worker processes end to end: `make test` runs them,
# `make check` (the fast loop) leaves them out with the model and Prefect tests.
_INTEGRATION = (
    "/faults/",
    "/test_pipeline.py",
    "/test_mass_change.py",
    "/test_report.py",
    "/test_search_client.py",
    "/test_search.py",
    "/test_api.py",
    "/test_cli.py",
    "/test_extract_hostile.py",
    "/test_extraction_pool.py",
    "/test_index.py",
    "/ops/",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if any(part in item.path.as_posix() for part in _INTEGRATION):
            item.add_marker(pytest.mark.integration)
