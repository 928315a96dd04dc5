"""`run_bulk`: bounded concurrency, every outcome kept, progress, stopping, asyncio and trio."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
import respx
import trio

from signalwire_async import (
    AsyncRestClient,
    BulkAbortedError,
    BulkError,
    BulkProgress,
    ConflictError,
    run_bulk,
)

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
    assert result.in_doubt == []  # returned, not raised: every started call had its outcome


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


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_cancelling_the_job_cancels_its_workers(backend: str) -> None:
    """Cancellation from outside stays cancellation: no BulkAbortedError, no result."""
    operation = Tracker()

    async def slow(item: int) -> str:
        await anyio.sleep(10)
        return await operation(item)

    async def job() -> bool:
        with anyio.move_on_after(0.05) as scope:
            await run_bulk(slow, range(100), concurrency=5)
        return scope.cancelled_caught

    assert anyio.run(job, backend=backend) and operation.calls == []


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
                lambda name: client.fabric.sip_endpoints.create(
                    username=name, password="s3cret-pw"
                ),
                names,
                concurrency=16,
            )
    assert sorted(created) == sorted(names[:-1])
    assert [ep.username for ep in result.results] == names[:-1]
    assert [type(f.error) for f in result.failed] == [ConflictError]


class Fake:
    """An operation that records which calls started and which returned.

    Every call takes one scheduler turn. Items in `fail` fail (recorded), items in `bug`
    raise `KeyError` (a bug: not recorded), items from `hang` on never finish.
    """

    def __init__(
        self,
        *,
        fail: frozenset[int] | set[int] = frozenset(),
        bug: frozenset[int] | set[int] = frozenset(),
        hang: int | None = None,
    ) -> None:
        self.fail, self.bug, self.hang = fail, bug, hang
        self.calls: list[int] = []
        self.finished: list[int] = []

    async def __call__(self, item: int) -> str:
        self.calls.append(item)
        await anyio.lowlevel.checkpoint()
        if item in self.bug:
            raise KeyError(item)
        if self.hang is not None and item >= self.hang:
            await anyio.sleep_forever()
        self.finished.append(item)
        if item in self.fail:
            raise ValueError(f"bad item {item}")
        return f"done {item}"


def abort(backend: str, *args: Any, **kwargs: Any) -> BulkAbortedError:
    """Run `run_bulk(*args, **kwargs)` under `backend`; return the BulkAbortedError it raised."""

    async def job() -> None:
        await run_bulk(*args, **kwargs)

    with pytest.raises(BulkAbortedError) as info:
        anyio.run(job, backend=backend)
    return info.value


def assert_accounts_for(error: BulkAbortedError, operation: Fake) -> None:
    """The partial result says exactly which calls finished, and which were left in doubt."""
    result = error.result
    finished = sorted(operation.finished)
    outcomes = sorted([s.item for s in result.succeeded] + [f.item for f in result.failed])
    assert outcomes == finished
    assert [s.index for s in result.succeeded] == sorted(s.index for s in result.succeeded)
    assert [item for _, item in result.in_doubt] == sorted(set(operation.calls) - set(finished))
    assert not result.ok and error.__cause__ is error.errors[0]


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_an_error_from_on_progress_aborts_the_job_with_its_partial_result(backend: str) -> None:
    def on_progress(progress: BulkProgress) -> None:
        if progress.done == 9:
            raise ValueError("boom")  # a ValueError, yet not an item's failure

    operation = Fake(fail={2}, hang=9)
    error = abort(backend, operation, range(20), concurrency=4, on_progress=on_progress)
    assert isinstance(error.__cause__, ValueError) and str(error.__cause__) == "boom"
    assert error.errors == [error.__cause__]
    result = error.result
    assert [s.item for s in result.succeeded] == [0, 1, 3, 4, 5, 6, 7, 8]
    assert [(f.item, str(f.error)) for f in result.failed] == [(2, "bad item 2")]
    # The other three workers were waiting on items 9-11: cancelled, maybe sent.
    assert result.in_doubt == [(9, 9), (10, 10), (11, 11)] and result.not_started == 8
    assert str(error) == (
        "bulk job stopped after 9 of 20 items (8 succeeded, 1 failed, 3 in doubt): ValueError: boom"
    )
    assert_accounts_for(error, operation)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_an_error_from_the_items_aborts_the_job_with_its_partial_result(backend: str) -> None:
    def items() -> Iterator[int]:
        yield from range(8)
        raise ValueError("unreadable row")

    operation = Fake()
    error = abort(backend, operation, items(), concurrency=3)
    assert isinstance(error.__cause__, ValueError) and str(error.__cause__) == "unreadable row"
    assert sorted(operation.calls) == list(range(8))
    result = error.result
    assert len(result.succeeded) + len(result.in_doubt) == 8 and result.failed == []
    assert result.not_started is None  # no len(): how many more rows there were is unknown
    assert str(error).startswith(f"bulk job stopped after {len(result.succeeded)} items (")
    assert str(error).endswith("): ValueError: unreadable row")
    assert_accounts_for(error, operation)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_bug_in_the_operation_aborts_the_job_instead_of_being_recorded(backend: str) -> None:
    operation = Fake(fail={1}, bug={6})
    error = abort(backend, operation, range(1000), concurrency=4)
    assert isinstance(error.__cause__, KeyError) and error.__cause__.args == (6,)
    result = error.result
    assert [s.item for s in result.succeeded] == sorted(set(operation.finished) - {1})
    assert [f.item for f in result.failed] == [1]
    # The call that raised may have reached the server too.
    assert (6, 6) in result.in_doubt and len(operation.calls) < 20
    assert result.not_started == 1000 - len(operation.calls)
    assert_accounts_for(error, operation)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_workers_failing_at_once_are_all_listed_and_the_first_is_the_cause(backend: str) -> None:
    gate = anyio.Event()

    async def buggy(item: int) -> str:
        if item == 3:
            gate.set()  # wakes items 0-2 together, before the first one's abort
            return "ok"
        if item > 3:
            await anyio.sleep_forever()
        await gate.wait()
        raise KeyError(item)

    error = abort(backend, buggy, range(10), concurrency=4)
    assert sorted(e.args[0] for e in error.errors) == [0, 1, 2]
    assert error.__cause__ is error.errors[0]
    assert str(error).endswith(f"KeyError: {error.errors[0]} (and 2 more)")
    assert [s.item for s in error.result.succeeded] == [3]
    assert [item for _, item in error.result.in_doubt] == [0, 1, 2, 4]
    assert error.result.not_started == 5


class Unreadable:
    def __iter__(self) -> Iterator[int]:
        raise OSError("no such file")


@pytest.mark.asyncio
async def test_an_iterable_that_cannot_even_start_aborts_the_job() -> None:
    with pytest.raises(BulkAbortedError, match=r"after 0 items \(0 succeeded, 0 failed\): OSError"):
        await run_bulk(Fake(), Unreadable())


@pytest.mark.asyncio
async def test_which_errors_are_recorded_can_be_chosen() -> None:
    result = await run_bulk(Tracker(fail={1}), range(3), record_errors=(Exception,))
    assert [f.item for f in result.failed] == [1]
    with pytest.raises(BulkAbortedError) as info:
        await run_bulk(Tracker(fail={1}), range(3), record_errors=(KeyError,))
    assert isinstance(info.value.__cause__, ValueError)


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
