"""Calls queued for a turn (`max_in_flight`): the client's 429 pause holds them too, and only
what is sent counts in `stats.requests`. On asyncio and trio (one anyio coroutine each) and
from threads with the sync client; not in `tests/_async/`, since tasks and threads have no
common spelling for many concurrent calls.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import anyio.to_thread
import pytest

from signalwire_async import AsyncRestClient, RestClient, SignalWireRestTimeoutError

from .data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint
from .loopback import Handler, LoopbackServer

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"
CALLS, TURNS = 60, 4
PAUSE = 1.0  # the 429's Retry-After, in seconds
SLACK = 0.05  # clocks of the server thread and of the event loop may differ this much
BACKENDS = ["asyncio", "trio"]


class RateLimitedOnce:
    """The first request gets a 429 with `Retry-After`, once the first `TURNS` requests are
    all in; the other three answer only once a later request arrives (so they hold their
    turns through the pause, and only the turn the 429 frees can be taken). Records when
    each request arrived, and when the 429 went out."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.arrivals: list[float] = []
        self.all_in = threading.Event()
        self.later = threading.Event()
        self.limited_at = 0.0

    def __call__(self, handler: Handler) -> None:
        with self.lock:
            n = len(self.arrivals)
            self.arrivals.append(time.monotonic())
        if n == TURNS - 1:
            self.all_in.set()
        if n >= TURNS:
            self.later.set()
        if n == 0:
            self.all_in.wait(10)
            self.limited_at = time.monotonic()
            handler.send_json(429, {"error": "slow down"}, {"Retry-After": f"{PAUSE:g}"})
            return
        if n < TURNS:
            self.later.wait(10)
        handler.send_json(200, endpoint())

    def check(self) -> None:
        assert len(self.arrivals) == CALLS + 1  # each call once, and the 429's retry
        early = [
            t - self.limited_at
            for t in self.arrivals[TURNS:]
            if t < self.limited_at + PAUSE - SLACK
        ]
        assert early == [], f"{len(early)} requests reached the server during the pause"


def test_one_429_holds_back_every_queued_call(server: LoopbackServer, backend: str) -> None:
    limited = RateLimitedOnce()
    server.route("GET", ONE, limited)

    async def main() -> tuple[list[str], int]:
        found: list[str] = []
        async with AsyncRestClient(PROJECT, TOKEN, server.host, max_in_flight=TURNS) as client:

            async def get() -> None:
                found.append((await client.fabric.sip_endpoints.get(ENDPOINT_ID)).id)

            async with anyio.create_task_group() as calls:
                for _ in range(CALLS):
                    calls.start_soon(get)
            return found, client.stats.rate_limited

    found, rate_limited = anyio.run(main, backend=backend)
    assert found == [ENDPOINT_ID] * CALLS and rate_limited == 1
    limited.check()


def test_one_429_holds_back_every_queued_call_from_threads(server: LoopbackServer) -> None:
    limited = RateLimitedOnce()
    server.route("GET", ONE, limited)
    with RestClient(PROJECT, TOKEN, server.host, max_in_flight=TURNS) as client:
        with ThreadPoolExecutor(CALLS) as threads:
            found = list(
                threads.map(lambda _: client.fabric.sip_endpoints.get(ENDPOINT_ID).id, range(CALLS))
            )
        assert found == [ENDPOINT_ID] * CALLS and client.stats.rate_limited == 1
    limited.check()


# stats.requests counts what was sent: not the calls that never got their turn.

QUEUED = 8
QUEUE_TIMEOUT = 0.3  # the queued calls' total_timeout; the one sent waits for them all


def hold_until(released: threading.Event, arrived: threading.Event) -> Any:
    def behaviour(handler: Handler) -> None:
        arrived.set()
        released.wait(10)
        handler.send_json(200, endpoint())

    return behaviour


def test_calls_that_never_got_a_turn_are_not_counted(server: LoopbackServer, backend: str) -> None:
    released, arrived = threading.Event(), threading.Event()
    server.route("GET", ONE, hold_until(released, arrived))

    async def main() -> tuple[int, list[object]]:
        outcomes: list[object] = []
        async with AsyncRestClient(PROJECT, TOKEN, server.host, max_in_flight=1) as client:
            endpoints = client.fabric.sip_endpoints

            async def first() -> None:
                outcomes.append((await endpoints.get(ENDPOINT_ID)).id)

            async def queued(n: int) -> None:
                if n % 2:  # cancelled while queued
                    with anyio.move_on_after(QUEUE_TIMEOUT):
                        await endpoints.get(ENDPOINT_ID)
                    outcomes.append("cancelled")
                    return
                try:
                    await endpoints.get(ENDPOINT_ID, total_timeout=QUEUE_TIMEOUT)
                except SignalWireRestTimeoutError as error:
                    outcomes.append(error)

            async with anyio.create_task_group() as calls:
                calls.start_soon(first)
                await anyio.to_thread.run_sync(arrived.wait, 10)  # it has the only turn
                async with anyio.create_task_group() as waiting:
                    for n in range(QUEUED):
                        waiting.start_soon(queued, n)
                released.set()
            return client.stats.requests, outcomes

    requests, outcomes = anyio.run(main, backend=backend)
    assert len(outcomes) == QUEUED + 1 and ENDPOINT_ID in outcomes, outcomes
    assert server.hits[("GET", ONE)] == 1
    assert requests == 1


def test_calls_that_never_got_a_turn_are_not_counted_from_threads(
    server: LoopbackServer,
) -> None:
    released, arrived = threading.Event(), threading.Event()
    server.route("GET", ONE, hold_until(released, arrived))
    with RestClient(PROJECT, TOKEN, server.host, max_in_flight=1) as client:
        endpoints = client.fabric.sip_endpoints
        with ThreadPoolExecutor(1) as sending:
            first = sending.submit(endpoints.get, ENDPOINT_ID)
            assert arrived.wait(10)  # the first call has the only turn
            for _ in range(QUEUED):
                with pytest.raises(SignalWireRestTimeoutError):
                    endpoints.get(ENDPOINT_ID, total_timeout=QUEUE_TIMEOUT)
            released.set()
            assert first.result(10).id == ENDPOINT_ID
        assert client.stats.requests == 1
    assert server.hits[("GET", ONE)] == 1


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)
