"""JSON bodies that are well-formed bytes but hostile once parsed: nested too deep for the
parser, or small text that parses into a huge structure.

Each case is a plain coroutine function `run_*` (`tests/test_trio_hostile_json.py` runs it
under trio; the sync twin is generated) and a test that checks what it returns.
"""

from __future__ import annotations

import functools
import gzip
import tracemalloc
from typing import Any

import pytest

from signalwire_async import (
    AsyncRestClient,
    BadRequestError,
    InvalidResponseError,
    SignalWireError,
)

from ..data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint
from ..loopback import LoopbackServer, raw

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"
HEALTHY = "healthy"
DEEP = b"[" * 200_000 + b"]" * 200_000  # 400 KB, far deeper than any parser recursion
LIMIT = 1 << 20  # the max_response_size of the memory cases
WAYS = ["get", "request", "pages"]


def client_for(server: LoopbackServer, **options: Any) -> AsyncRestClient:
    server.json("GET", f"{ENDPOINTS}/{HEALTHY}", 200, endpoint(id=HEALTHY))
    return AsyncRestClient(PROJECT, TOKEN, server.host, max_retries=0, **options)


async def call(client: AsyncRestClient, way: str) -> Any:
    """One call that decodes the answer of `ONE` (or the list route, for `pages`)."""
    if way == "get":
        return await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    if way == "request":
        return (await client.request("GET", ONE)).json()
    return [p async for p in client.fabric.sip_endpoints.list().pages()]


async def run_deep_nesting(server: LoopbackServer, way: str, status: int) -> tuple[Any, bool]:
    """A body of 200,000 nested `[`: what the call raises, and whether the next call works."""
    server.route("GET", ONE, raw(status, DEEP, "application/json"))
    server.route("GET", ENDPOINTS, raw(status, DEEP, "application/json"))
    async with client_for(server) as client:
        try:
            await call(client, way)
        except SignalWireError as exc:
            error: Any = exc
        except RecursionError as exc:  # `.json()` of client.request() is httpx's own
            error = exc
        works = (await client.fabric.sip_endpoints.get(HEALTHY)).id == HEALTHY
    return error, works


@pytest.mark.asyncio
@pytest.mark.parametrize("way", ["get", "pages"])
async def test_a_success_nested_too_deep_is_an_invalid_response(
    server: LoopbackServer, way: str
) -> None:
    error, works = await run_deep_nesting(server, way, 200)
    assert isinstance(error, InvalidResponseError), repr(error)
    assert "nests too deeply" in str(error)
    assert works


@pytest.mark.asyncio
@pytest.mark.parametrize("way", WAYS)
async def test_an_error_nested_too_deep_is_a_status_error(server: LoopbackServer, way: str) -> None:
    error, works = await run_deep_nesting(server, way, 400)
    assert isinstance(error, BadRequestError), repr(error)
    assert error.errors == []
    assert works


@functools.cache
def empty_objects(size: int) -> bytes:
    """A JSON list of `size` bytes of `{},{},...`, gzipped (about 1/1000 of its size)."""
    text = b"[" + b"{}," * ((size - 4) // 3) + b"{}]"
    return gzip.compress(text, 9)


def gzipped(status: int, body: bytes) -> Any:
    return lambda h: h.send_raw(status, body, "application/json", {"Content-Encoding": "gzip"})


async def run_a_body_huge_once_parsed(
    server: LoopbackServer, way: str, status: int
) -> tuple[SignalWireError, int]:
    """A body within `max_response_size` whose parsed form would be 25 times larger: the
    error, and the peak memory traced while the call ran."""
    body = empty_objects(LIMIT)
    server.route("GET", ONE, gzipped(status, body))
    server.route("GET", ENDPOINTS, gzipped(status, body))
    async with client_for(server, max_response_size=LIMIT) as client:
        tracemalloc.start()
        try:
            with pytest.raises(SignalWireError) as caught:
                await call(client, way)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert (await client.fabric.sip_endpoints.get(HEALTHY)).id == HEALTHY
    return caught.value, peak


@pytest.mark.asyncio
@pytest.mark.parametrize("way", ["get", "pages"])
async def test_a_success_huge_once_parsed_is_refused_before_parsing(
    server: LoopbackServer, way: str
) -> None:
    empty_objects(LIMIT)  # built before memory is traced
    error, peak = await run_a_body_huge_once_parsed(server, way, 200)
    assert isinstance(error, InvalidResponseError), repr(error)
    assert "max_response_size" in str(error) and "parsed" in str(error)
    assert error.body is None
    assert peak < 8 * LIMIT, f"{peak:,} bytes"  # parsed, it would take about 25 * LIMIT


@pytest.mark.asyncio
@pytest.mark.parametrize("way", WAYS)
async def test_an_error_huge_once_parsed_keeps_its_status(server: LoopbackServer, way: str) -> None:
    empty_objects(LIMIT)
    error, peak = await run_a_body_huge_once_parsed(server, way, 400)
    assert isinstance(error, BadRequestError), repr(error)
    assert error.body is None
    assert peak < 8 * LIMIT, f"{peak:,} bytes"
