"""Turning a successful response into data: JSON, a model, or nothing (pure, no I/O)."""

from __future__ import annotations

import contextvars
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar, overload

import attrs
import httpx

from ._exceptions import InvalidResponseError, request_id_of
from ._json import NestedTooDeep, ParsedTooLarge, limit_of, loads
from ._models import Model

M = TypeVar("M", bound=Model)


def parse_json(response: httpx.Response) -> Any:
    """The decoded JSON body; a body that is not JSON raises `InvalidResponseError`."""
    try:
        return loads(response.content, limit_of(response.request.extensions))
    except ParsedTooLarge as exc:
        raise InvalidResponseError.for_response(response, str(exc), readable=False) from None
    except NestedTooDeep as exc:
        raise InvalidResponseError.for_response(response, str(exc)) from None
    except ValueError:  # UnicodeDecodeError too
        content_type = response.headers.get("content-type", "no content type")
        raise InvalidResponseError.for_response(
            response, f"expected a JSON body, got {content_type} ({len(response.content)} bytes)"
        ) from None


def parse_model(response: httpx.Response, model: type[M]) -> M:
    """The body as `model`; a body that does not fit raises `InvalidResponseError`."""
    data = parse_json(response)
    try:
        return model.from_json(data)
    except ValueError as exc:
        raise InvalidResponseError.for_response(response, str(exc)) from None


@attrs.frozen
class ResponseInfo:
    """What a response said besides its body: a success, or a failed or retried attempt."""

    method: str
    url: str
    status_code: int
    headers: httpx.Headers
    request_id: str | None
    """The first of the headers `x-request-id`, `request-id`, `x-signalwire-request-id`,
    `x-amzn-requestid` that the response carries (SignalWire documents none)."""
    elapsed: float
    """Seconds from sending the request to reading the whole body."""


class ResponseLog(Sequence[ResponseInfo]):
    """The responses received while a `record_responses()` block was open, oldest first,
    failed and retried attempts included."""

    def __init__(self) -> None:
        self._items: list[ResponseInfo] = []

    @property
    def last(self) -> ResponseInfo:
        """The latest response; `IndexError` when there was none."""
        if not self._items:
            raise IndexError("no response was recorded")
        return self._items[-1]

    @overload
    def __getitem__(self, index: int) -> ResponseInfo: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[ResponseInfo]: ...
    def __getitem__(self, index: int | slice) -> ResponseInfo | Sequence[ResponseInfo]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"ResponseLog({self._items!r})"


# The open recordings of this task or thread: (the pool they watch, their log).
_RECORDINGS: contextvars.ContextVar[tuple[tuple[object, ResponseLog], ...]] = (
    contextvars.ContextVar("signalwire_async_recordings", default=())
)


@contextmanager
def recording(pool: object) -> Iterator[ResponseLog]:
    """Record the responses `pool` receives in this task or thread while the block runs."""
    log = ResponseLog()
    token = _RECORDINGS.set((*_RECORDINGS.get(), (pool, log)))
    try:
        yield log
    finally:
        _RECORDINGS.reset(token)


def record_response(pool: object, response: httpx.Response, started: float) -> None:
    """Add `response` (its attempt began at `started`, `time.perf_counter()`) to the
    `record_responses()` logs open for `pool`."""
    recordings = _RECORDINGS.get()
    if not recordings:
        return  # the usual case: not even the clock read
    elapsed = time.perf_counter() - started
    info = ResponseInfo(
        method=response.request.method,
        url=str(response.request.url),
        status_code=response.status_code,
        headers=response.headers,
        request_id=request_id_of(response.headers),
        elapsed=elapsed,
    )
    for watched, log in recordings:
        if watched is pool:
            log._items.append(info)
