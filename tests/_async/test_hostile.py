"""Hostile servers on loopback, beyond the fault matrix of `test_faults.py`.

Bytes beyond a response's framing, answers trickled a byte at a time, gzip bombs, servers
that hang up after reading the request, and pagers that would never end. Each case is a
plain coroutine function `run_*` (so `tests/test_trio_hostile.py` runs it under trio; the
sync twin is generated) and a test that checks what it returns. The cases whose concurrency
differs by runtime are in `tests/test_hostile_concurrency.py`.
"""

from __future__ import annotations

import functools
import json
import logging
import time
import tracemalloc
import zlib
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from signalwire_async import (
    AsyncRestClient,
    InvalidResponseError,
    ServerError,
    SignalWireRestTimeoutError,
    SignalWireRestTransportError,
)
from signalwire_async._pages import MAX_EMPTY_PAGES

from ..data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint, page
from ..loopback import (
    Behaviour,
    Handler,
    LoopbackServer,
    answer,
    hang_up,
    head,
    raw,
    send_bytes,
    trickle,
)

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"
HEALTHY = "healthy"  # an endpoint id whose route always answers well


def client_for(server: LoopbackServer, **options: Any) -> AsyncRestClient:
    """A client of `server` whose healthy route answers well."""
    server.json("GET", f"{ENDPOINTS}/{HEALTHY}", 200, endpoint(id=HEALTHY))
    return AsyncRestClient(PROJECT, TOKEN, server.host, **options)


async def still_works(client: AsyncRestClient) -> bool:
    return (await client.fabric.sip_endpoints.get(HEALTHY)).id == HEALTHY


def json_response(body: Any) -> bytes:
    """A whole, well-framed 200 JSON response, as bytes."""
    data = json.dumps(body).encode()
    return (
        head("200 OK", {"Content-Type": "application/json", "Content-Length": str(len(data))})
        + data
    )


def sends_through_aiohttp(client: AsyncRestClient) -> bool:
    """True when `client` sent through aiohttp (asyncio) rather than httpcore (trio, sync)."""
    from signalwire_async._transports.aiohttp_pool import AiohttpTransport

    transport: Any = client._shared.http._transport
    parts = transport.pools() if hasattr(transport, "pools") else [transport]
    return any(isinstance(part, AiohttpTransport) for part in parts)


# 2. Bytes beyond a response's framing: they must never be read as the next answer.

NO_CONTENT = head("204 No Content", {"Content-Length": "2"})  # a 204 has no body, yet


async def run_a_204_with_a_body(
    server: LoopbackServer, writes: int
) -> tuple[SignalWireRestTransportError | None, str, bool]:
    """DELETE answered `204` + `Content-Length: 2` + `{}` (in `writes` writes), then a POST.

    Returns the DELETE's error (if any), the POST's username and whether aiohttp sent them.
    """
    if writes == 1:
        server.route("DELETE", ONE, send_bytes(NO_CONTENT + b"{}"))
    else:
        server.route("DELETE", ONE, send_bytes(NO_CONTENT, b"{}", pause=0.05))
    server.json("POST", ENDPOINTS, 200, endpoint(username="created"))
    async with client_for(server, max_retries=0) as client:
        endpoints = client.fabric.sip_endpoints
        deleted = None
        try:
            await endpoints.delete(ENDPOINT_ID)
        except SignalWireRestTransportError as error:
            deleted = error
        created = await endpoints.create(username="created", password="s3cret-pw")
        return deleted, created.username, sends_through_aiohttp(client)


@pytest.mark.asyncio
@pytest.mark.parametrize("writes", [1, 2], ids=["one-write", "two-writes"])
async def test_a_204_with_a_body_does_not_spoil_the_next_call(
    server: LoopbackServer, writes: int
) -> None:
    deleted, created, through_aiohttp = await run_a_204_with_a_body(server, writes)
    assert created == "created"
    assert server.hits[("POST", ENDPOINTS)] == 1
    # httpcore reads a 204 as having no body; aiohttp may call the stray bytes a broken answer.
    assert deleted is None or through_aiohttp, repr(deleted)


async def run_a_response_smuggled_after_a_body(server: LoopbackServer) -> list[str]:
    """GET id1 answered with its body and, in the same write, a whole second response."""
    smuggled = json_response(endpoint(id="INJECTED"))
    server.route(
        "GET", f"{ENDPOINTS}/id1", send_bytes(json_response(endpoint(id="id1")) + smuggled)
    )
    server.json("GET", f"{ENDPOINTS}/id2", 200, endpoint(id="id2"))
    async with client_for(server, max_retries=0) as client:
        return [(await client.fabric.sip_endpoints.get(id)).id for id in ("id1", "id2")]


@pytest.mark.asyncio
async def test_a_response_smuggled_after_a_body_is_never_an_answer(
    server: LoopbackServer,
) -> None:
    assert await run_a_response_smuggled_after_a_body(server) == ["id1", "id2"]


# 4. A total deadline: a server that trickles its answer cannot stretch a call past it.

TOTAL = 1.0  # the total_timeout of these cases
SLACK = 0.5  # how late the error may come
BODY = json.dumps({"id": "x" * 30}).encode()  # 40 bytes, trickled one every 0.2 s
HEAD = head("200 OK", {"Content-Type": "application/json", "Content-Length": str(len(BODY))})
TRICKLES = {
    "body": trickle(HEAD + BODY, 0.2, at_once=len(HEAD)),
    "headers": trickle(HEAD + BODY, 0.2),
}


async def run_a_trickle(server: LoopbackServer, trickled: str, given_to: str) -> float:
    """GET from a server that trickles its `trickled`, `total_timeout` given to the client,
    a view or the call; returns the seconds until the `SignalWireRestTimeoutError`."""
    server.route("GET", ONE, TRICKLES[trickled])
    options = {"total_timeout": TOTAL} if given_to == "client" else {}
    async with client_for(server, **options) as client:
        started = time.monotonic()
        with pytest.raises(SignalWireRestTimeoutError):
            if given_to == "view":
                view = client.with_options(total_timeout=TOTAL)
                await view.fabric.sip_endpoints.get(ENDPOINT_ID)
            elif given_to == "call":
                await client.fabric.sip_endpoints.get(ENDPOINT_ID, total_timeout=TOTAL)
            else:
                await client.fabric.sip_endpoints.get(ENDPOINT_ID)
        elapsed = time.monotonic() - started
        assert await still_works(client)
    return elapsed


TRICKLE_CASES = [("body", "client"), ("body", "view"), ("body", "call"), ("headers", "client")]
TRICKLE_IDS = [f"{trickled}-{given_to}" for trickled, given_to in TRICKLE_CASES]


@pytest.mark.asyncio
@pytest.mark.parametrize(("trickled", "given_to"), TRICKLE_CASES, ids=TRICKLE_IDS)
async def test_a_trickled_answer_times_out_at_the_total_timeout(
    server: LoopbackServer, trickled: str, given_to: str
) -> None:
    elapsed = await run_a_trickle(server, trickled, given_to)
    assert elapsed < TOTAL + SLACK, f"took {elapsed:.2f}s"


async def run_503s(server: LoopbackServer, total_timeout: float) -> float:
    """GET answered 503 twice, then 200, with `max_retries=5`; returns the seconds until the
    `ServerError`."""
    server.sequence("GET", ONE, answer(503), answer(503), answer(200, endpoint()))
    async with client_for(server, max_retries=5, total_timeout=total_timeout) as client:
        started = time.monotonic()
        with pytest.raises(ServerError) as caught:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
        assert caught.value.status_code == 503
        return time.monotonic() - started


@pytest.mark.asyncio
async def test_no_retry_sleeps_past_the_total_timeout(
    server: LoopbackServer, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("signalwire_async._retry.BACKOFF_BASE", 8.0)  # first backoff: 4 s+
    await run_503s(server, total_timeout=2.0)
    assert sleeps == []
    assert server.hits[("GET", ONE)] == 1


# Real sleeps: room for the first backoff (0.25 to 0.5 s), never for both (0.75 s at least).
ROOM_FOR_ONE_RETRY = 0.75


@pytest.mark.asyncio
async def test_retries_stop_at_the_total_timeout(server: LoopbackServer) -> None:
    elapsed = await run_503s(server, total_timeout=ROOM_FOR_ONE_RETRY)
    assert server.hits[("GET", ONE)] == 2
    assert elapsed < ROOM_FOR_ONE_RETRY, f"took {elapsed:.2f}s"


# 6. One attempt sends one request: no transport resends a request on its own.


async def call(client: AsyncRestClient, method: str) -> object:
    endpoints = client.fabric.sip_endpoints
    if method == "GET":
        return await endpoints.get(ENDPOINT_ID)
    if method == "PUT":
        return await endpoints.update(ENDPOINT_ID, username="r2d2")
    await endpoints.delete(ENDPOINT_ID)
    return None


async def run_hang_ups(server: LoopbackServer, method: str, max_retries: int) -> int:
    """`method` to a server that reads the request and closes; returns the requests it saw."""
    server.route(method, ONE, hang_up)
    async with client_for(server, max_retries=max_retries) as client:
        # A pooled connection first: when a reused connection fails, aiohttp would send the
        # request again on a new one by itself.
        assert await still_works(client)
        with pytest.raises(SignalWireRestTransportError):
            await call(client, method)
        assert await still_works(client)
    return server.hits[(method, ONE)]


@pytest.mark.asyncio
@pytest.mark.parametrize("max_retries", [0, 2])
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
async def test_each_attempt_sends_one_request(
    server: LoopbackServer, sleeps: list[float], method: str, max_retries: int
) -> None:
    assert await run_hang_ups(server, method, max_retries) == 1 + max_retries
    assert len(sleeps) == max_retries


# 8. A bound on the body, raw and decoded: a gzip bomb is not inflated past it.

LIMIT = 1 << 20  # the max_response_size of these cases
BOMB_SIZE = 64 << 20  # what the bomb inflates to


@functools.cache
def gzip_bomb() -> bytes:
    """64 MiB of zeros gzipped (about 64 KB), built 1 MiB at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(1 << 20)
    return b"".join([*(packer.compress(zeros) for _ in range(BOMB_SIZE >> 20)), packer.flush()])


OVERSIZED: dict[str, Behaviour] = {
    "gzip-bomb": lambda h: h.send_raw(
        200, gzip_bomb(), "application/json", {"Content-Encoding": "gzip"}
    ),
    "plain": raw(200, b" " * (LIMIT + 1), "application/json"),
}


async def run_an_oversized_body(
    server: LoopbackServer, oversized: str
) -> tuple[InvalidResponseError, int]:
    """GET answered with a body beyond `max_response_size`; returns the error and the peak
    memory traced while the call ran."""
    server.route("GET", ONE, OVERSIZED[oversized])
    async with client_for(server, max_response_size=LIMIT) as client:
        tracemalloc.start()
        try:
            with pytest.raises(InvalidResponseError) as caught:
                await client.fabric.sip_endpoints.get(ENDPOINT_ID)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert await still_works(client)
    return caught.value, peak


@pytest.mark.asyncio
@pytest.mark.parametrize("oversized", list(OVERSIZED))
async def test_a_body_beyond_max_response_size_is_not_read(
    server: LoopbackServer, oversized: str
) -> None:
    gzip_bomb()  # built before memory is traced
    error, peak = await run_an_oversized_body(server, oversized)
    assert "max_response_size" in str(error)
    assert error.body is None
    assert error.status_code == 200
    assert peak < 8 * LIMIT, f"{peak:,} bytes"  # the bomb inflates to 64 * LIMIT
    assert server.hits[("GET", ONE)] == 1


# 9, 11. Pagers stop where a server would lead them on forever, or elsewhere.


def by_page_token(pages: dict[str | None, dict[str, Any]]) -> Behaviour:
    """Answer the list route with the page of the request's `page_token` (None: none)."""

    def behaviour(handler: Handler) -> None:
        token = parse_qs(urlsplit(handler.path).query).get("page_token", [None])[0]
        answer(200, pages[token])(handler)

    return behaviour


def endless_empty_pages(handler: Handler) -> None:
    """An empty page with a fresh `page_token`, up to the 30th page (so a pager that never
    stops by itself still ends)."""
    with handler.server.lock:
        served = handler.server.hits[("GET", ENDPOINTS)]
    next_link = f"{ENDPOINTS}?page_token=t{served}" if served < 30 else None
    answer(200, page([], next_link))(handler)


async def walk(server: LoopbackServer) -> list[str]:
    """The ids the list pager yields; it gives up after 10 (a pager that loops for ever)."""
    found: list[str] = []
    async with client_for(server) as client:
        async for item in client.fabric.sip_endpoints.list():
            found.append(item.id)
            if len(found) == 10:
                break
    return found


async def run_endless_empty_pages(server: LoopbackServer) -> list[str]:
    server.route("GET", ENDPOINTS, endless_empty_pages)
    return await walk(server)


async def run_a_next_link_back_to_the_first_page(server: LoopbackServer) -> list[str]:
    first = f"http://{server.host}{ENDPOINTS}"
    pages = {
        None: page([endpoint(id="a")], f"{ENDPOINTS}?page_token=2"),
        "2": page([endpoint(id="b")], first),
    }
    server.route("GET", ENDPOINTS, by_page_token(pages))
    return await walk(server)


async def run_a_next_link_with_user_info(server: LoopbackServer) -> list[str]:
    link = f"http://user:pass@{server.host}{ENDPOINTS}?page_token=2"
    pages = {None: page([endpoint(id="a")], link), "2": page([endpoint(id="b")])}
    server.route("GET", ENDPOINTS, by_page_token(pages))
    return await walk(server)


@pytest.mark.asyncio
async def test_a_pager_gives_up_on_endless_empty_pages(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="signalwire_async"):
        assert await run_endless_empty_pages(server) == []
    assert server.hits[("GET", ENDPOINTS)] <= MAX_EMPTY_PAGES
    assert "empty pages in a row" in caplog.text


@pytest.mark.asyncio
async def test_a_pager_never_reads_the_first_page_twice(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="signalwire_async"):
        assert await run_a_next_link_back_to_the_first_page(server) == ["a", "b"]
    assert server.hits[("GET", ENDPOINTS)] == 2
    assert "already read" in caplog.text


@pytest.mark.asyncio
async def test_a_pager_does_not_follow_a_next_link_with_user_info(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="signalwire_async"):
        assert await run_a_next_link_with_user_info(server) == ["a"]
    assert server.hits[("GET", ENDPOINTS)] == 1
    assert "user info" in caplog.text
