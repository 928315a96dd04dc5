"""Actions: what a `calling.*` command that runs on (play, record, collect, ...) returns.

`await action.wait()` gives the terminal event; it raises `CallEndedError` as soon as the
call ends without one, and the session's error when the session is lost. A method that
starts an action returns a `Starting`: awaited, it is the action (as the official client
returns it); used with `async with`, the action is stopped when the block exits, however
it exits (a shielded `stop` with a short deadline).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine, Generator
from types import TracebackType
from typing import Any, ClassVar, TypeVar

import anyio

from ._declarations import ActionSpec, Command
from ._errors import RelayError
from ._events import RelayEvent
from ._session import ActionOwner

__all__ = ["STOP_DEADLINE", "Action", "OnCompleted", "Starting"]

log = logging.getLogger("signalwire_async.relay")
OnCompleted = Callable[[RelayEvent], Any]
A = TypeVar("A", bound="Action")
STOP_DEADLINE = 2.0  # seconds a stop sent on the way out (cancellation, block exit) may take
EMPTY = RelayEvent("", {})


class Action:
    """A running action of `call`, known by `control_id`."""

    spec: ClassVar[ActionSpec]

    def __init__(
        self, call: ActionOwner, control_id: str, command: Command, on_completed: OnCompleted | None
    ) -> None:
        self.call = call
        self.control_id = control_id
        self.result: RelayEvent | None = None
        self.completed = False
        self._prefix = command.wire
        self._on_completed = on_completed
        self._done = anyio.Event()
        self._error: BaseException | None = None

    @property
    def is_done(self) -> bool:
        return self._done.is_set()

    @property
    def state(self) -> str:
        """The last `state` reported for this action ("" before any)."""
        return self._state

    _state = ""

    def __repr__(self) -> str:
        done = "done" if self.is_done else "running"
        return f"<{type(self).__name__} {self.control_id} {done}>"

    async def wait(self, timeout: float | None = None) -> RelayEvent:  # noqa: ASYNC109
        """The terminal event. `timeout` (seconds) raises `TimeoutError` and leaves the
        action running (wait again)."""
        with anyio.fail_after(timeout):
            await self._done.wait()
        if self._error is not None:
            raise self._error
        assert self.result is not None
        return self.result

    # -- what the call feeds in --------------------------------------------------------

    def offer(self, event: RelayEvent) -> None:
        """An event of this action's control_id: completes it when it is terminal."""
        spec = self.spec
        if self.is_done or (spec.rule == "collect" and event.event_type != spec.event_type):
            return
        state = str(event.params.get("state") or "")
        if state:
            self._state = state
        key = {"detect": "detect", "collect": "result"}.get(spec.rule)
        if state in spec.terminal or (key is not None and event.params.get(key)):
            self.complete(event)

    def complete(self, event: RelayEvent) -> None:
        if self.is_done:
            return
        self.result, self.completed = event, True
        self._done.set()
        if self._on_completed is not None:
            self.call._callback(self._on_completed, event, f"{type(self).__name__} on_completed")

    def fail(self, error: BaseException) -> None:
        if not self.is_done:
            self._error = error
            self._done.set()

    # -- control commands --------------------------------------------------------------

    async def _control(self, verb: str, params: dict[str, Any]) -> dict[str, Any]:
        prefix = "calling.collect" if verb == "start_input_timers" else self._prefix
        sent = {k: v for k, v in params.items() if v is not None and v != ""}
        return await self.call._execute(f"{prefix}.{verb}", {"control_id": self.control_id, **sent})

    async def _stop_quietly(self) -> None:
        """Stop on the way out: shielded, bounded, and never raising over the real error."""
        with anyio.CancelScope(shield=True), anyio.move_on_after(STOP_DEADLINE):
            try:
                await self._control("stop", {})
            except RelayError as error:
                log.info("RELAY stop of %s not done: %s", self.control_id, error)


class Starting(Coroutine[Any, Any, A]):
    """An action being started: `await` it for the action, or `async with` it to stop the
    action when the block exits. It is a coroutine too, so `asyncio.create_task()` and
    `tg.start_soon()` take it as they take the official client's `call.play(...)`."""

    def __init__(self, begin: Callable[[], Coroutine[Any, Any, A]]) -> None:
        self._begin = begin
        self._coro: Coroutine[Any, Any, A] | None = None
        self._action: A | None = None

    def _inner(self) -> Coroutine[Any, Any, A]:
        if self._coro is None:
            self._coro = self._begin()
        return self._coro

    def __await__(self) -> Generator[Any, None, A]:
        return self._inner().__await__()

    def send(self, value: Any) -> Any:
        return self._inner().send(value)

    def throw(self, typ: Any, val: Any = None, tb: Any = None) -> Any:
        return self._inner().throw(typ, val, tb)

    def close(self) -> None:
        if self._coro is not None:
            self._coro.close()

    async def __aenter__(self) -> A:
        self._action = await self._begin()
        return self._action

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._action is not None and not self._action.is_done:
            await self._action._stop_quietly()
