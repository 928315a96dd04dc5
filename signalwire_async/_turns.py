"""A limit on holders at once that holds across threads and event loops (`max_in_flight`).

A semaphore of anyio (or asyncio, or trio) belongs to one event loop, so a client used at
once from two threads, each with its own loop, would get one limit per loop. `Turns`
counts under a thread lock instead, and queues waiters first come, first served whatever
their loop; a turn given back wakes the next waiter on that waiter's own loop. A free turn
is taken with no waiting and no checkpoint, as with `anyio.Semaphore(fast_acquire=True)`.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import anyio


class _Waiter:
    """A caller waiting for a turn, and how to wake it from any thread."""

    __slots__ = ("event", "granted", "wake")

    def __init__(self) -> None:
        import anyio

        self.event: anyio.Event = anyio.Event()
        self.granted = False  # set under the lock: the turn is this waiter's
        self.wake = _waker(self.event)


def _waker(event: anyio.Event) -> Callable[[], None]:
    """A function that sets `event` (of the running loop) safely from any thread."""
    import sniffio

    thread = threading.get_ident()
    if sniffio.current_async_library() == "asyncio":
        import asyncio

        schedule: Callable[[Callable[[], None]], object] = (
            asyncio.get_running_loop().call_soon_threadsafe
        )
    else:
        import trio

        schedule = trio.lowlevel.current_trio_token().run_sync_soon

    def wake() -> None:
        if threading.get_ident() == thread:
            event.set()  # the waiter's own loop is the one running here
        else:
            schedule(event.set)

    return wake


class Turns:
    """At most `limit` holders at once, across threads and event loops; FIFO."""

    def __init__(self, limit: int) -> None:
        self._free = limit
        self._lock = threading.Lock()
        self._waiters: deque[_Waiter] = deque()

    async def acquire(self, wait_at_most: float | None = None) -> bool:
        """Take a turn, waiting at most `wait_at_most` seconds; False when none came."""
        with self._lock:
            if self._free and not self._waiters:
                self._free -= 1
                return True
            waiter = _Waiter()
            self._waiters.append(waiter)
        import anyio

        try:
            with anyio.move_on_after(wait_at_most):
                await waiter.event.wait()
        except BaseException:
            self._give_up(waiter)  # cancelled: a turn granted meanwhile goes to the next
            raise
        with self._lock:
            if waiter.granted:
                return True
            self._waiters.remove(waiter)  # timed out, still queued
            return False

    def _give_up(self, waiter: _Waiter) -> None:
        with self._lock:
            if not waiter.granted:
                self._waiters.remove(waiter)
                return
        self.release()

    def release(self) -> None:
        """Give a turn back: to the first waiter, or to the pool of free turns."""
        with self._lock:
            if not self._waiters:
                self._free += 1
                return
            waiter = self._waiters.popleft()
            waiter.granted = True
        try:
            waiter.wake()
        except RuntimeError:  # its loop has closed: nobody waits there any more
            self.release()
