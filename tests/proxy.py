"""A real HTTP proxy on loopback, for tests of the client's proxy support.

`loopback_proxy()` runs a threaded proxy on 127.0.0.1 that does what a client's proxy
support needs: forward proxying (a request line with an absolute URI, `GET
http://127.0.0.1:9999/x HTTP/1.1`, is sent to that origin over a new socket and the answer
relayed back; the client side keeps alive) and `CONNECT host:port` tunnelling (`200
Connection established`, then bytes both ways until either side closes). Every request it
receives is recorded in `.seen`, so a test can prove a request went through the proxy and
which `Proxy-Authorization` arrived; `require_auth=("user", "pass")` answers 407 without it.

The origin is typically `tests/loopback.py`'s server (or `tests/tls.py`'s behind CONNECT).
Forwarded answers are buffered whole and re-framed with Content-Length; an origin that
cannot be reached, or fails before a complete answer, gets the client a 502 (and a close).
On exit every connection still open (client or origin side) is shut down and every handler
thread joined: no thread or socket outlives the `with`.
"""

from __future__ import annotations

import base64
import http.client
import select
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple
from urllib.parse import urlsplit

# Headers for one hop only (RFC 9110 7.6.1), never forwarded; Content-Length is re-made.
HOP_BY_HOP = frozenset(
    {
        "connection",
        "proxy-connection",
        "keep-alive",
        "proxy-authorization",
        "proxy-authenticate",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "content-length",
    }
)

UPSTREAM_TIMEOUT = 60.0  # a backstop only: shutdown wakes any blocked origin socket


class Seen(NamedTuple):
    """One request the proxy received. `headers`: lower-cased names (the last of repeats)."""

    method: str
    target: str  # the absolute URI of a forwarded request, `host:port` of a CONNECT
    headers: dict[str, str]


class ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    # Unbuffered reads: after a CONNECT the socket itself is piped, so nothing the client
    # sent may sit in a read buffer (header lines are read a byte at a time instead).
    rbufsize = 0
    server: LoopbackProxy

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def _record(self) -> bool:
        """Record the request; answer 407 and return False when it lacks the credentials."""
        headers = {name.lower(): value for name, value in self.headers.items()}
        with self.server.lock:
            self.server.seen.append(Seen(self.command, self.path, headers))
        expected = self.server.expected_authorization
        if expected is None or headers.get("proxy-authorization") == expected:
            return True
        self._read_body()  # keep the connection usable for the retry with credentials
        self._answer(407, b"proxy authentication required", {"Proxy-Authenticate": _REALM})
        return False

    def _answer(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response_only(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def _read_exact(self, size: int) -> bytes:
        chunks, left = [], size
        while left:
            chunk = self.rfile.read(left)
            if not chunk:
                raise ConnectionError("the client closed mid-body")
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            chunks = []
            while size := int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16):
                chunks.append(self._read_exact(size))
                self.rfile.readline()  # the CRLF after the chunk
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):  # trailers
                pass
            return b"".join(chunks)
        length = int(self.headers.get("content-length") or 0)
        return self._read_exact(length) if length else b""

    def _forward(self) -> None:
        if not self._record():
            return
        body = self._read_body()
        parts = urlsplit(self.path)
        if parts.scheme != "http" or not parts.hostname:
            self._answer(400, b"not a forward-proxy request (absolute http:// URI expected)")
            return
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        drop = HOP_BY_HOP | {
            token.strip().lower() for token in self.headers.get("connection", "").split(",")
        }
        upstream = http.client.HTTPConnection(
            parts.hostname, parts.port or 80, timeout=UPSTREAM_TIMEOUT
        )
        try:
            try:
                upstream.connect()
                self.server.track(upstream.sock)
                upstream.putrequest(self.command, path, skip_host=True, skip_accept_encoding=True)
                if "host" not in self.headers:
                    upstream.putheader("Host", parts.netloc)
                for name, value in self.headers.items():
                    if name.lower() not in drop:
                        upstream.putheader(name, value)
                if body or "content-length" in self.headers or "transfer-encoding" in self.headers:
                    upstream.putheader("Content-Length", str(len(body)))
                upstream.putheader("Connection", "close")
                upstream.endheaders(body or None)
                with upstream.getresponse() as response:
                    content = response.read()
            except (OSError, http.client.HTTPException) as error:
                self.close_connection = True
                self._answer(502, f"bad gateway: {error!r}".encode())
                return
        finally:
            if upstream.sock is not None:
                self.server.untrack(upstream.sock)
            upstream.close()
        bodiless = self.command == "HEAD" or response.status in (204, 304) or response.status < 200
        self.send_response_only(response.status, response.reason)
        for name, value in response.getheaders():
            lower = name.lower()
            if lower not in HOP_BY_HOP or (bodiless and lower == "content-length"):
                self.send_header(name, value)
        if not bodiless:
            self.send_header("Content-Length", str(len(content)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if not bodiless:
            self.wfile.write(content)

    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _forward

    def do_CONNECT(self) -> None:
        if not self._record():
            return
        host, _, port = self.path.rpartition(":")
        if not host or not port.isdigit():
            self.close_connection = True
            self._answer(400, b"CONNECT wants host:port")
            return
        try:
            upstream = socket.create_connection((host.strip("[]"), int(port)), UPSTREAM_TIMEOUT)
        except OSError as error:
            self.close_connection = True
            self._answer(502, f"bad gateway: {error!r}".encode())
            return
        try:
            self.server.track(upstream)
            self.close_connection = True  # whatever happens, this connection is the tunnel's
            self.send_response_only(200, "Connection established")
            self.end_headers()
            self._pipe(self.connection, upstream)
        finally:
            self.server.untrack(upstream)
            upstream.close()

    def _pipe(self, client: socket.socket, upstream: socket.socket) -> None:
        """Copy bytes both ways until either side closes (or fails, or the proxy stops)."""
        other = {client: upstream, upstream: client}
        client.settimeout(UPSTREAM_TIMEOUT)
        try:
            while not self.server.stopping.is_set():
                readable, _, _ = select.select([client, upstream], [], [], 0.5)
                for source in readable:
                    data = source.recv(65536)
                    if not data:
                        return
                    other[source].sendall(data)
        except OSError:
            return


_REALM = 'Basic realm="loopback-proxy"'


class LoopbackProxy(ThreadingHTTPServer):
    # Not daemons: server_close() joins them, after _sweep() has woken each one up.
    daemon_threads = False
    block_on_close = True
    request_queue_size = 128

    def __init__(self, port: int = 0, require_auth: tuple[str, str] | None = None) -> None:
        super().__init__(("127.0.0.1", port), ProxyHandler)
        self.seen: list[Seen] = []
        self.connections = 0  # client connections accepted
        self.errors: list[str] = []  # exceptions that escaped a handler (repr)
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self._open: set[socket.socket] = set()  # client and origin sockets still open
        self.expected_authorization = (
            None
            if require_auth is None
            else "Basic " + base64.b64encode(":".join(require_auth).encode()).decode()
        )

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    @property
    def url(self) -> str:
        return f"http://{self.host}"

    def url_with(self, user: str, password: str) -> str:
        """The proxy URL with user info: `http://user:password@127.0.0.1:<port>`."""
        return f"http://{user}:{password}@{self.host}"

    @property
    def targets(self) -> list[str]:
        """The target of each request seen, in order."""
        with self.lock:
            return [seen.target for seen in self.seen]

    @property
    def proxy_authorizations(self) -> list[str]:
        """Each request's Proxy-Authorization ("" when it had none), in order."""
        with self.lock:
            return [seen.headers.get("proxy-authorization", "") for seen in self.seen]

    def track(self, sock: socket.socket) -> None:
        with self.lock:
            if self.stopping.is_set():
                raise ConnectionAbortedError("the proxy is stopping")
            self._open.add(sock)

    def untrack(self, sock: socket.socket) -> None:
        with self.lock:
            self._open.discard(sock)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.lock:
            self.connections += 1
        try:
            self.track(request)
        except ConnectionAbortedError:
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        self.untrack(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that give up make late writes fail; record instead of printing a trace.
        with self.lock:
            self.errors.append(repr(sys.exc_info()[1]))

    def _sweep(self) -> None:
        """Stop accepting new sockets and shut down every open one (waking its thread)."""
        with self.lock:
            self.stopping.set()
            open_sockets = list(self._open)
        for sock in open_sockets:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@contextmanager
def loopback_proxy(
    port: int = 0, *, require_auth: tuple[str, str] | None = None
) -> Iterator[LoopbackProxy]:
    proxy = LoopbackProxy(port, require_auth)
    thread = threading.Thread(target=proxy.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        proxy.shutdown()  # no new connections after this returns
        proxy._sweep()
        proxy.server_close()  # joins the handler threads
        thread.join()
