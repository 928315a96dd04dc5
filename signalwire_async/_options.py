"""Request options: keyword arguments every operation takes besides its own parameters.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
None of these names is a field of any SignalWire request (several operations have a
`timeout`, `headers` or `raw` field of their own, so the options avoid those names).
"""

import re
import sys
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

# `typing_extensions` (slower to import) only where `typing.TypedDict` lacks `NotRequired`.
if sys.version_info >= (3, 11):
    from typing import TypedDict
else:
    from typing_extensions import TypedDict

Timeout = float | httpx.Timeout


class RequestOptions(TypedDict, total=False):
    """Options accepted by every operation, as keyword arguments (`get(id, extra_query=...)`)."""

    extra_headers: Mapping[str, str]
    """Headers added to the request; they cannot replace `Authorization`."""
    extra_query: Mapping[str, Any]
    """Query parameters added to the request (they win over the operation's own)."""
    extra_body: Mapping[str, Any]
    """Fields merged into the JSON or form body (they win on a clash): the way to send a
    field the client does not declare yet."""
    extras: Mapping[str, Any]
    """The official SDK's name for `extra_body`, accepted so that its code runs unchanged."""
    request_timeout: Timeout
    """Per-phase timeouts for this call (connect, read, write, pool), as the client's `timeout`."""
    total_timeout: float
    """Seconds for the whole call, from the first connect to the last byte, across retries."""


OPTION_NAMES = frozenset(RequestOptions.__optional_keys__)


@attrs.frozen
class Credentials:
    """The `Authorization` of an operation that does not take the project's credentials."""

    authorization: str | None = attrs.field(repr=False)
    """The header's value; None sends no `Authorization` at all."""


NO_CREDENTIALS = Credentials(None)
"""For an operation that takes no credentials (the embed token exchange)."""

# A token is one HTTP token68-like word: no blanks, no control or non-ASCII characters.
_TOKEN = re.compile(r"[\x21-\x7e]+")


def bearer(token: str, name: str = "subscriber_token") -> Credentials:
    """A subscriber's Bearer token, checked before anything is sent."""
    if not isinstance(token, str):
        raise TypeError(f"{name} must be a str, not {type(token).__name__}")
    if not _TOKEN.fullmatch(token):
        # The token is a secret: the message says what is wrong, never what it is.
        raise ValueError(f"{name} must be a non-empty token without blanks or control characters")
    return Credentials(f"Bearer {token}")


@attrs.frozen
class CallOptions:
    """Request options, checked: what the request loop applies to one call."""

    headers: Mapping[str, str] | None = None
    query: Mapping[str, Any] | None = None
    body: Mapping[str, Any] | None = None
    timeout: httpx.Timeout | None = None
    total_timeout: float | None = None
    credentials: Credentials | None = None
    """None: the project's Basic credentials (the client's own)."""


NO_OPTIONS = CallOptions()


def _mapping(values: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
    value = values.get(name)
    if value is not None and not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, not {type(value).__name__}")
    return value


def call_options(values: Mapping[str, Any]) -> CallOptions:
    """Check request options given as keywords (only option names may be in `values`)."""
    if not values:
        return NO_OPTIONS
    from ._config import check_total_timeout, to_timeout

    unknown = values.keys() - OPTION_NAMES
    if unknown:
        # The same hint as `check_params` gives: operations without parameters of their own
        # (get, delete, client.request) reach this message, and a field must still be sendable.
        raise TypeError(
            f"unexpected keyword argument(s) {', '.join(sorted(unknown))}; request options "
            f"are {', '.join(sorted(OPTION_NAMES))} "
            "(send a field the client does not declare with extra_body={...} "
            "or extra_query={...})"
        )
    headers = _mapping(values, "extra_headers")
    if headers is not None and any(name.lower() == "authorization" for name in headers):
        raise ValueError("extra_headers cannot set Authorization: the client sends its own")
    body = _mapping(values, "extra_body")
    extras = _mapping(values, "extras")
    if body is not None and extras is not None:
        body = {**extras, **body}
    else:
        body = body if body is not None else extras
    timeout = values.get("request_timeout")
    return CallOptions(
        headers=headers,
        query=_mapping(values, "extra_query"),
        body=body,
        timeout=None if timeout is None else to_timeout(timeout),
        total_timeout=check_total_timeout(values.get("total_timeout")),
    )
