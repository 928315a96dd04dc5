"""The fake RELAY server on a loopback socket (aiohttp's WebSocket server, a dependency
already): in a background thread with its own asyncio loop (`RelayThread`), so a client
under any event loop (asyncio, trio) or none can reach it, or in the foreground
(`serve_forever`, the `relay` command)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiohttp import web

from ._relay_core import Core

T = TypeVar("T")


async def _start(core: Core, host: str, port: int) -> tuple[web.AppRunner, int]:
    app = web.Application()
    app.router.add_get("/{path:.*}", core.serve)
    runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=0.5)
    await runner.setup()
    await web.TCPSite(runner, host, port, backlog=256).start()
    return runner, runner.addresses[0][1]


def serve_forever(
    core: Core, host: str, port: int, ready: Callable[[int], None] | None = None
) -> None:
    """Serve until interrupted; calls `ready(port)` once listening."""

    async def main() -> None:
        runner, bound = await _start(core, host, port)
        if ready is not None:
            ready(bound)
        try:
            await asyncio.Event().wait()
        finally:
            await runner.cleanup()

    asyncio.run(main())


class RelayThread:
    """`core` served on `host:port` by a daemon thread between `start()` and `stop()`."""

    def __init__(self, core: Core, host: str, port: int) -> None:
        self.core = core
        self.host = host
        self.port = port
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None

    def start(self) -> None:
        started = threading.Event()
        failure: list[BaseException] = []

        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            try:
                runner, self.port = await _start(self.core, self.host, self.port)
            except BaseException as exc:
                failure.append(exc)
                started.set()
                return
            started.set()
            try:
                await self._stop.wait()
            finally:
                self.core.drop_sockets()
                await runner.cleanup()

        self._thread = threading.Thread(
            target=asyncio.run, args=(main(),), name="fake-relay", daemon=True
        )
        self._thread.start()
        started.wait()
        if failure:
            self._thread.join()
            raise failure[0]

    def call(self, make: Callable[[], Awaitable[T]], timeout: float = 10.0) -> T:
        """Run `make()` on the server's loop and wait for its result (from another thread)."""
        if self._loop is None:
            raise RuntimeError("the fake RELAY server is not running")

        async def run() -> T:
            return await make()

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(timeout)

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join()
        self._loop = self._stop = self._thread = None
