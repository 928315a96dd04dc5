"""`clamp`: a socket timeout cut to what is left of the call's total deadline."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import pytest

from signalwire_async._transports.deadline import CALL_DEADLINE, clamp, remaining


class Expired(Exception):
    pass


@contextlib.contextmanager
def deadline_in(seconds: float) -> Iterator[None]:
    token = CALL_DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        CALL_DEADLINE.reset(token)


@pytest.mark.parametrize("timeout", [None, 0.5, 30.0])
def test_without_a_deadline_the_timeout_is_kept(timeout: float | None) -> None:
    assert remaining() is None
    assert clamp(timeout, Expired) == timeout


def test_a_deadline_cuts_a_longer_timeout_and_stands_in_for_none() -> None:
    with deadline_in(10.0):
        left = remaining()
        assert left is not None and 9.0 < left <= 10.0
        assert clamp(1.0, Expired) == 1.0
        for timeout in (None, 60.0):
            cut = clamp(timeout, Expired)
            assert cut is not None and 9.0 < cut <= 10.0


@pytest.mark.parametrize("seconds", [0.0, -1.0])
def test_a_passed_deadline_raises_the_given_error(seconds: float) -> None:
    with deadline_in(seconds), pytest.raises(Expired, match="total timeout expired"):
        clamp(5.0, Expired)
