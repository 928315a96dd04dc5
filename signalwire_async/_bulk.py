"""`run_bulk`: many calls, a bounded number at a time, with progress and a full report.

A bulk job (provision 10,000 SIP endpoints) should neither open 10,000 requests at once nor
stop at the first failure and lose track of what was done. `run_bulk` runs `concurrency`
workers that take items one by one from the (possibly lazy) iterable, records every outcome
against its item, and reports progress after each one. Rate limiting needs no help here: a
429 pauses every request of the client (see `_retry.Throttle`). Whatever ends a job early,
its outcomes so far are kept: in the returned `BulkResult`, or in `BulkAbortedError.result`.

It runs on anyio, so it works under asyncio and trio alike.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence, Sized
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from ._exceptions import SignalWireError

if TYPE_CHECKING:
    from anyio import CancelScope

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
    in_doubt: int = 0  # writes that failed after they may have reached the server

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
    """Raised by `BulkResult.raise_for_failures()`; `failures` lists every failed item, and
    `in_doubt` the (index, item) of those that may have taken effect all the same."""

    def __init__(
        self,
        failures: Sequence[BulkFailure[Any]],
        total: int,
        in_doubt: Sequence[tuple[int, Any]] = (),
    ) -> None:
        self.failures = list(failures)
        self.in_doubt = list(in_doubt)
        counts = f"{len(failures)} of {total} items failed"
        if in_doubt:
            counts += f", {len(in_doubt)} in doubt (they may have taken effect: check them)"
        first = f"item {in_doubt[0][0]} in doubt" if in_doubt else ""
        if failures:
            error = failures[0].error
            first = f"item {failures[0].index} ({type(error).__name__}: {error})"
        super().__init__(f"{counts}; first: {first}")


@attrs.frozen
class BulkResult(Generic[I, R]):
    """Every outcome of a `run_bulk` job, in input order."""

    succeeded: list[BulkSuccess[I, R]]
    failed: list[BulkFailure[I]]
    # Items never started because the job stopped early; None when that number is unknown
    # (the items had no len(), and the rest of a lazy iterable is never consumed).
    not_started: int | None
    elapsed: float
    # (index, item) of the calls that may or may not have taken effect: writes whose
    # connection failed after sending (a POST, a PATCH: their error has `in_doubt` set, see
    # `in_doubt_errors`), and calls still running when the job was aborted (see
    # `BulkAbortedError`). Check them before running them again.
    in_doubt: list[tuple[int, I]] = attrs.field(factory=list)
    in_doubt_errors: dict[int, Exception] = attrs.field(factory=dict)
    """The error of each item in doubt that ended with one, by index."""

    @property
    def ok(self) -> bool:
        return not self.failed and not self.not_started and not self.in_doubt

    @property
    def results(self) -> list[R]:
        """The successful results, in input order."""
        return [success.result for success in self.succeeded]

    def raise_for_failures(self) -> None:
        """Raise `BulkError` if any item failed or is in doubt (kept apart in the error)."""
        if self.failed or self.in_doubt:
            done = len(self.succeeded) + len(self.failed) + len(self.in_doubt)
            raise BulkError(self.failed, done + (self.not_started or 0), self.in_doubt)


class BulkAbortedError(SignalWireError):
    """A bulk job ended early on an exception that is not an item's outcome.

    That is an error outside `record_errors` from the operation, or any error from
    `on_progress` or from the items iterable. `result` is the partial `BulkResult`;
    `errors` lists every such exception in the order they were raised (several workers can
    fail at once), and the first is also the `__cause__`.
    """

    def __init__(self, result: BulkResult[Any, Any], errors: Sequence[Exception]) -> None:
        self.result = result
        self.errors = list(errors)
        done = len(result.succeeded) + len(result.failed)
        known = result.not_started is not None
        of = f" of {done + len(result.in_doubt) + (result.not_started or 0)}" if known else ""
        counts = f"{len(result.succeeded)} succeeded, {len(result.failed)} failed"
        if result.in_doubt:
            counts += f", {len(result.in_doubt)} in doubt"
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(
            f"bulk job stopped after {done}{of} items ({counts}): "
            f"{type(first).__name__}: {first}{more}"
        )


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
    set: then no new item is started, the calls already running finish, and the job returns
    its result with the rest counted in `not_started`. Failures are the errors in
    `record_errors`: by default every `SignalWireError` (the API's answers, transport
    failures) and `ValueError` (an item the client refused before sending). A failure whose
    error has `in_doubt` set (a write that may have reached the server) goes to
    `result.in_doubt` instead of `result.failed`.

    Any other exception from `operation` (a bug), and any exception from `on_progress` or
    from iterating `items`, aborts the job: the running calls are cancelled and
    `BulkAbortedError` is raised, carrying the partial result. The calls cancelled that way,
    and the one that raised, are listed in `result.in_doubt` rather than counted as not
    started, since their request may already have reached the server. An item whose
    `on_progress` call raised is already recorded as succeeded or failed.

    Cancelling the job from outside cancels the running calls (a request already sent still
    completes: see the README) and propagates as cancellation, without a result. Other
    `BaseException`s (`KeyboardInterrupt`) are not caught either. `on_progress` is called
    with a `BulkProgress` after each item and should return quickly; an `async def` one is
    awaited.

        result = await run_bulk(
            lambda name: client.fabric.sip_endpoints.create(username=name, password="s3cret-pw"),
            usernames,
            concurrency=50,
            on_progress=print,
        )
        result.raise_for_failures()
    """
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a positive int, not {concurrency!r}")
    job = _Job(operation, items, on_progress, stop_on_error, record_errors)
    await job.run(concurrency)
    outcome = job.outcome()
    if job.errors:
        raise BulkAbortedError(outcome, job.errors) from job.errors[0]
    return outcome


def _numbered(items: Iterable[I]) -> Iterator[tuple[int, I]]:
    yield from enumerate(items)  # iter(items) too runs in a worker, guarded like the rest


class _Job(Generic[I, R]):
    """One `run_bulk` call: the state its workers share, and the workers themselves."""

    def __init__(
        self,
        operation: Callable[[I], Awaitable[R]],
        items: Iterable[I],
        on_progress: Callable[[BulkProgress], object] | None,
        stop_on_error: bool,
        record_errors: tuple[type[Exception], ...],
    ) -> None:
        self.operation = operation
        self.on_progress = on_progress
        self.stop_on_error = stop_on_error
        self.record_errors = record_errors
        self.total = len(items) if isinstance(items, Sized) else None
        # One shared iterator: workers never hold more than one item each.
        self.source = _numbered(items)
        self.succeeded: list[BulkSuccess[I, R]] = []
        self.failed: list[BulkFailure[I]] = []
        self.doubted: list[BulkFailure[I]] = []  # failed after they may have arrived
        self.running: dict[int, I] = {}  # started, no outcome yet
        self.errors: list[Exception] = []  # the unrecorded ones, that abort the job
        self.stopping = False
        self.started = time.monotonic()

    async def run(self, concurrency: int) -> None:
        """Run `concurrency` workers until the items run out or the job stops."""
        import anyio

        async with anyio.create_task_group() as workers:
            for _ in range(concurrency):
                workers.start_soon(self.worker, workers.cancel_scope)

    async def worker(self, scope: CancelScope) -> None:
        """Take items one by one; on an unrecorded error, stop everything, keep what was done."""
        try:
            while not self.stopping:
                pulled = next(self.source, None)
                if pulled is None:
                    return
                await self.call(*pulled)
                await self.report()
        except Exception as error:  # not an outcome
            self.errors.append(error)
            self.stopping = True
            scope.cancel()

    async def call(self, index: int, item: I) -> None:
        """Run one item and record its outcome, if it is one (see `record_errors`)."""
        self.running[index] = item
        try:
            result = await self.operation(item)
        except self.record_errors as error:
            del self.running[index]
            doubted = getattr(error, "in_doubt", False) is True
            (self.doubted if doubted else self.failed).append(BulkFailure(index, item, error))
            self.stopping = self.stopping or self.stop_on_error
        else:
            del self.running[index]
            self.succeeded.append(BulkSuccess(index, item, result))

    async def report(self) -> None:
        """Hand `on_progress` a snapshot, after each finished item (awaited if async)."""
        if self.on_progress is not None:
            reported = self.on_progress(
                BulkProgress(
                    done=len(self.succeeded) + len(self.failed) + len(self.doubted),
                    succeeded=len(self.succeeded),
                    failed=len(self.failed),
                    total=self.total,
                    elapsed=time.monotonic() - self.started,
                    in_doubt=len(self.doubted),
                )
            )
            if inspect.isawaitable(reported):
                await reported

    def outcome(self) -> BulkResult[I, R]:
        """The result so far, in input order; calls still running are in doubt."""
        self.doubted.sort(key=lambda outcome: outcome.index)
        errors = {doubt.index: doubt.error for doubt in self.doubted}
        in_doubt = [*self.running.items(), *((doubt.index, doubt.item) for doubt in self.doubted)]
        in_doubt.sort(key=lambda pair: pair[0])
        done = len(self.succeeded) + len(self.failed) + len(in_doubt)
        not_started = None if self.total is None else self.total - done
        self.succeeded.sort(key=lambda outcome: outcome.index)
        self.failed.sort(key=lambda outcome: outcome.index)
        elapsed = time.monotonic() - self.started
        return BulkResult(self.succeeded, self.failed, not_started, elapsed, in_doubt, errors)
