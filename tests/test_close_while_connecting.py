"""Closing a client stops the calls still connecting: after `close()`/`aclose()` returns,
no request of the client reaches the server, and no socket is left to the garbage
collector. The call is caught in its TLS handshake, which the server holds back."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import anyio
import pytest

from signalwire_async import AsyncRestClient, ClientClosedError, RestClient, SignalWireError

from .data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint
from .tls import TLSLoopbackServer, tls_server

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"
DELAY = 1.0  # the handshake's hold-up: close() runs within it, even on a loaded machine


@pytest.fixture
def slow() -> Iterator[TLSLoopbackServer]:
    with tls_server() as server:
        server.json("GET", ONE, 200, endpoint())
        server.handshake_delay = DELAY
        yield server


def settle(server: TLSLoopbackServer) -> None:
    """Wait out the handshake's delay (and the request it would let through), then collect."""
    threading.Event().wait(DELAY * 2)
    gc.collect()  # a socket left behind would warn here, and warnings are errors


async def close_while_connecting(server: TLSLoopbackServer) -> Any:
    """What a call caught connecting ends with, when its client is closed meanwhile."""
    client = AsyncRestClient(PROJECT, TOKEN, server.url, verify=server.ca_path, max_retries=0)
    outcome: list[Any] = []

    async def call() -> None:
        try:
            outcome.append(await client.fabric.sip_endpoints.get(ENDPOINT_ID))
        except SignalWireError as exc:
            outcome.append(exc)

    async with anyio.create_task_group() as group:
        group.start_soon(call)
        await anyio.to_thread.run_sync(server.accepted.wait)
        await anyio.sleep(0.05)
        await client.aclose()
        hits_at_close = server.hits[("GET", ONE)]
    assert hits_at_close == 0
    return outcome[0]


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_aclose_stops_a_call_still_connecting(slow: TLSLoopbackServer, backend: str) -> None:
    outcome = anyio.run(close_while_connecting, slow, backend=backend)
    settle(slow)
    assert isinstance(outcome, ClientClosedError), repr(outcome)
    assert slow.hits[("GET", ONE)] == 0


def test_close_stops_a_sync_call_still_connecting(slow: TLSLoopbackServer) -> None:
    client = RestClient(PROJECT, TOKEN, slow.url, verify=slow.ca_path, max_retries=0)
    outcome: list[Any] = []

    def call() -> None:
        try:
            outcome.append(client.fabric.sip_endpoints.get(ENDPOINT_ID))
        except SignalWireError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=call)
    thread.start()
    slow.accepted.wait()
    threading.Event().wait(0.05)
    client.close()
    assert slow.hits[("GET", ONE)] == 0
    thread.join()
    settle(slow)
    assert isinstance(outcome[0], SignalWireError), repr(outcome[0])
    assert slow.hits[("GET", ONE)] == 0
