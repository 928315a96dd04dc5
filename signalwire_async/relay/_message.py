"""`Message`: an SMS/MMS sent with `send_message()` or received by `on_message`, with the
official client's attributes. A sent message exists before `messaging.send` goes out, so
a state that arrives right behind the result is not lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio

from ._errors import RelayError
from ._events import RelayEvent

__all__ = ["MESSAGE_TERMINAL_STATES", "Message"]

MESSAGE_TERMINAL_STATES = ("delivered", "undelivered", "failed")
Spawn = Callable[[Callable[[RelayEvent], Any], RelayEvent, str], None]


class Message:
    """One message; `await message.wait()` gives its final `messaging.state` event."""

    def __init__(
        self,
        *,
        message_id: str = "",
        context: str = "",
        direction: str = "",
        from_number: str = "",
        to_number: str = "",
        body: str = "",
        media: list[str] | None = None,
        segments: int = 0,
        state: str = "",
        reason: str = "",
        tags: list[str] | None = None,
    ) -> None:
        self.message_id = message_id
        self.context = context
        self.direction = direction
        self.from_number = from_number
        self.to_number = to_number
        self.body = body
        self.media = list(media or [])
        self.segments = segments
        self.state = state
        self.reason = reason
        self.tags = list(tags or [])
        self._listeners: list[Callable[[RelayEvent], Any]] = []
        self._on_completed: Callable[[RelayEvent], Any] | None = None
        self._spawn: Spawn | None = None
        self._done = anyio.Event()
        self._result: RelayEvent | None = None
        self._error: RelayError | None = None

    @classmethod
    def from_event(cls, event: RelayEvent) -> Message:
        """An inbound message (`messaging.receive`)."""
        p = event.params
        return cls(
            message_id=str(p.get("message_id") or ""),
            context=str(p.get("context") or ""),
            direction=str(p.get("direction") or "inbound"),
            from_number=str(p.get("from_number") or ""),
            to_number=str(p.get("to_number") or ""),
            body=str(p.get("body") or ""),
            media=list(p.get("media") or []),
            segments=int(p.get("segments") or 0),
            state=str(p.get("message_state") or "received"),
            tags=list(p.get("tags") or []),
        )

    def __repr__(self) -> str:
        return f"<Message {self.message_id} {self.state} {self.direction}>"

    @property
    def is_done(self) -> bool:
        return self._done.is_set()

    @property
    def result(self) -> RelayEvent | None:
        return self._result

    def on(self, handler: Callable[[RelayEvent], Any]) -> None:
        """Run `handler(event)` on each `messaging.state` of this message."""
        self._listeners.append(handler)

    async def wait(self, timeout: float | None = None) -> RelayEvent:  # noqa: ASYNC109
        """The final state's event (delivered, undelivered or failed); a lost session
        raises its error. `timeout` raises `TimeoutError` (wait again if you like)."""
        with anyio.fail_after(timeout):
            await self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result

    def update(self, event: RelayEvent) -> None:
        """A `messaging.state` of this message."""
        self.state = str(event.params.get("message_state") or self.state)
        self.reason = str(event.params.get("reason") or self.reason)
        for handler in self._listeners:
            self._run(handler, event, "message listener")
        if self.state in MESSAGE_TERMINAL_STATES and not self.is_done:
            self._result = event
            self._done.set()
            if self._on_completed is not None:
                self._run(self._on_completed, event, "message on_completed")

    def fail(self, error: RelayError) -> None:
        if not self.is_done:
            self._error = error
            self._done.set()

    def _run(self, handler: Callable[[RelayEvent], Any], event: RelayEvent, name: str) -> None:
        if self._spawn is not None:
            self._spawn(handler, event, name)
