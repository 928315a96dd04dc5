"""`run_bulk`: bounded concurrency, every outcome kept, progress, stopping, asyncio and trio."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
import respx
import trio

from signalwire_async import (
    AsyncRestClient,
    BulkError,
    BulkProgress,
    ConflictError,
    run_bulk,
)

if sys.version_info < (3, 11):
    from exceptiongroup import BaseExceptionGroup  # type: ignore[import-not-found,unused-ignore]

from .data import BASE, ENDPOINTS, PROJECT, TOKEN, endpoint


class Tracker:
    """An operation that records how many calls overlap, failing on chosen items."""

    def __init__(self, fail: frozenset[int] | set[int] = frozenset()) -> None:
        self.fail = fail
        self.running = 0
        self.most = 0
        self.calls: list[int] = []

    async def __call__(self, item: int) -> str:
        self.calls.append(item)
        self.running += 1
        self.most = max(self.most, self.running)
        try:
            await anyio.sleep(0.001 * (item % 3))
            if item in self.fail:
                raise ValueError(f"bad item {item}")
            return f"done {item}"
        finally:
            self.running -= 1


@pytest.mark.asyncio
async def test_runs_every_item_with_bounded_concurrency_in_input_order() -> None:
    operation = Tracker()
    result = await run_bulk(operation, range(100), concurrency=7)
    assert operation.most == 7
    assert result.results == [f"done {i}" for i in range(100)]
    assert [s.item for s in result.succeeded] == list(range(100))
    assert result.ok and result.failed == [] and result.not_started == 0
    result.raise_for_failures()  # nothing to raise


@pytest.mark.asyncio
async def test_failures_are_kept_against_their_items_and_the_job_goes_on() -> None:
    result = await run_bulk(Tracker(fail={3, 50}), range(60), concurrency=5)
    assert [(f.index, f.item, str(f.error)) for f in result.failed] == [
        (3, 3, "bad item 3"),
        (50, 50, "bad item 50"),
    ]
    assert len(result.succeeded) == 58 and not result.ok
    with pytest.raises(BulkError, match=r"2 of 60 items failed; first: item 3 \(ValueError") as e:
        result.raise_for_failures()
    assert [f.item for f in e.value.failures] == [3, 50]


@pytest.mark.asyncio
async def test_stop_on_error_starts_nothing_new_and_counts_the_rest() -> None:
    operation = Tracker(fail={0})
    result = await run_bulk(operation, list(range(100)), concurrency=4, stop_on_error=True)
    assert [f.item for f in result.failed] == [0]
    # The calls running when item 0 failed finish; nothing else starts.
    assert len(operation.calls) <= 4 + 3
    assert result.not_started == 100 - len(operation.calls)
    assert len(result.succeeded) + len(result.failed) == len(operation.calls)


@pytest.mark.asyncio
async def test_a_lazy_iterable_is_consumed_as_workers_free_up() -> None:
    pulled: list[int] = []

    def items() -> Iterator[int]:
        for i in range(1000):
            pulled.append(i)
            yield i

    progress: list[BulkProgress] = []
    operation = Tracker(fail={10})

    async def watch(item: int) -> str:
        # A worker holds one item at a time: never more pulled than started plus workers.
        assert len(pulled) <= len(operation.calls) + 3
        return await operation(item)

    result = await run_bulk(watch, items(), concurrency=3, on_progress=progress.append)
    assert len(result.succeeded) == 999
    assert [p.done for p in progress] == list(range(1, 1001))
    assert progress[-1].total is None and progress[-1].failed == 1
    assert progress[-1].succeeded == 999 and progress[-1].rate > 0


@pytest.mark.asyncio
async def test_stopping_a_lazy_job_leaves_the_rest_unread() -> None:
    pulled: list[int] = []

    def items() -> Iterator[int]:
        for i in range(10**9):
            pulled.append(i)
            yield i

    result = await run_bulk(Tracker(fail={5}), items(), concurrency=2, stop_on_error=True)
    assert result.not_started is None and not result.ok
    assert len(pulled) < 10


@pytest.mark.asyncio
async def test_progress_knows_the_total_of_a_sized_collection() -> None:
    seen: list[tuple[int, int | None]] = []
    await run_bulk(Tracker(), [1, 2, 3], on_progress=lambda p: seen.append((p.done, p.total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


@pytest.mark.parametrize("concurrency", [0, -1, True, 2.5])
def test_rejects_a_bad_concurrency(concurrency: Any) -> None:
    async def job() -> None:
        await run_bulk(Tracker(), [1], concurrency=concurrency)

    with pytest.raises(ValueError, match="concurrency must be a positive int"):
        anyio.run(job)


def test_runs_under_trio() -> None:
    async def job() -> list[str]:
        operation = Tracker(fail={2})
        result = await run_bulk(operation, range(20), concurrency=4)
        assert operation.most == 4
        assert [f.item for f in result.failed] == [2]
        return result.results

    assert len(trio.run(job)) == 19


@pytest.mark.asyncio
async def test_cancelling_the_job_cancels_its_workers() -> None:
    operation = Tracker()

    async def slow(item: int) -> str:
        await anyio.sleep(10)
        return await operation(item)

    with anyio.move_on_after(0.05) as scope:
        await run_bulk(slow, range(100), concurrency=5)
    assert scope.cancelled_caught and operation.calls == []


@pytest.mark.asyncio
async def test_provisions_endpoints_through_the_client() -> None:
    created: list[str] = []

    def create(request: httpx.Request) -> httpx.Response:
        username = json.loads(request.read())["username"]
        if username == "taken":
            return httpx.Response(409, json={"error": "username is taken"})
        created.append(username)
        return httpx.Response(200, json=endpoint(username=username))

    names = [f"user{i}" for i in range(200)] + ["taken"]
    with respx.mock(base_url=BASE, using="httpx") as router:
        router.post(ENDPOINTS).mock(side_effect=create)
        async with AsyncRestClient(PROJECT, TOKEN, BASE) as client:
            result = await run_bulk(
                lambda name: client.fabric.sip_endpoints.create(username=name),
                names,
                concurrency=16,
            )
    assert sorted(created) == sorted(names[:-1])
    assert [ep.username for ep in result.results] == names[:-1]
    assert [type(f.error) for f in result.failed] == [ConflictError]


@pytest.mark.asyncio
async def test_a_bug_in_the_operation_ends_the_job_instead_of_being_recorded() -> None:
    calls: list[int] = []

    async def buggy(item: int) -> str:
        calls.append(item)
        if item == 3:
            raise AttributeError("no such thing")
        await anyio.sleep(0.01)
        return "ok"

    with pytest.raises(BaseExceptionGroup) as info:
        await run_bulk(buggy, range(1000), concurrency=4)
    assert info.group_contains(AttributeError)
    assert len(calls) < 20


@pytest.mark.asyncio
async def test_which_errors_are_recorded_can_be_chosen() -> None:
    result = await run_bulk(Tracker(fail={1}), range(3), record_errors=(Exception,))
    assert [f.item for f in result.failed] == [1]
    with pytest.raises(BaseExceptionGroup):
        await run_bulk(Tracker(fail={1}), range(3), record_errors=(KeyError,))


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_429_during_a_job_holds_back_every_worker(backend: str) -> None:
    """Ten workers share a client; after one 429 nobody sends until its Retry-After passed."""
    arrivals: list[tuple[float, int]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        arrivals.append((time.monotonic(), len(arrivals)))
        if len(arrivals) == 5:
            return httpx.Response(429, headers={"Retry-After": "0.3"})
        return httpx.Response(200, json=endpoint())

    async def job() -> None:
        async with AsyncRestClient(PROJECT, TOKEN, BASE) as client:
            result = await run_bulk(
                lambda i: client.fabric.sip_endpoints.get(f"ep{i}"), range(40), concurrency=10
            )
        assert result.ok and len(result.results) == 40

    with respx.mock(base_url=BASE, using="httpx") as router:
        router.get(url__regex=rf"{ENDPOINTS}/ep\d+").mock(side_effect=answer)
        anyio.run(job, backend=backend)
    assert len(arrivals) == 41  # every item once, and the rate-limited one again
    limited_at = arrivals[4][0]
    after = sorted(at - limited_at for at, _ in arrivals[5:])
    # Only requests already on their way when the 429 came (at most the other 9 workers'
    # current ones) arrive early; every request sent after it waited out the 0.3 s.
    early = [delay for delay in after if delay < 0.29]
    assert len(early) <= 9 and len(after) - len(early) >= 27, after
