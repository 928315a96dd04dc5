"""Hook plumbing: `hooks=` checked and read once, the redacted events, one call's trace.

The public types are in `hooks.py`; the requester that reports to them is
`_async/_hooked.py`. Nothing here runs for a client without hooks.
"""

from __future__ import annotations

import contextvars
import inspect
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

import httpx

from .hooks import AttemptRequest, AttemptResponse, CallEnd, CallInfo, ClientHooks

logger = logging.getLogger("signalwire_async")

REDACTED = "[redacted]"
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
"""Headers a hook sees as `[redacted]`: every credential travels in one of these."""

_EVENTS = ("on_call_start", "on_request", "on_response", "on_call_end")


class HookSet:
    """The hooks of a client, read once: per event, the functions that do something."""

    __slots__ = _EVENTS

    def __init__(self, hooks: Sequence[ClientHooks]) -> None:
        for event in _EVENTS:
            found = []
            for hook in hooks:
                function = getattr(hook, event)
                if getattr(function, "__func__", None) is getattr(ClientHooks, event):
                    continue  # not overridden: nothing to call
                if not callable(function):
                    raise TypeError(f"hooks: {event} must be callable, not {function!r}")
                if inspect.iscoroutinefunction(function):
                    raise TypeError(
                        f"hooks: {event} must be a plain function: hooks are called "
                        "synchronously, so that one hook serves the async and the sync client"
                    )
                found.append(function)
            setattr(self, event, tuple(found))

    on_call_start: tuple[Callable[[CallInfo], object], ...]
    on_request: tuple[Callable[[AttemptRequest], object], ...]
    on_response: tuple[Callable[[AttemptResponse], object], ...]
    on_call_end: tuple[Callable[[CallEnd], object], ...]


def hook_set(hooks: object) -> HookSet | None:
    """`hooks=` checked: a `ClientHooks`, a sequence of them, or None."""
    if hooks is None:
        return None
    if isinstance(hooks, ClientHooks):
        hooks = (hooks,)
    if isinstance(hooks, (str, bytes)) or not isinstance(hooks, Sequence):
        raise TypeError(f"hooks must be a ClientHooks, a sequence of them or None, not {hooks!r}")
    for hook in hooks:
        if not isinstance(hook, ClientHooks):
            raise TypeError(f"hooks: each must be a ClientHooks, not {type(hook).__name__}")
    return HookSet(hooks) if hooks else None


def _emit(functions: tuple[Callable[[Any], object], ...], event: object) -> None:
    """Call each hook with the (redacted) event; one that raises is logged, not raised."""
    for function in functions:
        try:
            function(event)
        except Exception:
            logger.warning("a hook (%s) raised; the call goes on", _named(function), exc_info=True)


def _named(function: object) -> str:
    return getattr(function, "__qualname__", None) or type(function).__name__


def redacted_url(url: httpx.URL) -> str:
    """The URL without user info (the client never puts any there; a link might)."""
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    return str(url)


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    return {name: REDACTED if name in SECRET_HEADERS else value for name, value in headers.items()}


CURRENT: contextvars.ContextVar[CallTrace | None] = contextvars.ContextVar(
    "signalwire_async_call_trace", default=None
)
"""The call being traced in this task or thread, for its attempts' events."""


class CallTrace:
    """One call's events, in order: what the hooked requester reports as the call goes."""

    __slots__ = ("attempts", "ended", "hooks", "info", "started", "status")

    def __init__(self, hooks: HookSet, info: CallInfo) -> None:
        self.hooks = hooks
        self.info = info
        self.attempts = 0
        self.status: int | None = None
        self.ended = False
        self.started = time.perf_counter()
        _emit(hooks.on_call_start, info)

    def request(self, request: httpx.Request, attempt: int) -> float:
        """An attempt (0 for the first) goes out; returns when, for its `elapsed`."""
        self.attempts = max(self.attempts, attempt + 1)
        if self.hooks.on_request and not self.ended:
            url = redacted_url(request.url)
            headers = redacted_headers(request.headers)
            event = AttemptRequest(self.info, attempt + 1, request.method, url, headers)
            _emit(self.hooks.on_request, event)
        return time.perf_counter()

    def response(
        self,
        attempt: int,
        response: httpx.Response | None,
        started: float,
        error: str | None = None,
    ) -> None:
        """The attempt's end: `response` (with `error` when its body was unreadable), or
        only `error`, the transport failure's name."""
        elapsed = time.perf_counter() - started
        self.status = None if response is None else response.status_code
        if self.hooks.on_response and not self.ended:
            status, headers = None, {}
            if response is not None:
                status, headers = response.status_code, dict(response.headers.items())
            event = AttemptResponse(self.info, attempt + 1, status, elapsed, headers, error)
            _emit(self.hooks.on_response, event)

    def end(self, error: BaseException | None) -> None:
        """The call returned (`error` None) or raised: the last event of the call."""
        if self.ended:
            return
        self.ended = True  # an abandoned attempt finishing later reports nothing more
        elapsed = time.perf_counter() - self.started
        retries = max(self.attempts - 1, 0)
        _emit(self.hooks.on_call_end, CallEnd(self.info, self.status, retries, elapsed, error))
