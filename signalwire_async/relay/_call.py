"""`Call`: one call this client controls, with the official client's methods (generated
from the declarations into `_call_methods.py`) and its events.

The client routes each event of the call here, in order, from its reader: the call's
state and actions are updated at once; `call.on(...)` listeners run in one task per call,
fed through a bounded queue (`LISTENER_QUEUE`; beyond it, events are dropped for the
listeners with a warning, never for the actions or waiters), so a slow listener delays
only its own call.
"""

from __future__ import annotations

import logging
import math
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from ._actions import EMPTY, Action, OnCompleted, Starting
from ._conveniences import Conveniences
from ._declarations import Command
from ._errors import CallEndedError, RelayError
from ._event_types import EVENT_TYPE_OF
from ._events import RelayEvent
from ._requests import Request
from ._session import ClientSide

__all__ = ["Call"]

log = logging.getLogger("signalwire_async.relay")
A = TypeVar("A", bound=Action)
E = TypeVar("E", bound=RelayEvent)
EventHandler = Callable[[Any], Any]
LISTENER_QUEUE = 1000
STATES = ("created", "ringing", "answered", "ending", "ended")


def _type_of(event_type: str | type[RelayEvent]) -> str:
    return event_type if isinstance(event_type, str) else EVENT_TYPE_OF.get(event_type, "")


class Call(Conveniences):
    """A call: its official attributes, the `calling.*` methods, and its events."""

    def __init__(self, client: ClientSide, call_id: str, node_id: str, **info: Any) -> None:
        self._client = client
        self.call_id = call_id
        self.node_id = node_id
        self.project_id = str(info.get("project_id") or client.project)
        self.context = str(info.get("context") or "")
        self.tag = str(info.get("tag") or "")
        self.direction = str(info.get("direction") or "inbound")
        self.device: dict[str, Any] = dict(info.get("device") or {})
        self.state = str(info.get("state") or "created")
        self.segment_id = str(info.get("segment_id") or "")
        self._actions: dict[str, Action] = {}
        self._listeners: list[tuple[str, EventHandler]] = []
        self._waiters: list[
            tuple[str, Callable[[RelayEvent], bool], MemoryObjectSendStream[Any]]
        ] = []
        self._inbox: MemoryObjectSendStream[RelayEvent] | None = None
        self._ended = anyio.Event()
        self._end_event: RelayEvent | None = None

    def __repr__(self) -> str:
        return f"<Call {self.call_id} {self.state} {self.direction}>"

    @property
    def ended(self) -> bool:
        return self._ended.is_set()

    # -- events ------------------------------------------------------------------------

    def on(self, event_type: str | type[RelayEvent], handler: EventHandler) -> None:
        """Run `handler(event)` for each event of this type (a type string or an event
        class); handlers of one call run in order, one at a time."""
        self._listeners.append((_type_of(event_type), handler))
        if self._inbox is None and self._client._tg is not None and not self.ended:
            send, receive = anyio.create_memory_object_stream[RelayEvent](LISTENER_QUEUE)
            self._inbox = send
            self._client._tg.start_soon(self._listen, receive, name=f"relay-call-{self.call_id}")

    async def wait_for(
        self,
        event_type: str | type[E],
        predicate: Callable[[Any], bool] | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Any:
        """The next event of this type matching `predicate`. Raises `CallEndedError` if the
        call ends first, `TimeoutError` after `timeout` seconds."""
        kind = _type_of(event_type)
        async with self._stream(kind, predicate or (lambda e: True)) as events:
            with anyio.fail_after(timeout):
                async for event in events:
                    return event
        raise CallEndedError(-1, f"call {self.call_id} ended before {kind}")

    async def events(self, event_type: str | type[RelayEvent] | None = None) -> AsyncIterator[Any]:
        """Every event of this call (or of one type) from now on, until the call ends."""
        kind = _type_of(event_type) if event_type is not None else ""
        async with self._stream(kind, lambda e: True) as events:
            async for event in events:
                yield event

    @asynccontextmanager
    async def _stream(
        self, kind: str, predicate: Callable[[RelayEvent], bool]
    ) -> AsyncIterator[MemoryObjectReceiveStream[Any]]:
        send, receive = anyio.create_memory_object_stream[Any](math.inf)
        entry = (kind, predicate, send)
        if self.ended:
            send.close()
        else:
            self._waiters.append(entry)
        try:
            with receive:
                yield receive
        finally:
            if entry in self._waiters:
                self._waiters.remove(entry)
            send.close()

    async def wait_for_ended(self, timeout: float | None = None) -> RelayEvent:  # noqa: ASYNC109
        with anyio.fail_after(timeout):
            await self._ended.wait()
        assert self._end_event is not None
        return self._end_event

    async def _wait_state(self, target: str, within: float | None) -> RelayEvent:
        if STATES.index(self.state) >= STATES.index(target) if self.state in STATES else False:
            return RelayEvent("calling.call.state", {"call_state": self.state}, self.call_id)
        if target == "ended":
            return await self.wait_for_ended(within)
        return await self.wait_for(  # type: ignore[no-any-return]
            "calling.call.state", lambda e: e.params.get("call_state") == target, within
        )

    async def wait_for_answered(self, timeout: float | None = None) -> RelayEvent:  # noqa: ASYNC109
        return await self._wait_state("answered", timeout)

    async def wait_for_ringing(self, timeout: float | None = None) -> RelayEvent:  # noqa: ASYNC109
        return await self._wait_state("ringing", timeout)

    async def wait_for_ending(self, timeout: float | None = None) -> RelayEvent:  # noqa: ASYNC109
        return await self._wait_state("ending", timeout)

    def dispatch(self, event: RelayEvent) -> None:
        """One event of this call, from the client's reader (in order)."""
        if event.event_type == "calling.call.state":
            self.state = str(event.params.get("call_state") or self.state)
        control_id = event.params.get("control_id")
        action = self._actions.get(str(control_id)) if control_id else None
        if action is not None:
            action.offer(event)
            if action.is_done:
                self._actions.pop(action.control_id, None)
        for kind, predicate, send in list(self._waiters):
            if (not kind or kind == event.event_type) and predicate(event):
                send.send_nowait(event)
        if self._inbox is not None and any(k == event.event_type for k, _ in self._listeners):
            try:
                self._inbox.send_nowait(event)
            except anyio.WouldBlock:
                log.warning("RELAY call %s: listeners behind, %s dropped", self.call_id,
                            event.event_type)  # fmt: skip
        if self.state == "ended":
            self._finish(event, CallEndedError(-1, f"call {self.call_id} ended"))

    def _finish(self, event: RelayEvent | None, error: RelayError) -> None:
        """The call is over (ended, or its session lost): everything pending learns it."""
        if self.ended:
            return
        self._end_event = event or RelayEvent("calling.call.state", {"call_state": "ended"})
        self._ended.set()
        for action in list(self._actions.values()):
            action.fail(type(error)(error.code, error.message))
        self._actions.clear()
        for _, _, send in self._waiters:
            send.close()
        self._waiters.clear()
        if self._inbox is not None:
            self._inbox.close()

    async def _listen(self, inbox: MemoryObjectReceiveStream[RelayEvent]) -> None:
        async with inbox:
            async for event in inbox:
                for kind, handler in list(self._listeners):
                    if kind == event.event_type:
                        await _run_handler(handler, event, self.call_id)

    def _callback(self, handler: OnCompleted, event: RelayEvent, name: str) -> None:
        if self._client._tg is not None:
            self._client._tg.start_soon(_run_handler, handler, event, self.call_id, name=name)

    # -- commands (the generated methods call these) -----------------------------------

    def _params(
        self, command: Command, values: dict[str, Any], extra: dict[str, Any]
    ) -> dict[str, Any]:
        params: dict[str, Any] = {"node_id": self.node_id, "call_id": self.call_id}
        for param in command.params:
            value = values.get(param.name)
            if param.name == "control_id" and value is None:
                value = str(uuid.uuid4())
            if "." in param.key:  # a value sent inside an object: record.audio
                outer, inner = param.key.split(".", 1)
                params[outer] = {inner: value or {}}
            elif value is not None:
                params[param.key] = value
        params.update(extra)
        return params

    async def _execute(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        """One request for this call; a 404/410 (call or action gone) is logged and gives
        `{}`, as the official client does."""
        return await self._request(
            Request.build(method, {"node_id": self.node_id, "call_id": self.call_id, **params})
        )

    async def _request(self, request: Request) -> dict[str, Any]:
        try:
            return await self._client._roundtrip(request)
        except RelayError as error:
            if error.code in (404, 410):
                log.warning("RELAY %s on call %s: %s", request.method, self.call_id, error)
                return {}
            raise

    async def _command(
        self, command: Command, values: dict[str, Any], extra: dict[str, Any]
    ) -> dict[str, Any]:
        return await self._request(
            Request.build(command.wire, self._params(command, values, extra))
        )

    def _start(
        self,
        command: Command,
        action: type[A],
        values: dict[str, Any],
        extra: dict[str, Any],
        on_completed: OnCompleted | None,
    ) -> Starting[A]:
        return Starting(lambda: self._begin(command, action, values, extra, on_completed))

    async def _begin(
        self,
        command: Command,
        cls: type[A],
        values: dict[str, Any],
        extra: dict[str, Any],
        on_completed: OnCompleted | None,
    ) -> A:
        params = self._params(command, values, extra)
        action = cls(self, str(params["control_id"]), command, on_completed)
        if self.ended:
            action.fail(CallEndedError(-1, f"call {self.call_id} ended before {command.wire}"))
            return action
        # Registered before the request goes: its events may come right behind the result.
        self._actions[action.control_id] = action
        request = Request.build(command.wire, params)
        try:
            result = await self._request(request)
        except BaseException as error:
            self._actions.pop(action.control_id, None)
            action.fail(
                error if isinstance(error, RelayError) else CallEndedError(-1, "start cancelled")
            )
            if request.written and not isinstance(error, RelayError):
                await action._stop_quietly()  # the server may be running it: stop it
            raise
        if not result:
            self._actions.pop(action.control_id, None)
            action.complete(EMPTY)
        return action


async def _run_handler(handler: Callable[[Any], Any], event: RelayEvent, call_id: str) -> None:
    try:
        outcome = handler(event)
        if isinstance(outcome, Awaitable):
            await outcome
    except Exception:
        log.exception("RELAY listener failed on %s of call %s", event.event_type, call_id)
