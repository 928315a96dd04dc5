"""The one thing the transport and the server need from a space: something that answers
a request with a `Reply`. They depend on this protocol, not on `FakeSpace`, so the space
can build them without the two importing it back."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ._replies import Reply


class Handler(Protocol):
    """Answers one HTTP request. Called from any thread; must be thread-safe."""

    def handle(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """`headers` look names up case-insensitively (httpx's and aiohttp's do)."""
        ...
