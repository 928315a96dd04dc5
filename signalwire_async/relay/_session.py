"""What calls, actions, messages and dials need of the client, as a protocol: they reach
the client through it, so no module below `_client` imports `_client`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

import anyio.abc

from ._events import RelayEvent, Waiters
from ._requests import Request

__all__ = ["ActionOwner", "ClientSide"]


class ClientSide(Protocol):
    project: str
    _tg: anyio.abc.TaskGroup | None
    _max_active_calls: int
    _on_call: Callable[..., Awaitable[None]] | None
    _on_message: Callable[..., Awaitable[None]] | None
    _waiters: Waiters

    async def execute(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> dict[str, Any]: ...

    async def _roundtrip(self, request: Request, limit: float | None = None) -> dict[str, Any]: ...


class ActionOwner(Protocol):
    """The call an action belongs to."""

    call_id: str

    async def _execute(self, method: str, params: dict[str, Any]) -> dict[str, Any]: ...

    def _callback(
        self, handler: Callable[[RelayEvent], Any], event: RelayEvent, name: str
    ) -> None: ...
