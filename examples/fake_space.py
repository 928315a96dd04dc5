"""A small fake SignalWire space on loopback, shared by the examples (stdlib only).

It keeps SIP endpoints in memory and serves just enough of
`/api/fabric/resources/sip_endpoints` for the examples: list (paged with `links.next`),
create, get, update, delete. A username already in use answers 409, as the API does.
`rate_limit_every=N` answers every N-th write with 429 and `Retry-After`, to show the
client backing off.

    with running_fake_space() as space:
        client = AsyncRestClient("project", "token", space.host)  # loopback: plain http
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

BASE = "/api/fabric/resources/sip_endpoints"


class FakeSpaceServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops connects when 50 arrive at once

    def __init__(self, rate_limit_every: int = 0, retry_after: float = 0.2) -> None:
        super().__init__(("127.0.0.1", 0), FakeSpaceHandler)
        self.endpoints: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()
        self.rate_limit_every = rate_limit_every
        self.retry_after = retry_after
        self.writes = 0
        self.rate_limited = 0

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"


class FakeSpaceHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: FakeSpaceServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def reply(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _rate_limited(self) -> bool:
        space = self.server
        with space.lock:
            space.writes += 1
            limited = bool(space.rate_limit_every) and space.writes % space.rate_limit_every == 0
            space.rate_limited += limited
        if limited:
            self.reply(429, {"error": "Too Many Requests"}, {"Retry-After": str(space.retry_after)})
        return limited

    def handle_one(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("content-length") or 0)
        body = json.loads(self.rfile.read(length)) if length else {}
        endpoints = self.server.endpoints
        endpoint_id = url.path[len(BASE) + 1 :] if url.path.startswith(BASE + "/") else None
        if self.command != "GET" and self._rate_limited():
            return
        with self.server.lock:
            if url.path == BASE and self.command == "GET":
                query = parse_qs(url.query)
                size = int(query.get("page_size", ["50"])[0])
                start = int(query.get("page_token", ["0"])[0])
                items = list(endpoints.values())
                links = {"self": self.path, "first": f"{BASE}?page_size={size}"}
                if start + size < len(items):
                    links["next"] = f"{BASE}?page_size={size}&page_token={start + size}"
                self.reply(200, {"data": items[start : start + size], "links": links})
            elif url.path == BASE and self.command == "POST":
                if any(ep["username"] == body.get("username") for ep in endpoints.values()):
                    self.reply(409, {"error": "username is already taken"})
                    return
                new = {"type": "sip_endpoint", "id": str(uuid.uuid4()), "caller_id": None, **body}
                endpoints[new["id"]] = new
                self.reply(201, new)
            elif endpoint_id not in endpoints:
                self.reply(404, {"error": "Not Found"})
            elif self.command == "GET":
                self.reply(200, endpoints[endpoint_id])
            elif self.command == "PUT":
                endpoints[endpoint_id].update(body)
                self.reply(200, endpoints[endpoint_id])
            else:
                del endpoints[endpoint_id]
                self.reply(204)

    do_GET = do_POST = do_PUT = do_DELETE = handle_one


@contextmanager
def running_fake_space(rate_limit_every: int = 0) -> Iterator[FakeSpaceServer]:
    """Serve a fresh, empty fake space on 127.0.0.1 until the block ends."""
    space = FakeSpaceServer(rate_limit_every)
    thread = threading.Thread(target=space.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield space
    finally:
        space.shutdown()
        space.server_close()
        thread.join()
