"""The asyncio transport: httpx requests sent through aiohttp's connection pool.

httpcore 1.0's async pool does work proportional to the square of its connections on every
request (about 1.6 ms of CPU per request at 64 connections); aiohttp's pool does the same
job for about a tenth of that. The caller still sees httpx requests, responses and
exceptions. Each `AiohttpTransport` belongs to one event loop (`per_loop.PerLoopTransport`
hands them out).

- A response is read whole (within `max_response_size`) before it is returned, so no
  connection stays checked out after a call, even a cancelled one. A body without
  `Content-Encoding` is handed over as the response's content; decoding any other is left
  to the request loop, which bounds it too.
- aiohttp's own retry of a request on a reused connection is switched off: the client's
  retry policy is the only one, and one attempt sends one request.
- A 204, a 304 or an answer to HEAD that announces a body closes its connection, as does
  anything aiohttp's parser leaves queued. Stray bytes that follow a body and do not form a
  whole response stay in aiohttp's parser, unseen: the next request on that connection then
  fails with a protocol error instead of reading them as its answer (the README says so).
- Failures become httpx exceptions with the same meaning, built fresh: nothing of aiohttp's
  (its exception, its frames, the request headers they hold) is chained to them.
- **Closed means closed.** aiohttp's close leaves a connection still connecting to finish
  its TCP and TLS handshakes, and then starts a TLS shutdown that nobody waits for: if the
  loop ends first, the socket is left to the garbage collector. So `aclose()` cancels the
  connects in progress (their sockets are aborted at once), waits for them to end, and
  their calls raise `ClientClosedError`, as under httpcore (`httpcore_pool`).
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from .._exceptions import ClientClosedError
from . import private
from .body import MAX_BODY_EXTENSION, BodyTooLarge

_READ_CHUNK = 64 * 1024
_NO_TIMEOUTS: dict[str, Any] = {}
_CONTENT_TYPE = ("Content-Type",)
_BODYLESS = frozenset({"GET", "HEAD"})  # sent without a body, so without a type


def map_aiohttp_error(exc: BaseException) -> httpx.TransportError:
    """The httpx exception with the meaning of an aiohttp failure.

    What matters is whether the request may have reached the server: only connect failures
    and pool/connect timeouts (`ConnectError`, `ConnectTimeout`) say it did not, and only
    those let the retry policy replay a POST. Only the exception's type name and message
    are kept.
    """
    message = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, aiohttp.ClientResponseError):
        # Its str() is "status, message=..., url=..."; its repr holds the request headers.
        message = f"{type(exc).__name__}: {exc.message}"
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    if isinstance(exc, aiohttp.ServerTimeoutError | asyncio.TimeoutError):
        return httpx.ReadTimeout(message)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message)
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError):
        return httpx.RemoteProtocolError(message)
    if isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ClientConnectionError | OSError):
        return httpx.ReadError(message)
    if isinstance(exc, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message)
    return httpx.TransportError(message)


class RawBody(httpx.AsyncByteStream):
    """A body already read but not yet decoded (httpx decodes an `httpx.ByteStream` at once).

    A body cut off at the size bound raises `BodyTooLarge` when read, so the request loop
    reports it with the response's status and headers. A body that needs no decoding is
    not wrapped in one: its response is handed over read (`private.read_response`).
    """

    def __init__(self, content: bytes, too_large: BodyTooLarge | None = None) -> None:
        self.content = content
        self._too_large = too_large

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._too_large is not None:
            raise self._too_large
        yield self.content


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx requests through one `aiohttp.ClientSession`, on the running loop."""

    def __init__(
        self, limits: httpx.Limits, verify: ssl.SSLContext | bool = True, trust_env: bool = True
    ) -> None:
        ssl_option: ssl.SSLContext | bool = (
            httpx.create_ssl_context(verify=verify, trust_env=trust_env)
            if verify is not False
            else False
        )
        # aiohttp's connector, knowing which tasks are connecting or waiting to.
        self._connector = connector = private.tracking_connector(
            limit=limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=limits.keepalive_expiry or 5.0,
            ssl=ssl_option,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        private.disable_connection_retry(self._session)  # one attempt, one request (see above)
        self._cut_off: set[asyncio.Task[Any]] = set()  # connects cancelled by aclose()
        self._timeout: tuple[object, aiohttp.ClientTimeout] | None = None  # the last one made
        self._headers: tuple[tuple[tuple[bytes, bytes], ...], CIMultiDictProxy[str]] | None = None

    @property
    def session(self) -> aiohttp.ClientSession:
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # One coroutine from the request to its read response: each layer between the
        # request loop and aiohttp is resumed again at every suspension.
        limit: int | None = request.extensions.get(MAX_BODY_EXTENSION)
        failure: httpx.TransportError | ClientClosedError | None = None
        try:
            content = request.content
        except httpx.RequestNotRead:
            content = await request.aread()
        headers = self._headers_for(request.headers)
        # A body goes with the type the request gives, or none, as in httpx: no guess of
        # aiohttp's, not even for an empty POST. Asked only where aiohttp would guess (no
        # type given, a method that may carry a body): asking rebuilds its header set.
        typed = request.method in _BODYLESS or "Content-Type" in headers
        try:
            async with self._session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=headers,
                data=content or None,
                skip_auto_headers=None if typed else _CONTENT_TYPE,
                allow_redirects=False,
                timeout=self._timeout_for(request.extensions.get("timeout", _NO_TIMEOUTS)),
            ) as answer:
                too_large: BodyTooLarge | None = None
                if limit is None or _fits(answer, limit):  # one read, no coroutine of ours
                    body = await answer.read()
                else:
                    body, too_large = await _read_within(answer, limit)
                final = too_large is None and _not_encoded(answer)
                if _promises_a_body_it_cannot_have(request.method, answer):
                    # aiohttp reads no body here and has already put the connection back
                    # in its pool, where the promised bytes would be read as the next
                    # answer: close it (the pool skips closed connections).
                    private.close_aiohttp_connection(answer)
                status, raw_headers, reason = answer.status, answer.raw_headers, answer.reason
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            failure = map_aiohttp_error(exc)
        except asyncio.CancelledError:
            if not self._was_cut_off():
                raise
            failure = ClientClosedError("this client has been closed; create a new one")
        if failure is not None:
            raise failure  # outside the except block: no __context__ pointing at aiohttp
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if reason:
            extensions["reason_phrase"] = reason.encode("ascii", "replace")
        if final:  # read whole and nothing to decode: handed over as read, closed
            return private.read_response(status, raw_headers, body, request, extensions)
        return httpx.Response(
            status,
            headers=list(raw_headers),
            stream=RawBody(body, too_large),
            request=request,
            extensions=extensions,
        )

    def _headers_for(self, headers: httpx.Headers) -> CIMultiDictProxy[str]:
        """httpx's headers as aiohttp takes them: a multidict, which aiohttp does not convert
        again. The last ones (the client's own, usually) are kept made."""
        raw = tuple(headers.raw)
        last = self._headers
        if last is not None and last[0] == raw:
            return last[1]
        made = CIMultiDictProxy(CIMultiDict(headers.multi_items()))
        self._headers = (raw, made)
        return made

    def _timeout_for(self, timeouts: dict[str, Any]) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts for httpx's; the client's usual ones are made once."""
        last = self._timeout
        if last is not None and last[0] is timeouts:
            return last[1]
        timeout = aiohttp.ClientTimeout(
            total=timeouts.get("total"),
            connect=timeouts.get("pool"),
            sock_connect=timeouts.get("connect"),
            sock_read=timeouts.get("read"),
        )
        self._timeout = (timeouts, timeout)
        return timeout

    def _was_cut_off(self) -> bool:
        """Whether this task's cancellation came from `aclose()` alone (and is now undone)."""
        task = asyncio.current_task()
        if task not in self._cut_off:
            return False
        self._cut_off.discard(task)
        uncancel = getattr(task, "uncancel", None)  # Python 3.11+: cancellations are counted
        return uncancel is None or uncancel() == 0

    async def aclose(self) -> None:
        connecting = set(self._connector.connecting)
        self._cut_off |= connecting
        for task in connecting:
            task.cancel()
        if not self._session.closed:
            await self._session.close()
        if connecting:
            await asyncio.wait(connecting)
            await asyncio.sleep(0)  # the aborted sockets close on the loop's next turn


def _promises_a_body_it_cannot_have(method: str, response: aiohttp.ClientResponse) -> bool:
    if response.status not in (204, 304) and method != "HEAD" and response.status >= 200:
        return False
    length = response.headers.get("content-length", "0").strip()
    return length not in ("", "0") or "transfer-encoding" in response.headers


def _not_encoded(response: aiohttp.ClientResponse) -> bool:
    encoding = response.headers.get("content-encoding")
    return encoding is None or encoding.strip().lower() == "identity"


def _fits(response: aiohttp.ClientResponse, limit: int) -> bool:
    """Whether the body can be read in one call: a length within the bound."""
    try:
        length = response.content_length  # aiohttp's parser reads no more than this
    except ValueError:  # unreadable: read chunk by chunk, counting
        return False
    return length is not None and length <= limit


async def _read_within(
    response: aiohttp.ClientResponse, limit: int
) -> tuple[bytes, BodyTooLarge | None]:
    """The body read chunk by chunk, counting; cut off past `limit` bytes."""
    parts: list[bytes] = []
    size = 0
    while chunk := await response.content.read(_READ_CHUNK):
        size += len(chunk)
        if size > limit:
            response.close()  # the rest is never read: drop the connection
            return b"", BodyTooLarge(limit)
        parts.append(chunk)
    return b"".join(parts), None
