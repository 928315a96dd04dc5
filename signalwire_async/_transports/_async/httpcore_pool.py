"""httpcore's connection pool, with two repairs; the pool under trio and the sync client.

- **Total deadline.** Every connect, read and write timeout is cut to what is left of the
  call's total deadline (`deadline`), so a server that trickles bytes cannot stretch a call
  past it. Timeouts, not cancellation: httpcore cleans up after its own timeouts.
- **Bytes beyond a response.** A connection whose response ended with bytes left over (a 204
  that carries a body, a body longer than its `Content-Length`) is closed instead of going
  back to the pool, where the bytes would be read as the answer to the next request. Bytes
  that arrive later make an idle connection readable, and httpcore drops it at checkout.
  A 204, a 304 or an answer to HEAD that announces a body is closed too: its promised bytes
  may still be on their way when the next request goes out (as in `aiohttp_pool`).
  A proxied connection keeps httpcore's own behaviour (the README says so).
- **Closed means closed.** httpcore's pool, closed, closes the connections it holds, but a
  connection still connecting (TCP, TLS or a proxy tunnel) has nothing to close yet, and
  would then send its request. A connection that finishes connecting after the transport
  was closed is closed at once instead, and its call raises `ClientClosedError`.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import AsyncIterator, Iterable
from typing import Any

import httpcore
import httpx

from ..._exceptions import ClientClosedError
from .. import deadline, private

logger = logging.getLogger("signalwire_async")


class DeadlineStream(httpcore.AsyncNetworkStream):
    """A socket stream whose timeouts never run past the call's deadline."""

    def __init__(self, stream: httpcore.AsyncNetworkStream, backend: DeadlineBackend) -> None:
        self._stream = stream
        self._backend = backend

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, deadline.clamp(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, deadline.clamp(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = deadline.clamp(timeout, httpcore.ConnectTimeout)
        stream = await self._stream.start_tls(ssl_context, server_hostname, timeout)
        return await self._backend.opened(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, handing out `DeadlineStream`s."""

    def __init__(self) -> None:
        self._backend = httpcore.AnyIOBackend()
        self.closed = False  # set by the transport's close: no connection opens after it

    async def opened(self, stream: httpcore.AsyncNetworkStream) -> DeadlineStream:
        """`stream`, just connected; closed at once if the transport was closed meanwhile."""
        if self.closed:
            await stream.aclose()
            raise ClientClosedError("this client has been closed; create a new one")
        return DeadlineStream(stream, self)

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = deadline.clamp(timeout, httpcore.ConnectTimeout)
        stream = await self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return await self.opened(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = deadline.clamp(timeout, httpcore.ConnectTimeout)
        return await self.opened(
            await self._backend.connect_unix_socket(path, timeout, socket_options)
        )

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class _LeftoverCheck:
    """A response body stream that, once closed, closes its connection if bytes are left
    (or, with `close`, in any case)."""

    def __init__(
        self, stream: Any, connection: httpcore.AsyncHTTPConnection, close: bool = False
    ) -> None:
        self._stream = stream
        self._connection = connection
        self._close = close

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()
        if self._close or private.leftover_bytes(self._connection):
            logger.debug("closing a connection that sent bytes beyond its response")
            await self._connection.aclose()


def _promises_a_body_it_cannot_have(request: httpcore.Request, response: Any) -> bool:
    # h11 reads no body here, whatever the headers say; bytes the server sends anyway may
    # arrive only after the next request has gone out on this connection.
    if response.status not in (204, 304) and request.method != b"HEAD":
        return False
    for name, value in response.headers:
        key = name.lower()
        if key == b"transfer-encoding" or (key == b"content-length" and value.strip() != b"0"):
            return True
    return False


class _CheckedConnection(httpcore.AsyncHTTPConnection):
    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        response = await super().handle_async_request(request)
        close = _promises_a_body_it_cannot_have(request, response)
        response.stream = _LeftoverCheck(response.stream, self, close)
        return response


class _CheckedPool(httpcore.AsyncConnectionPool):
    def create_connection(self, origin: httpcore.Origin) -> httpcore.AsyncConnectionInterface:
        return _CheckedConnection(origin=origin, **private.connection_options(self))


class CheckedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport over the repaired pool (or over httpcore's proxy pool)."""

    def __init__(
        self,
        limits: httpx.Limits,
        verify: ssl.SSLContext | bool = True,
        proxy: httpx.Proxy | None = None,
        trust_env: bool = True,
    ) -> None:
        # `trust_env=False`: `SSL_CERT_FILE` and `SSL_CERT_DIR` are ignored too.
        self._backend = DeadlineBackend()
        if proxy is not None:
            super().__init__(limits=limits, verify=verify, proxy=proxy, trust_env=trust_env)
            private.set_network_backend(self, self._backend)
            return
        # Not super().__init__(): it would build a pool (and an SSL context) only to drop it.
        pool = _CheckedPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=trust_env),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=self._backend,
        )
        private.set_pool(self, pool)

    async def aclose(self) -> None:
        self._backend.closed = True  # first: a connection finishing now is closed at once
        await super().aclose()
