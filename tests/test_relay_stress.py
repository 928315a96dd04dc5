"""RELAY under churn: 1,000 requests cancelled at random moments, then a healthy session;
10,000 requests over one session with random slow replies (some outlive their deadline).
Nothing here asserts a time: only outcomes and what is left behind."""

from __future__ import annotations

import random

import anyio
import pytest

from signalwire_async.relay import RelayTimeoutError
from signalwire_async.testing import FakeRelay

from .relay_helpers import backend, client_for, relay, run

__all__ = ["backend", "relay"]  # fixtures


def test_a_thousand_random_cancellations_leave_a_healthy_session(
    relay: FakeRelay, backend: str
) -> None:
    rng = random.Random(24)
    relay.slow_replies(0.3, 0.01, seed=24)

    async def body() -> None:
        async with client_for(relay) as client:

            async def one(delay: float) -> None:
                with anyio.move_on_after(delay):
                    await client.execute("signalwire.ping", {})

            for _ in range(10):
                async with anyio.create_task_group() as tg:
                    for _ in range(100):
                        tg.start_soon(one, rng.uniform(0, 0.01))
            relay.slow_replies(0, 0)
            for _ in range(20):
                assert (await client.execute("signalwire.ping", {}))["timestamp"]
            assert client._requests.pending == {} and not client._requests.queue
            assert client.connected

    run(backend, body)
    assert relay.logins == 1


@pytest.mark.parametrize("total", [10_000])
def test_soak_ten_thousand_requests_over_one_session(
    relay: FakeRelay, backend: str, total: int
) -> None:
    relay.slow_replies(0.01, 2.0, seed=7)  # 1 % of replies come after their deadline
    outcomes = {"ok": 0, "timeout": 0}

    async def body() -> None:
        async with client_for(relay, request_timeout=0.5) as client:

            async def worker(count: int) -> None:
                for _ in range(count):
                    try:
                        await client.execute("signalwire.ping", {})
                        outcomes["ok"] += 1
                    except RelayTimeoutError:
                        outcomes["timeout"] += 1

            async with anyio.create_task_group() as tg:
                for _ in range(50):
                    tg.start_soon(worker, total // 50)
            assert client._requests.pending == {}

    run(backend, body)
    assert outcomes["ok"] + outcomes["timeout"] == total
    # The slow replies time out, each alone; how many others a loaded machine also delays
    # past 0.5 s is not this test's business.
    assert outcomes["timeout"] > 0 and outcomes["ok"] > total // 2
    assert relay.logins == 1
