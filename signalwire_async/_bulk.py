"""`run_bulk`: many calls, a bounded number at a time, with progress and a full report.

A bulk job (provision 10,000 SIP endpoints) should neither open 10,000 requests at once nor
stop at the first failure and lose track of what was done. `run_bulk` runs `concurrency`
workers that take items one by one from the (possibly lazy) iterable, records every outcome
against its item, and reports progress after each one. Rate limiting needs no help here: a
429 pauses every request of the client (see `_retry.Throttle`).

It runs on anyio, so it works under asyncio and trio alike.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable, Sequence, Sized
from typing import Any, Generic, TypeVar

import attrs

from ._exceptions import SignalWireError

I = TypeVar("I")  # noqa: E741 - "item", as in the signature
R = TypeVar("R")

DEFAULT_CONCURRENCY = 32
RECORDED_ERRORS: tuple[type[Exception], ...] = (SignalWireError, ValueError)


@attrs.frozen
class BulkProgress:
    """A snapshot handed to `on_progress` after each finished item."""

    done: int
    succeeded: int
    failed: int
    total: int | None  # None when the items had no len()
    elapsed: float  # seconds since the job started

    @property
    def rate(self) -> float:
        """Items finished per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0


@attrs.frozen
class BulkSuccess(Generic[I, R]):
    index: int
    item: I
    result: R


@attrs.frozen
class BulkFailure(Generic[I]):
    index: int
    item: I
    error: Exception


class BulkError(SignalWireError):
    """Raised by `BulkResult.raise_for_failures()`; `failures` lists every failed item."""

    def __init__(self, failures: Sequence[BulkFailure[Any]], total: int) -> None:
        self.failures = list(failures)
        first = failures[0]
        super().__init__(
            f"{len(failures)} of {total} items failed; first: item {first.index} "
            f"({type(first.error).__name__}: {first.error})"
        )


@attrs.frozen
class BulkResult(Generic[I, R]):
    """Every outcome of a `run_bulk` job, in input order."""

    succeeded: list[BulkSuccess[I, R]]
    failed: list[BulkFailure[I]]
    # Items never started because `stop_on_error` stopped the job; None when that number is
    # unknown (the items had no len(), and the rest of a lazy iterable is never consumed).
    not_started: int | None
    elapsed: float

    @property
    def ok(self) -> bool:
        return not self.failed and not self.not_started

    @property
    def results(self) -> list[R]:
        """The successful results, in input order."""
        return [success.result for success in self.succeeded]

    def raise_for_failures(self) -> None:
        """Raise `BulkError` if any item failed."""
        if self.failed:
            done = len(self.succeeded) + len(self.failed)
            raise BulkError(self.failed, done + (self.not_started or 0))


async def run_bulk(
    operation: Callable[[I], Awaitable[R]],
    items: Iterable[I],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: Callable[[BulkProgress], object] | None = None,
    stop_on_error: bool = False,
    record_errors: tuple[type[Exception], ...] = RECORDED_ERRORS,
) -> BulkResult[I, R]:
    """Call `await operation(item)` for every item, at most `concurrency` at a time.

    A failure is recorded against its item and the job goes on, unless `stop_on_error` is
    set: then no new item is started, the calls already running finish, and the rest are
    counted in `not_started`. Failures are the errors in `record_errors`: by default every
    `SignalWireError` (the API's answers, transport failures) and `ValueError` (an item the
    client refused before sending). Anything else is a bug in `operation`: it ends the job
    at once and propagates, in an exception group from the workers' task group.

    Cancelling the job cancels the running calls (a request already sent still completes:
    see the README). `on_progress` is called with a `BulkProgress` after each item and
    should return quickly.

        result = await run_bulk(
            lambda name: client.fabric.sip_endpoints.create(username=name),
            usernames,
            concurrency=50,
            on_progress=print,
        )
        result.raise_for_failures()
    """
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a positive int, not {concurrency!r}")
    import anyio

    total = len(items) if isinstance(items, Sized) else None
    source = enumerate(items)
    succeeded: list[BulkSuccess[I, R]] = []
    failed: list[BulkFailure[I]] = []
    stopping = False
    started = time.monotonic()

    def report() -> None:
        if on_progress is not None:
            on_progress(
                BulkProgress(
                    done=len(succeeded) + len(failed),
                    succeeded=len(succeeded),
                    failed=len(failed),
                    total=total,
                    elapsed=time.monotonic() - started,
                )
            )

    async def worker() -> None:
        nonlocal stopping
        # One shared iterator: workers never hold more than one item each.
        for index, item in source:
            try:
                result = await operation(item)
            except record_errors as error:
                failed.append(BulkFailure(index, item, error))
                stopping = stopping or stop_on_error
            else:
                succeeded.append(BulkSuccess(index, item, result))
            report()
            if stopping:
                return

    async with anyio.create_task_group() as workers:
        for _ in range(concurrency):
            workers.start_soon(worker)
    done = len(succeeded) + len(failed)
    not_started = None if total is None else total - done
    succeeded.sort(key=lambda outcome: outcome.index)
    failed.sort(key=lambda outcome: outcome.index)
    return BulkResult(succeeded, failed, not_started, time.monotonic() - started)
