"""Load: far more concurrent calls than connections queue for a turn instead of failing.

Plain httpx hands every call to its pool at once; with thousands waiting there, calls fail
with `PoolTimeout` or crawl (httpx #1171). The client admits at most `max_in_flight` calls
to the pool and queues the rest.
"""

from __future__ import annotations

import asyncio
import json
import random
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import anyio
import httpx
import pytest
import trio

from signalwire_async import AsyncRestClient, RestClient, _pairs

from .data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint
from .loopback import Handler, LoopbackServer, answer, connections_in_use

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"
# A pool timeout far shorter than the whole run: a call waiting in the pool would fail.
SHORT_POOL_WAIT = httpx.Timeout(10.0, pool=0.5)


class Overlap:
    """A route behaviour that records how many requests the server handles at once."""

    def __init__(self, seconds: float = 0.0) -> None:
        self.seconds = seconds
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0
        self.reply = answer(200, endpoint())

    def __call__(self, handler: Handler) -> None:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            if self.seconds:
                time.sleep(self.seconds)
        finally:
            with self.lock:
                self.now -= 1
        self.reply(handler)


def test_ten_thousand_concurrent_calls_through_64_connections(server: LoopbackServer) -> None:
    overlap = Overlap()
    server.route("GET", ONE, overlap)
    child = subprocess.run(
        [sys.executable, "-m", "tests._load_child", server.host, "10000"],
        cwd=Path(__file__).parents[1],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    report = json.loads(child.stdout)
    assert report["errors"] == [] and report["ok"] == 10_000, report
    assert server.hits[("GET", ONE)] == 10_000  # no retries: nothing failed
    assert overlap.most <= 64
    # Memory grows with the calls waiting, not with retries or connections: about 6 KiB per
    # queued call, results included, on CPython 3.11 (10,000 calls: ~60 MiB).
    assert report["rss_growth_mib"] < 150, report


@pytest.mark.asyncio
async def test_callers_beyond_the_limit_wait_their_turn(server: LoopbackServer) -> None:
    overlap = Overlap(seconds=0.02)
    server.route("GET", ONE, overlap)
    async with AsyncRestClient(PROJECT, TOKEN, server.host, max_in_flight=5) as client:
        view = client.with_options(max_retries=0)  # views share the limit
        calls = [client.fabric.sip_endpoints.get(ENDPOINT_ID) for _ in range(20)]
        calls += [view.fabric.sip_endpoints.get(ENDPOINT_ID) for _ in range(20)]
        await asyncio.gather(*calls)
    assert overlap.most == 5


@pytest.mark.parametrize("limit", [0, -3, True, 1.5])
def test_rejects_a_bad_in_flight_limit(limit: object) -> None:
    with pytest.raises(ValueError, match="max_in_flight must be a positive int or None"):
        AsyncRestClient(PROJECT, TOKEN, "example", max_in_flight=limit)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_in_flight must be a positive int or None"):
        RestClient(PROJECT, TOKEN, "example", max_in_flight=limit)  # type: ignore[arg-type]


def test_the_limit_follows_the_pool_unless_given() -> None:
    limits = httpx.Limits(max_connections=30)
    assert AsyncRestClient(PROJECT, TOKEN, "example", limits=limits)._shared.in_flight.limit == 30
    unlimited = AsyncRestClient(PROJECT, TOKEN, "example", max_in_flight=None)
    assert unlimited._shared.in_flight.limit is None
    assert RestClient(PROJECT, TOKEN, "example", max_in_flight=7)._shared.in_flight.limit == 7


def test_threads_share_the_sync_clients_limit(server: LoopbackServer) -> None:
    overlap = Overlap(seconds=0.01)
    server.route("GET", ONE, overlap)
    with (
        RestClient(PROJECT, TOKEN, server.host, max_in_flight=4) as client,
        ThreadPoolExecutor(16) as threads,
    ):
        results = list(
            threads.map(lambda _: client.fabric.sip_endpoints.get(ENDPOINT_ID), range(64))
        )
    assert len(results) == 64
    assert overlap.most == 4


def test_trio_load_and_a_thousand_cancellations(server: LoopbackServer) -> None:
    """Under trio requests go through httpcore's pool; the same guarantees hold."""
    server.route("GET", ONE, answer(200, endpoint()))
    server.stall("GET", f"{ENDPOINTS}/slow", 0.03)
    rng = random.Random(1093)

    async def main() -> None:
        async with AsyncRestClient(PROJECT, TOKEN, server.host, timeout=SHORT_POOL_WAIT) as client:
            endpoints = client.fabric.sip_endpoints

            async def cancelled() -> None:
                with trio.move_on_after(rng.uniform(0, 0.04)):
                    await endpoints.get(rng.choice(["slow", ENDPOINT_ID]))

            for _ in range(4):
                async with trio.open_nursery() as nursery:
                    for _ in range(250):
                        nursery.start_soon(cancelled)
            assert connections_in_use(client) == 0

            done = 0

            async def one() -> None:
                nonlocal done
                await endpoints.get(ENDPOINT_ID)
                done += 1

            with trio.fail_after(60):
                async with trio.open_nursery() as nursery:
                    for _ in range(2_000):
                        nursery.start_soon(one)
            assert done == 2_000
            assert connections_in_use(client) == 0

    trio.run(main)


def most_at_once(in_flight: _pairs.AsyncInFlight, calls: int, runs: list[str]) -> int:
    """Send `calls` sleeping calls through `in_flight` in each of `runs` (fresh loops)."""
    running = most = 0

    async def call() -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await anyio.sleep(0.01)
        running -= 1

    async def burst() -> None:
        async with anyio.create_task_group() as group:
            for _ in range(calls):
                group.start_soon(in_flight.run, call)

    for backend in runs:
        anyio.run(burst, backend=backend)
    return most


def test_the_queue_is_rebuilt_for_each_event_loop() -> None:
    """An `AsyncInFlight` used under a new event loop (or trio) gets a fresh semaphore."""
    in_flight = _pairs.AsyncInFlight(2)
    assert most_at_once(in_flight, 6, ["asyncio", "asyncio", "trio"]) == 2


def test_without_a_limit_every_call_runs_at_once() -> None:
    assert most_at_once(_pairs.AsyncInFlight(None), 20, ["asyncio", "trio"]) == 20
    assert _pairs.InFlight(None).run(lambda: "ran") == "ran"
