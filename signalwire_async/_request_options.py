"""`RequestOptions`: the official SDK's per-call options, accepted under the same name.

Code written for `signalwire-sdk` passes `request_options=RequestOptions(timeout=...,
retries=..., retry_on_status=..., retry_backoff=..., abort_signal=...)` to a method or to the
client; so may code written for this client, or a plain mapping with those keys, or the
official SDK's own object (any object with those attributes). Each maps onto what this
client already has: `timeout` is the per-attempt (per-phase) timeout, `retries` the retry
count of the call, `retry_on_status` the statuses that are retried, `retry_backoff` the
base of the exponential backoff, and `abort_signal` (anything with `is_set()`, such as a
`threading.Event` or an `anyio.Event`) is checked before each attempt.

Our own retry safety stays: a POST or PATCH is retried on a listed status only when the
server said it did not take the request (429, or 503 with `Retry-After`), and 409 never.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, cast, runtime_checkable

import attrs

__all__ = ["AbortSignal", "RequestOptions", "to_request_options"]

_FIELDS = ("timeout", "retries", "retry_on_status", "retry_backoff", "abort_signal")


@runtime_checkable
class AbortSignal(Protocol):
    """Anything whose `is_set()` says the caller gave up (`threading.Event`, `anyio.Event`)."""

    def is_set(self) -> bool: ...


def _statuses(value: Any) -> frozenset[int] | None:
    if value is None:
        return None
    statuses = frozenset(value)
    if not all(isinstance(s, int) and not isinstance(s, bool) for s in statuses):
        raise TypeError("retry_on_status must be a collection of int statuses")
    return statuses


def _non_negative(kind: tuple[type, ...], name: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, kind):
            raise TypeError(f"{name} must be a number, not {type(value).__name__}")
        if cast("float", value) < 0:
            raise ValueError(f"{name} must be >= 0, not {value!r}")

    return check


def _signal(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, AbortSignal):
        raise TypeError(f"abort_signal needs an is_set() method, not {type(value).__name__}")


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Per-call options in the official SDK's shape; each field None: the client's own.

    `timeout`: seconds per attempt (each phase of it); `retries`: retries after the first
    attempt; `retry_on_status`: the statuses retried (default: 408, 429 and 5xx);
    `retry_backoff`: seconds of the first backoff, doubled at each retry; `abort_signal`:
    checked before each attempt, a set signal ends the call with
    `SignalWireRestTransportError`.
    """

    timeout: float | None = attrs.field(
        default=None, validator=_non_negative((int, float), "timeout")
    )
    retries: int | None = attrs.field(default=None, validator=_non_negative((int,), "retries"))
    retry_on_status: frozenset[int] | None = attrs.field(default=None, converter=_statuses)
    retry_backoff: float | None = attrs.field(
        default=None, validator=_non_negative((int, float), "retry_backoff")
    )
    abort_signal: AbortSignal | None = attrs.field(default=None, validator=_signal)

    def __attrs_post_init__(self) -> None:
        # An int is a fine number of seconds; store floats so equal options compare equal.
        for name in ("timeout", "retry_backoff"):
            value = getattr(self, name)
            if isinstance(value, int):
                object.__setattr__(self, name, float(value))

    def merge(self, override: RequestOptions | None) -> RequestOptions:
        """These options with each field `override` sets (not None) replaced."""
        if override is None:
            return self
        changes = {n: v for n in _FIELDS if (v := getattr(override, n)) is not None}
        return attrs.evolve(self, **changes)


def to_request_options(value: Any) -> RequestOptions | None:
    """`request_options=` as given (ours, a mapping, or the official SDK's object), checked."""
    if value is None or isinstance(value, RequestOptions):
        return value
    if isinstance(value, Mapping):
        unknown = sorted(set(value) - set(_FIELDS))
        if unknown:
            raise TypeError(
                f"request_options has unknown key(s) {', '.join(map(str, unknown))}; "
                f"known: {', '.join(_FIELDS)}"
            )
        fields = dict(value)
    elif all(hasattr(value, name) for name in _FIELDS):  # the official SDK's dataclass
        fields = {name: getattr(value, name) for name in _FIELDS}
    else:
        raise TypeError(
            "request_options must be a RequestOptions, a mapping or an object with "
            f"{', '.join(_FIELDS)}; not {type(value).__name__}"
        )
    return RequestOptions(**fields)
