"""Rate limiters against a real `redis-server` (tests/redis_server.py): one schedule for every
limiter on a key, the shared pause after a 429, the budgets, the client's waits, and what
happens when Redis fails or hangs. Slots an hour apart keep the waits far from anything the
machine's speed could blur. `run_*` are plain so that tests/test_fleet_trio.py runs them
under trio, with a blocking Redis client called in a worker thread.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from signalwire_async import (
    InProcessRateLimiter,
    Rate,
    RateLimiterError,
    RedisRateLimiter,
    SignalWireRestTimeoutError,
)
from signalwire_async.testing import FakeSpace

from ..redis_server import RedisServer, dead_redis, stuck_redis

HOUR = 3600.0
SLOW = Rate(1, per=HOUR)
MESSAGES = "compat.messages.create"
ENDPOINTS = "/api/fabric/resources/sip_endpoints"


def about(expected: float) -> tuple[float, float]:
    return expected - 60, expected + 1


def limiter(redis: Any, **options: Any) -> RedisRateLimiter:
    return RedisRateLimiter(redis, key="test", **{"writes": SLOW, **options})


async def run_one_schedule(
    first: RedisRateLimiter, second: RedisRateLimiter, sleeps: list[float]
) -> None:
    # A limiter waits for the slot itself (the test's sleeps record it) and answers 0.
    assert await first.reserve_async("POST", None, None) == 0
    assert sleeps == []
    assert await second.reserve_async("PUT", None, None) == 0
    assert about(HOUR)[0] < sleeps[-1] <= about(HOUR)[1]
    # Longer than the caller would wait: nothing is booked, and the wait is the answer.
    low, high = about(2 * HOUR)
    assert low < await first.reserve_async("PATCH", None, 10.0) <= high
    assert await second.reserve_async("POST", None, None) == 0
    assert low < sleeps[-1] <= high
    assert await first.reserve_async("GET", None, None) == 0  # reads have no budget here
    assert len(sleeps) == 2


async def run_per_operation(slow_messages: RedisRateLimiter, sleeps: list[float]) -> None:
    await slow_messages.reserve_async("POST", MESSAGES, None)
    low, high = about(HOUR)
    # Its own budget says an hour; the caller waits no longer than 10 s: nothing is booked.
    assert low < await slow_messages.reserve_async("POST", MESSAGES, 10.0) <= high
    # A message waiting for its slot does not hold other writes back.
    await slow_messages.reserve_async("POST", "fabric.sip_endpoints.create", None)
    assert all(wait < 1 for wait in sleeps)


async def run_shared_pause(first: RedisRateLimiter, second: RedisRateLimiter) -> None:
    await first.pause_async(HOUR)
    low, high = about(HOUR)
    # (Asked with a short `max_wait`, so that the answer books nothing.)
    assert low < await second.reserve_async("POST", None, 10.0) <= high
    await first.pause_async(1.0)  # a shorter pause never shortens a longer one
    assert low < await second.reserve_async("PUT", None, 10.0) <= high


async def run_fail_open(redis: Any, caplog: pytest.LogCaptureFixture) -> None:
    failing = RedisRateLimiter(redis, writes=Rate(1000, per=1.0), timeout=0.5)
    with caplog.at_level(logging.WARNING, logger="signalwire_async"):
        for _ in range(3):
            assert await failing.reserve_async("POST", None, None) < 1
    warnings = [r for r in caplog.records if "Redis failed" in r.getMessage()]
    assert len(warnings) == 1  # once per outage, not per call


async def run_fail_closed(redis: Any) -> None:
    space = FakeSpace()
    failing = RedisRateLimiter(redis, writes=SLOW, on_redis_error="fail_closed", timeout=0.5)
    async with space.async_client(rate_limiter=failing) as client:
        with pytest.raises(RateLimiterError):
            await client.fabric.sip_endpoints.create(username="alice", password="s3cret-pw")
    assert list(space.requests) == []  # nothing was sent


@pytest.mark.asyncio
async def test_limiters_on_one_key_share_one_schedule(
    redis_db: RedisServer, sleeps: list[float]
) -> None:
    async with redis_db.async_client() as one, redis_db.async_client() as two:
        await run_one_schedule(limiter(one), limiter(two), sleeps)


@pytest.mark.asyncio
async def test_an_operation_budget_paces_that_operation_alone(
    redis_db: RedisServer, sleeps: list[float]
) -> None:
    async with redis_db.async_client() as redis:
        slow = limiter(redis, writes=Rate(1000, per=1.0), per_operation={MESSAGES: SLOW})
        await run_per_operation(slow, sleeps)


@pytest.mark.asyncio
async def test_a_pause_holds_back_every_limiter_on_the_key(redis_db: RedisServer) -> None:
    async with redis_db.async_client() as one, redis_db.async_client() as two:
        await run_shared_pause(limiter(one), limiter(two))


@pytest.mark.asyncio
async def test_other_keys_are_other_budgets(redis_db: RedisServer, sleeps: list[float]) -> None:
    async with redis_db.async_client() as redis:
        await limiter(redis).reserve_async("POST", None, None)
        other = RedisRateLimiter(redis, key="other", writes=SLOW)
        await other.reserve_async("POST", None, None)
    assert sleeps == []


@pytest.mark.asyncio
async def test_the_client_waits_for_its_slot_and_tells_of_429s(
    redis_db: RedisServer, sleeps: list[float]
) -> None:
    space = FakeSpace()
    space.fail_next("POST", ENDPOINTS, status=429, headers={"Retry-After": "30"})
    async with redis_db.async_client() as redis, redis_db.async_client() as other_redis:
        paced = limiter(redis, writes=Rate(1, per=10.0))
        async with space.async_client(rate_limiter=paced) as client:
            created = await client.fabric.sip_endpoints.create(
                username="alice", password="s3cret-pw"
            )
            # The retry waited out the 429, then its slot: past the pause every sharer got
            # (the test's sleeps take no time, so the pause still stood then).
            assert sleeps[0] == pytest.approx(30, abs=0.1)
            assert 25 < sleeps[1] <= 30
            # The next slot on the key: after the pause, and 10 s after the retry's.
            assert 35 < await limiter(other_redis).reserve_async("POST", None, 1.0) <= 41
            assert len(sleeps) == 2
    assert [r.method for r in space.requests] == ["POST", "POST"]
    assert created.username == "alice"


@pytest.mark.asyncio
async def test_a_slot_past_the_total_timeout_fails_the_call_unsent(
    redis_db: RedisServer, sleeps: list[float]
) -> None:
    space = FakeSpace()
    async with redis_db.async_client() as redis:
        async with space.async_client(rate_limiter=limiter(redis), total_timeout=5) as client:
            await client.fabric.sip_endpoints.create(username="alice", password="s3cret-pw")
            with pytest.raises(SignalWireRestTimeoutError, match="total_timeout"):
                await client.fabric.sip_endpoints.create(username="bob", password="s3cret-pw")
        # The refused call booked nothing: the next one is an hour away, not two.
        low, high = about(HOUR)
        assert low < await limiter(redis).reserve_async("POST", None, 10.0) <= high
    assert len(space.requests) == 1
    assert sleeps == []


@pytest.mark.asyncio
async def test_views_share_or_replace_the_limiter(sleeps: list[float]) -> None:
    space = FakeSpace()
    paced = InProcessRateLimiter(writes=SLOW)
    async with space.async_client(rate_limiter=paced) as client:
        await client.fabric.sip_endpoints.create(username="alice", password="s3cret-pw")
        await client.with_options(rate_limiter=None).fabric.sip_endpoints.create(
            username="bob", password="s3cret-pw"
        )
        assert sleeps == []
        await client.with_options(max_retries=0).fabric.sip_endpoints.create(
            username="carol", password="s3cret-pw"
        )
        assert sleeps == [pytest.approx(HOUR, abs=60)]


@pytest.mark.asyncio
async def test_a_dead_redis_fails_open_with_one_warning(
    redis_session: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    async with dead_redis().async_client() as dead:
        await run_fail_open(dead, caplog)


@pytest.mark.asyncio
async def test_a_hung_redis_fails_open_within_the_timeout(
    redis_session: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    with stuck_redis() as stuck:
        async with stuck.async_client(socket_timeout=0.3) as hung:
            await run_fail_open(hung, caplog)


@pytest.mark.asyncio
async def test_a_dead_redis_fails_closed_when_told(redis_session: RedisServer) -> None:
    async with dead_redis().async_client() as dead:
        await run_fail_closed(dead)
