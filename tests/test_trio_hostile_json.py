"""The hostile-JSON cases of `tests/_async/test_hostile_json.py`, run under trio (httpcore)."""

from __future__ import annotations

import pytest
import trio

from signalwire_async import BadRequestError, InvalidResponseError

from ._async.test_hostile_json import (
    LIMIT,
    empty_objects,
    run_a_body_huge_once_parsed,
    run_deep_nesting,
)
from .loopback import LoopbackServer


@pytest.mark.parametrize(("way", "status"), [("get", 200), ("pages", 200), ("request", 400)])
def test_a_body_nested_too_deep_under_trio(server: LoopbackServer, way: str, status: int) -> None:
    error, works = trio.run(run_deep_nesting, server, way, status)
    assert isinstance(error, InvalidResponseError if status == 200 else BadRequestError)
    assert works


@pytest.mark.parametrize(("way", "status"), [("get", 200), ("pages", 200), ("request", 400)])
def test_a_body_huge_once_parsed_under_trio(server: LoopbackServer, way: str, status: int) -> None:
    empty_objects(LIMIT)
    error, peak = trio.run(run_a_body_huge_once_parsed, server, way, status)
    assert isinstance(error, InvalidResponseError if status == 200 else BadRequestError)
    assert error.body is None
    assert peak < 8 * LIMIT, f"{peak:,} bytes"
