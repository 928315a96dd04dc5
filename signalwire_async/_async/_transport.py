"""The request loop: build, send, classify, wait, retry. The only code that calls httpx."""

from __future__ import annotations

import contextlib
import enum
import functools
import logging
import random
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any

import attrs
import httpx

from .. import _compat
from .._body import MAX_BODY_EXTENSION, BodyNotDecodable, BodyTooLarge, BoundedBody
from .._config import USER_AGENT, ClientConfig
from .._deadline import CALL_DEADLINE
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

logger = logging.getLogger("signalwire_async")


class PoolState(enum.Enum):
    UNOPENED = "unopened"
    OPEN = "open"
    CLOSED = "closed"


class SharedPool:
    """What a root client shares with all its views and resources: the one
    `httpx.AsyncClient`, the limit on requests in flight, and the rate-limit pause."""

    def __init__(self, http: httpx.AsyncClient, *, owned: bool, max_in_flight: int | None) -> None:
        self.http = http
        self.owned = owned
        self.state = PoolState.UNOPENED
        self.in_flight = _compat.AsyncInFlight(max_in_flight)
        self.throttle = Throttle()
        self.stats = ClientStats()

    def check_open(self) -> httpx.AsyncClient:
        if self.state is PoolState.CLOSED:
            raise ClientClosedError("this client has been closed; create a new one")
        self.state = PoolState.OPEN
        return self.http

    async def aclose(self) -> None:
        if self.state is PoolState.CLOSED:
            return
        self.state = PoolState.CLOSED
        await self.in_flight.aclose()
        if self.owned:
            await self.http.aclose()


class _UnreadableBody(Exception):
    """A response whose body broke the size bound or did not decode (carries the response)."""

    def __init__(self, response: httpx.Response, reason: str) -> None:
        self.response = response
        self.reason = reason


async def _read_body(response: httpx.Response, limit: int) -> None:
    """Read and decode the body within `limit` bytes, raw and decoded (see `_body`)."""
    if hasattr(response, "_content"):  # built from bytes (a mock): already decoded
        if len(response.content) > limit:
            raise _UnreadableBody(response, str(BodyTooLarge(limit)))
        return
    body = BoundedBody(response.headers.get("content-encoding"), limit)
    chunks = response.aiter_raw()
    try:
        async for chunk in chunks:
            body.feed(chunk)
        response._content = body.finish()  # what `aread()` would set, decoded within bounds
    except (BodyTooLarge, BodyNotDecodable) as exc:
        await _abandon(response, chunks)
        raise _UnreadableBody(response, str(exc)) from None


async def _abandon(response: httpx.Response, chunks: AsyncIterator[bytes]) -> None:
    """Drop the connection of a body read half-way, then run the body's generators to their
    end: with the connection closed they stop at once. Left suspended, each of the nested
    generators (httpx's, httpcore's) would be reported by trio as a ResourceWarning when
    garbage collected."""
    await response.aclose()
    with contextlib.suppress(httpx.HTTPError, httpx.StreamError):
        async for _ in chunks:
            pass


def _clean_copy(exc: httpx.TransportError) -> httpx.TransportError:
    """The same failure without its request (which holds the credentials) or its frames."""
    try:
        return type(exc)(str(exc))
    except TypeError:
        return httpx.TransportError(str(exc))


class AsyncRequester:
    """Sends one logical request (with its retries) for a client or a view of it."""

    def __init__(self, config: ClientConfig, pool: SharedPool) -> None:
        self.config = config
        self.pool = pool
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
        if self.pool.owned:
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
        self.pool.check_open()
        if self.pool.owned:
            # Our own client: go straight to the transport httpx would pick (respx patches
            # that lookup too), skipping the cookie jar and the auth and redirect machinery,
            # which cost about a quarter of the CPU of a call and do nothing for this API.
            transport = http._transport_for_url(request.url)
            response = await transport.handle_async_request(request)
            response.request = request
        else:
            response = await http.send(request, stream=True)  # the caller's hooks and cookies
        try:
            await _read_body(response, self.config.max_response_size)
        finally:
            await response.aclose()
        return response

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
        http = self.pool.check_open()
        config = self.config
        if isinstance(url, str):
            url = config.base_url + url
        call = self._prepare(params, json, data, options)
        total = options.total_timeout or config.total_timeout
        deadline = None if total is None else time.monotonic() + total
        extensions = self._extensions
        if call.timeout is not None:
            extensions = self._extensions_for(call.timeout)
        pool = self.pool
        attempt = 0
        delay: float | None = pool.throttle.remaining()
        while True:
            if delay:
                if deadline is not None and time.monotonic() + delay >= deadline:
                    # Only the client-wide 429 pause gets here: retries check this themselves.
                    raise _total_timeout(total, method, url)
                await _compat.asleep(delay)
                pool.check_open()
            queue_timeout = None
            if deadline is not None:
                extensions = self._extensions_for(call.timeout or config.timeout, deadline)
                queue_timeout = extensions["timeout"]["total"]
            request = self._build(http, method, url, call, extensions)
            started = time.perf_counter()
            failure: httpx.TransportError | None = None
            unreadable: _UnreadableBody | None = None
            token = None if deadline is None else CALL_DEADLINE.set(deadline)
            try:
                pool.stats.count(requests=1)
                response = await pool.in_flight.run(
                    functools.partial(self._send, http, request), queue_timeout
                )
            except httpx.TransportError as exc:
                failure = exc
            except _UnreadableBody as exc:
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
                if pool.state is PoolState.OPEN:
                    delay = delay_after_transport_error(
                        method,
                        failure,
                        attempt,
                        config.max_retries,
                        random.random(),
                        idempotent=idempotent,
                    )
                if _past(deadline, delay, pool):
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
                    record_response(pool, response, time.perf_counter() - started)
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
                    pool.stats.count(rate_limited=1)
                    _pause_everyone(pool, delay, retry_after, attempt)
                if _past(deadline, delay, pool):
                    delay = None
                if delay is None:
                    raise SignalWireRestError.from_response(response)
                reason = str(response.status_code)
            # Another task's 429 may have paused the client for longer than our own backoff.
            delay = max(delay, pool.throttle.remaining())
            attempt += 1
            pool.stats.count(retries=1)
            logger.debug(
                "retrying %s %s after %s in %.2fs (retry %d of %d)",
                method,
                request.url.path,
                reason,
                delay,
                attempt,
                config.max_retries,
            )


# repr=False: attrs 26 compiles a class's methods with one namespace that takes in this
# module's globals, where `_compat` (ours) shadows the `_compat` its __repr__ needs, so that
# repr() raised AttributeError (and so did tracebacks formatted with their locals).
@attrs.frozen(repr=False)
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


def _past(deadline: float | None, delay: float | None, pool: SharedPool) -> bool:
    """True when a retry after `delay` (or the client's pause) would start past the deadline."""
    if deadline is None or delay is None:
        return False
    return time.monotonic() + max(delay, pool.throttle.remaining()) >= deadline


def _pause_everyone(
    pool: SharedPool, own_delay: float | None, retry_after: str | None, attempt: int
) -> None:
    """After a 429, hold back every call of the client, not only the one retrying."""
    pause = own_delay if own_delay is not None else pause_after_rate_limit(retry_after, attempt)
    if pause is not None:
        pool.throttle.pause(pause)


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
