"""The request loop's decision after one attempt, tested without any I/O."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalwire_async._decide import (
    DONE,
    Failure,
    Outcome,
    Policy,
    Step,
    decide,
    rate_limit_pause,
)
from signalwire_async._retry import MAX_RETRY_AFTER, backoff

GET = Policy("GET", max_retries=3)
POST = Policy("POST", max_retries=3)


def step(
    outcome: Outcome,
    policy: Policy = GET,
    *,
    attempt: int = 0,
    now: float = 100.0,
    paused_for: float = 0.0,
    closing: bool = False,
    lost_answer: bool = False,
) -> Step:
    return decide(
        outcome,
        policy,
        attempt=attempt,
        jitter=0.0,
        now=now,
        paused_for=paused_for,
        closing=closing,
        lost_answer=lost_answer,
    )


@pytest.mark.parametrize("status", [200, 201, 204, 299])
def test_a_success_is_done(status: int) -> None:
    assert step(Outcome(status)) is DONE
    assert DONE.done


def test_an_unreadable_success_stops_at_once_without_pausing_anyone() -> None:
    assert step(Outcome(200, unreadable="too large")) == Step(failure=Failure.UNREADABLE)
    assert step(Outcome(201, "1", unreadable="bad gzip"), POST).failure is Failure.UNREADABLE


def test_an_unreadable_error_is_decided_by_its_status() -> None:
    limited = step(Outcome(429, "5", unreadable="bad gzip"), POST)
    assert limited == Step(retry_in=5.0, pause_everyone=5.0, reason="429")
    assert step(Outcome(503, unreadable="too large")).retry_in == backoff(0, 0.0)
    refused = step(Outcome(503, unreadable="too large"), POST)  # no Retry-After: may have run
    assert refused == Step(failure=Failure.STATUS, reason="503")
    last = step(Outcome(429, "5", unreadable="too large"), attempt=3)
    assert last == Step(failure=Failure.STATUS, pause_everyone=5.0, reason="429")


def test_a_429_pauses_everyone_for_its_retry_after_and_retries_even_a_post() -> None:
    assert step(Outcome(429, "2"), POST) == Step(retry_in=2.0, pause_everyone=2.0, reason="429")


def test_a_429_past_its_retries_still_pauses_everyone_with_the_backoff() -> None:
    got = step(Outcome(429), attempt=3)
    assert got == Step(failure=Failure.STATUS, pause_everyone=backoff(3, 0.0), reason="429")


def test_a_429_asking_for_too_long_is_raised_and_pauses_nobody() -> None:
    got = step(Outcome(429, str(MAX_RETRY_AFTER * 10)))
    assert got == Step(failure=Failure.STATUS, reason="429")


def test_a_post_is_replayed_only_when_it_never_left() -> None:
    never_sent = step(Outcome(failure=httpx.ConnectError("refused")), POST)
    assert never_sent.retry_in == backoff(0, 0.0)
    assert never_sent.reason == "ConnectError"
    may_have_arrived = step(Outcome(failure=httpx.ReadTimeout("slow")), POST)
    assert may_have_arrived == Step(failure=Failure.TRANSPORT, reason="ReadTimeout", in_doubt=True)
    assert step(Outcome(500), POST).failure is Failure.STATUS
    assert step(Outcome(503, "1"), POST).retry_in == 1.0


def test_a_closing_client_retries_no_transport_failure() -> None:
    got = step(Outcome(failure=httpx.ConnectError("refused")), closing=True)
    assert got.failure is Failure.TRANSPORT


def test_the_shared_pause_lengthens_a_retry() -> None:
    assert step(Outcome(503), paused_for=5.0).retry_in == 5.0


def test_a_retry_that_would_end_past_the_deadline_is_not_made() -> None:
    policy = Policy("GET", 3, deadline=100.4)
    assert step(Outcome(503), policy).failure is Failure.STATUS
    failed = step(Outcome(failure=httpx.ReadError("reset")), policy)
    assert failed.failure is Failure.TRANSPORT  # time is left, just not enough for a retry
    late = step(Outcome(failure=httpx.ReadTimeout("slow")), policy, now=100.4)
    assert late.failure is Failure.TIMEOUT


DELETE = Policy("DELETE", max_retries=3, gone_is_done=True)


def test_a_404_after_a_lost_answer_means_the_delete_was_done() -> None:
    assert step(Outcome(404), DELETE, attempt=1, lost_answer=True) is DONE
    # The first attempt, or one after answers that all arrived: the 404 is the answer.
    assert step(Outcome(404), DELETE).failure is Failure.STATUS
    assert step(Outcome(404), DELETE, attempt=1).failure is Failure.STATUS
    # Only for a delete whose answer nobody reads; a GET's 404 stays an error.
    raw = Policy("DELETE", max_retries=3)
    assert step(Outcome(404), raw, attempt=1, lost_answer=True).failure is Failure.STATUS
    assert step(Outcome(404), GET, attempt=1, lost_answer=True).failure is Failure.STATUS


def test_an_answer_is_lost_only_when_the_request_may_have_left() -> None:
    assert Outcome(failure=httpx.ReadTimeout("slow")).may_have_arrived
    assert Outcome(failure=httpx.ReadError("reset")).may_have_arrived
    assert Outcome(failure=httpx.RemoteProtocolError("closed")).may_have_arrived
    assert not Outcome(failure=httpx.ConnectError("refused")).may_have_arrived
    assert not Outcome(failure=httpx.PoolTimeout("no turn")).may_have_arrived
    assert not Outcome(503).may_have_arrived


def test_a_write_that_may_have_arrived_fails_in_doubt() -> None:
    reset = Outcome(failure=httpx.ReadError("reset"))
    assert step(reset, POST) == Step(failure=Failure.TRANSPORT, reason="ReadError", in_doubt=True)
    assert step(reset, Policy("PATCH", 3)).in_doubt
    late = step(Outcome(failure=httpx.ReadTimeout("slow")), Policy("POST", 3, deadline=100.0))
    assert late.failure is Failure.TIMEOUT and late.in_doubt
    # Never sent, a status answer, or safe to send again: a plain failure.
    assert not step(Outcome(failure=httpx.ConnectError("refused")), POST, attempt=3).in_doubt
    assert not step(Outcome(500), POST).in_doubt
    assert not step(reset, Policy("PUT", 0)).in_doubt
    assert not step(reset, Policy("POST", 0, idempotent=True)).in_doubt


def test_only_a_429_pauses_the_client() -> None:
    assert rate_limit_pause(429, "3", 0) == 3.0
    assert rate_limit_pause(429, None, 1) == backoff(1, 0.0)
    assert rate_limit_pause(429, "3600", 0) is None
    assert rate_limit_pause(503, "3", 0) is None
    assert rate_limit_pause(None, None, 0) is None


def test_a_409_is_never_retried() -> None:
    assert step(Outcome(409), Policy("PUT", 3)).failure is Failure.STATUS


STATUSES = st.integers(min_value=200, max_value=599)
FAILURES = st.sampled_from(
    [
        httpx.ConnectError,
        httpx.ConnectTimeout,
        httpx.ReadTimeout,
        httpx.ReadError,
        httpx.PoolTimeout,
    ]
)


@given(
    status=st.one_of(STATUSES, st.none()),
    failure=FAILURES,
    method=st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE"]),
    attempt=st.integers(min_value=0, max_value=5),
    max_retries=st.integers(min_value=0, max_value=4),
    jitter=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
    paused_for=st.floats(min_value=0.0, max_value=100.0),
    deadline=st.one_of(st.none(), st.floats(min_value=0.0, max_value=200.0)),
    retry_after=st.one_of(st.none(), st.sampled_from(["0", "1", "30", "61", "junk"])),
    unreadable=st.one_of(st.none(), st.just("too large")),
    lost_answer=st.booleans(),
    gone_is_done=st.booleans(),
)
def test_every_decision_is_consistent(
    status: int | None,
    failure: type[httpx.TransportError],
    method: str,
    attempt: int,
    max_retries: int,
    jitter: float,
    paused_for: float,
    deadline: float | None,
    retry_after: str | None,
    unreadable: str | None,
    lost_answer: bool,
    gone_is_done: bool,
) -> None:
    outcome = (
        Outcome(status, retry_after, unreadable=unreadable)
        if status is not None
        else Outcome(failure=failure("x"))
    )
    policy = Policy(method, max_retries, deadline=deadline, gone_is_done=gone_is_done)
    now = 100.0
    got = decide(
        outcome,
        policy,
        attempt=attempt,
        jitter=jitter,
        now=now,
        paused_for=paused_for,
        lost_answer=lost_answer,
    )
    if status is not None and 200 <= status < 300:
        assert got == (DONE if unreadable is None else Step(failure=Failure.UNREADABLE))
        return
    if got is DONE:  # only a delete that found nothing after an attempt lost its answer
        assert status == 404 and gone_is_done and lost_answer
        return
    assert (got.retry_in is None) != (got.failure is None)  # retry, or stop with a reason
    assert got.failure is not Failure.UNREADABLE  # an error status decides, body or not
    if got.retry_in is not None:
        assert attempt < max_retries  # never more retries than allowed
        assert got.retry_in >= paused_for  # never sooner than the shared pause
        assert deadline is None or now + got.retry_in < deadline
        if method in ("POST", "PATCH") and status is None:
            assert failure in (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
        assert not got.in_doubt
    if got.pause_everyone is not None:
        assert status == 429
    if got.failure is Failure.TIMEOUT:
        assert status is None and deadline is not None and now >= deadline
    if got.in_doubt:  # a failed write, not safe to repeat, that may have arrived
        assert method in ("POST", "PATCH") and (lost_answer or outcome.may_have_arrived)
