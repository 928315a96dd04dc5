"""One attempt: send a request through an httpx client and read its body within bounds."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import httpx

from .. import private
from ..body import BodyNotDecodable, BodyTooLarge, BoundedBody


class UnreadableBody(Exception):
    """A response whose body broke the size bound or did not decode (carries the response)."""

    def __init__(self, response: httpx.Response, reason: str) -> None:
        self.response = response
        self.reason = reason


async def send(
    http: httpx.AsyncClient, request: httpx.Request, *, owned: bool, limit: int
) -> httpx.Response:
    """Send `request` once and return its response, body read and decoded.

    Raises an `httpx.TransportError` when nothing usable came back, `UnreadableBody` when
    the body broke `limit` bytes (raw or decoded) or did not decode.
    """
    if owned:
        # Our own client: go straight to the transport httpx would pick (respx patches
        # that lookup too), skipping the cookie jar and the auth and redirect machinery,
        # which cost about a quarter of the CPU of a call and do nothing for this API.
        transport: httpx.AsyncBaseTransport = private.transport_for_url(http, request.url)
        pick = getattr(transport, "pick", None)  # the per-loop pool: this loop's, directly
        if pick is not None:
            transport, pick = pick(), None  # not kept alive through the request
        response = await transport.handle_async_request(request)
        response.request = request
        if response.is_closed and private.has_content(response):
            # Read whole by our aiohttp pool (or a mock), nothing to decode or close.
            if len(response.content) > limit:
                raise UnreadableBody(response, str(BodyTooLarge(limit)))
            return response
    else:
        response = await http.send(request, stream=True)  # the caller's hooks and cookies
    try:
        await _read_body(response, limit)
    finally:
        await response.aclose()
    return response


async def _read_body(response: httpx.Response, limit: int) -> None:
    """Read and decode the body within `limit` bytes, raw and decoded (see `body`)."""
    if private.has_content(response):  # a mock's, or read whole by our aiohttp pool: decoded
        if len(response.content) > limit:
            raise UnreadableBody(response, str(BodyTooLarge(limit)))
        return
    body = BoundedBody(response.headers.get("content-encoding"), limit)
    chunks = response.aiter_raw()
    try:
        async for chunk in chunks:
            body.feed(chunk)
        private.set_content(response, body.finish())
    except (BodyTooLarge, BodyNotDecodable) as exc:
        await _abandon(response, chunks)
        raise UnreadableBody(response, str(exc)) from None


async def _abandon(response: httpx.Response, chunks: AsyncIterator[bytes]) -> None:
    """Drop the connection of a body read half-way, then run the body's generators to their
    end: with the connection closed they stop at once. Left suspended, each of the nested
    generators (httpx's, httpcore's) would be reported by trio as a ResourceWarning when
    garbage collected."""
    await response.aclose()
    with contextlib.suppress(httpx.HTTPError, httpx.StreamError):
        async for _ in chunks:
            pass
