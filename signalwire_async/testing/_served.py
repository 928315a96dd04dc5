"""An aiohttp application on a loopback socket: in the foreground (the command line), or
by a daemon thread with its own asyncio loop, so that a client under any event loop
(asyncio, trio) or none can reach it. The fake space and the fake RELAY server both serve
this way; each brings its application."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiohttp import web

T = TypeVar("T")


async def start_site(
    app: web.Application, host: str, port: int, *, backlog: int = 1024
) -> tuple[web.AppRunner, int]:
    """Serve `app` on `host:port`; returns its runner and the port bound (a free one for 0)."""
    runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=0.5)
    await runner.setup()
    await web.TCPSite(runner, host, port, backlog=backlog).start()
    return runner, runner.addresses[0][1]


def serve_forever(
    make_app: Callable[[], web.Application],
    host: str,
    port: int,
    ready: Callable[[int], None] | None = None,
) -> None:
    """Serve until interrupted; calls `ready(port)` once listening."""

    async def main() -> None:
        runner, bound = await start_site(make_app(), host, port)
        if ready is not None:
            ready(bound)
        try:
            await asyncio.Event().wait()
        finally:
            await runner.cleanup()

    asyncio.run(main())


class ServerThread:
    """`make_app()` served on `host:port` by a daemon thread between `start()` and `stop()`;
    `before_stop` runs on the server's loop first (to drop open WebSockets, say)."""

    def __init__(
        self,
        name: str,
        make_app: Callable[[], web.Application],
        host: str,
        port: int,
        *,
        backlog: int = 1024,
        before_stop: Callable[[], object] | None = None,
    ) -> None:
        self.name = name
        self.host = host
        self.port = port
        self._make_app = make_app
        self._backlog = backlog
        self._before_stop = before_stop
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None

    def start(self) -> int:
        """Start serving; returns the port bound. A failure to bind is raised here."""
        started = threading.Event()
        failure: list[BaseException] = []

        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            try:
                runner, self.port = await start_site(
                    self._make_app(), self.host, self.port, backlog=self._backlog
                )
            except BaseException as exc:
                failure.append(exc)
                started.set()
                return
            started.set()
            try:
                await self._stop.wait()
            finally:
                if self._before_stop is not None:
                    self._before_stop()
                await runner.cleanup()

        self._thread = threading.Thread(
            target=asyncio.run, args=(main(),), name=self.name, daemon=True
        )
        self._thread.start()
        started.wait()
        if failure:
            self._thread.join()
            raise failure[0]
        return self.port

    def call(self, make: Callable[[], Awaitable[T]], timeout: float = 10.0) -> T:
        """Run `make()` on the server's loop and wait for its result (from another thread)."""
        if self._loop is None:
            raise RuntimeError(f"{self.name} is not running")

        async def run() -> T:
            return await make()

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(timeout)

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join()
        self._loop = self._stop = self._thread = None
