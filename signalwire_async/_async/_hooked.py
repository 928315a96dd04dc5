"""The requester of a client with hooks: the request loop, reporting each call and attempt.

A client without hooks gets the plain `AsyncRequester`, so its requests pay nothing for
this. Here `request` wraps a whole call (its start and end events) and `_send` each
attempt, the moment it goes out (its turn came, its waits are over) until its response is
read or fails; the call's trace reaches the attempt through a context variable, which
follows the call into the task an admitted request runs in under asyncio.
"""

from __future__ import annotations

from typing import Any

import httpx

from .._hooks import CURRENT, CallTrace, HookSet, redacted_url
from .._transports._async.send import UnreadableBody
from ..hooks import CallInfo
from ._request_loop import AsyncRequester


class AsyncHookedRequester(AsyncRequester):
    """`AsyncRequester` calling `hooks` for each call and each attempt."""

    def __init__(self, *args: Any, hooks: HookSet, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.hooks = hooks

    async def request(
        self, method: str, url: str | httpx.URL, *args: Any, **kwargs: Any
    ) -> httpx.Response:
        trace = CallTrace(self.hooks, self._call_info(method, url, kwargs.get("operation")))
        token = CURRENT.set(trace)
        try:
            response = await super().request(method, url, *args, **kwargs)
        except BaseException as exc:
            trace.end(exc)
            raise
        finally:
            CURRENT.reset(token)
        trace.end(None)
        return response

    def _call_info(self, method: str, url: str | httpx.URL, operation: Any) -> CallInfo:
        if isinstance(url, str):  # a path on the base URL, which has no user info
            shown = self.config.base_url + url.partition("?")[0]
        else:  # a next page's link
            shown = redacted_url(url.copy_with(query=None))
        if operation is None:  # `client.request()`: the path is the caller's, no template
            return CallInfo("request", method, None, shown)
        return CallInfo(operation.name, method, operation.path, shown)

    async def _send(
        self, http: httpx.AsyncClient, request: httpx.Request, attempt: int
    ) -> httpx.Response:
        trace = CURRENT.get()
        if trace is None:  # pragma: no cover - every attempt is sent within `request`
            return await super()._send(http, request, attempt)
        started = trace.request(request, attempt)
        try:
            response = await super()._send(http, request, attempt)
        except httpx.TransportError as exc:
            trace.response(attempt, None, started, type(exc).__name__)
            raise
        except UnreadableBody as exc:
            trace.response(attempt, exc.response, started, exc.reason)
            raise
        trace.response(attempt, response, started)
        return response
