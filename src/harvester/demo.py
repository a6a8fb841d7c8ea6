"""`harvester demo`: the whole pipeline on the bundled sample site, served on loopback."""

from __future__ import annotations

import contextlib
import functools
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any

from rich.console import Console

from harvester.config import Settings, settings_from_dict
from harvester.console import print_hits

DEMO_QUERIES: tuple[tuple[str, str | None], ...] = (
    ("which councils worked on digital exclusion with community partners?", None),
    ("young people leaving school and not in education or training", "2020-2025"),
)


class SampleSiteHandler(SimpleHTTPRequestHandler):
    """Serves a directory quietly; robots.txt and sitemap.xml get the server's own base URL filled in."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: ARG002 - silence the base class
        return None

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path in ("/robots.txt", "/sitemap.xml"):
            self._send_templated(Path(self.directory) / path.lstrip("/"))
            return
        super().do_GET()

    def _send_templated(self, file: Path) -> None:
        if not file.is_file():
            self.send_error(404)
            return
        base = f"http://{self.headers.get('Host') or '127.0.0.1'}/"
        body = file.read_text(encoding="utf-8").replace("__BASE_URL__", base).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain" if file.suffix == ".txt" else "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def sample_site_dir() -> Path:
    return Path(str(resources.files("harvester").joinpath("sample_site")))


@contextlib.contextmanager
def serve_directory(root: Path) -> Iterator[str]:
    """Serve `root` over HTTP on 127.0.0.1 at a free port; yields the base URL."""
    handler = functools.partial(SampleSiteHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def demo_settings(base_url: str, data_dir: Path) -> Settings:
    return settings_from_dict(
        {
            "data_dir": str(data_dir),
            "sources": [
                {
                    "name": "sample",
                    "start_urls": [base_url],
                    "max_pages": 200,
                    "max_depth": 4,
                    "allow_private_addresses": True,
                }
            ],
            "crawl": {"delay_s": 0.0, "concurrency": 4, "per_host_concurrency": 4},
        },
        data_dir.parent,
    )


def run_demo(out: Console, err: Console) -> None:
    from harvester.pipeline import Workspace, execute
    from harvester.search import SearchFilters

    data_dir = Path(tempfile.mkdtemp(prefix="harvester-demo-")) / "data"
    with serve_directory(sample_site_dir()) as base_url:
        err.print(f"[bold]harvester demo[/]: sample site at {base_url}, data in {data_dir}")
        ws = Workspace(demo_settings(base_url, data_dir))
        try:
            started = time.perf_counter()
            with err.status("loading the embedding model…"):
                ws.embedder.embed(["warm up"])
            load_s = time.perf_counter() - started
            state = execute(ws, None, crawl=True, index=True, command="demo", notify=lambda m: err.print(f"• {m}"))
            t = state.timings
            err.print(
                f"[bold]{state.status}[/]: {state.counts.get('new', 0)} documents, "
                f"{state.counts.get('chunks_embedded', 0)} chunks embedded; model load {load_s:.1f}s, "
                f"crawl {t['crawl']:.1f}s, extract {t['extract']:.1f}s, embed {t['embed']:.1f}s, "
                f"index {t['index']:.1f}s"
            )
            for query, year in DEMO_QUERIES:
                label = f" (year {year})" if year else ""
                out.rule(f"[bold]search:[/] {query}{label}")
                response = ws.searcher().search(query, SearchFilters(year=year), limit=3)
                print_hits(response.results, query)
            out.rule()
            out.print(f"report: {ws.reports_dir / (state.run_id + '.html')}")
            out.print(f"try: harvester --config {_write_config(ws.settings, data_dir)} search 'social value toolkit'")
        finally:
            ws.close()


def _write_config(settings: Settings, data_dir: Path) -> Path:
    """A config for the demo's data dir, so the user can keep searching it after the demo."""
    path = data_dir.parent / "harvester.yaml"
    source = settings.sources[0]
    path.write_text(
        f"data_dir: {data_dir}\nsources:\n  - name: {source.name}\n    start_urls: {source.start_urls}\n"
        "    allow_private_addresses: true\n",
        encoding="utf-8",
    )
    return path


def main() -> None:
    """`python -m harvester.demo [PORT]`: just serve the sample site (for config/demo.yaml)."""
    import sys

    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8765
    handler = functools.partial(SampleSiteHandler, directory=str(sample_site_dir()))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"serving the sample site on http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.server_close()


if __name__ == "__main__":
    main()
