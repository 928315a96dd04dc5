"""The async HTTP transport: aiohttp's connection pool under asyncio, httpcore's elsewhere.

httpcore 1.0's async pool does work proportional to the square of its connections on every
request (about 1.6 ms of CPU per request at 64 connections); aiohttp's pool does the same job
for about a tenth of that. aiohttp runs only on asyncio, so under trio (or while a test has
patched httpcore, as `respx.mock` does by default) requests go through httpx's own transport.
Either way the caller sees one `httpx.AsyncClient`, httpx requests and httpx exceptions.

Responses are read whole before they are returned, so no connection is held open after a
call returns or is cancelled; the API sends small JSON bodies.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import httpx
import sniffio

if TYPE_CHECKING:  # both are imported on first use under asyncio, to keep construction cheap
    import asyncio
    import ssl

    import aiohttp

_POOL_MODULE = "httpcore._async.connection_pool"


def _httpcore_is_patched() -> bool:
    """True while something (respx's default mode) has replaced httpcore's pool method.

    Then requests go through httpcore, so users' mocks see them. httpcore is not imported
    here just to ask: importing it pulls in trio when installed (~50 ms).
    """
    httpcore = sys.modules.get("httpcore")
    if httpcore is None:
        return False
    handler = httpcore.AsyncConnectionPool.handle_async_request
    return getattr(handler, "__module__", _POOL_MODULE) != _POOL_MODULE


def _map_aiohttp_error(exc: Exception) -> httpx.TransportError:
    """Translate an aiohttp failure into the httpx exception with the same meaning.

    The distinction that matters is whether the request may have reached the server:
    only connect failures and pool/connect timeouts (`ConnectError`, `ConnectTimeout`)
    say it did not, and only those let the retry policy replay a POST.
    """
    import asyncio

    import aiohttp

    message = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    if isinstance(exc, aiohttp.ServerTimeoutError | asyncio.TimeoutError):
        return httpx.ReadTimeout(message)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message)
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError):
        return httpx.RemoteProtocolError(message)
    if isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ClientConnectionError):
        return httpx.ReadError(message)
    if isinstance(exc, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message)
    return httpx.TransportError(message)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport that sends requests through one `aiohttp.ClientSession`."""

    def __init__(self, limits: httpx.Limits, verify: ssl.SSLContext | bool = True) -> None:
        self._limits = limits
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _session_for_loop(self) -> aiohttp.ClientSession:
        import asyncio

        loop = asyncio.get_running_loop()
        if self._session is None or self._loop is not loop:
            # aiohttp sessions are bound to their loop; a client reused from another loop
            # (a new asyncio.run(), a new test) gets a fresh pool there.
            import aiohttp

            ssl_option: ssl.SSLContext | bool = (
                httpx.create_ssl_context(verify=self._verify)
                if self._verify is not False
                else False
            )
            connector = aiohttp.TCPConnector(
                limit=self._limits.max_connections or 0,
                limit_per_host=0,
                keepalive_timeout=self._limits.keepalive_expiry or 5.0,
                ssl=ssl_option,
            )
            self._session = aiohttp.ClientSession(
                connector=connector, auto_decompress=False, cookie_jar=aiohttp.DummyCookieJar()
            )
            self._loop = loop
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import aiohttp
        from yarl import URL

        session = self._session_for_loop()
        timeouts: dict[str, Any] = request.extensions.get("timeout", {})
        content = await request.aread()
        try:
            async with session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=request.headers.multi_items(),
                data=content or None,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=timeouts.get("pool"),
                    sock_connect=timeouts.get("connect"),
                    sock_read=timeouts.get("read"),
                ),
            ) as response:
                body = await response.read()
                status, raw_headers, reason = response.status, response.raw_headers, response.reason
        except Exception as exc:
            raise _map_aiohttp_error(exc) from exc
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if reason:
            extensions["reason_phrase"] = reason.encode("ascii", "replace")
        return httpx.Response(
            status, headers=list(raw_headers), content=body, request=request, extensions=extensions
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()


class AsyncHybridTransport(httpx.AsyncBaseTransport):
    """aiohttp under asyncio; httpx's default (httpcore) transport under trio or respx."""

    def __init__(self, limits: httpx.Limits, verify: ssl.SSLContext | bool = True) -> None:
        self._limits = limits
        self._verify = verify
        self._aiohttp: AiohttpTransport | None = None
        self._httpcore: httpx.AsyncHTTPTransport | None = None

    def _pick(self) -> httpx.AsyncBaseTransport:
        if sniffio.current_async_library() == "asyncio" and not _httpcore_is_patched():
            if self._aiohttp is None:
                self._aiohttp = AiohttpTransport(self._limits, self._verify)
            return self._aiohttp
        if self._httpcore is None:
            self._httpcore = httpx.AsyncHTTPTransport(limits=self._limits, verify=self._verify)
        return self._httpcore

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pick().handle_async_request(request)

    async def aclose(self) -> None:
        for transport in (self._aiohttp, self._httpcore):
            if transport is not None:
                await transport.aclose()
