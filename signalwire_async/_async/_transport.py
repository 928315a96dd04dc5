"""The request loop: build, send, classify, wait, retry. The only code that calls httpx."""

from __future__ import annotations

import enum
import logging
import random
from collections.abc import Mapping
from typing import Any

import httpx

from .. import _compat
from .._config import USER_AGENT, ClientConfig
from .._exceptions import ClientClosedError, SignalWireRestError, SignalWireRestTransportError
from .._retry import delay_after_status, delay_after_transport_error

logger = logging.getLogger("signalwire_async")


class PoolState(enum.Enum):
    UNOPENED = "unopened"
    OPEN = "open"
    CLOSED = "closed"


class SharedPool:
    """The one `httpx.AsyncClient` of a root client, shared by all its views and resources."""

    def __init__(self, http: httpx.AsyncClient, *, owned: bool) -> None:
        self.http = http
        self.owned = owned
        self.state = PoolState.UNOPENED

    def check_open(self) -> httpx.AsyncClient:
        if self.state is PoolState.CLOSED:
            raise ClientClosedError("this client has been closed; create a new one")
        self.state = PoolState.OPEN
        return self.http

    async def aclose(self) -> None:
        if self.state is PoolState.CLOSED:
            return
        self.state = PoolState.CLOSED
        if self.owned:
            await self.http.aclose()


class AsyncRequester:
    """Sends one logical request (with its retries) for a client or a view of it."""

    def __init__(self, config: ClientConfig, pool: SharedPool) -> None:
        self.config = config
        self.pool = pool
        self.base_url = httpx.URL(config.base_url)
        self._headers = {
            "Authorization": config.authorization,
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
        }

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
        attempt = 0
        while True:
            request = http.build_request(
                method,
                url,
                params=params,
                json=json,
                data=data,
                headers=self._headers,
                timeout=config.timeout,
            )
            try:
                response = await http.send(request)
            except httpx.TransportError as exc:
                delay = delay_after_transport_error(
                    method, exc, attempt, config.max_retries, random.random(), idempotent=idempotent
                )
                if delay is None:
                    raise SignalWireRestTransportError.from_httpx(exc, request) from exc
                reason = type(exc).__name__
            else:
                if response.is_success:
                    return response
                delay = delay_after_status(
                    method,
                    response.status_code,
                    response.headers.get("retry-after"),
                    attempt,
                    config.max_retries,
                    random.random(),
                    idempotent=idempotent,
                )
                if delay is None:
                    raise SignalWireRestError.from_response(response)
                reason = str(response.status_code)
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
            await _compat.asleep(delay)
            self.pool.check_open()
