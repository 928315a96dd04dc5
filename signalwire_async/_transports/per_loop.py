"""One connection pool per event loop, closed when that loop ends.

Connections belong to the event loop that opened them. A client kept at module level and
used from several `asyncio.run()` calls (a test suite, a script) would otherwise leave each
old loop's connections open, and Python warns about every one at garbage collection. So
the async client keeps one pool per loop: aiohttp's under asyncio, httpcore's under trio
(or while respx patches httpcore, or for a proxy). A pool is closed by `aclose()` on its
loop, or else when the loop shuts down: both asyncio and trio close the async generators
still alive at their end, and each pool is held open by one such generator.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncGenerator
from typing import Any

import httpx
import sniffio

from .._exceptions import ClientClosedError
from .._loops import running_asyncio_loop
from . import private


def _current_loop() -> tuple[object, bool]:
    """The running loop (asyncio's, or anyio's token for another library), and whether it
    is asyncio's. Outside any async library, `sniffio.AsyncLibraryNotFoundError`."""
    loop = running_asyncio_loop()
    if loop is not None:
        return loop, True
    sniffio.current_async_library()  # raises outside any async library
    import anyio.lowlevel

    return anyio.lowlevel.current_token(), False


class _LoopPools:
    """The pools of one event loop, and the generator that closes them when it ends."""

    def __init__(self) -> None:
        self.aiohttp: httpx.AsyncBaseTransport | None = None
        self.httpcore: httpx.AsyncBaseTransport | None = None
        self.keeper: AsyncGenerator[None, None] | None = None

    async def aclose(self) -> None:
        for transport in (self.aiohttp, self.httpcore):
            if transport is not None:
                await transport.aclose()
        self.aiohttp = self.httpcore = None


class PerLoopTransport(httpx.AsyncBaseTransport):
    """An httpx transport that sends through the running loop's own pool (see above)."""

    def __init__(
        self,
        limits: httpx.Limits,
        verify: ssl.SSLContext | bool = True,
        proxy: httpx.Proxy | None = None,
        trust_env: bool = True,
    ) -> None:
        self._limits = limits
        self._verify = verify
        self._proxy = proxy
        self._trust_env = trust_env
        self._loops: dict[object, _LoopPools] = {}
        self._last: tuple[object, _LoopPools] | None = None  # the common case: one loop
        self._closed = False

    async def _pools(self) -> tuple[_LoopPools, bool]:
        """This loop's pools, and whether the loop is asyncio's."""
        if self._closed:
            raise ClientClosedError("this client has been closed; create a new one")
        loop, on_asyncio = _current_loop()
        last = self._last
        if last is not None and last[0] is loop:
            return last[1], on_asyncio
        pools = self._loops.get(loop)
        if pools is None:
            pools = self._loops[loop] = _LoopPools()
            pools.keeper = self._keep_open_until_loop_ends(loop, pools)
            await pools.keeper.asend(None)  # its first step registers it with the loop
        self._last = (loop, pools)
        return pools, on_asyncio

    async def _keep_open_until_loop_ends(
        self, loop: object, pools: _LoopPools
    ) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            self._loops.pop(loop, None)
            if self._last is not None and self._last[0] is loop:
                self._last = None
            await pools.aclose()

    def _transport(self, pools: _LoopPools, on_asyncio: bool) -> httpx.AsyncBaseTransport:
        use_aiohttp = self._proxy is None and on_asyncio and not private.httpcore_is_patched()
        if use_aiohttp:
            if pools.aiohttp is None:
                from .aiohttp_pool import AiohttpTransport

                pools.aiohttp = AiohttpTransport(self._limits, self._verify, self._trust_env)
            return pools.aiohttp
        if pools.httpcore is None:
            from ._async.httpcore_pool import CheckedTransport

            pools.httpcore = CheckedTransport(
                self._limits, self._verify, self._proxy, self._trust_env
            )
        return pools.httpcore

    def pick(self) -> httpx.AsyncBaseTransport:
        """The running loop's own pool, to send through directly (one coroutine fewer per
        request); this transport itself while that pool is not made yet, or when closed."""
        loop, on_asyncio = _current_loop()
        last = self._last
        if last is not None and last[0] is loop and not self._closed:
            return self._transport(last[1], on_asyncio)
        return self

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop, on_asyncio = _current_loop()
        last = self._last
        if last is not None and last[0] is loop and not self._closed:
            pools = last[1]  # the usual case, without a coroutine of its own
        else:
            pools, on_asyncio = await self._pools()
        return await self._transport(pools, on_asyncio).handle_async_request(request)

    def pools(self) -> list[Any]:
        """The transports open now, on any loop (for tests that count connections)."""
        return [t for p in self._loops.values() for t in (p.aiohttp, p.httpcore) if t]

    async def aclose(self) -> None:
        """Close this loop's pools; those of loops already ended were closed with them."""
        self._closed = True
        try:
            loop, _ = _current_loop()
        except sniffio.AsyncLibraryNotFoundError:
            return
        pools = self._loops.get(loop)
        if pools is not None and pools.keeper is not None:
            await pools.keeper.aclose()
