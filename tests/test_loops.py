"""`running_asyncio_loop`: sniffio's answer, asked cheaply."""

from __future__ import annotations

import asyncio

import sniffio
import trio

from signalwire_async._loops import running_asyncio_loop


def test_under_asyncio_it_is_the_running_loop() -> None:
    async def main() -> None:
        assert sniffio.current_async_library() == "asyncio"
        assert running_asyncio_loop() is asyncio.get_running_loop()

    asyncio.run(main())


def test_under_trio_there_is_none() -> None:
    async def main() -> None:
        assert sniffio.current_async_library() == "trio"
        assert running_asyncio_loop() is None

    trio.run(main)


def test_outside_any_library_there_is_none() -> None:
    assert running_asyncio_loop() is None


def test_a_library_that_names_itself_is_believed() -> None:
    """An asyncio loop runs, but the code says it runs another library (as trio-asyncio's
    trio mode does): not asyncio, as sniffio says."""

    async def main() -> None:
        token = sniffio.current_async_library_cvar.set("trio")
        try:
            assert sniffio.current_async_library() == "trio"
            assert running_asyncio_loop() is None
        finally:
            sniffio.current_async_library_cvar.reset(token)

    asyncio.run(main())
