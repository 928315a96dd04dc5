"""A client WebSocket for RELAY: wsproto (the sans-I/O protocol) over an anyio byte stream,
so it runs under asyncio and trio alike.

Text frames only (RELAY sends one JSON object per frame). One task reads (`receive`); any
task may write (`send`), one frame at a time under a lock, so a frame is never interleaved
with another. The caller shields a write it must not abandon half-way: a frame cut in the
middle breaks the socket for everyone.
"""

from __future__ import annotations

import contextlib
import ssl
from collections import deque

import anyio
import anyio.abc
from wsproto import ConnectionType, WSConnection
from wsproto.events import (
    AcceptConnection,
    BytesMessage,
    CloseConnection,
    Event,
    Ping,
    RejectConnection,
    RejectData,
    Request,
    TextMessage,
)
from wsproto.utilities import LocalProtocolError

__all__ = ["MAX_MESSAGE", "WebSocket", "WebSocketClosed"]

MAX_MESSAGE = 10 * 1024 * 1024  # as the official client: frames over 10 MiB end the socket
READ_SIZE = 65536


class WebSocketClosed(Exception):
    """The socket is gone (closed by either side, refused at the handshake, or cut)."""

    def __init__(self, code: int, reason: str = "") -> None:
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self) -> str:
        return f"WebSocket closed ({self.code}{': ' + self.reason if self.reason else ''})"


class WebSocket:
    """An open client WebSocket. Build it with `await WebSocket.open(...)`."""

    def __init__(self, stream: anyio.abc.ByteStream, protocol: WSConnection) -> None:
        self._stream = stream
        self._protocol = protocol
        self._events: deque[Event] = deque()
        self._send_lock = anyio.Lock()
        self._closed = False

    @classmethod
    async def open(
        cls, host: str, port: int, *, tls: ssl.SSLContext | None, path: str = "/"
    ) -> WebSocket:
        """Connect and shake hands (bound the time with a cancel scope around it)."""
        stream: anyio.abc.ByteStream
        if tls is None:
            stream = await anyio.connect_tcp(host, port)
        else:
            stream = await anyio.connect_tcp(
                host, port, ssl_context=tls, tls_standard_compatible=False
            )
        socket = cls(stream, WSConnection(ConnectionType.CLIENT))
        try:
            authority = f"[{host}]" if ":" in host else host
            await stream.send(
                socket._protocol.send(Request(host=f"{authority}:{port}", target=path))
            )
            await socket._handshake()
        except BaseException:
            await anyio.aclose_forcefully(stream)
            raise
        return socket

    async def _handshake(self) -> None:
        while True:
            event = await self._next_event()
            if isinstance(event, AcceptConnection):
                return
            if isinstance(event, RejectConnection):
                raise WebSocketClosed(1002, f"handshake refused with HTTP {event.status_code}")
            if not isinstance(event, RejectData):
                raise WebSocketClosed(1002, f"unexpected {type(event).__name__} in handshake")

    async def _next_event(self) -> Event:
        while not self._events:
            try:
                data = await self._stream.receive(READ_SIZE)
            except (anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError):
                self._closed = True
                raise WebSocketClosed(1006, "connection lost") from None
            except OSError as exc:
                self._closed = True
                raise WebSocketClosed(1006, f"connection lost: {exc}") from None
            self._protocol.receive_data(data)
            self._events.extend(self._protocol.events())
        return self._events.popleft()

    async def receive(self) -> str:
        """The next text message (protocol pings are answered here, binary ignored)."""
        parts: list[str] = []
        size = 0
        while True:
            event = await self._next_event()
            if isinstance(event, TextMessage):
                parts.append(event.data)
                size += len(event.data)
                if size > MAX_MESSAGE:
                    await self.aclose(1009)
                    raise WebSocketClosed(1009, "message too big")
                if event.message_finished:
                    return "".join(parts)
            elif isinstance(event, Ping):
                # A ping read in the same chunk as the peer's close cannot be answered.
                with contextlib.suppress(LocalProtocolError):
                    await self._send_bytes(self._protocol.send(event.response()))
            elif isinstance(event, CloseConnection):
                await self._answer_close(event)
                raise WebSocketClosed(event.code, event.reason or "")
            elif not isinstance(event, BytesMessage):
                continue

    async def _answer_close(self, event: CloseConnection) -> None:
        with contextlib.suppress(LocalProtocolError, WebSocketClosed):
            await self._send_bytes(self._protocol.send(event.response()))
        await self._drop()

    async def send(self, text: str) -> None:
        """Write one text frame."""
        try:
            data = self._protocol.send(TextMessage(data=text))
        except LocalProtocolError:
            raise WebSocketClosed(1006, "the socket is closing") from None
        await self._send_bytes(data)

    async def _send_bytes(self, data: bytes) -> None:
        async with self._send_lock:
            if self._closed:
                raise WebSocketClosed(1006, "the socket is closed")
            try:
                await self._stream.send(data)
            except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                self._closed = True
                raise WebSocketClosed(1006, "connection lost") from None

    async def aclose(self, code: int = 1000) -> None:
        """Send a close frame (without waiting for the answer) and close the stream. Safe
        to call again, and after the peer or the network closed the socket."""
        if not self._closed:
            with anyio.move_on_after(1.0, shield=True):
                with contextlib.suppress(LocalProtocolError, WebSocketClosed):
                    await self._send_bytes(self._protocol.send(CloseConnection(code=code)))
        await self._drop()

    async def _drop(self) -> None:
        self._closed = True
        await anyio.aclose_forcefully(self._stream)

    @property
    def closed(self) -> bool:
        return self._closed
