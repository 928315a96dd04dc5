"""Fast local HTTP/1.1 keep-alive server for the benchmarks (stdlib only).

Run as its own process so its CPU time is not charged to the client being
measured. Routes:

* ``GET /api/fabric/resources/sip_endpoints/<id>``: one SIP endpoint object.
* ``GET /api/fabric/resources/sip_endpoints?page_size=N[&page_token=PA<k>]``:
  one page of ``--total-items`` distinct endpoints with relative ``links``.
* ``GET /__cpu``: ``{"cpu": <process_time>, "requests": <count>}`` of this process.

Responses are rendered once and cached, so the server is never the bottleneck.
Use :func:`start_server` or :func:`running_server` to launch it from a benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import http.client
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs

ENDPOINT_ID = "67075301-69b2-4fc3-8a2c-c95a69a5665e"
ENDPOINTS_PATH = "/api/fabric/resources/sip_endpoints"

SIP_ENDPOINT: dict[str, object] = {
    "type": "sip_endpoint",
    "id": ENDPOINT_ID,
    "username": "c3p0",
    "caller_id": "C-3P0",
    "send_as": "random",
    "ciphers": ["AEAD_AES_256_GCM_8"],
    "codecs": ["PCMU", "OPUS"],
    "encryption": "required",
    "call_handler": "ai_agent",
    "calling_handler_resource_id": "fe4093d9-58c2-4931-b4b9-5679f82652c6",
    "call_request_url": None,
    "call_request_method": "POST",
    "call_fallback_url": None,
    "call_fallback_method": "POST",
    "call_status_callback_url": None,
    "call_status_callback_method": "POST",
    "call_laml_application_id": None,
    "call_dialogflow_agent_id": None,
    "call_relay_topic": "office",
    "call_relay_topic_status_callback_url": None,
    "call_relay_context": None,
    "call_relay_context_status_callback_url": None,
    "call_relay_application": None,
    "call_video_room_id": None,
    "call_relay_script_url": None,
}

_MAX_HEADER_BYTES = 64 * 1024
_MAX_CACHE_ENTRIES = 10_000


def _item_id(index: int) -> str:
    """Return a distinct, uuid-shaped id for list item ``index``."""
    return f"00000000-0000-4000-8000-{index:012d}"


def _response(status: str, body: bytes) -> bytes:
    """Render a complete keep-alive JSON response."""
    head = (
        f"HTTP/1.1 {status}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


def _json(obj: object) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


class App:
    """Routes request targets to cached, pre-rendered response bytes."""

    def __init__(self, total_items: int) -> None:
        self.total_items = total_items
        self.requests = 0
        # Render the endpoint once with a placeholder id, then splice ids in.
        prefix, _, suffix = _json(SIP_ENDPOINT).partition(ENDPOINT_ID.encode())
        self._prefix, self._suffix = prefix, suffix
        self._items = [prefix + _item_id(i).encode() + suffix for i in range(total_items)]
        self._cache: dict[bytes, bytes] = {}
        self.not_found = _response("404 Not Found", b'{"error":"not found"}')
        self.bad_request = _response("400 Bad Request", b'{"error":"bad request"}')

    def handle(self, target: bytes) -> bytes:
        """Return the full response for ``target`` (path plus query)."""
        self.requests += 1
        if target == b"/__cpu":
            return _response(
                "200 OK", _json({"cpu": time.process_time(), "requests": self.requests})
            )
        cached = self._cache.get(target)
        if cached is None:
            cached = self._render(target.decode("latin-1"))
            if len(self._cache) >= _MAX_CACHE_ENTRIES:
                self._cache.clear()
            self._cache[target] = cached
        return cached

    def _render(self, target: str) -> bytes:
        path, _, query = target.partition("?")
        if path == ENDPOINTS_PATH:
            return self._render_page(parse_qs(query))
        if path.startswith(ENDPOINTS_PATH + "/"):
            endpoint_id = path[len(ENDPOINTS_PATH) + 1 :]
            if not endpoint_id or "/" in endpoint_id:
                return self.not_found
            return _response("200 OK", self._prefix + endpoint_id.encode() + self._suffix)
        return self.not_found

    def _render_page(self, params: dict[str, list[str]]) -> bytes:
        try:
            size = int(params.get("page_size", ["50"])[0])
            token = params.get("page_token", ["PA0"])[0]
            if not token.startswith("PA") or size < 1:
                raise ValueError(token)
            page = int(token[2:])
        except ValueError:
            return self.bad_request
        start = page * size
        data = self._items[start : start + size]
        first = f"{ENDPOINTS_PATH}?page_size={size}"
        links = {"self": f"{first}&page_token=PA{page}" if page else first, "first": first}
        if start + size < self.total_items:
            links["next"] = f"{first}&page_token=PA{page + 1}"
        body = b'{"data":[' + b",".join(data) + b'],"links":' + _json(links) + b"}"
        return _response("200 OK", body)


class HttpProtocol(asyncio.Protocol):
    """Minimal HTTP/1.1 server protocol: pipelining, partial reads, keep-alive."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buf = self.buffer + data if self.buffer else data
        out = []
        close = False
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                break
            lines = buf[:end].split(b"\r\n")
            parts = lines[0].split(b" ")
            if len(parts) != 3:
                out.append(self.app.bad_request)
                close = True
                break
            method, target, version = parts
            length = 0
            connection = b""
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value.strip() or b"0")
                elif name == b"connection":
                    connection = value.strip().lower()
            consumed = end + 4 + length  # any request body is read and ignored
            if len(buf) < consumed:
                break
            buf = buf[consumed:]
            out.append(self.app.handle(target) if method == b"GET" else self.app.not_found)
            if connection == b"close" or (version == b"HTTP/1.0" and connection != b"keep-alive"):
                close = True
                break
        transport = self.transport
        assert transport is not None
        if out:
            transport.write(out[0] if len(out) == 1 else b"".join(out))
        if close or len(buf) > _MAX_HEADER_BYTES:
            transport.close()
            buf = b""
        self.buffer = buf

    def pause_writing(self) -> None:
        if self.transport is not None:
            self.transport.pause_reading()

    def resume_writing(self) -> None:
        if self.transport is not None:
            self.transport.resume_reading()


def _exit_when_stdin_closes() -> None:
    """Exit the process when the parent closes our stdin (or dies)."""
    try:
        while sys.stdin.buffer.read(1024):
            pass
    finally:
        os._exit(0)


async def serve(host: str, port: int, total_items: int) -> None:
    """Serve forever, printing ``PORT <n>`` once listening."""
    loop = asyncio.get_running_loop()
    app = App(total_items)
    server = await loop.create_server(lambda: HttpProtocol(app), host, port, backlog=1024)
    bound_port = server.sockets[0].getsockname()[1]
    print(f"PORT {bound_port}", flush=True)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--total-items", type=int, default=100_000)
    parser.add_argument("--watch-stdin", action="store_true", help="exit when stdin reaches EOF")
    args = parser.parse_args(argv)
    if args.watch_stdin:
        threading.Thread(target=_exit_when_stdin_closes, daemon=True).start()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.host, args.port, args.total_items))


# ---------------------------------------------------------------- launching


def start_server(
    total_items: int = 100_000, host: str = "127.0.0.1"
) -> tuple[int, Callable[[], None]]:
    """Launch the server in a subprocess; return ``(port, stop_fn)``."""
    proc = subprocess.Popen(
        [
            sys.executable,
            os.path.abspath(__file__),
            "--host",
            host,
            "--port",
            "0",
            "--total-items",
            str(total_items),
            "--watch-stdin",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdin is not None
    line = proc.stdout.readline()
    if not line.startswith("PORT "):
        proc.kill()
        raise RuntimeError(f"benchmark server failed to start: {line!r}")
    port = int(line.split()[1])

    def stop() -> None:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()

    return port, stop


@dataclass
class ServerHandle:
    """A running benchmark server: its port and a way to read its CPU time."""

    host: str
    port: int

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stats(self) -> tuple[float, int]:
        """Return ``(cpu_seconds, requests_served)`` as reported by the server."""
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            conn.request("GET", "/__cpu")
            data = json.loads(conn.getresponse().read())
        finally:
            conn.close()
        return float(data["cpu"]), int(data["requests"])

    def cpu(self) -> float:
        """Return the server process's CPU time (user+sys) in seconds."""
        return self.stats()[0]


@contextlib.contextmanager
def running_server(total_items: int = 100_000, host: str = "127.0.0.1") -> Iterator[ServerHandle]:
    """Context manager that runs the server in a subprocess for its duration."""
    port, stop = start_server(total_items=total_items, host=host)
    try:
        yield ServerHandle(host, port)
    finally:
        stop()


if __name__ == "__main__":
    main()
