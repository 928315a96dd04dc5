"""Cancelled calls release their connections, and the pool keeps serving afterwards.

The transport call is shielded under asyncio (`_pairs.AsyncInFlight`): a cancelled caller
stops waiting at once, the request finishes in the background, and a call still queued for
its turn is never sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import Awaitable, Callable

import anyio
import pytest

from signalwire_async import AsyncRestClient

from .data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint
from .loopback import LoopbackServer, answer, connections_in_use, stall

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"


async def _settle(client: AsyncRestClient) -> None:
    """Wait (bounded) for abandoned requests to finish in the background."""
    with anyio.fail_after(10):
        while connections_in_use(client) or client._shared.in_flight._background:  # noqa: ASYNC110
            await anyio.sleep(0.01)


@pytest.mark.asyncio
async def test_a_thousand_random_cancellations_leave_the_pool_serving(
    server: LoopbackServer,
) -> None:
    server.json("GET", ONE, 200, endpoint())
    server.json("POST", ENDPOINTS, 200, endpoint())
    server.stall("GET", f"{ENDPOINTS}/slow", 0.03)
    rng = random.Random(1461)
    async with AsyncRestClient(PROJECT, TOKEN, server.host, timeout=5.0) as client:
        endpoints = client.fabric.sip_endpoints

        def call() -> Awaitable[object]:
            kind = rng.randrange(3)
            if kind == 0:
                return endpoints.get("slow")
            if kind == 1:
                return endpoints.get(ENDPOINT_ID)
            return endpoints.create(username="x", password="s3cret-pw")

        async def by_task_cancel() -> None:
            task = asyncio.ensure_future(call())
            await asyncio.sleep(rng.uniform(0, 0.04))
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

        async def by_wait_for() -> None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(call(), rng.uniform(0, 0.04))

        async def by_cancel_scope() -> None:
            with anyio.move_on_after(rng.uniform(0, 0.04)):
                await call()

        ways: list[Callable[[], Awaitable[None]]] = [by_task_cancel, by_wait_for, by_cancel_scope]
        # 1,000 cancellations, 250 at a time: some queued for a turn, some mid-request.
        for _ in range(4):
            await asyncio.gather(*(rng.choice(ways)() for _ in range(250)))
        await _settle(client)
        assert connections_in_use(client) == 0
        for _ in range(3):
            with anyio.fail_after(10):
                results = await asyncio.gather(*(endpoints.get(ENDPOINT_ID) for _ in range(64)))
            assert len(results) == 64
        assert connections_in_use(client) == 0


@pytest.mark.asyncio
async def test_a_cancelled_caller_stops_waiting_while_its_request_completes(
    server: LoopbackServer,
) -> None:
    server.stall("GET", f"{ENDPOINTS}/slow", 0.8)
    async with AsyncRestClient(PROJECT, TOKEN, server.host, timeout=5.0) as client:
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(client.fabric.sip_endpoints.get("slow"), 0.05)
        # The caller is back while its request still runs on: it did not wait for the answer
        # (a state, not a timing: the answer is 0.8 s away).
        assert client._shared.in_flight._background
        await _settle(client)
        assert server.hits[("GET", f"{ENDPOINTS}/slow")] == 1
        assert not client._shared.in_flight._background


@pytest.mark.asyncio
async def test_a_call_cancelled_while_queued_is_never_sent(server: LoopbackServer) -> None:
    server.route("GET", f"{ENDPOINTS}/slow", stall(0.2, then=answer(200, endpoint())))
    server.json("POST", ENDPOINTS, 200, endpoint())
    async with AsyncRestClient(PROJECT, TOKEN, server.host, max_in_flight=1) as client:
        endpoints = client.fabric.sip_endpoints
        slow = asyncio.ensure_future(endpoints.get("slow"))
        await asyncio.sleep(0.05)  # the only turn is taken
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(endpoints.create(username="queued", password="s3cret-pw"), 0.05)
        await slow
        await endpoints.create(username="sent", password="s3cret-pw")
        assert server.hits[("POST", ENDPOINTS)] == 1


@pytest.mark.asyncio
async def test_closing_stops_abandoned_requests(server: LoopbackServer) -> None:
    server.stall("GET", f"{ENDPOINTS}/slow", 1.0)
    client = AsyncRestClient(PROJECT, TOKEN, server.host)
    with anyio.move_on_after(0.05):
        await client.fabric.sip_endpoints.get("slow")
    assert len(client._shared.in_flight._background) == 1
    started = time.monotonic()
    await client.aclose()
    assert time.monotonic() - started < 0.9  # the stalled answer (1 s) was not waited for
    assert not client._shared.in_flight._background
