"""Which event loop runs the calling code, asked cheaply (twice per request)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import sniffio

if TYPE_CHECKING:
    import asyncio


def running_asyncio_loop() -> asyncio.AbstractEventLoop | None:
    """The running asyncio loop when asyncio runs this code; None under another library
    (trio), or outside any. `sniffio.current_async_library()` gives the same answer, but
    asks asyncio for its current task through an import statement and a Python function:
    several microseconds a request. A library that names itself to sniffio is believed."""
    named = sniffio.thread_local.name or sniffio.current_async_library_cvar.get()
    if named is not None and named != "asyncio":
        return None
    asyncio = sys.modules.get("asyncio")  # not imported: no asyncio loop can be running
    return None if asyncio is None else asyncio._get_running_loop()
