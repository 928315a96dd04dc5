"""The retry policy, as pure functions: which failures are retried, and after how long.

The request loop (`_async/_request_loop.py`) only asks these functions; nothing here sleeps.

- GET, HEAD, PUT, DELETE and OPTIONS are retried on connection failures, timeouts, 408, 429
  and 5xx.
- POST and PATCH are retried only when the request certainly never reached the server (the
  connection or a pool slot could not be had), on 429 (rate limited: not processed) and on a
  503 that carries `Retry-After` (the server says it did not take the request). SignalWire
  has no idempotency key, so replaying a POST that may have arrived could buy a number twice.
- 409 is never retried.
- The delay is exponential with jitter; a `Retry-After` header wins, up to `MAX_RETRY_AFTER`
  seconds. A longer wait is not slept through: the error is raised instead.
"""

from __future__ import annotations

import datetime
import email.utils
import math
import threading
import time
from collections.abc import Callable

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRYABLE_STATUSES = frozenset({408, 429})  # and every 5xx
BACKOFF_BASE = 0.5
BACKOFF_MAX = 8.0
MAX_RETRY_AFTER = 60.0

# Failures where the request cannot have been sent: no connection, or no free pool slot.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures where an idempotent request may simply be sent again.
TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or HTTP-date), or None.

    Never raises; a date in the past gives 0.
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if parsed is None:  # pragma: no cover - Python >= 3.10 raises ValueError instead
            return None
        if parsed.tzinfo is None:  # the asctime form has no zone; HTTP dates are UTC
            parsed = parsed.replace(tzinfo=datetime.timezone.utc)
        try:
            seconds = parsed.timestamp() - (time.time() if now is None else now)
        except (OverflowError, OSError, ValueError):  # pragma: no cover - defensive
            # An aware datetime's timestamp() is plain arithmetic (no OS call, no overflow
            # for the years an HTTP date can carry); kept so the function never raises.
            return None
    if math.isnan(seconds):
        return None
    return max(seconds, 0.0)


def backoff(attempt: int, jitter: float, base: float | None = None) -> float:
    """Delay before retry number `attempt + 1`; `jitter` in [0, 1) takes off up to half.
    `base` is the first delay (`request_options.retry_backoff`); None: `BACKOFF_BASE`."""
    first = BACKOFF_BASE if base is None else base
    delay = min(first * 2.0**attempt, max(BACKOFF_MAX, first))
    return delay * (1.0 - 0.5 * jitter)


def is_idempotent(method: str) -> bool:
    return method.upper() in IDEMPOTENT_METHODS


def delay_after_status(
    method: str,
    status_code: int,
    retry_after: str | None,
    attempt: int,
    max_retries: int,
    jitter: float,
    *,
    idempotent: bool | None = None,
    statuses: frozenset[int] | None = None,
    base: float | None = None,
) -> float | None:
    """How long to wait before retrying a request answered with `status_code`; None: don't.

    `attempt` counts retries already made; `idempotent` overrides the method's own nature.
    `statuses` (`request_options.retry_on_status`) replaces the statuses retried; a POST
    is still retried only on those of them that say the request was not taken.
    """
    if attempt >= max_retries or status_code < 400 or status_code == 409:
        return None
    safe = is_idempotent(method) if idempotent is None else idempotent
    hint = parse_retry_after(retry_after)
    if statuses is not None and status_code not in statuses:
        return None
    if safe:
        retryable = statuses is not None or status_code in RETRYABLE_STATUSES or status_code >= 500
    else:
        retryable = status_code == 429 or (status_code == 503 and hint is not None)
    if not retryable:
        return None
    if hint is None:
        return backoff(attempt, jitter, base)
    return hint if hint <= MAX_RETRY_AFTER else None


def delay_after_transport_error(
    method: str,
    error: httpx.TransportError,
    attempt: int,
    max_retries: int,
    jitter: float,
    *,
    idempotent: bool | None = None,
    base: float | None = None,
) -> float | None:
    """How long to wait before retrying after a failure with no response; None: don't."""
    if attempt >= max_retries:
        return None
    safe = is_idempotent(method) if idempotent is None else idempotent
    retryable = isinstance(error, TRANSIENT if safe else NEVER_SENT)
    return backoff(attempt, jitter, base) if retryable else None


class Throttle:
    """A pause shared by every request of one client: a 429 slows them all down together.

    When one request is told to back off, the others would otherwise keep hitting the limit
    and each earn a 429 of their own. No I/O here: the request loop asks `remaining()` when a
    call gets its turn to send, and sleeps that long first.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._until = 0.0  # 0.0: no pause, so the hot path reads one float
        self._lock = threading.Lock()  # threads of a sync client pause it at once

    def pause(self, seconds: float) -> None:
        """Hold every request back for `seconds` from now (a longer pause already set wins)."""
        with self._lock:
            self._until = max(self._until, self._clock() + seconds)

    @property
    def until(self) -> float:
        """When the current pause ends, on the clock; 0.0 when there has been none since
        `remaining()` last found one over."""
        return self._until

    def remaining(self) -> float:
        """Seconds left in the current pause; 0 when requests may go."""
        until = self._until
        if not until:
            return 0.0
        left = until - self._clock()
        if left > 0:
            return left
        with self._lock:
            if self._until == until:  # not lengthened meanwhile: back to the cheap check
                self._until = 0.0
        return 0.0


def pause_after_rate_limit(retry_after: str | None, attempt: int) -> float | None:
    """How long a 429 holds back the whole client: the server's hint, else the backoff.

    None for a hint beyond `MAX_RETRY_AFTER`: such a 429 is raised at once, and holding
    back every other call for an hour would only hide it.
    """
    hint = parse_retry_after(retry_after)
    if hint is None:
        return backoff(attempt, 0.0)
    return hint if hint <= MAX_RETRY_AFTER else None
