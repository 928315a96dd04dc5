"""Rates, the limiter protocol the request loop asks, and the in-process limiter.

A limiter hands out send times. Before every attempt the loop asks it for a slot
(`reserve`): the limiter books the earliest time the call may be sent under every budget it
falls under (writes or reads, and its operation's own rate) and answers how many seconds
away that is; the loop sleeps that long, then sends. After a 429 the loop tells it the pause
the answer implies (`pause`), and no slot is handed out before the pause ends, for every
client sharing the limiter.

Slots are spaced evenly (`per / n` seconds apart, a GCRA with no burst): a fixed-window
server limit of `n` per `per` seconds then never sees more than `n` sends in a window from
one schedule, and the schedule needs only one number per budget.
"""

from __future__ import annotations

import abc
import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import Protocol, runtime_checkable

import attrs

from .. import _pairs

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH"})
"""The methods SignalWire counts against a project's write limit; the rest are reads."""

Buckets = tuple[tuple[str, float], ...]
"""The budgets one call falls under: (name, seconds between two slots) each."""


def _positive_count(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"Rate: {attribute.name} must be a positive int, not {value!r}")


def _positive_seconds(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ValueError(f"Rate: {attribute.name} must be positive seconds, not {value!r}")


@attrs.frozen
class Rate:
    """`n` requests per `per` seconds, sent evenly spaced: `Rate(13_000, per=10.0)`."""

    n: int = attrs.field(validator=_positive_count)
    per: float = attrs.field(default=1.0, validator=_positive_seconds)

    @property
    def interval(self) -> float:
        """Seconds between two sends."""
        return self.per / self.n


@runtime_checkable
class AsyncRateLimiter(Protocol):
    """What `AsyncRestClient(rate_limiter=...)` asks before each attempt and after a 429."""

    async def reserve_async(
        self, method: str, operation: str | None, max_wait: float | None
    ) -> float:
        """Book the next slot for a call and return the seconds until it. When that is more
        than `max_wait`, book nothing (the call will not wait that long) and return it."""
        ...

    async def pause_async(self, seconds: float) -> None:
        """Hand out no slot for `seconds` from now (a 429 said so)."""
        ...


@runtime_checkable
class RateLimiter(Protocol):
    """What `RestClient(rate_limiter=...)` asks before each attempt and after a 429."""

    def reserve(self, method: str, operation: str | None, max_wait: float | None) -> float:
        """Book the next slot for a call and return the seconds until it. When that is more
        than `max_wait`, book nothing (the call will not wait that long) and return it."""
        ...

    def pause(self, seconds: float) -> None:
        """Hand out no slot for `seconds` from now (a 429 said so)."""
        ...


def _checked_rate(name: str, rate: object) -> Rate | None:
    if rate is not None and not isinstance(rate, Rate):
        raise TypeError(f"{name} must be a Rate or None, not {type(rate).__name__}")
    return rate


class Budgets:
    """Which budgets a call falls under: writes or reads by method, and its operation's."""

    def __init__(
        self,
        writes: Rate | None,
        reads: Rate | None,
        per_operation: Mapping[str, Rate] | None,
    ) -> None:
        self.writes = _checked_rate("writes", writes)
        self.reads = _checked_rate("reads", reads)
        operations = dict(per_operation or {})
        for name, rate in operations.items():
            if not isinstance(name, str) or not name:
                raise TypeError(f"per_operation keys are operation names, not {name!r}")
            _checked_rate(f"per_operation[{name!r}]", rate)
        if writes is None and reads is None and not operations:
            raise ValueError("give at least one of writes=, reads= or per_operation=")
        self.per_operation = operations
        self._cache: dict[tuple[str, str | None], tuple[Buckets, Buckets]] = {}

    def split(self, method: str, operation: str | None) -> tuple[Buckets, Buckets]:
        """The call's own operation budget (narrow), and the writes or reads one (wide)."""
        key = (method, operation)
        found = self._cache.get(key)
        if found is None:
            wide: Buckets = ()
            if method in WRITE_METHODS:
                wide = (("writes", self.writes.interval),) if self.writes else ()
            elif self.reads is not None:
                wide = (("reads", self.reads.interval),)
            rate = self.per_operation.get(operation) if operation is not None else None
            narrow: Buckets = () if rate is None else ((f"op:{operation}", rate.interval),)
            found = self._cache[key] = (narrow, wide)
        return found

    def steps(self, method: str, operation: str | None) -> tuple[Buckets, ...]:
        """What a call books, in order: its operation's budget, then the wider one."""
        narrow, wide = self.split(method, operation)
        return tuple(step for step in (narrow, wide) if step)

    def describe(self) -> str:
        parts = [f"{name}={rate.n}/{rate.per:g}s" for name, rate in self._named()]
        return " ".join(parts)

    def _named(self) -> list[tuple[str, Rate]]:
        named = [("writes", self.writes), ("reads", self.reads)]
        named += [(f"per_operation[{k!r}]", v) for k, v in self.per_operation.items()]
        return [(name, rate) for name, rate in named if rate is not None]


class Schedule:
    """The next free slot of each budget and the shared pause, on one clock; thread-safe
    (a lock held only for arithmetic, so it serves any event loop and any thread)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}
        self._paused_until = 0.0

    def reserve(self, buckets: Buckets, max_wait: float | None) -> float:
        if not buckets:
            return 0.0
        with self._lock:
            now = self._clock()
            slot = max(now, self._paused_until, *(self._next.get(b, 0.0) for b, _ in buckets))
            wait = slot - now
            if max_wait is None or wait <= max_wait:
                for name, interval in buckets:
                    self._next[name] = slot + interval
            return wait

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)

    @property
    def paused_until(self) -> float:
        return self._paused_until


class Limiter(abc.ABC):
    """Books slots and waits for them, so that `reserve` answers 0 (go now) unless the slot
    lies past `max_wait` (then nothing is booked and the wait is the answer).

    Waiting here rather than in the caller lets a call that booked its slot before another
    client's 429 book again when that pause becomes known while it waits: otherwise every
    call already booked would be sent into the pause, each earning a 429 of its own.

    A call under an operation's budget and the writes (or reads) one books in two steps: its
    operation's slot, and once that has come, a slot of the wider budget. Booking both at
    once would book the wide slot as late as the narrow one, and a queue of calls to one slow
    operation (messages at 1 a second) would hold every other write back with it.

    Subclasses book a set of budgets (`_book`, `_book_async`), set the pause, and say what
    they know of it: `_pause_mark()` changes only when a new pause becomes known, and
    `_pause_end()` is when the latest one ends, on `time.monotonic()`'s clock."""

    def __init__(self, budgets: Budgets) -> None:
        self._budgets = budgets

    @abc.abstractmethod
    def _book(self, buckets: Buckets, max_wait: float | None) -> float: ...

    @abc.abstractmethod
    async def _book_async(self, buckets: Buckets, max_wait: float | None) -> float: ...

    @abc.abstractmethod
    def _pause_mark(self) -> float: ...

    @abc.abstractmethod
    def _pause_end(self) -> float: ...

    def _refresh(self) -> None:  # noqa: B027 - optional: in process, nothing to learn
        """Learn of pauses set elsewhere since the last answer (Redis: other processes)."""

    async def _refresh_async(self) -> None:  # noqa: B027 - optional, as above
        """Learn of pauses set elsewhere since the last answer (Redis: other processes)."""

    def _paused_since(self, seen: float) -> bool:
        """A pause became known after a booking that saw `seen`, and it still holds."""
        return self._pause_mark() != seen and self._pause_end() > time.monotonic()

    def reserve(self, method: str, operation: str | None, max_wait: float | None) -> float:
        for buckets in self._budgets.steps(method, operation):
            while True:
                wait = self._book(buckets, max_wait)
                if wait <= 0:
                    break
                if max_wait is not None and wait > max_wait:
                    return wait
                seen = self._pause_mark()
                _pairs.sleep(wait)
                max_wait = None if max_wait is None else max_wait - wait
                self._refresh()
                if not self._paused_since(seen):
                    break
        return 0.0

    async def reserve_async(
        self, method: str, operation: str | None, max_wait: float | None
    ) -> float:
        for buckets in self._budgets.steps(method, operation):
            while True:
                wait = await self._book_async(buckets, max_wait)
                if wait <= 0:
                    break
                if max_wait is not None and wait > max_wait:
                    return wait
                seen = self._pause_mark()
                await _pairs.asleep(wait)
                max_wait = None if max_wait is None else max_wait - wait
                await self._refresh_async()
                if not self._paused_since(seen):
                    break
        return 0.0


class InProcessRateLimiter(Limiter):
    """Paces every client given this object, within one process: threads, event loops,
    `AsyncRestClient`s and `RestClient`s alike.

    `writes` bounds POST, PUT and PATCH; `reads` every other method; `per_operation` one
    operation by its name (`{"compat.messages.create": Rate(4, per=1.0)}`), on top of the
    others. A 429 seen by any of those clients holds back all of them.
    """

    def __init__(
        self,
        *,
        writes: Rate | None = None,
        reads: Rate | None = None,
        per_operation: Mapping[str, Rate] | None = None,
    ) -> None:
        super().__init__(Budgets(writes, reads, per_operation))
        self._schedule = Schedule()

    def _book(self, buckets: Buckets, max_wait: float | None) -> float:
        return self._schedule.reserve(buckets, max_wait)

    async def _book_async(self, buckets: Buckets, max_wait: float | None) -> float:
        return self._schedule.reserve(buckets, max_wait)

    def _pause_mark(self) -> float:
        return self._schedule.paused_until

    def _pause_end(self) -> float:
        return self._schedule.paused_until

    def pause(self, seconds: float) -> None:
        self._schedule.pause(seconds)

    async def pause_async(self, seconds: float) -> None:
        self.pause(seconds)

    def __repr__(self) -> str:
        return f"<InProcessRateLimiter {self._budgets.describe()}>"
