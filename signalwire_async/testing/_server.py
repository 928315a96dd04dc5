"""The fake space over real HTTP on loopback (aiohttp's server, already a dependency).

`serve_forever()` runs it in the foreground (the `serve` command); `ServedSpace` runs it in
a background thread for a `with` block (tests, the README's provisioning job). Any HTTP
client can talk to it, the official SDK included.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Callable
from types import TracebackType
from typing import Generic, TypeVar

from aiohttp import web

from .._config import base_url_for
from . import _served
from ._handler import Handler

SpaceT = TypeVar("SpaceT", bound=Handler)


def client_host(bind: str, port: int) -> str:
    """What a client on this machine takes as its host to reach a server bound to
    `bind`:`port`: an IPv6 address in brackets (`[::1]:8089`), every address (`0.0.0.0`,
    `::`) as the loopback address of its family, and the scheme named (`http://...`)
    when the client would otherwise read the host as https (it reads a bare loopback
    host as plain http, any other as https)."""
    name = bind.removeprefix("[").removesuffix("]")
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        address = None
    if address is not None and address.is_unspecified:
        address = ipaddress.ip_address("::1" if address.version == 6 else "127.0.0.1")
    if address is not None:
        name = f"[{address}]" if address.version == 6 else str(address)
    host = f"{name}:{port}"
    try:
        plain = base_url_for(host).startswith("http://")
    except ValueError:  # a name the client would refuse bare: the URL form is plainer
        plain = False
    return host if plain else f"http://{host}"


def _application(space: Handler) -> web.Application:
    async def answer(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        reply = space.handle(request.method, str(request.url), request.headers, body)
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.drop:
            if request.transport is not None:
                request.transport.abort()  # the connection ends with no answer at all
            raise asyncio.CancelledError
        return web.Response(status=reply.status, body=reply.body, headers=dict(reply.headers))

    app = web.Application(client_max_size=16 * 1024 * 1024)
    app.router.add_route("*", "/{path:.*}", answer)
    return app


def serve_forever(
    space: Handler, host: str, port: int, ready: Callable[[int], None] | None = None
) -> None:
    """Serve until interrupted; calls `ready(port)` once listening."""
    _served.serve_forever(lambda: _application(space), host, port, ready)


class ServedSpace(Generic[SpaceT]):
    """A space (a `FakeSpace`, or any `Handler`) on `http://<host>:<port>` while the `with`
    block runs; `space` is the one served."""

    def __init__(self, space: SpaceT, host: str = "127.0.0.1", port: int = 0) -> None:
        self.space = space
        self._bind = host.removeprefix("[").removesuffix("]")  # `[::1]` binds `::1`
        self.port = port
        self._server = _served.ServerThread(
            "fake-signalwire-space", lambda: _application(space), self._bind, port
        )

    @property
    def host(self) -> str:
        """What a client takes as its host: `127.0.0.1:<port>` (loopback means http),
        `[::1]:<port>` on IPv6; see `client_host()`."""
        return client_host(self._bind, self.port)

    @property
    def url(self) -> str:
        """`http://127.0.0.1:<port>`, `http://[::1]:<port>`."""
        host = self.host
        return host if host.startswith("http://") else f"http://{host}"

    def __enter__(self) -> ServedSpace[SpaceT]:
        self.port = self._server.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.stop()

    def __repr__(self) -> str:
        return f"<ServedSpace {self.url} {self.space!r}>"
