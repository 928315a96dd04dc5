"""The retry policy: which failures are retried, and after how long."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalwire_async._retry import (
    BACKOFF_BASE,
    MAX_RETRY_AFTER,
    Throttle,
    backoff,
    delay_after_status,
    delay_after_transport_error,
    parse_retry_after,
    pause_after_rate_limit,
)

NOW = 1_700_000_000.0
SAFE = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]
UNSAFE = ["POST", "PATCH"]
METHODS = st.sampled_from([*SAFE, *UNSAFE, "get", "post"])
JITTER = st.floats(min_value=0.0, max_value=1.0, exclude_max=True)


def status_delay(
    method: str, status: int, retry_after: str | None = None, *, idempotent: bool | None = None
) -> float | None:
    return delay_after_status(method, status, retry_after, 0, 3, 0.0, idempotent=idempotent)


def error_delay(method: str, error: httpx.TransportError) -> float | None:
    return delay_after_transport_error(method, error, 0, 3, 0.0)


# -- parse_retry_after ------------------------------------------------------------------


@given(st.text())
def test_parse_retry_after_never_raises(value: str) -> None:
    result = parse_retry_after(value, now=NOW)
    assert result is None or (isinstance(result, float) and result >= 0)


@pytest.mark.parametrize(("value", "expected"), [("3", 3.0), ("1.5", 1.5), (" 7 ", 7.0)])
def test_parse_retry_after_seconds(value: str, expected: float) -> None:
    assert parse_retry_after(value) == expected


def test_parse_retry_after_http_date() -> None:
    when = datetime.fromtimestamp(NOW, tz=timezone.utc) + timedelta(seconds=42)
    header = email.utils.format_datetime(when, usegmt=True)
    assert parse_retry_after(header, now=NOW) == 42.0


def test_parse_retry_after_past_date_is_zero() -> None:
    when = datetime.fromtimestamp(NOW, tz=timezone.utc) - timedelta(hours=1)
    assert parse_retry_after(email.utils.format_datetime(when, usegmt=True), now=NOW) == 0.0
    assert parse_retry_after("-5") == 0.0


@pytest.mark.parametrize("value", [None, "", "soon", "nan", "NaN", "Mon, 32 Jan 2020 00:00:00 GMT"])
def test_parse_retry_after_garbage_is_none(value: str | None) -> None:
    assert parse_retry_after(value, now=NOW) is None


@pytest.fixture
def eastern_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "EST+05")  # a POSIX rule: no tz database needed
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("eastern_time")
def test_parse_retry_after_asctime_date_is_utc() -> None:
    # RFC 9110 section 5.6.7: all three HTTP-date forms are UTC.
    # 784111777 is Sun, 06 Nov 1994 08:49:37 GMT, the RFC's own example.
    assert parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now=784111767.0) == 10.0
    assert parse_retry_after("Sun Nov  6 08:49:37 1994", now=784111767.0) == 10.0


# -- backoff ----------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=60), JITTER)
def test_backoff_within_half_and_full_base(attempt: int, jitter: float) -> None:
    base = min(0.5 * 2**attempt, 8.0)
    assert base / 2 <= backoff(attempt, jitter) <= base


@given(st.integers(min_value=0, max_value=60))
def test_backoff_grows_then_caps(attempt: int) -> None:
    assert backoff(attempt, 0.0) <= backoff(attempt + 1, 0.0) <= 8.0
    assert backoff(0, 0.0) == 0.5
    assert backoff(4, 0.0) == 8.0


# -- delay_after_status -----------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_methods_retry_transient_statuses(method: str, status: int) -> None:
    assert status_delay(method, status) == backoff(0, 0.0)


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST", "PATCH"])
@pytest.mark.parametrize("status", [200, 204, 301, 400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(method: str, status: int) -> None:
    assert status_delay(method, status) is None
    assert status_delay(method, status, "1") is None


@pytest.mark.parametrize("method", UNSAFE)
def test_post_and_patch_retry_429_and_503_with_retry_after(method: str) -> None:
    assert status_delay(method, 429) == backoff(0, 0.0)
    assert status_delay(method, 429, "2") == 2.0
    assert status_delay(method, 503, "2") == 2.0
    assert status_delay(method, 503) is None


@pytest.mark.parametrize("method", UNSAFE)
@pytest.mark.parametrize("status", [408, 409, 500, 502, 504])
def test_post_and_patch_not_retried_when_they_may_have_run(method: str, status: int) -> None:
    assert status_delay(method, status) is None
    assert status_delay(method, status, "1") is None


@given(METHODS, st.sampled_from([None, "0", "1", "garbage"]), st.booleans())
def test_409_never_retried(method: str, retry_after: str | None, force: bool) -> None:
    assert status_delay(method, 409, retry_after, idempotent=force) is None


@given(METHODS, st.sampled_from([429, 503]), st.integers(min_value=0, max_value=10))
def test_no_retry_once_retries_are_spent(method: str, status: int, max_retries: int) -> None:
    assert delay_after_status(method, status, "1", max_retries, max_retries, 0.0) is None
    assert delay_after_status(method, status, "1", max_retries + 1, max_retries, 0.0) is None


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_retry_after_over_cap_means_raise(method: str) -> None:
    assert status_delay(method, 429, "61") is None
    assert status_delay(method, 429, "60") == 60.0
    assert status_delay(method, 429, "0.25") == 0.25


def test_idempotent_flag_overrides_method() -> None:
    for status in (408, 500, 502, 504):
        assert status_delay("POST", status, idempotent=True) == status_delay("GET", status)
        assert status_delay("GET", status, idempotent=False) is None


# -- delay_after_transport_error --------------------------------------------------------

NEVER_SENT = [httpx.ConnectError("x"), httpx.ConnectTimeout("x"), httpx.PoolTimeout("x")]
MAYBE_SENT = [
    httpx.ReadTimeout("x"),
    httpx.WriteTimeout("x"),
    httpx.ReadError("x"),
    httpx.WriteError("x"),
    httpx.RemoteProtocolError("x"),
]
NOT_TRANSIENT = [httpx.UnsupportedProtocol("x"), httpx.LocalProtocolError("x")]


@pytest.mark.parametrize("error", NEVER_SENT, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("method", ["GET", "POST", "PATCH"])
def test_never_sent_errors_retried_for_every_method(
    method: str, error: httpx.TransportError
) -> None:
    assert error_delay(method, error) == backoff(0, 0.0)


@pytest.mark.parametrize("error", MAYBE_SENT, ids=lambda e: type(e).__name__)
def test_maybe_sent_errors_retried_only_when_idempotent(error: httpx.TransportError) -> None:
    assert error_delay("GET", error) == backoff(0, 0.0)
    assert error_delay("DELETE", error) == backoff(0, 0.0)
    assert error_delay("POST", error) is None
    assert error_delay("PATCH", error) is None


@pytest.mark.parametrize("error", NOT_TRANSIENT, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_local_failures_never_retried(method: str, error: httpx.TransportError) -> None:
    assert error_delay(method, error) is None


def test_transport_retry_stops_at_max_retries() -> None:
    error = httpx.ConnectError("x")
    assert delay_after_transport_error("GET", error, 2, 3, 0.0) == backoff(2, 0.0)
    assert delay_after_transport_error("GET", error, 3, 3, 0.0) is None
    assert delay_after_transport_error("POST", httpx.ReadError("x"), 0, 3, 0.0, idempotent=True)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_throttle_pauses_until_the_latest_deadline() -> None:
    clock = FakeClock()
    throttle = Throttle(clock)
    assert throttle.remaining() == 0.0
    throttle.pause(3.0)
    throttle.pause(1.0)  # a shorter pause does not cut the longer one
    assert throttle.remaining() == 3.0
    clock.now += 2.5
    assert throttle.remaining() == 0.5
    clock.now += 1.0
    assert throttle.remaining() == 0.0


def test_a_throttle_whose_pause_is_over_is_back_to_its_cheap_check() -> None:
    clock = FakeClock()
    throttle = Throttle(clock)
    assert throttle.until == 0.0
    throttle.pause(2.0)
    assert throttle.until == 1002.0
    clock.now += 3.0
    assert throttle.remaining() == 0.0 and throttle.until == 0.0  # reset once seen over
    throttle.pause(1.0)  # a later pause starts afresh
    assert throttle.remaining() == 1.0


def test_a_pause_set_while_the_last_one_is_found_over_is_kept() -> None:
    class RacingClock(FakeClock):
        """Another thread pauses the throttle while `remaining()` reads the clock."""

        racing = False

        def __call__(self) -> float:
            if self.racing:
                self.racing = False
                throttle.pause(5.0)
            return self.now

    clock = RacingClock()
    throttle = Throttle(clock)
    throttle.pause(1.0)
    clock.now += 2.0
    clock.racing = True
    assert throttle.remaining() == 0.0  # the pause it read is over...
    assert throttle.remaining() == 5.0  # ...but the new one is not lost


def test_pause_after_rate_limit_prefers_the_servers_hint() -> None:
    assert pause_after_rate_limit("7", 0) == 7.0
    assert pause_after_rate_limit(None, 0) == BACKOFF_BASE
    assert pause_after_rate_limit("soon", 2) == BACKOFF_BASE * 4
    assert pause_after_rate_limit(str(MAX_RETRY_AFTER), 0) == MAX_RETRY_AFTER
    # A wait beyond what the client would sleep through is raised, not imposed on others.
    assert pause_after_rate_limit("3600", 0) is None


# -- request_options: the official SDK's retry statuses and backoff -------------------------


def test_retry_statuses_replace_the_policys_for_a_safe_method() -> None:
    listed = frozenset({418, 503})
    assert delay_after_status("GET", 418, None, 0, 3, 0.0, statuses=listed) == BACKOFF_BASE
    assert delay_after_status("GET", 500, None, 0, 3, 0.0, statuses=listed) is None
    assert delay_after_status("GET", 409, None, 0, 3, 0.0, statuses=frozenset({409})) is None


def test_retry_statuses_never_make_a_post_replay_what_may_have_arrived() -> None:
    listed = frozenset({429, 500, 503})
    assert delay_after_status("POST", 500, None, 0, 3, 0.0, statuses=listed) is None
    assert delay_after_status("POST", 503, None, 0, 3, 0.0, statuses=listed) is None
    assert delay_after_status("POST", 429, None, 0, 3, 0.0, statuses=listed) == BACKOFF_BASE
    assert delay_after_status("POST", 429, None, 0, 3, 0.0, statuses=frozenset({503})) is None


def test_a_backoff_base_sets_the_first_delay_and_doubles() -> None:
    assert backoff(0, 0.0, 2.0) == 2.0
    assert backoff(2, 0.0, 2.0) == 8.0
    assert backoff(5, 0.0, 20.0) == 20.0  # a base above the cap is its own cap
    assert delay_after_status("GET", 500, None, 1, 3, 0.0, base=0.1) == pytest.approx(0.2)
    error = httpx.ConnectError("refused")
    assert delay_after_transport_error("GET", error, 0, 3, 0.0, base=3.0) == 3.0
