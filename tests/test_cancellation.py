"""Cancelled calls release their connections: the pool keeps serving afterwards."""

from __future__ import annotations

import asyncio
import contextlib
import random

import pytest

from signalwire_async import AsyncRestClient

from .data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint
from .loopback import LoopbackServer

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"


@pytest.mark.asyncio
async def test_cancelled_requests_do_not_poison_the_pool(server: LoopbackServer) -> None:
    server.json("GET", ONE, 200, endpoint())
    server.stall("GET", f"{ENDPOINTS}/slow", 0.05)
    rng = random.Random(7)
    async with AsyncRestClient(PROJECT, TOKEN, server.host, timeout=5.0) as client:
        endpoints = client.fabric.sip_endpoints

        async def cancelled_call() -> None:
            task = asyncio.ensure_future(endpoints.get(rng.choice(["slow", ENDPOINT_ID])))
            await asyncio.sleep(rng.uniform(0, 0.06))
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

        await asyncio.gather(*(cancelled_call() for _ in range(200)))
        for _ in range(3):
            results = await asyncio.wait_for(
                asyncio.gather(*(endpoints.get(ENDPOINT_ID) for _ in range(64))), timeout=10
            )
            assert len(results) == 64
