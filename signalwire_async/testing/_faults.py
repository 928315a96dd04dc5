"""The faults the fake space injects: random ones (`Faults`), chosen ones (`fail_next`),
and the count of each. Decided before a request is processed, so a faulted write changed
nothing; kept apart from the stored state, which a fault never reaches."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from . import _routes
from ._replies import DROPPED, Reply, error_body, json_reply, seconds
from ._routes import Route

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH"})


@attrs.define
class Faults:
    """Faults the space injects, for resilience tests. Fractions are of all requests.

    A fault is decided before the request is processed, so a faulted write changed
    nothing. `seed` makes the sequence repeatable.
    """

    latency: float = 0.0
    """Seconds added before every answer."""
    error_rate: float = 0.0
    """Fraction answered `error_status`."""
    error_status: int = 503
    error_retry_after: float | None = None
    """`Retry-After` sent with the errors (a 503 with it says "not processed")."""
    rate_limit_rate: float = 0.0
    """Fraction answered 429 with `Retry-After: retry_after`."""
    retry_after: float = 1.0
    drop_rate: float = 0.0
    """Fraction whose connection is closed without an answer."""
    seed: int | None = None
    write_budget: tuple[int, float] | None = attrs.field(default=None)
    """`(limit, per_seconds)`: writes (POST, PUT, PATCH) past `limit` in a fixed window of
    `per_seconds` (from the window's first write) are answered 429 with `Retry-After` until
    the window ends, as a project's write limit does."""

    @write_budget.validator
    def _check_budget(self, _: object, value: tuple[int, float] | None) -> None:
        if value is None:
            return
        limit, per = value
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"write_budget: the limit must be a positive int, not {limit!r}")
        if not isinstance(per, (int, float)) or not math.isfinite(per) or per <= 0:
            raise ValueError(f"write_budget: the window must be positive seconds, not {per!r}")


@attrs.define
class FaultCounts:
    """How many answers were faults, by kind."""

    errors: int = 0
    rate_limited: int = 0
    dropped: int = 0
    chosen: int = 0
    """Failed by `fail_next`."""


@attrs.frozen
class Failure:
    """One `fail_next` waiting for the first request that matches it."""

    method: str | None
    path: str | None
    operation: str | None
    status: int
    body: Any
    headers: Mapping[str, str]
    drop: bool

    def matches(self, method: str, path: str, route: Route | None) -> bool:
        return (
            self.method in (None, method)
            and self.operation in (None, route and route.name)
            and (self.path is None or _routes.pattern(self.path).match(path) is not None)
        )

    def reply(self, route: Route | None) -> Reply:
        if self.drop:
            return DROPPED
        body = self.body
        if body is None:
            body = error_body(route, self.status, "Injected failure")
        return json_reply(self.status, body, self.headers)


class FaultInjector:
    """Decides whether a request is answered with a fault. Not thread-safe: the space
    calls it under its own lock."""

    def __init__(self, faults: Faults, clock: Callable[[], float] = time.monotonic) -> None:
        self.faults = faults
        self.counts = FaultCounts()
        self.failures: list[Failure] = []
        self._clock = clock
        self._window = (0.0, 0)  # the write window's end, and the writes it took

    @property
    def faults(self) -> Faults:
        return self._faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        """New faults restart the random sequence (from their seed)."""
        self._faults = faults
        self._random = random.Random(faults.seed)

    def reset(self) -> None:
        self.failures.clear()
        self.counts = FaultCounts()

    def fault(self, method: str, path: str, route: Route | None) -> Reply | None:
        """The fault this request gets, if any: a queued failure first, then the dice."""
        for failure in self.failures:
            if failure.matches(method, path, route):
                self.failures.remove(failure)
                self.counts.chosen += 1
                return failure.reply(route)
        if self._faults.write_budget is not None and method in WRITE_METHODS:
            over = self._over_budget(route, self._faults.write_budget)
            if over is not None:
                return over
        return self._random_fault(route)

    def _over_budget(self, route: Route | None, budget: tuple[int, float]) -> Reply | None:
        """A 429 for a write past the budget of the current window; None: it fits."""
        limit, per = budget
        now = self._clock()
        end, taken = self._window
        if now >= end:
            end, taken = now + per, 0
        if taken < limit:
            self._window = (end, taken + 1)
            return None
        self._window = (end, taken)
        self.counts.rate_limited += 1
        wait = math.ceil((end - now) * 1000) / 1000  # rounded up: retrying then fits
        body = error_body(route, 429, "Too Many Requests")
        return json_reply(429, body, {"Retry-After": seconds(wait)})

    def _random_fault(self, route: Route | None) -> Reply | None:
        faults = self._faults
        if not (faults.error_rate or faults.rate_limit_rate or faults.drop_rate):
            return None  # no dice thrown: a seeded sequence is not advanced
        roll = self._random.random()
        if roll < faults.drop_rate:
            self.counts.dropped += 1
            return DROPPED
        roll -= faults.drop_rate
        if roll < faults.rate_limit_rate:
            self.counts.rate_limited += 1
            body = error_body(route, 429, "Too Many Requests")
            return json_reply(429, body, {"Retry-After": seconds(faults.retry_after)})
        roll -= faults.rate_limit_rate
        if roll < faults.error_rate:
            self.counts.errors += 1
            extra = {}
            if faults.error_retry_after is not None:
                extra["Retry-After"] = seconds(faults.error_retry_after)
            body = error_body(route, faults.error_status, "Service Unavailable")
            return json_reply(faults.error_status, body, extra)
        return None
