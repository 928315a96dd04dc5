"""Hostile-server cases whose concurrency differs by runtime (tasks, nurseries, threads), so
they have no generated twin: closing a client while calls queue, calls abandoned by their
callers, `run_bulk` over undecodable answers, and one client used from several event loops.
"""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
import time
from collections.abc import Awaitable
from concurrent.futures import ThreadPoolExecutor

import anyio
import pytest
import trio

from signalwire_async import (
    AsyncRestClient,
    ClientClosedError,
    InvalidResponseError,
    RestClient,
    run_bulk,
)
from signalwire_async._pairs import ABANDONED_GRACE

from ._async.test_faults import CORRUPT_GZIP, GZIP
from .data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint
from .loopback import LoopbackServer, answer, raw, stall

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"
SLOW = f"{ENDPOINTS}/slow"


# 3. Nothing is sent after close: calls still queued for a turn fail with ClientClosedError.

CALLS, TURNS = 6, 2  # concurrent calls, and the client's max_in_flight
SLOW_ANSWER = stall(0.5, then=answer(200, endpoint(id="slow")))


def queued_calls_closed(server: LoopbackServer, outcomes: list[object]) -> None:
    """Checks once every call has ended: the server saw the admitted calls only, and every
    call that was still waiting for a turn failed with ClientClosedError."""
    assert len(outcomes) == CALLS
    assert server.hits[("GET", SLOW)] <= TURNS
    closed = sum(isinstance(outcome, ClientClosedError) for outcome in outcomes)
    assert closed >= CALLS - TURNS, outcomes
    gc.collect()  # a connection left open would warn now (warnings are errors)


async def outcome(call: Awaitable[object]) -> object:
    try:
        return await call
    except Exception as error:
        return error


async def until_admitted(server: LoopbackServer) -> None:
    with anyio.fail_after(5):
        while server.hits[("GET", SLOW)] < TURNS:  # noqa: ASYNC110
            await anyio.sleep(0.01)


@pytest.mark.asyncio
async def test_closing_sends_no_queued_call(server: LoopbackServer) -> None:
    server.route("GET", SLOW, SLOW_ANSWER)
    client = AsyncRestClient(PROJECT, TOKEN, server.host, max_in_flight=TURNS)
    endpoints = client.fabric.sip_endpoints
    calls = [asyncio.ensure_future(outcome(endpoints.get("slow"))) for _ in range(CALLS)]
    await until_admitted(server)
    await client.aclose()
    with anyio.fail_after(5):
        outcomes = await asyncio.gather(*calls)
    assert all(isinstance(o, ClientClosedError) for o in outcomes[TURNS:]), outcomes
    queued_calls_closed(server, outcomes)


def test_closing_sends_no_queued_call_under_trio(server: LoopbackServer) -> None:
    server.route("GET", SLOW, SLOW_ANSWER)

    async def main() -> list[object]:
        client = AsyncRestClient(PROJECT, TOKEN, server.host, max_in_flight=TURNS)
        outcomes: list[object] = []

        async def one() -> None:
            outcomes.append(await outcome(client.fabric.sip_endpoints.get("slow")))

        with trio.fail_after(5):
            async with trio.open_nursery() as nursery:
                for _ in range(CALLS):
                    nursery.start_soon(one)
                await until_admitted(server)
                await client.aclose()
        return outcomes

    queued_calls_closed(server, trio.run(main))


def test_closing_a_sync_client_sends_no_queued_call(server: LoopbackServer) -> None:
    server.route("GET", SLOW, SLOW_ANSWER)
    client = RestClient(PROJECT, TOKEN, server.host, max_in_flight=TURNS)

    def one() -> object:
        try:
            return client.fabric.sip_endpoints.get("slow")
        except Exception as error:
            return error

    with ThreadPoolExecutor(CALLS) as threads:
        futures = [threads.submit(one) for _ in range(CALLS)]
        deadline = time.monotonic() + 5
        while server.hits[("GET", SLOW)] < TURNS and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.05)  # the other threads reach the queue for a turn
        client.close()
        outcomes = [future.result(timeout=5) for future in futures]
    queued_calls_closed(server, outcomes)


# 4. Calls their callers gave up on free their turn at once, and are cancelled soon after.


@pytest.mark.asyncio
async def test_abandoned_calls_do_not_hold_up_the_next_one(server: LoopbackServer) -> None:
    server.stall("GET", SLOW, 5.0)
    server.json("GET", ONE, 200, endpoint())
    async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:  # 64 turns, 64 connections
        endpoints = client.fabric.sip_endpoints
        outcomes = await asyncio.gather(
            *(asyncio.wait_for(endpoints.get("slow"), 0.3) for _ in range(64)),
            return_exceptions=True,
        )
        assert all(isinstance(o, asyncio.TimeoutError) for o in outcomes), outcomes
        started = time.monotonic()
        assert (await endpoints.get(ENDPOINT_ID)).id == ENDPOINT_ID
        elapsed = time.monotonic() - started
    # Its turn is free at once; a connection, once the abandoned calls are cancelled.
    assert elapsed < ABANDONED_GRACE + 1.5, f"took {elapsed:.2f}s"


# 5. run_bulk records an undecodable answer as the item's failure and goes on.


async def bulk_over_corrupt_gzip(server: LoopbackServer) -> None:
    server.route("GET", f"{ENDPOINTS}/bad", raw(200, CORRUPT_GZIP, "application/json", GZIP))
    server.json("GET", ONE, 200, endpoint())
    async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:
        result = await run_bulk(
            client.fabric.sip_endpoints.get, ["bad", ENDPOINT_ID, "bad"], concurrency=2
        )
    assert [failure.index for failure in result.failed] == [0, 2]
    assert all(isinstance(failure.error, InvalidResponseError) for failure in result.failed)
    assert [found.id for found in result.results] == [ENDPOINT_ID]


@pytest.mark.asyncio
async def test_run_bulk_records_an_undecodable_answer(server: LoopbackServer) -> None:
    await bulk_over_corrupt_gzip(server)


def test_run_bulk_records_an_undecodable_answer_under_trio(server: LoopbackServer) -> None:
    trio.run(bulk_over_corrupt_gzip, server)


# 10. A client kept at module level, used from several event loops: each loop's connections
# close with it, or with the client. Run in a child with every warning an error, so that
# warnings at exit and at garbage collection count too.

CHILD = f"""
import asyncio, gc, sys
import trio
import aiohttp  # imported up front, not inside the first call's task
from signalwire_async import AsyncRestClient

ID = {ENDPOINT_ID!r}

async def twenty(client):
    asyncio.get_running_loop().slow_callback_duration = 60  # debug mode: no timing reports
    found = await asyncio.gather(*(client.fabric.sip_endpoints.get(ID) for _ in range(20)))
    assert [e.id for e in found] == [ID] * 20

async def twenty_under_trio(client):
    found = []
    async def one():
        found.append((await client.fabric.sip_endpoints.get(ID)).id)
    async with trio.open_nursery() as nursery:
        for _ in range(20):
            nursery.start_soon(one)
    assert found == [ID] * 20

first = AsyncRestClient({PROJECT!r}, {TOKEN!r}, sys.argv[1])
for _ in range(5):
    asyncio.run(twenty(first))
asyncio.run(first.aclose())

second = AsyncRestClient({PROJECT!r}, {TOKEN!r}, sys.argv[1])
asyncio.run(twenty(second))
trio.run(twenty_under_trio, second)  # first used under asyncio, then under trio
trio.run(second.aclose)

del first, second
gc.collect()
print("done")
"""


def test_a_client_used_from_several_event_loops_leaves_nothing_open(
    server: LoopbackServer,
) -> None:
    server.json("GET", ONE, 200, endpoint())
    child = subprocess.run(
        [sys.executable, "-W", "error", "-X", "dev", "-c", CHILD, server.host],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (child.returncode, child.stderr, child.stdout) == (0, "", "done\n")
    assert server.hits[("GET", ONE)] == 5 * 20 + 2 * 20
