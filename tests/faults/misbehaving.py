"""A web server that misbehaves on purpose, on 127.0.0.1, for the fault suite."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

PAGE = (
    b"<html><body><main><h1>Fine page</h1><p>"
    + b"A perfectly ordinary co-operative project page. " * 20
    + b"</p></main></body></html>"
)


def _links(*paths: str) -> bytes:
    anchors = "".join(f'<a href="{p}">{p}</a> ' for p in paths)
    return f"<html><body><main><h1>Home</h1><p>Links to trouble: {anchors}</p></main></body></html>".encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hits: ClassVar[dict[str, int]] = {}

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        Handler.hits[path] = Handler.hits.get(path, 0) + 1
        route = getattr(self, "route_" + path.strip("/").replace("-", "_") or "route_home", None)
        if path == "/":
            self.send(200, _links(*ROUTES))
        elif path == "/robots.txt":
            self.send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        elif route is not None:
            route()
        else:
            self.send(404, b"not here")

    def send(
        self, status: int, body: bytes, content_type: str = "text/html", headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def route_fine(self) -> None:
        self.send(200, PAGE)

    def route_trickle(self) -> None:  # a byte every 0.2 s, forever (until the client gives up)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(100000):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            return

    def route_endless(self) -> None:  # an infinite chunked body
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"<p>" + b"more " * 2000 + b"</p>"
        try:
            while True:
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        except OSError:
            return

    def route_bomb(self) -> None:  # 100 MB of zeros gzipped into ~100 KB
        body = gzip.compress(b"\0" * 100_000_000, compresslevel=9)
        self.send(200, body, headers={"Content-Encoding": "gzip"})

    def route_reset(self) -> None:  # the connection dies mid-response
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "5000")
        self.end_headers()
        self.wfile.write(b"<html><body>partial")
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        self.connection.close()

    def route_busy(self) -> None:  # 429 with Retry-After, then fine
        if Handler.hits["/busy"] == 1:
            self.send(429, b"slow down", headers={"Retry-After": "1"})
        else:
            self.send(200, PAGE.replace(b"ordinary", b"popular"))

    def route_burst(self) -> None:  # 503 every time
        self.send(503, b"overloaded")

    def route_loop(self) -> None:  # redirects to itself
        self.send(302, b"", headers={"Location": "/loop-again"})

    def route_loop_again(self) -> None:
        self.send(302, b"", headers={"Location": "/loop"})

    def route_binary(self) -> None:  # claims HTML, is binary garbage
        self.send(200, bytes(range(256)) * 200, "text/html")

    def route_image(self) -> None:  # wrong type for the crawler
        self.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 1000, "image/png")

    def route_huge(self) -> None:  # bigger than the size cap, declared
        self.send(200, b"<p>" + b"big " * 2_000_000 + b"</p>")


ROUTES = ("/fine", "/trickle", "/endless", "/bomb", "/reset", "/busy", "/burst", "/loop", "/binary", "/image", "/huge")


@contextmanager
def misbehaving_site() -> Iterator[str]:
    Handler.hits = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
