"""The fake RELAY server's application (aiohttp's WebSocket server, a dependency already),
served by a background thread (`RelayThread`) or in the foreground (`serve_forever`, the
`relay` command); the serving itself is `_served`'s."""

from __future__ import annotations

from collections.abc import Callable

from aiohttp import web

from . import _served
from ._relay_core import Core


def _application(core: Core) -> web.Application:
    app = web.Application()
    app.router.add_get("/{path:.*}", core.serve)
    return app


def serve_forever(
    core: Core, host: str, port: int, ready: Callable[[int], None] | None = None
) -> None:
    """Serve until interrupted; calls `ready(port)` once listening."""
    _served.serve_forever(lambda: _application(core), host, port, ready)


class RelayThread(_served.ServerThread):
    """`core` served on `host:port` by a daemon thread between `start()` and `stop()`; its
    WebSockets are dropped before the server stops."""

    def __init__(self, core: Core, host: str, port: int) -> None:
        super().__init__(
            "fake-relay",
            lambda: _application(core),
            host,
            port,
            backlog=256,
            before_stop=core.drop_sockets,
        )
        self.core = core
