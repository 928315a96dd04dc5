"""Rate limits beyond the async/sync twins: the parts under trio, asyncio-only timeouts,
input checks, the fake space's write budget, and a fleet of worker processes (asyncio, trio
and sync at once) sharing one budget through a real `redis-server`."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
import trio

from signalwire_async import (
    AsyncRestClient,
    InProcessRateLimiter,
    Rate,
    RateLimitError,
    RedisRateLimiter,
    RestClient,
)
from signalwire_async._rate._budget import Schedule
from signalwire_async.testing import FakeSpace, Faults
from signalwire_async.testing._faults import FaultInjector

from ._async.test_fleet import (
    HOUR,
    SLOW,
    limiter,
    run_fail_open,
    run_one_schedule,
    run_per_operation,
    run_shared_pause,
)
from .redis_server import RedisServer, stuck_redis

ROOT = Path(__file__).resolve().parent.parent
ENDPOINTS = "/api/fabric/resources/sip_endpoints"


# -- trio: a blocking Redis client, called in a worker thread ---------------------------------


def test_one_schedule_under_trio(redis_db: RedisServer, sleeps: list[float]) -> None:
    with redis_db.client() as one, redis_db.client() as two:
        trio.run(run_one_schedule, limiter(one), limiter(two), sleeps)


def test_operation_budgets_and_the_pause_under_trio(
    redis_db: RedisServer, sleeps: list[float]
) -> None:
    with redis_db.client() as one, redis_db.client() as two:
        slow = limiter(
            one, writes=Rate(1000, per=1.0), per_operation={"compat.messages.create": SLOW}
        )
        trio.run(run_per_operation, slow, sleeps)
        redis_db.flush()
        trio.run(run_shared_pause, limiter(one), limiter(two))


def test_a_hung_redis_fails_open_under_trio(
    redis_session: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    with stuck_redis() as stuck, stuck.client(socket_timeout=0.3) as hung:
        trio.run(run_fail_open, hung, caplog)


def test_the_asyncio_redis_client_is_refused_under_trio(redis_db: RedisServer) -> None:
    async def main() -> None:
        paced = limiter(redis_db.async_client())
        with pytest.raises(TypeError, match="asyncio only"):
            await paced.reserve_async("POST", None, None)

    trio.run(main)


def test_a_hung_asyncio_redis_without_socket_timeout_is_bounded_by_ours(
    redis_session: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    import asyncio

    async def main() -> None:
        with stuck_redis() as stuck:
            async with stuck.async_client() as hung:  # no socket timeout: ours bounds it
                await run_fail_open(hung, caplog)

    asyncio.run(main())


# -- input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda: Rate(0),
        lambda: Rate(True),
        lambda: Rate(1, per=0),
        lambda: Rate(1, per=float("inf")),
    ],
)
def test_bad_rates_are_refused(make: Any) -> None:
    with pytest.raises(ValueError, match="Rate"):
        make()


def test_limiters_check_their_arguments(redis_session: RedisServer) -> None:
    with pytest.raises(ValueError, match="at least one"):
        InProcessRateLimiter()
    with pytest.raises(TypeError, match="writes must be a Rate"):
        InProcessRateLimiter(writes=100)  # type: ignore[arg-type]
    import redis

    with redis.Redis(unix_socket_path=redis_session.socket_path, socket_timeout=None) as no_timeout:
        with pytest.raises(ValueError, match="socket_timeout"):
            RedisRateLimiter(no_timeout, writes=SLOW)
    with redis_session.client() as client:
        with pytest.raises(ValueError, match="on_redis_error"):
            RedisRateLimiter(client, writes=SLOW, on_redis_error="ignore")
    with pytest.raises(TypeError, match="redis-py client"):
        RedisRateLimiter(object(), writes=SLOW)


def test_clients_refuse_what_is_not_a_limiter() -> None:
    for make in (AsyncRestClient, RestClient):
        with pytest.raises(TypeError, match="rate_limiter must be"):
            make("p", "t", "example", rate_limiter=Rate(1))  # type: ignore[arg-type]
    with RestClient("p", "t", "example") as client:
        with pytest.raises(TypeError, match="rate_limiter must be"):
            client.with_options(rate_limiter="fast")  # type: ignore[arg-type]


def test_the_blocking_client_refuses_an_asyncio_redis(redis_session: RedisServer) -> None:
    space = FakeSpace()
    paced = limiter(redis_session.async_client())
    with space.client(rate_limiter=paced) as client:
        with pytest.raises(TypeError, match=r"redis\.Redis"):
            client.fabric.sip_endpoints.create(username="alice", password="s3cret-pw")
    assert list(space.requests) == []


# -- the in-process schedule --------------------------------------------------------------------


def test_the_schedule_spaces_slots_evenly_and_honours_the_pause() -> None:
    now = [100.0]
    schedule = Schedule(clock=lambda: now[0])
    writes = (("writes", 0.5),)
    assert [schedule.reserve(writes, None) for _ in range(3)] == [0.0, 0.5, 1.0]
    assert schedule.reserve(writes, 0.1) == 1.5  # too far: not booked
    now[0] = 110.0
    schedule.pause(2.0)
    assert schedule.reserve(writes, None) == 2.0
    assert schedule.reserve((), None) == 0.0


def test_threads_sharing_an_in_process_limiter_get_distinct_slots(sleeps: list[float]) -> None:
    shared = InProcessRateLimiter(writes=SLOW)

    def book() -> None:
        for _ in range(5):
            assert shared.reserve("POST", None, None) == 0

    threads = [threading.Thread(target=book) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    slots = sorted(round(wait / HOUR) for wait in sleeps)
    assert slots == list(range(1, 40))  # the first went at once


# -- the fake space's write budget ------------------------------------------------------------


def test_the_write_budget_answers_429_past_it_and_spares_reads() -> None:
    space = FakeSpace(faults=Faults(write_budget=(2, HOUR)))
    with space.client(max_retries=0) as client:
        created = [
            client.fabric.sip_endpoints.create(username=name, password="s3cret-pw")
            for name in ("alice", "bob")
        ]
        with pytest.raises(RateLimitError) as caught:
            client.fabric.sip_endpoints.create(username="carol", password="s3cret-pw")
        client.fabric.sip_endpoints.get(created[0].id)
    retry_after = float(caught.value.headers["Retry-After"])
    assert HOUR - 60 < retry_after <= HOUR
    assert space.fault_counts.rate_limited == 1
    assert len(space.items(ENDPOINTS)) == 2


def _limited(arrivals: list[float]) -> int:
    """How many of the writes reaching the fake at these instants a budget of 100 writes a
    second answers 429."""
    clock = [0.0]
    injector = FaultInjector(Faults(write_budget=(100, 1.0)), clock=lambda: clock[0])
    for instant in sorted(arrivals):
        clock[0] = instant
        injector.fault("POST", ENDPOINTS, None)
    return injector.counts.rate_limited


def test_an_even_schedule_fits_the_window_but_late_sends_bunch_into_it() -> None:
    """The benchmark's 429s, without a machine's load: slots 1/95 s apart (95 % of 100 a
    second) fit every fixed window, however it falls, and still do all shifted alike; but
    writes that reach the server late while the rest are on time share a window with the
    writes due after them. The slack is the 5 % left: (1 - 0.95) s = 50 ms of a window."""
    slots = [k / 95 for k in range(950)]
    assert _limited(slots) == 0
    assert _limited([slot + 0.3 for slot in slots]) == 0
    # A cold worker's first sends (imports, new connections) arrive 0.4 s late: the window
    # opened by them takes every write due before 1.4 s, 133 of them.
    assert _limited([max(slot, 0.4) for slot in slots]) == 33
    # Late by 40 ms the first window still fits (99 writes due before 1.04 s); by 60 ms not.
    assert _limited([max(slot, 0.04) for slot in slots]) == 0
    assert _limited([max(slot, 0.06) for slot in slots]) == 1


def test_a_served_space_builds_its_routes_before_it_listens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Building the route table imports every resource module (most of a second): done on
    the first request, it held a fleet's first writes back together, and they then reached
    the budget's first window in a bunch (a burst of 429s and a long shared pause)."""
    from signalwire_async.testing import __main__ as command
    from signalwire_async.testing import _routes, _server

    done: list[str] = []
    monkeypatch.setattr(_routes, "prepare", lambda: done.append("prepare"))
    monkeypatch.setattr(_server, "serve_forever", lambda *_: done.append("serve"))
    command.main(["serve", "--port", "0", "--write-budget", "100"])
    served = FakeSpace().serve()
    assert done == ["prepare", "serve", "prepare"]  # the command, then FakeSpace.serve()
    assert served.port == 0  # not started: the table comes before the server


def test_the_write_budget_is_checked() -> None:
    with pytest.raises(ValueError, match="write_budget"):
        Faults(write_budget=(0, 1.0))
    with pytest.raises(ValueError, match="write_budget"):
        Faults(write_budget=(10, -1.0))


# -- a fleet of processes -----------------------------------------------------------------------


def test_a_fleet_of_processes_shares_one_budget(redis_db: RedisServer) -> None:
    """Three workers, one per runtime, started at once, 8 creates each, paced together at 10
    writes a second under a fake write limit of 20: every create succeeds, and the schedule
    in Redis shows each of the 24 sends booked its own slot, 0.1 s apart."""
    space = FakeSpace(faults=Faults(write_budget=(20, 1.0)))
    with space.serve() as served, redis_db.client() as redis:
        started = _redis_micros(redis)
        workers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests._fleet_child",
                    runtime,
                    served.host,
                    redis_db.socket_path,
                    "8",
                    "10",
                    "4",
                ],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            for runtime in ("asyncio", "trio", "sync")
        ]
        tallies = [json.loads(worker.communicate(timeout=120)[0]) for worker in workers]
        next_free = int(redis.get("{fleet}:writes") or 0)
    assert [t["failed"] for t in tallies] == [0, 0, 0]
    attempts = 24 + sum(t["rate_limited"] for t in tallies)
    assert (next_free - started) / 1e6 >= attempts * 0.1 - 0.01
    assert len(space.items(ENDPOINTS)) == 24


def _redis_micros(redis: Any) -> int:
    seconds, micros = redis.time()
    return int(seconds) * 1_000_000 + int(micros)


def test_a_pause_learnt_while_waiting_books_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from signalwire_async import _pairs

    shared = InProcessRateLimiter(writes=Rate(1, per=10.0))
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 1:
            shared.pause(HOUR)  # another client's 429, while this call waits for its slot

    monkeypatch.setattr(_pairs, "sleep", sleep)
    assert shared.reserve("POST", None, None) == 0
    assert shared.reserve("POST", None, None) == 0
    assert waits[0] == pytest.approx(10, abs=1)
    assert HOUR - 1 < waits[1] <= HOUR + 10  # booked again, after the pause
    assert len(waits) == 2
