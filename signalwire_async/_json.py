"""Decoding a JSON body within a bound on the memory its parsed form takes (pure code).

`max_response_size` bounds a body's bytes, raw and decoded, but parsed JSON can take far
more memory than its text: `{},` is 3 bytes and a dict of 64, so 32 MiB of them parse into
more than 800 MiB. Before parsing a large body, its parsed size is estimated from its
structure (a count of containers and separators: C-speed byte counts, and an
overestimate, since separators inside strings count too), and the body is refused when
the estimate passes the budget. Small bodies skip the count: they cannot reach it.
Nesting too deep for the parser is a malformed body, not a `RecursionError`.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Mapping
from typing import Any

from ._limits import DEFAULT_MAX_RESPONSE_SIZE, MAX_BODY_EXTENSION

PARSED_SIZE_FACTOR = 8  # the budget: this many times max_response_size ...
MIN_PARSED_BUDGET = 16 * 1024 * 1024  # ... and never below this, for small bounds
# CPython sizes on 64-bit: an empty dict 64 bytes, a list 56, a short str about 50, a
# float 24; each value also takes an 8-byte slot in its container.
_CONTAINER_COST = 72  # per `{` or `[`
_VALUE_COST = 56  # per `,` or `:` (each introduces a value or a key's value)
_MAX_COST_PER_BYTE = max(_CONTAINER_COST, _VALUE_COST)


def limit_of(extensions: Mapping[str, Any]) -> int:
    """The `max_response_size` a request was sent with (its extensions carry it)."""
    limit = extensions.get(MAX_BODY_EXTENSION)
    return limit if isinstance(limit, int) else DEFAULT_MAX_RESPONSE_SIZE


def parsed_budget(limit: int) -> int:
    """Bytes of memory a body's parsed JSON may take, for a `max_response_size` of `limit`."""
    return max(PARSED_SIZE_FACTOR * limit, MIN_PARSED_BUDGET)


class ParsedTooLarge(ValueError):
    """The JSON would take more memory, parsed, than `parsed_budget(limit)`."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"the response body, parsed as JSON, would take more than "
            f"{parsed_budget(limit):,} bytes of memory ({PARSED_SIZE_FACTOR} x "
            f"max_response_size of {limit:,} bytes); raise it with "
            "AsyncRestClient(max_response_size=...) if this is expected"
        )


class NestedTooDeep(ValueError):
    """The JSON nests deeper than the parser can go."""


def estimated_parsed_size(content: bytes) -> int:
    """An upper estimate of the memory `json.loads(content)` takes."""
    containers = content.count(b"{") + content.count(b"[")
    values = content.count(b",") + content.count(b":")
    return containers * _CONTAINER_COST + values * _VALUE_COST


def _text(content: bytes) -> str | bytes:
    """UTF-8 JSON (the usual) decoded here: `json.loads` would first sniff the encoding
    in Python. A BOM, UTF-16 or UTF-32 (a NUL in the first bytes) or invalid UTF-8 stays
    bytes, for `json.loads` to detect and decode as before."""
    if not content.startswith(codecs.BOM_UTF8) and 0 not in content[:4]:
        try:
            return content.decode()
        except UnicodeDecodeError:
            pass
    return content


def loads(content: bytes, limit: int) -> Any:
    """`json.loads(content)`, refusing a body whose parsed form would break the budget
    (`ParsedTooLarge`) or that nests too deep to parse (`NestedTooDeep`)."""
    budget = parsed_budget(limit)
    if len(content) * _MAX_COST_PER_BYTE > budget and estimated_parsed_size(content) > budget:
        raise ParsedTooLarge(limit)
    try:
        return json.loads(_text(content))
    except RecursionError:
        # Raised outside the except block: no traceback of the recursion is kept.
        pass
    raise NestedTooDeep("the JSON body nests too deeply to decode")
