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

from ._request_options import AbortSignal, RequestOptions, to_request_options

Timeout = float | httpx.Timeout


class ParamFields(TypedDict):
    """The root of an operation's own parameters, kept apart from the request options.

    A public parameters class is `class XParams(_XFields, _SharedFields, RequestKeywords)`,
    each `_...Fields` a `ParamFields` with only its own fields: editors list a `TypedDict`'s
    keys base by base, in the order the bases are written, so the operation's own
    parameters come first, then the shared ones, then the request options. A class that
    inherited `RequestKeywords` and declared its own fields would list the options first.
    """


class RequestKeywords(TypedDict, total=False):
    """Options accepted by every operation, as keyword arguments (`get(id, extra_query=...)`).

    Named `RequestOptions` before 0.x's parity with the official SDK, whose `RequestOptions`
    (the object of `request_options=`) now has that name.
    """

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
    request_options: RequestOptions | Mapping[str, Any]
    """The official SDK's per-call options: timeout, retries, retry_on_status,
    retry_backoff, abort_signal (its own object, ours, or a mapping)."""


OPTION_NAMES = frozenset(RequestKeywords.__optional_keys__)


@attrs.frozen
class Credentials:
    """The `Authorization` of an operation that does not take the project's credentials."""

    authorization: str | None = attrs.field(repr=False)
    """The header's value; None sends no `Authorization` at all."""


NO_CREDENTIALS = Credentials(None)
"""For an operation that takes no credentials (the embed token exchange)."""

# A token is one HTTP token68-like word: no blanks, no control or non-ASCII characters.
_TOKEN = re.compile(r"[\x21-\x7e]+")


class Secret:
    """A caller's secret (a subscriber token) held out of sight: its repr shows nothing, so
    a frame that holds it can be recorded by an error tracker. Never checked here: building
    one cannot fail, so the plain value is never in a frame of a raised error."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "Secret('***')"


def bearer(secret: Secret, name: str = "subscriber_token") -> Credentials:
    """A subscriber's Bearer token, checked before anything is sent. The plain token is
    never bound to a local of this frame (see `Secret`)."""
    if not isinstance(secret.value, str):
        raise TypeError(f"{name} must be a str, not {type(secret.value).__name__}")
    if not _TOKEN.fullmatch(secret.value):
        # The token is a secret: the message says what is wrong, never what it is.
        raise ValueError(f"{name} must be a non-empty token without blanks or control characters")
    return Credentials(f"Bearer {secret.value}")


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
    retries: int | None = None
    """None: the client's `max_retries`."""
    retry_statuses: frozenset[int] | None = None
    """None: the retry policy's own statuses."""
    backoff: float | None = None
    """The first backoff in seconds; None: the policy's."""
    abort: AbortSignal | None = None
    auth_hint: str | None = None
    """Added to the message of a 401 (a subscriber operation sent without a token)."""


NO_OPTIONS = CallOptions()


def _mapping(values: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
    value = values.get(name)
    if value is not None and not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, not {type(value).__name__}")
    return value


# An HTTP field name is a token (RFC 9110 5.1): no blanks, no colon, ASCII only.
_FIELD_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def _checked_headers(headers: Mapping[Any, Any]) -> dict[str, Any]:
    """`extra_headers` with str names, each a valid field name and none `Authorization`.

    Refused rather than dropped: a header that cannot go out as written is a mistake to
    report. Every spelling is caught (bytes, any case, a blank before the colon), since
    each would replace the client's credentials or send a second, conflicting copy.
    """
    checked: dict[str, Any] = {}
    for name in headers:
        text = name.decode("ascii", "replace") if isinstance(name, bytes) else name
        if not isinstance(text, str):
            raise TypeError(f"extra_headers names must be str, not {type(name).__name__}")
        if text.strip().lower() == "authorization":
            raise ValueError("extra_headers cannot set Authorization: the client sends its own")
        if not _FIELD_NAME.fullmatch(text):
            raise ValueError(f"extra_headers: {name!r} is not a valid header name")
        checked[text] = headers[name]
    return checked


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
    if headers is not None:
        headers = _checked_headers(headers)
    body = _mapping(values, "extra_body")
    extras = _mapping(values, "extras")
    if body is not None and extras is not None:
        body = {**extras, **body}
    else:
        body = body if body is not None else extras
    official = to_request_options(values.get("request_options")) or RequestOptions()
    # Our own `request_timeout` is the finer one: it wins over `request_options.timeout`.
    timeout = values.get("request_timeout", official.timeout)
    return CallOptions(
        headers=headers,
        query=_mapping(values, "extra_query"),
        body=body,
        timeout=None if timeout is None else to_timeout(timeout),
        total_timeout=check_total_timeout(values.get("total_timeout")),
        retries=official.retries,
        retry_statuses=official.retry_on_status,
        backoff=official.retry_backoff,
        abort=official.abort_signal,
    )
