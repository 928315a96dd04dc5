"""Hand-written async/sync pairs: the few places with no mechanical twin.

`scripts/unasync.py` only renames these names (`asleep` -> `sleep`, ...) when it writes the
sync tree; everything else in `_async/` becomes sync code mechanically.
"""

from __future__ import annotations

import abc
import time
from collections.abc import Generator, KeysView
from typing import Any, Generic, TypeVar

import httpx

from ._models import Model
from ._pages import Page

T = TypeVar("T", bound=Model)


async def asleep(seconds: float) -> None:
    """The request loop's only way to wait; tests replace it to skip real waiting."""
    import anyio  # imported on first retry: keeps `import signalwire_async` lighter

    await anyio.sleep(seconds)


def sleep(seconds: float) -> None:
    """The sync request loop's only way to wait; tests replace it to skip real waiting."""
    time.sleep(seconds)


def create_async_transport(limits: httpx.Limits) -> httpx.AsyncBaseTransport:
    from ._transports import AsyncHybridTransport

    return AsyncHybridTransport(limits)


def create_sync_transport(limits: httpx.Limits) -> httpx.BaseTransport:
    # httpcore's sync pool is cheap on one thread (~0.3 ms CPU per request).
    return httpx.HTTPTransport(limits=limits)


class AsyncFirstPageAccess(abc.ABC, Generic[T]):
    """`await pager` gives its first page, as `client.x.list()` did in the official SDK."""

    @abc.abstractmethod
    async def first_page(self) -> Page[T]: ...

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()


class FirstPageAccess(abc.ABC, Generic[T]):
    """A sync pager reads like its first page's JSON: `pager["data"]`, `pager.get("links")`."""

    @abc.abstractmethod
    def first_page(self) -> Page[T]: ...

    def __getitem__(self, key: str) -> Any:
        return self.first_page()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.first_page().get(key, default)

    def keys(self) -> KeysView[str]:
        return self.first_page().keys()

    def to_dict(self) -> dict[str, Any]:
        return self.first_page().to_dict()
