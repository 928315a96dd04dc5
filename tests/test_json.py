"""`_json.loads`: the bound on a body's parsed size, and nesting too deep to parse."""

from __future__ import annotations

import json

import pytest

from signalwire_async._json import (
    MIN_PARSED_BUDGET,
    NestedTooDeep,
    ParsedTooLarge,
    estimated_parsed_size,
    limit_of,
    loads,
    parsed_budget,
)
from signalwire_async._transports.body import DEFAULT_MAX_RESPONSE_SIZE, MAX_BODY_EXTENSION


def test_the_limit_comes_from_the_request_or_is_the_default() -> None:
    assert limit_of({MAX_BODY_EXTENSION: 1234}) == 1234
    assert limit_of({}) == DEFAULT_MAX_RESPONSE_SIZE


def test_the_budget_is_a_multiple_of_the_limit_with_a_floor() -> None:
    assert parsed_budget(1) == MIN_PARSED_BUDGET
    assert parsed_budget(64 << 20) == 512 << 20


def test_the_estimate_overcounts_rather_than_misses() -> None:
    body = json.dumps([{"a": 1, "b": "x,y"}] * 1000).encode()
    assert estimated_parsed_size(body) >= 1000 * (72 + 3 * 56)


def test_a_small_body_parses_without_being_counted() -> None:
    assert loads(b"[{}]", 1) == [{}]


def test_a_large_body_of_plain_records_parses_at_its_own_size() -> None:
    # Parsed, such records take about five times their text: within the budget.
    items = [{"id": f"item-{i:08d}", "name": "a name long enough"} for i in range(60_000)]
    body = json.dumps(items).encode()
    assert len(body) * 72 > parsed_budget(len(body))  # counted, not skipped
    assert loads(body, len(body)) == items


def test_a_body_that_would_break_the_budget_is_refused_with_the_bound_named() -> None:
    body = b"[" + b"{}," * (MIN_PARSED_BUDGET // 100) + b"{}]"
    with pytest.raises(ParsedTooLarge, match="max_response_size of 1,000 bytes"):
        loads(body, 1000)


def test_nesting_too_deep_is_a_value_error_without_the_recursion_behind_it() -> None:
    with pytest.raises(NestedTooDeep) as caught:
        loads(b"[" * 100_000 + b"]" * 100_000, 1 << 20)
    assert isinstance(caught.value, ValueError)
    assert caught.value.__context__ is None


def test_a_body_that_is_not_json_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        loads(b"{nope", 100)


@pytest.mark.parametrize(
    "content",
    [
        '{"name": "caf\u00e9", "n": [1, 2]}'.encode(),
        b"\xef\xbb\xbf" + b'{"bom": true}',  # UTF-8 with a BOM
        '{"wide": "\u00e9"}'.encode("utf-16"),  # with its BOM
        '{"wide": "\u00e9"}'.encode("utf-16-le"),  # without: NULs in the first bytes
        '{"wide": "\u00e9"}'.encode("utf-32"),
        '{"wide": "\u00e9"}'.encode("utf-32-be"),
        b'{"lone": "\xed\xa0\x80"}',  # a surrogate as json.loads accepts it
        b"[1]",  # shorter than the four bytes an encoding is sniffed from
    ],
)
def test_every_encoding_json_reads_decodes_as_json_loads_does(content: bytes) -> None:
    """UTF-8 is decoded before `json.loads` (it would sniff in Python); anything else is
    left to it, and reads as before."""
    assert loads(content, 1 << 20) == json.loads(content)


def test_invalid_utf8_fails_as_json_loads_fails() -> None:
    with pytest.raises(ValueError) as ours:
        loads(b'{"x": "\xff"}', 1 << 20)
    with pytest.raises(ValueError) as theirs:
        json.loads(b'{"x": "\xff"}')
    assert type(ours.value) is type(theirs.value)
