"""A real HTTP server on loopback, for tests that must exercise the real transports."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Behaviour = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes
    server: LoopbackServer

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.body = self.rfile.read(length) if length else b""
        path = self.path.split("?", 1)[0]
        with self.server.lock:
            self.server.hits[(self.command, path)] += 1
            self.server.authorizations.append(self.headers.get("authorization", ""))
        behaviour = self.server.routes.get((self.command, path))
        if behaviour is None:
            self.send_json(404, {"error": "Not Found"})
        else:
            behaviour(self)

    do_GET = do_POST = do_PUT = do_DELETE = _handle

    def send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = b"" if status in (204, 304) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


class LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[tuple[str, str], Behaviour] = {}
        self.hits: Counter[tuple[str, str]] = Counter()
        self.authorizations: list[str] = []
        self.lock = threading.Lock()

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    def json(self, method: str, path: str, status: int, body: Any) -> None:
        self.routes[(method, path)] = lambda h: h.send_json(status, body)

    def stall(self, method: str, path: str, seconds: float) -> None:
        def behaviour(handler: Handler) -> None:
            time.sleep(seconds)
            handler.send_json(200, {})

        self.routes[(method, path)] = behaviour

    def hang_up(self, method: str, path: str) -> None:
        """Read the request, then close the connection without answering."""

        def behaviour(handler: Handler) -> None:
            handler.close_connection = True

        self.routes[(method, path)] = behaviour


@contextmanager
def loopback_server() -> Iterator[LoopbackServer]:
    server = LoopbackServer()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
