"""The request loop: build, send, classify, wait, retry. The only code that calls httpx."""

from __future__ import annotations

import enum
import functools
import logging
import random
import time
from collections.abc import Mapping
from typing import Any

import httpx

from .. import _compat
from .._config import USER_AGENT, ClientConfig
from .._exceptions import ClientClosedError, SignalWireRestError, SignalWireRestTransportError
from .._retry import (
    Throttle,
    delay_after_status,
    delay_after_transport_error,
    pause_after_rate_limit,
)

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
        self._extensions = {"timeout": config.timeout.as_dict()}

    def _build(
        self,
        http: httpx.AsyncClient,
        method: str,
        url: str | httpx.URL,
        params: Mapping[str, Any] | None,
        json: Any,
        data: Mapping[str, Any] | None,
    ) -> httpx.Request:
        if self.pool.owned:
            # Our own client has no defaults, cookies or base URL to merge in.
            return httpx.Request(
                method,
                url,
                params=params,
                json=json,
                data=data,
                headers=self._headers,
                extensions=self._extensions,
            )
        return http.build_request(
            method,
            url,
            params=params,
            json=json,
            data=data,
            headers=self._headers,
            timeout=self.config.timeout,
        )

    async def _send(self, http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
        if not self.pool.owned:
            return await http.send(request)  # the caller's client: its hooks, its cookies
        # Our own client: go straight to the transport httpx would pick (respx patches that
        # lookup too), skipping the cookie jar and the auth and redirect machinery, which
        # cost about a quarter of the CPU of a call and do nothing for this API.
        transport = http._transport_for_url(request.url)
        response = await transport.handle_async_request(request)
        response.request = request
        try:
            await response.aread()
        except BaseException:
            await response.aclose()
            raise
        return response

    async def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: Mapping[str, Any] | None = None,
        idempotent: bool | None = None,
    ) -> httpx.Response:
        """Send `method url` (a path or an absolute URL on our origin) until it succeeds,
        fails for good, or runs out of retries; return the successful response."""
        http = self.pool.check_open()
        config = self.config
        if isinstance(url, str):
            url = self.config.base_url + url
        pool = self.pool
        attempt = 0
        delay: float | None = pool.throttle.remaining()
        while True:
            if delay:
                await _compat.asleep(delay)
                pool.check_open()
            request = self._build(http, method, url, params, json, data)
            started = time.perf_counter()
            try:
                response = await pool.in_flight.run(functools.partial(self._send, http, request))
            except httpx.TransportError as exc:
                _log_outcome(request, type(exc).__name__, started)
                delay = delay_after_transport_error(
                    method, exc, attempt, config.max_retries, random.random(), idempotent=idempotent
                )
                if delay is None:
                    raise SignalWireRestTransportError.from_httpx(exc, request) from exc
                reason = type(exc).__name__
            else:
                _log_outcome(request, response.status_code, started)
                if response.is_success:
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
                    _pause_everyone(pool, delay, retry_after, attempt)
                if delay is None:
                    raise SignalWireRestError.from_response(response)
                reason = str(response.status_code)
            # Another task's 429 may have paused the client for longer than our own backoff.
            delay = max(delay, pool.throttle.remaining())
            attempt += 1
            logger.debug(
                "retrying %s %s after %s in %.2fs (retry %d of %d)",
                method,
                request.url.path,
                reason,
                delay,
                attempt,
                config.max_retries,
            )


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
