"""A real HTTP server on loopback, for tests that must exercise the real transports.

A route answers with a behaviour: a function of the request handler. Besides well-formed
answers there are faults (`reset`, `truncate`, `stall`, `hang_up`, ...), and `sequence`
answers the n-th hit of a route with the n-th behaviour.
"""

from __future__ import annotations

import itertools
import json
import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from signalwire_async import AsyncRestClient, RestClient

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
        self.send_raw(status, data, "application/json", headers)

    def send_raw(
        self,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
        *,
        length: int | None = None,
    ) -> None:
        """Status line, headers and `body`; `length` overrides the Content-Length sent."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


# Behaviours. A route may also use any function of the handler.


def answer(status: int, body: Any = None, headers: dict[str, str] | None = None) -> Behaviour:
    """A JSON answer (`{}` when `body` is None)."""
    return lambda h: h.send_json(status, {} if body is None else body, headers)


def raw(
    status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
) -> Behaviour:
    """Any bytes with any content type: `raw(200, b'{"id": ', "application/json")`."""
    return lambda h: h.send_raw(status, body, content_type, headers)


def redirect(status: int, location: str) -> Behaviour:
    return lambda h: h.send_raw(status, b"", "text/plain", {"Location": location})


_PARTIAL = b'{"id": "' + b"x" * 100 + b'"}'  # 110 bytes; the faults send its first 10


def truncate(sent: int = 10) -> Behaviour:
    """Promise the whole of a JSON body, send `sent` bytes of it, then close cleanly (FIN)."""

    def behaviour(handler: Handler) -> None:
        handler.send_raw(200, _PARTIAL[:sent], "application/json", length=len(_PARTIAL))
        handler.close_connection = True

    return behaviour


def reset(sent: int = 10) -> Behaviour:
    """Promise the whole of a JSON body, send `sent` bytes of it, then abort with a TCP RST."""

    def behaviour(handler: Handler) -> None:
        handler.send_raw(200, _PARTIAL[:sent], "application/json", length=len(_PARTIAL))
        handler.close_connection = True
        # SO_LINGER on with a zero timeout makes close() send RST instead of FIN. The
        # request's makefile() holds a reference that would keep the socket open: drop it.
        handler.rfile.close()
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.connection.close()

    return behaviour


def stall(seconds: float, then: Behaviour | None = None) -> Behaviour:
    """Answer (`then`, or 200 `{}`) only after `seconds`; when the server stops first, close."""

    def behaviour(handler: Handler) -> None:
        if handler.server.stopping.wait(seconds):
            handler.close_connection = True
        else:
            (then or answer(200))(handler)

    return behaviour


def hang_up(handler: Handler) -> None:
    """Read the request, then close the connection without answering."""
    handler.close_connection = True


def head(status: str, headers: dict[str, str]) -> bytes:
    """A status line and headers as sent: `head("204 No Content", {"Content-Length": "2"})`.

    `status` is sent as it is, so it may be malformed (`"2OO OK"`)."""
    lines = [f"HTTP/1.1 {status}", *(f"{name}: {value}" for name, value in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def send_bytes(*writes: bytes, pause: float = 0.0) -> Behaviour:
    """Answer with these bytes as they are, whatever their framing, one socket write each and
    `pause` seconds apart; the connection then stays open for the next request."""

    def behaviour(handler: Handler) -> None:
        for n, data in enumerate(writes):
            if n and handler.server.stopping.wait(pause):
                return
            handler.wfile.write(data)

    return behaviour


def trickle(data: bytes, every: float, at_once: int = 0) -> Behaviour:
    """Send `data` one byte every `every` seconds (its first `at_once` bytes in one write),
    until it is all sent, the client goes away or the server stops; then close."""

    def behaviour(handler: Handler) -> None:
        handler.close_connection = True
        try:
            handler.wfile.write(data[:at_once])
            for n in range(at_once, len(data)):
                if handler.server.stopping.wait(every):
                    return
                handler.wfile.write(data[n : n + 1])
        except OSError:  # the client gave up
            return

    return behaviour


class LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops connects when 64 arrive at once

    def __init__(self, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.routes: dict[tuple[str, str], Behaviour] = {}
        self.hits: Counter[tuple[str, str]] = Counter()
        self.authorizations: list[str] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()  # set on shutdown: ends stalls early

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    def route(self, method: str, path: str, behaviour: Behaviour) -> None:
        self.routes[(method, path)] = behaviour

    def sequence(self, method: str, path: str, *behaviours: Behaviour) -> None:
        """The n-th hit gets the n-th behaviour; hits after the last get the last one."""
        counter = itertools.count()

        def behaviour(handler: Handler) -> None:
            with self.lock:
                n = next(counter)
            behaviours[min(n, len(behaviours) - 1)](handler)

        self.routes[(method, path)] = behaviour

    def json(self, method: str, path: str, status: int, body: Any) -> None:
        self.route(method, path, answer(status, body))

    def stall(self, method: str, path: str, seconds: float) -> None:
        self.route(method, path, stall(seconds))

    def hang_up(self, method: str, path: str) -> None:
        """Read the request, then close the connection without answering."""
        self.route(method, path, hang_up)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (a timeout) makes late writes fail; nobody needs the trace.
        pass


@contextmanager
def loopback_server(port: int = 0) -> Iterator[LoopbackServer]:
    server = LoopbackServer(port)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join()


def refused_host() -> str:
    """A `127.0.0.1:<port>` where nothing listens (a port just bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{probe.getsockname()[1]}"


def connections_in_use(client: AsyncRestClient | RestClient) -> int:
    """Connections of `client`'s own pool that are checked out, plus requests queued for one.

    Works for the async client (aiohttp's pool under asyncio, httpcore's under trio) and the
    sync one (httpcore's sync pool). Call it before closing the client: closing clears pools.
    """
    from signalwire_async._transports.aiohttp_pool import AiohttpTransport
    from signalwire_async._transports.per_loop import PerLoopTransport

    transport: Any = client._shared.http._transport
    parts = transport.pools() if isinstance(transport, PerLoopTransport) else [transport]
    in_use = 0
    for part in parts:
        if isinstance(part, AiohttpTransport):
            connector: Any = part.session.connector
            in_use += len(connector._acquired)
            in_use += sum(len(waiters) for waiters in connector._waiters.values())
        elif isinstance(part, httpx.AsyncHTTPTransport | httpx.HTTPTransport):
            pool = part._pool
            in_use += sum(not c.is_idle() and not c.is_closed() for c in pool.connections)
            in_use += sum(r.is_queued() for r in pool._requests)
        else:
            raise TypeError(f"connections_in_use: unknown transport {part!r}")
    return in_use
