"""A call's total deadline, seen by every socket operation of the request it is sending.

The request loop sets `CALL_DEADLINE` (a `time.monotonic()` instant) around each attempt; the
httpcore network streams (`_async/httpcore_pool.py`) cut each read, write and connect timeout to
what is left, so a server that trickles a byte at a time cannot stretch a call past it. A
context variable reaches them through httpcore without new arguments, and is copied into the
task that sends a shielded request.
"""

from __future__ import annotations

import contextvars
import time

CALL_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "signalwire_async_call_deadline", default=None
)


def remaining() -> float | None:
    """Seconds left before the current call's deadline; None when it has none."""
    deadline = CALL_DEADLINE.get()
    return None if deadline is None else deadline - time.monotonic()


def clamp(timeout: float | None, expired: type[Exception]) -> float | None:
    """`timeout` cut to the time left; raises `expired` once the deadline has passed."""
    left = remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise expired("the call's total timeout expired")
    return left if timeout is None else min(timeout, left)
