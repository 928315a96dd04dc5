"""Every route to the wire sends the same request: our aiohttp pool (asyncio), httpcore's
(trio, and the blocking client), and a caller's own `httpx.AsyncClient`, compared on what a
loopback server receives (`transports.requests` builds one request for all of them)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import trio

from signalwire_async import AsyncRestClient, RestClient

from .data import PROJECT, TOKEN
from .loopback import Handler, LoopbackServer

Seen = tuple[str, str, list[tuple[str, str]], bytes]

# (method, path, keyword arguments of `client.request`)
CALLS: list[tuple[str, str, dict[str, Any]]] = [
    ("GET", "/api/things/a-1", {}),
    ("GET", "/api/things", {"params": {"q": "a b&c/é", "n": 2, "on": True, "l": ["x", "y"]}}),
    ("GET", "/api/things/odd%20id", {"extra_query": {"page_size": 5}}),
    ("POST", "/api/things", {"json": {"name": "café", "n": [1, 2.5, None]}}),
    ("POST", "/api/things", {"data": {"To": "+1 555 0100", "Body": "hi & bye", "ok": False}}),
    ("POST", "/api/things", {}),
    ("PUT", "/api/things/a-2", {"extra_headers": {"Content-Type": "application/json"}}),
    ("PUT", "/api/things/a-1", {"json": {"a": 1}, "extra_body": {"b": "two"}}),
    ("DELETE", "/api/things/a-1", {"extra_headers": {"X-Trace": "t-1", "Accept": "*/*"}}),
    ("DELETE", "/api/things/a-1", {"params": {"force": "yes"}}),
]


def _recording(server: LoopbackServer) -> list[Seen]:
    seen: list[Seen] = []

    def record(handler: Handler) -> None:
        headers = [(name.lower(), value) for name, value in handler.headers.items()]
        seen.append((handler.command, handler.path, headers, handler.body))
        handler.send_json(200, {})

    for method, path, _ in CALLS:
        server.route(method, path.split("?")[0].replace("%20", " "), record)
        server.route(method, path.split("?")[0], record)
    return seen


async def _send_all(client: AsyncRestClient) -> None:
    async with client:
        for method, path, keywords in CALLS:
            await client.request(method, path, **keywords)


def _received(server: LoopbackServer, send: Callable[[], None]) -> list[Seen]:
    seen = _recording(server)
    send()
    assert len(seen) == len(CALLS)
    return seen


def test_every_route_sends_the_same_request(server: LoopbackServer) -> None:
    def on_asyncio() -> None:  # our aiohttp pool
        asyncio.run(_send_all(AsyncRestClient(PROJECT, TOKEN, server.host)))

    def on_trio() -> None:  # our httpcore pool
        trio.run(_send_all, AsyncRestClient(PROJECT, TOKEN, server.host))

    def blocking() -> None:
        with RestClient(PROJECT, TOKEN, server.host) as client:
            for method, path, keywords in CALLS:
                client.request(method, path, **keywords)

    reference = _received(server, on_asyncio)
    assert _received(server, on_trio) == reference
    assert _received(server, blocking) == reference
    # What the calls sent, checked once here (the routes above agree with it).
    first, query, quoted, as_json, form, empty, typed, put, delete, delete_query = reference
    assert first[:2] == ("GET", "/api/things/a-1") and first[3] == b""
    assert query[1] == "/api/things?q=a+b%26c%2F%C3%A9&n=2&on=true&l=x&l=y"
    assert quoted[1] == "/api/things/odd%20id?page_size=5"
    assert json.loads(as_json[3]) == {"name": "café", "n": [1, 2.5, None]}
    assert ("content-type", "application/json") in as_json[2]
    assert form[3] == b"To=%2B1+555+0100&Body=hi+%26+bye&ok=false"
    assert ("content-type", "application/x-www-form-urlencoded") in form[2]
    assert ("content-length", "0") in empty[2] and empty[3] == b""
    assert not any(name == "content-type" for name, _ in empty[2])  # no type guessed
    assert ("content-type", "application/json") in typed[2]  # the caller's, once
    assert [name for name, _ in typed[2]].count("content-type") == 1
    assert json.loads(put[3]) == {"a": 1, "b": "two"}
    assert ("x-trace", "t-1") in delete[2] and ("accept", "*/*") in delete[2]
    assert ("content-length", "0") in delete[2]
    assert delete_query[1] == "/api/things/a-1?force=yes"
    for _, _, headers, body in reference:
        names = [name for name, _ in headers]
        assert names.count("host") == 1 and names.count("authorization") == 1
        assert dict(headers)["host"] == server.host
        if body:
            assert dict(headers)["content-length"] == str(len(body))


def test_a_callers_http_client_sends_the_same_request(server: LoopbackServer) -> None:
    """httpx adds its own defaults (`Connection`, ...) on a caller's client, and no
    `Content-Length: 0` to a DELETE: the rest agrees."""

    async def through(http: httpx.AsyncClient | None) -> None:
        await _send_all(AsyncRestClient(PROJECT, TOKEN, server.host, http_client=http))

    async def callers() -> None:
        async with httpx.AsyncClient() as http:
            await through(http)

    ours = _received(server, lambda: asyncio.run(through(None)))
    theirs = _received(server, lambda: asyncio.run(callers()))
    for (method, path, headers, body), (method2, path2, headers2, body2) in zip(
        ours, theirs, strict=True
    ):
        assert (method, path, body) == (method2, path2, body2)
        if method == "DELETE":
            headers = [h for h in headers if h != ("content-length", "0")]
        assert set(headers) <= set(headers2), (method, path)
