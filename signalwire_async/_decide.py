"""What the request loop does after one attempt: a pure function of what came back.

The loop (`_async/_request_loop.py`) sends once, classifies what came back as an `Outcome`
and asks `decide()`: done, retry after a delay (and why), or stop with which kind of error.
Nothing here sleeps, reads a clock or raises: time arrives as arguments, so every case is
tested directly. The retry rules themselves are `_retry`'s.
"""

from __future__ import annotations

import enum

import attrs
import httpx

from ._retry import (
    NEVER_SENT,
    delay_after_status,
    delay_after_transport_error,
    is_idempotent,
    pause_after_rate_limit,
)


class Failure(enum.Enum):
    """Why a call stopped without success: which error the caller gets."""

    STATUS = "status"
    """The server's answer is the error (`SignalWireRestError.from_response`), even when its
    body could not be read."""
    TRANSPORT = "transport"
    """No usable answer: a connection, protocol or timeout failure."""
    TIMEOUT = "timeout"
    """The call's `total_timeout` ran out."""
    UNREADABLE = "unreadable"
    """A success status whose body broke the size bound or did not decode."""


@attrs.frozen
class Outcome:
    """What one attempt produced: a status (and its `Retry-After`), a transport failure, or
    an unreadable body."""

    status: int | None = None
    retry_after: str | None = None
    failure: httpx.TransportError | None = None
    unreadable: str | None = None
    """Why the body could not be read (too large, not decodable); None: it was read."""

    @property
    def may_have_arrived(self) -> bool:
        """The request may have reached the server, but no answer came back."""
        return self.failure is not None and not isinstance(self.failure, NEVER_SENT)


@attrs.frozen
class Step:
    """What to do next."""

    retry_in: float | None = None
    """Seconds to wait before the next attempt; None: stop (done, or `failure`)."""
    failure: Failure | None = None
    pause_everyone: float | None = None
    """After a 429: how long every call of the client holds back, this one included."""
    reason: str = ""
    """What the retry is for (`503`, `ReadTimeout`), for the log."""
    in_doubt: bool = False
    """The call fails, and a write it sent may have taken effect (it is not safe to repeat)."""

    @property
    def done(self) -> bool:
        return self.retry_in is None and self.failure is None


DONE = Step()


@attrs.frozen
class Policy:
    """The per-call facts the decision needs beside the outcome."""

    method: str
    max_retries: int
    idempotent: bool | None = None
    deadline: float | None = None
    """The call's end, on the clock `now` is read from; None: no total timeout."""
    gone_is_done: bool = False
    """A DELETE that returns nothing: once an attempt may have arrived, a later 404 means
    that attempt did the work."""

    statuses: frozenset[int] | None = None
    """The statuses retried (`request_options.retry_on_status`); None: the policy's."""
    backoff: float | None = None
    """The first backoff (`request_options.retry_backoff`); None: the policy's."""

    @property
    def safe_to_repeat(self) -> bool:
        return is_idempotent(self.method) if self.idempotent is None else self.idempotent


def rate_limit_pause(status: int | None, retry_after: str | None, attempt: int) -> float | None:
    """How long an answer holds back the whole client: only a 429 does (see `_retry`)."""
    if status != 429:
        return None
    return pause_after_rate_limit(retry_after, attempt)


def succeeded(outcome: Outcome) -> bool:
    """A 2xx whose body was read: `decide()` says DONE whatever else it is told."""
    status = outcome.status
    return (
        status is not None
        and 200 <= status < 300
        and outcome.failure is None
        and outcome.unreadable is None
    )


def decide(
    outcome: Outcome,
    policy: Policy,
    *,
    attempt: int,
    jitter: float,
    now: float,
    paused_for: float,
    closing: bool = False,
    lost_answer: bool = False,
) -> Step:
    """The next step after attempt number `attempt` (0 for the first) came back `outcome`.

    `jitter` in [0, 1) spreads backoffs; `paused_for` is what is left of the client's shared
    429 pause; `closing`: the client is being closed, so a failure is not retried;
    `lost_answer`: an earlier attempt of this call may have reached the server unanswered.
    """
    pause: float | None = None
    if outcome.failure is not None:
        failure = Failure.TRANSPORT
        reason = type(outcome.failure).__name__
        delay = None
        if not closing:
            delay = delay_after_transport_error(
                policy.method, outcome.failure, attempt, policy.max_retries, jitter,
                idempotent=policy.idempotent, base=policy.backoff,
            )  # fmt: skip
    else:
        if succeeded(outcome):
            return DONE
        status = outcome.status if outcome.status is not None else 0
        if 200 <= status < 300:
            return Step(failure=Failure.UNREADABLE)
        if status == 404 and lost_answer and policy.gone_is_done:
            return DONE  # the earlier attempt deleted it
        failure = Failure.STATUS
        reason = str(status)
        delay = delay_after_status(
            policy.method,
            status,
            outcome.retry_after,
            attempt,
            policy.max_retries,
            jitter,
            idempotent=policy.idempotent,
            statuses=policy.statuses,
            base=policy.backoff,
        )
        pause = rate_limit_pause(status, outcome.retry_after, attempt)
    return _next(outcome, policy, failure, reason, delay, pause, now, paused_for, lost_answer)


def _next(
    outcome: Outcome,
    policy: Policy,
    failure: Failure,
    reason: str,
    delay: float | None,
    pause: float | None,
    now: float,
    paused_for: float,
    lost_answer: bool,
) -> Step:
    """A retry after `delay` (at least the shared pause, within the deadline), or a stop."""
    if delay is not None:
        # Another call's 429 (or this one's) may hold the client back longer than our backoff.
        delay = max(delay, paused_for, pause or 0.0)
        if policy.deadline is not None and now + delay >= policy.deadline:
            delay = None
    if delay is not None:
        return Step(retry_in=delay, pause_everyone=pause, reason=reason)
    if failure is Failure.TRANSPORT and policy.deadline is not None and now >= policy.deadline:
        failure = Failure.TIMEOUT
    in_doubt = not policy.safe_to_repeat and (lost_answer or outcome.may_have_arrived)
    return Step(failure=failure, pause_everyone=pause, reason=reason, in_doubt=in_doubt)
