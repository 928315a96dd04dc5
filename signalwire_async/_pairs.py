"""Hand-written async/sync pairs: the few places with no mechanical twin.

`scripts/unasync.py` only renames these names (`asleep` -> `sleep`, ...) when it writes the
sync tree; everything else in `_async/` becomes sync code mechanically.
"""

from __future__ import annotations

import abc
import functools
import threading
import time
from collections.abc import Awaitable, Callable, Coroutine, Generator, KeysView
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._loops import running_asyncio_loop
from ._turns import Turns

if TYPE_CHECKING:
    import asyncio

    from ._models import Model
    from ._pages import Page

T = TypeVar("T", bound="Model")
R = TypeVar("R")


async def asleep(seconds: float) -> None:
    """The request loop's only way to wait; tests replace it to skip real waiting."""
    import anyio  # imported on first retry: keeps `import signalwire_async` lighter

    await anyio.sleep(seconds)


def sleep(seconds: float) -> None:
    """The sync request loop's only way to wait; tests replace it to skip real waiting."""
    time.sleep(seconds)


def _checked_limit(limit: int | None) -> int | None:
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise ValueError(f"max_in_flight must be a positive int or None, not {limit!r}")
    return limit


ABANDONED_GRACE = 1.0  # seconds an abandoned request may run on before it is cancelled


class _Turn:
    """One admitted call's place under the limit; given back exactly once. Under asyncio,
    also the callback of the admitted call's task: it gives the turn back and wakes the
    caller (`ended`), one object for both."""

    __slots__ = ("_semaphore", "ended")

    def __init__(self, semaphore: Turns | None) -> None:
        self._semaphore = semaphore
        self.ended: asyncio.Future[None] | None = None

    def release(self) -> None:
        semaphore, self._semaphore = self._semaphore, None
        if semaphore is not None:
            semaphore.release()

    def __call__(self, task: object) -> None:
        self.release()
        ended = self.ended
        if ended is not None and not ended.done():  # not cancelled with its caller
            ended.set_result(None)


def _queue_timeout(waited: float | None) -> httpx.PoolTimeout:
    return httpx.PoolTimeout(f"no turn to send within the total timeout ({waited:.3g} s)")


class AsyncInFlight:
    """Runs transport calls, at most `limit` at once; other callers queue (FIFO) for a turn.

    Queueing here, rather than in the connection pool, is what lets 10,000 concurrent calls
    through 64 connections without a `PoolTimeout`. A call still queued when its caller is
    cancelled is never sent.

    Under asyncio an admitted call runs in a task of its own, shielded: a caller cancelled
    mid-request stops waiting at once, while the request finishes in the background and its
    connection goes back to the pool clean (httpcore can leave connections stuck after a
    request cancelled halfway: httpx #1461, httpcore #1093) and a write is never cut off
    half sent. The abandoned call gives its turn back at once, so callers that gave up
    cannot starve those still waiting, and it is cancelled after `ABANDONED_GRACE` seconds
    if it has not ended by then. Under trio, structured concurrency has no place for a task
    that outlives its caller, so a cancellation there interrupts the request as usual.
    """

    def __init__(self, limit: int | None) -> None:
        self.limit = _checked_limit(limit)
        # One limit for the client, whichever threads and event loops use it at once.
        self._turns = None if self.limit is None else Turns(self.limit)
        self._background: set[asyncio.Task[Any]] = set()

    async def run(
        self,
        call: Callable[[], Coroutine[Any, Any, R]],
        queue_timeout: float | None = None,
        hold: Callable[[], Awaitable[None]] | None = None,
    ) -> R:
        """Wait for a turn (at most `queue_timeout` seconds), then `await hold()` (still
        cancellable like the queue: nothing is sent yet), then `await call()`."""
        turns = self._turns
        if turns is not None and not await turns.acquire(queue_timeout):
            raise _queue_timeout(queue_timeout)
        turn = _Turn(turns)
        if hold is not None:
            try:
                await hold()
            except BaseException:
                turn.release()
                raise
        loop = running_asyncio_loop()
        if loop is None:
            try:
                return await call()
            finally:
                turn.release()
        import asyncio  # loaded: its loop runs this

        # The call runs as its own task (no coroutine of ours around it); `turn`, called
        # when it ends, gives its turn back and wakes the caller.
        task: asyncio.Task[R] = loop.create_task(call())
        # Nothing here needs them now: freed at once instead of living through the
        # request (objects alive across 64 calls in flight set off the collector).
        del call, hold
        # `asyncio.shield(task)`, lighter: cancelling the caller cancels only `ended`.
        ended = turn.ended = loop.create_future()
        task.add_done_callback(turn)
        try:
            await ended
        except asyncio.CancelledError:
            # The caller is gone: free its turn now; the request runs on a short while.
            turn.release()
            deadline = loop.call_later(ABANDONED_GRACE, task.cancel)
            self._background.add(task)
            task.add_done_callback(functools.partial(self._forget, deadline))
            raise
        return task.result()

    def _forget(self, deadline: asyncio.TimerHandle, task: asyncio.Task[Any]) -> None:
        deadline.cancel()
        self._background.discard(task)
        if not task.cancelled():
            task.exception()  # nobody waits for it any more: mark its failure as seen

    async def aclose(self) -> None:
        """Stop this loop's requests whose callers were cancelled and that still run."""
        loop = running_asyncio_loop()
        if loop is None:
            return  # such requests exist only under asyncio
        import asyncio

        tasks = {task for task in self._background if task.get_loop() is loop}
        self._background -= tasks
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


class InFlight:
    """Runs transport calls, at most `limit` at once across threads; others wait their turn."""

    def __init__(self, limit: int | None) -> None:
        self.limit = _checked_limit(limit)
        self._semaphore = None if limit is None else threading.BoundedSemaphore(limit)

    def run(
        self,
        call: Callable[[], R],
        queue_timeout: float | None = None,
        hold: Callable[[], None] | None = None,
    ) -> R:
        """Wait for a turn (at most `queue_timeout` seconds), then `hold()`, then `call()`."""
        if self._semaphore is None:
            if hold is not None:
                hold()
            return call()
        if not self._semaphore.acquire(timeout=queue_timeout):
            raise _queue_timeout(queue_timeout)
        try:
            if hold is not None:
                hold()
            return call()
        finally:
            self._semaphore.release()

    def close(self) -> None:
        """Nothing to stop: a blocking call is never abandoned halfway."""


class AsyncFirstPageAccess(abc.ABC, Generic[T]):
    """`await pager` gives its first page, as `client.x.list()` did in the official SDK."""

    @abc.abstractmethod
    async def first_page(self) -> Page[T]: ...

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()


class FirstPageAccess(abc.ABC, Generic[T]):
    """A sync pager reads like its first page's JSON: `pager["data"]`, `pager.get("links")`."""

    @abc.abstractmethod
    def first_page(self) -> Page[T]: ...

    def __getitem__(self, key: str) -> Any:
        return self.first_page()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.first_page().get(key, default)

    def keys(self) -> KeysView[str]:
        return self.first_page().keys()

    def to_dict(self) -> dict[str, Any]:
        return self.first_page().to_dict()

    def to_json(self, *, indent: int | None = None) -> str:
        return self.first_page().to_json(indent=indent)
