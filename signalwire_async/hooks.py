"""Request and response hooks: watch every call and every attempt a client makes.

```python
from signalwire_async import AsyncRestClient, ClientHooks

def show(response):
    print(response.call.operation, response.attempt, response.status_code, response.elapsed)

client = AsyncRestClient(hooks=ClientHooks(on_response=show))
```

A hook object has four methods, each optional (override them in a subclass, or pass plain
functions to `ClientHooks(...)`): `on_call_start` and `on_call_end` once per call (a method
call, one page of a pager, or one `client.request()`), `on_request` and `on_response` once
per attempt (a retry is another attempt of the same call). Hooks are called synchronously,
in the task or thread of the call, so one hook object serves `AsyncRestClient` and
`RestClient` alike, and `contextvars` (tracing contexts) set in `on_call_start` are seen by
the call and reset by `on_call_end`. They run inline (`on_request` and `on_response` while
the attempt holds its turn to send): keep them quick, and hand slow work to a queue.

Hooks observe; they never steer. They see a redacted view: no credential (the
`Authorization` header, a subscriber token, a proxy password), no body, never the httpx
objects. A hook that raises is logged (WARNING on the `signalwire_async` logger, with its
traceback) and the call goes on as if it had returned: a broken tracer must not fail a
call, nor leave a write in doubt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

__all__ = ["CallEnd", "CallInfo", "ClientHooks", "AttemptRequest", "AttemptResponse"]


@attrs.define(eq=False, repr=False)
class CallInfo:
    """One call: the same object in each of its events (`on_call_start`, then each
    attempt's `on_request` and `on_response`, then `on_call_end`)."""

    operation: str
    """The operation's name (`fabric.sip_endpoints.get`); `request` for `client.request()`."""
    method: str
    url_template: str | None
    """The operation's path template (`/api/fabric/resources/sip_endpoints/{id}`); None for
    `client.request()`, whose path is the caller's."""
    url: str
    """The call's URL, its query aside (each attempt's `AttemptRequest.url` is the real one)."""
    state: dict[Any, Any] = attrs.field(factory=dict)
    """Free for hooks: keep per-call state here (a span), keyed by your hook object."""

    def __repr__(self) -> str:
        return f"<CallInfo {self.operation} {self.method} {self.url}>"


@attrs.frozen
class AttemptRequest:
    """An attempt about to be sent."""

    call: CallInfo
    attempt: int
    """1 for the first attempt, 2 for the first retry, ..."""
    method: str
    url: str
    """The full URL sent, query included (it never carries credentials)."""
    headers: Mapping[str, str]
    """The request's headers (lower-case names), credentials `[redacted]`."""


@attrs.frozen
class AttemptResponse:
    """An attempt's result: the response's status, or the failure that came instead."""

    call: CallInfo
    attempt: int
    status_code: int | None
    """None when no response came (a connection or timeout failure: see `error`)."""
    elapsed: float
    """Seconds from `on_request` to the whole response read (or the failure)."""
    headers: Mapping[str, str]
    """The response's headers (lower-case names; empty without a response)."""
    error: str | None = None
    """The transport failure (`ConnectError`, `ReadTimeout`, ...), or why the body could not
    be read; None when a response was read whole (whatever its status)."""


@attrs.frozen
class CallEnd:
    """A call's end: it returned (`error` is None) or raised `error`."""

    call: CallInfo
    status_code: int | None
    """The last response's status; None when the last attempt got none (or none was sent)."""
    retries: int
    """Attempts sent after the first."""
    elapsed: float
    """Seconds since `on_call_start`, waits and retries included."""
    error: BaseException | None = None
    """What the caller gets raised: a `SignalWireRestError` (which holds no secret), or a
    cancellation."""


class ClientHooks:
    """Called for every call and attempt of a client (`hooks=` of `AsyncRestClient`,
    `RestClient` and `with_options`). Override the methods you need, or pass functions:
    `ClientHooks(on_response=record)`. Each is called synchronously and returns nothing."""

    def __init__(
        self,
        *,
        on_call_start: Callable[[CallInfo], object] | None = None,
        on_request: Callable[[AttemptRequest], object] | None = None,
        on_response: Callable[[AttemptResponse], object] | None = None,
        on_call_end: Callable[[CallEnd], object] | None = None,
    ) -> None:
        given = {
            "on_call_start": on_call_start,
            "on_request": on_request,
            "on_response": on_response,
            "on_call_end": on_call_end,
        }
        for name, function in given.items():
            if function is not None:
                setattr(self, name, function)

    def on_call_start(self, call: CallInfo) -> None:
        """A call begins, before anything is sent (before its first wait, too)."""

    def on_request(self, request: AttemptRequest) -> None:
        """An attempt is about to be sent (its turn came, its waits are over)."""

    def on_response(self, response: AttemptResponse) -> None:
        """An attempt ended: a response was read, or a failure came instead."""

    def on_call_end(self, end: CallEnd) -> None:
        """The call returned or raised: the last event of the call."""
