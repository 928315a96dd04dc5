"""The fake RELAY server's journal: every frame in and out, with the time the server saw it,
and the acknowledgements of the requests the server itself sent (events and pings).

Times are `time.monotonic()` read in the server's own thread, so an ACK's latency is what
the server measured, whatever the client's thread was doing.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from typing import Any, Literal

import attrs

KEPT_FRAMES = 200_000  # a long-running served fake must not grow without bound

Direction = Literal["received", "sent"]


@attrs.frozen
class Frame:
    """One WebSocket text frame: `received` from a client or `sent` to it."""

    connection: int
    direction: Direction
    at: float
    message: dict[str, Any]

    @property
    def method(self) -> str | None:
        method = self.message.get("method")
        return method if isinstance(method, str) else None

    @property
    def event_type(self) -> str | None:
        """The `event_type` of a `signalwire.event` frame, else None."""
        params = self.message.get("params")
        if self.method != "signalwire.event" or not isinstance(params, dict):
            return None
        kind = params.get("event_type")
        return kind if isinstance(kind, str) else None


@attrs.frozen
class Ack:
    """A request the server sent (an event or a ping) and when the client answered it."""

    id: str
    method: str
    event_type: str | None
    sent_at: float
    acked_at: float | None

    @property
    def latency(self) -> float | None:
        """Seconds from the server's write to the client's answer (None: not answered)."""
        return None if self.acked_at is None else self.acked_at - self.sent_at


class Journal:
    """Thread-safe: the server thread writes, the test's thread reads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._frames: deque[Frame] = deque(maxlen=KEPT_FRAMES)
        self._asked: dict[str, Ack] = {}

    def record(self, connection: int, direction: Direction, message: dict[str, Any]) -> Frame:
        frame = Frame(connection, direction, time.monotonic(), message)
        with self._lock:
            self._frames.append(frame)
            self._track(frame)
        return frame

    def _track(self, frame: Frame) -> None:
        ident = frame.message.get("id")
        if not isinstance(ident, str):
            return
        if frame.direction == "sent" and frame.method is not None:
            self._asked[ident] = Ack(ident, frame.method, frame.event_type, frame.at, None)
        elif frame.direction == "received" and frame.method is None:
            asked = self._asked.get(ident)
            if asked is not None and asked.acked_at is None:
                self._asked[ident] = attrs.evolve(asked, acked_at=frame.at)

    def frames(self, method: str | None = None, direction: Direction | None = None) -> list[Frame]:
        with self._lock:
            found = list(self._frames)
        return [
            f
            for f in found
            if (method is None or f.method == method)
            and (direction is None or f.direction == direction)
        ]

    def acks(self, method: str | None = None) -> list[Ack]:
        with self._lock:
            found = list(self._asked.values())
        return [a for a in found if method is None or a.method == method]

    def clear(self) -> None:
        with self._lock:
            self._frames.clear()
            self._asked.clear()


def dumps(message: dict[str, Any]) -> str:
    return json.dumps(message, separators=(",", ":"))
