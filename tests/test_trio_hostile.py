"""The hostile-server cases of `tests/_async/test_hostile.py`, run under trio (httpcore)."""

from __future__ import annotations

import logging

import pytest
import trio

from signalwire_async._pages import MAX_EMPTY_PAGES

from ._async.test_hostile import (
    LIMIT,
    ONE,
    ROOM_FOR_ONE_RETRY,
    SLACK,
    TOTAL,
    TRICKLE_CASES,
    TRICKLE_IDS,
    gzip_bomb,
    run_503s,
    run_a_204_with_a_body,
    run_a_next_link_back_to_the_first_page,
    run_a_next_link_with_user_info,
    run_a_response_smuggled_after_a_body,
    run_a_trickle,
    run_an_oversized_body,
    run_endless_empty_pages,
    run_hang_ups,
)
from .data import ENDPOINTS
from .loopback import LoopbackServer


@pytest.mark.parametrize("writes", [1, 2], ids=["one-write", "two-writes"])
def test_a_204_with_a_body_does_not_spoil_the_next_call_under_trio(
    server: LoopbackServer, writes: int
) -> None:
    deleted, created, _ = trio.run(run_a_204_with_a_body, server, writes)
    assert deleted is None, repr(deleted)  # httpcore reads a 204 as having no body
    assert created == "created"
    assert server.hits[("POST", ENDPOINTS)] == 1


def test_a_response_smuggled_after_a_body_is_never_an_answer_under_trio(
    server: LoopbackServer,
) -> None:
    assert trio.run(run_a_response_smuggled_after_a_body, server) == ["id1", "id2"]


@pytest.mark.parametrize(("trickled", "given_to"), TRICKLE_CASES, ids=TRICKLE_IDS)
def test_a_trickled_answer_times_out_at_the_total_timeout_under_trio(
    server: LoopbackServer, trickled: str, given_to: str
) -> None:
    elapsed = trio.run(run_a_trickle, server, trickled, given_to)
    assert elapsed < TOTAL + SLACK, f"took {elapsed:.2f}s"


def test_no_retry_sleeps_past_the_total_timeout_under_trio(
    server: LoopbackServer, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("signalwire_async._retry.BACKOFF_BASE", 8.0)  # first backoff: 4 s+
    trio.run(run_503s, server, 2.0)
    assert sleeps == []
    assert server.hits[("GET", ONE)] == 1


def test_retries_stop_at_the_total_timeout_under_trio(server: LoopbackServer) -> None:
    elapsed = trio.run(run_503s, server, ROOM_FOR_ONE_RETRY)
    assert server.hits[("GET", ONE)] == 2
    assert elapsed < ROOM_FOR_ONE_RETRY, f"took {elapsed:.2f}s"


@pytest.mark.parametrize("max_retries", [0, 2])
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_each_attempt_sends_one_request_under_trio(
    server: LoopbackServer, sleeps: list[float], method: str, max_retries: int
) -> None:
    assert trio.run(run_hang_ups, server, method, max_retries) == 1 + max_retries
    assert len(sleeps) == max_retries


@pytest.mark.parametrize("oversized", ["gzip-bomb", "plain"])
def test_a_body_beyond_max_response_size_is_not_read_under_trio(
    server: LoopbackServer, oversized: str
) -> None:
    gzip_bomb()  # built before memory is traced
    error, peak = trio.run(run_an_oversized_body, server, oversized)
    assert "max_response_size" in str(error)
    assert error.body is None
    assert peak < 8 * LIMIT, f"{peak:,} bytes"
    assert server.hits[("GET", ONE)] == 1


def test_a_pager_gives_up_on_endless_empty_pages_under_trio(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="signalwire_async"):
        assert trio.run(run_endless_empty_pages, server) == []
    assert server.hits[("GET", ENDPOINTS)] <= MAX_EMPTY_PAGES
    assert "empty pages in a row" in caplog.text


def test_a_pager_never_reads_the_first_page_twice_under_trio(server: LoopbackServer) -> None:
    assert trio.run(run_a_next_link_back_to_the_first_page, server) == ["a", "b"]
    assert server.hits[("GET", ENDPOINTS)] == 2


def test_a_pager_does_not_follow_a_next_link_with_user_info_under_trio(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="signalwire_async"):
        assert trio.run(run_a_next_link_with_user_info, server) == ["a"]
    assert server.hits[("GET", ENDPOINTS)] == 1
    assert "user info" in caplog.text
