"""`max_in_flight` is per client: one client used at once from threads with their own event
loops never has more requests in flight than it allows (`_turns.Turns`)."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import anyio
import pytest
import trio

from signalwire_async import AsyncRestClient
from signalwire_async._turns import Turns, _Waiter

from .data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint
from .loopback import Handler, LoopbackServer, answer

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"
LIMIT = 4


class Gauge:
    """A route that answers after a short while and records the most requests at once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = self.most = 0

    def __call__(self, handler: Handler) -> None:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.02)
        with self.lock:
            self.now -= 1
        answer(200, endpoint())(handler)


async def burst(client: AsyncRestClient, calls: int) -> None:
    async with anyio.create_task_group() as group:
        for _ in range(calls):
            group.start_soon(client.fabric.sip_endpoints.get, ENDPOINT_ID)


@pytest.mark.parametrize("second", ["asyncio", "trio"])
def test_max_in_flight_holds_across_threads_with_their_own_loops(
    server: LoopbackServer, second: str
) -> None:
    gauge = Gauge()
    server.route("GET", ONE, gauge)
    client = AsyncRestClient(PROJECT, TOKEN, server.host, max_in_flight=LIMIT)
    errors: list[BaseException] = []

    def run(backend: str) -> None:
        try:
            anyio.run(burst, client, 24, backend=backend)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(b,)) for b in ("asyncio", second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    asyncio.run(client.aclose())
    assert errors == []
    assert server.hits[("GET", ONE)] == 48
    assert gauge.most <= LIMIT, gauge.most


# Turns itself: the waits that end otherwise than with a turn.


async def hold(turns: Turns, seconds: float) -> None:
    assert await turns.acquire()
    await anyio.sleep(seconds)
    turns.release()


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_wait_that_times_out_leaves_the_queue(backend: str) -> None:
    async def main() -> None:
        turns = Turns(1)
        assert await turns.acquire()
        assert not await turns.acquire(0.01)
        turns.release()
        assert await turns.acquire(0.01)  # the timed-out waiter was not given it

    anyio.run(main, backend=backend)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_cancelled_waiter_passes_a_turn_it_was_given_on(backend: str) -> None:
    async def main() -> None:
        turns = Turns(1)
        assert await turns.acquire()
        got: list[str] = []

        async def wait(name: str, *, task_status: Any) -> None:
            with anyio.CancelScope() as scope:
                task_status.started(scope)
                await turns.acquire()
                got.append(name)
                turns.release()

        async with anyio.create_task_group() as group:
            first = await group.start(wait, "first")
            await group.start(wait, "second")
            await anyio.sleep(0.01)  # both queued
            turns.release()  # granted to "first" ...
            first.cancel()  # ... cancelled before it may run: then "second" gets it
        assert "second" in got
        assert turns._free == 1 and not turns._waiters  # no turn lost

    anyio.run(main, backend=backend)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_waiter_cancelled_in_the_queue_leaves_it(backend: str) -> None:
    async def main() -> None:
        turns = Turns(1)
        assert await turns.acquire()
        with anyio.move_on_after(0.01):
            await turns.acquire()
            raise AssertionError("no turn was free")
        assert not turns._waiters
        turns.release()
        assert turns._free == 1

    anyio.run(main, backend=backend)


def test_a_turn_granted_to_a_waiter_that_gives_up_goes_to_the_next() -> None:
    async def main() -> None:
        turns = Turns(1)
        assert await turns.acquire()
        with anyio.move_on_after(0.01) as scope:
            await turns.acquire()
        assert scope.cancelled_caught
        waiter = _Waiter()
        turns._waiters.append(waiter)
        turns.release()
        assert waiter.granted
        turns._give_up(waiter)  # as a waiter cancelled between its grant and its wake-up
        assert turns._free == 1 and not turns._waiters

    anyio.run(main, backend="asyncio")


def test_a_turn_for_a_waiter_whose_loop_closed_goes_to_the_next() -> None:
    turns = Turns(1)

    class Gone:
        granted = False

        def wake(self) -> None:
            raise RuntimeError("Event loop is closed")

    turns._free = 0
    turns._waiters.append(Gone())  # type: ignore[arg-type]
    turns.release()
    assert turns._free == 1 and not turns._waiters


def test_a_turn_is_handed_to_a_waiter_on_another_loop() -> None:
    turns = Turns(1)
    order: list[str] = []
    taken = threading.Event()

    async def holder() -> None:
        assert await turns.acquire()
        taken.set()
        await trio.sleep(0.05)
        order.append("released")
        turns.release()

    async def waiter() -> Any:
        taken.wait()
        assert await turns.acquire()
        order.append("acquired")
        turns.release()

    thread = threading.Thread(target=trio.run, args=(holder,))
    thread.start()
    asyncio.run(waiter())
    thread.join()
    assert order == ["released", "acquired"]
