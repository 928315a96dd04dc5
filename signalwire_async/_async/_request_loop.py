"""The request loop: build, send, classify, wait, retry (sending itself is the transport wing's)."""

from __future__ import annotations

import enum
import functools
import logging
import random
import time
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from .. import _pairs
from .._config import USER_AGENT, ClientConfig
from .._exceptions import (
    ClientClosedError,
    InvalidResponseError,
    SignalWireRestError,
    SignalWireRestTimeoutError,
    SignalWireRestTransportError,
)
from .._options import NO_OPTIONS, CallOptions
from .._responses import record_response
from .._retry import (
    Throttle,
    delay_after_status,
    delay_after_transport_error,
    pause_after_rate_limit,
)
from .._stats import ClientStats
from .._transports._async.send import UnreadableBody, send
from .._transports.body import MAX_BODY_EXTENSION
from .._transports.deadline import CALL_DEADLINE

logger = logging.getLogger("signalwire_async")


class Lifecycle(enum.Enum):
    UNOPENED = "unopened"
    OPEN = "open"
    CLOSED = "closed"


class SharedState:
    """What a root client shares with all its views and resources: the one
    `httpx.AsyncClient` and its lifecycle, the limit on requests in flight, the rate-limit
    pause and the stats."""

    def __init__(self, http: httpx.AsyncClient, *, owned: bool, max_in_flight: int | None) -> None:
        self.http = http
        self.owned = owned
        self.state = Lifecycle.UNOPENED
        self.in_flight = _pairs.AsyncInFlight(max_in_flight)
        self.throttle = Throttle()
        self.stats = ClientStats()

    def check_open(self) -> httpx.AsyncClient:
        if self.state is Lifecycle.CLOSED:
            raise ClientClosedError("this client has been closed; create a new one")
        self.state = Lifecycle.OPEN
        return self.http

    async def aclose(self) -> None:
        if self.state is Lifecycle.CLOSED:
            return
        self.state = Lifecycle.CLOSED
        await self.in_flight.aclose()
        if self.owned:
            await self.http.aclose()


def _clean_copy(exc: httpx.TransportError) -> httpx.TransportError:
    """The same failure without its request (which holds the credentials) or its frames."""
    try:
        return type(exc)(str(exc))
    except TypeError:
        return httpx.TransportError(str(exc))


class AsyncRequester:
    """Sends one logical request (with its retries) for a client or a view of it."""

    def __init__(self, config: ClientConfig, shared: SharedState) -> None:
        self.config = config
        self.shared = shared
        self.base_url = httpx.URL(config.base_url)
        # Built once: every request carries the same headers and timeouts.
        self._headers = httpx.Headers(
            {
                "Authorization": config.authorization,
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
                "Accept-Encoding": "gzip, deflate",
            }
        )
        self._extensions = self._extensions_for(config.timeout)

    def _extensions_for(
        self, timeout: httpx.Timeout, deadline: float | None = None
    ) -> dict[str, Any]:
        phases: dict[str, Any] = timeout.as_dict()
        if deadline is not None:
            # Every phase, and the whole attempt, ends by the call's deadline.
            left = max(deadline - time.monotonic(), 0.0)
            phases = {k: left if v is None else min(v, left) for k, v in phases.items()}
            phases["total"] = left
        return {"timeout": phases, MAX_BODY_EXTENSION: self.config.max_response_size}

    def _build(
        self,
        http: httpx.AsyncClient,
        method: str,
        url: str | httpx.URL,
        call: _Call,
        extensions: dict[str, Any],
    ) -> httpx.Request:
        if self.shared.owned:
            # Our own client has no defaults, cookies or base URL to merge in.
            return httpx.Request(
                method,
                url,
                params=call.params,
                json=call.json,
                data=call.data,
                headers=call.headers,
                extensions=extensions,
            )
        return http.build_request(
            method,
            url,
            params=call.params,
            json=call.json,
            data=call.data,
            headers=call.headers,
            extensions=extensions,
        )

    async def _send(self, http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
        # A caller whose turn comes after aclose() sends nothing.
        self.shared.check_open()
        return await send(
            http, request, owned=self.shared.owned, limit=self.config.max_response_size
        )

    def _prepare(
        self,
        params: Mapping[str, Any] | None,
        json: Any,
        data: Mapping[str, Any] | None,
        options: CallOptions,
    ) -> _Call:
        if options is NO_OPTIONS:
            return _Call(params, json, data, self._headers, None)
        if options.query:
            params = {**(params or {}), **options.query}
        if options.body:
            if data is not None:
                data = {**data, **options.body}
            elif json is None or isinstance(json, Mapping):
                json = {**(json or {}), **options.body}
            else:
                raise TypeError("extra_body needs an operation whose body is a JSON object")
        headers = self._headers
        if options.headers or options.credentials is not None:
            headers = httpx.Headers(self._headers)
            if options.credentials is not None:
                # Never the project's credentials where the operation takes others, or none.
                del headers["Authorization"]
                if options.credentials.authorization is not None:
                    headers["Authorization"] = options.credentials.authorization
            if options.headers:
                headers.update(options.headers)
        return _Call(params, json, data, headers, options.timeout)

    async def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: Mapping[str, Any] | None = None,
        idempotent: bool | None = None,
        options: CallOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """Send `method url` (a path or an absolute URL on our origin) until it succeeds,
        fails for good, or runs out of retries or time; return the successful response."""
        http = self.shared.check_open()
        config = self.config
        if isinstance(url, str):
            url = config.base_url + url
        call = self._prepare(params, json, data, options)
        total = options.total_timeout or config.total_timeout
        deadline = None if total is None else time.monotonic() + total
        extensions = self._extensions
        if call.timeout is not None:
            extensions = self._extensions_for(call.timeout)
        shared = self.shared
        attempt = 0
        delay: float | None = shared.throttle.remaining()
        while True:
            if delay:
                if deadline is not None and time.monotonic() + delay >= deadline:
                    # Only the client-wide 429 pause gets here: retries check this themselves.
                    raise _total_timeout(total, method, url)
                await _pairs.asleep(delay)
                shared.check_open()
            queue_timeout = None
            if deadline is not None:
                extensions = self._extensions_for(call.timeout or config.timeout, deadline)
                queue_timeout = extensions["timeout"]["total"]
            request = self._build(http, method, url, call, extensions)
            started = time.perf_counter()
            failure: httpx.TransportError | None = None
            unreadable: UnreadableBody | None = None
            token = None if deadline is None else CALL_DEADLINE.set(deadline)
            try:
                shared.stats.count(requests=1)
                response = await shared.in_flight.run(
                    functools.partial(self._send, http, request), queue_timeout
                )
            except httpx.TransportError as exc:
                failure = exc
            except UnreadableBody as exc:
                unreadable = exc
            finally:
                if token is not None:
                    CALL_DEADLINE.reset(token)
            # Errors are raised below, outside the `except` blocks: nothing of the transport's
            # (its exception, the request it holds) is chained to what the caller sees.
            if unreadable is not None:
                _log_outcome(request, unreadable.response.status_code, started)
                raise InvalidResponseError.for_response(
                    unreadable.response, unreadable.reason, readable=False
                )
            if failure is not None:
                _log_outcome(request, type(failure).__name__, started)
                delay = None
                if shared.state is Lifecycle.OPEN:
                    delay = delay_after_transport_error(
                        method,
                        failure,
                        attempt,
                        config.max_retries,
                        random.random(),
                        idempotent=idempotent,
                    )
                if _past(deadline, delay, shared):
                    delay = None
                if delay is None:
                    error = (
                        _total_timeout(total, method, request.url)
                        if deadline is not None and time.monotonic() >= deadline
                        else SignalWireRestTransportError.from_httpx(failure, request)
                    )
                    cause = _clean_copy(failure)
                    del failure
                    raise error from cause
                reason = type(failure).__name__
            else:
                _log_outcome(request, response.status_code, started)
                if response.is_success:
                    record_response(shared, response, time.perf_counter() - started)
                    return response
                retry_after = response.headers.get("retry-after")
                delay = delay_after_status(
                    method,
                    response.status_code,
                    retry_after,
                    attempt,
                    config.max_retries,
                    random.random(),
                    idempotent=idempotent,
                )
                if response.status_code == 429:
                    shared.stats.count(rate_limited=1)
                    _pause_everyone(shared, delay, retry_after, attempt)
                if _past(deadline, delay, shared):
                    delay = None
                if delay is None:
                    raise SignalWireRestError.from_response(response)
                reason = str(response.status_code)
            # Another task's 429 may have paused the client for longer than our own backoff.
            delay = max(delay, shared.throttle.remaining())
            attempt += 1
            shared.stats.count(retries=1)
            logger.debug(
                "retrying %s %s after %s in %.2fs (retry %d of %d)",
                method,
                request.url.path,
                reason,
                delay,
                attempt,
                config.max_retries,
            )


@attrs.frozen
class _Call:
    """What one call sends, options applied: the same for each of its attempts."""

    params: Mapping[str, Any] | None
    json: Any
    data: Mapping[str, Any] | None
    headers: httpx.Headers
    timeout: httpx.Timeout | None


def _total_timeout(
    total: float | None, method: str, url: str | httpx.URL
) -> SignalWireRestTimeoutError:
    return SignalWireRestTimeoutError(
        f"total_timeout of {total:g} s expired", method=method, url=str(url)
    )


def _past(deadline: float | None, delay: float | None, shared: SharedState) -> bool:
    """True when a retry after `delay` (or the client's pause) would start past the deadline."""
    if deadline is None or delay is None:
        return False
    return time.monotonic() + max(delay, shared.throttle.remaining()) >= deadline


def _pause_everyone(
    shared: SharedState, own_delay: float | None, retry_after: str | None, attempt: int
) -> None:
    """After a 429, hold back every call of the client, not only the one retrying."""
    pause = own_delay if own_delay is not None else pause_after_rate_limit(retry_after, attempt)
    if pause is not None:
        shared.throttle.pause(pause)


def _log_outcome(request: httpx.Request, outcome: int | str, started: float) -> None:
    # The URL holds no credentials (they travel only in the Authorization header).
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.1f ms",
            request.method,
            request.url,
            outcome,
            (time.perf_counter() - started) * 1000,
        )
