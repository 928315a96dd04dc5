"""The fake space in process: an httpx transport, for sync and async clients alike."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import anyio
import httpx

if TYPE_CHECKING:
    from ._handler import Handler
    from ._replies import Reply


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Hands each request to a space (any `Handler`; a `FakeSpace` in practice); no
    sockets. The async side sleeps with anyio, so injected latency works under asyncio and
    trio."""

    def __init__(self, space: Handler) -> None:
        self.space = space

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply = self.space.handle(request.method, str(request.url), request.headers, request.read())
        if reply.delay:
            time.sleep(reply.delay)
        return _response(request, reply)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        reply = self.space.handle(request.method, str(request.url), request.headers, body)
        if reply.delay:
            await anyio.sleep(reply.delay)
        return _response(request, reply)


def _response(request: httpx.Request, reply: Reply) -> httpx.Response:
    if reply.drop:
        # What httpcore raises when the server closes the connection without answering.
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )
    return httpx.Response(
        reply.status, headers=dict(reply.headers), content=reply.body, request=request
    )
