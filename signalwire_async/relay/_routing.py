"""Where each event goes: the calls and sent messages this client knows, the legs of the
dials in progress, and the inbound calls and messages handed to `on_call`/`on_message`.

Everything here runs in the client's reader, one event at a time, with no await: an
event is routed completely before the next one is read."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

import anyio

from ._actions import STOP_DEADLINE
from ._call import Call
from ._errors import RelayError
from ._events import RelayEvent
from ._message import Message
from ._session import ClientSide

log = logging.getLogger("signalwire_async.relay")
ABANDONED_TAGS = 256  # dials given up on whose late legs are still hung up


class Router:
    def __init__(self, client: ClientSide) -> None:
        self.client = client
        self.calls: dict[str, Call] = {}
        self.messages: dict[str, Message] = {}
        self.dialing: dict[str, list[Call]] = {}
        self.abandoned: OrderedDict[str, None] = OrderedDict()

    def spawn(self, handler: Callable[[Any], Any], argument: Any, name: str) -> None:
        tg = self.client._tg
        if tg is None:
            log.warning("RELAY %s not run: the client is not running", name)
            return
        tg.start_soon(_guarded, handler, argument, name, name=f"relay-{name}")

    def route(self, event: RelayEvent) -> None:
        kind, params = event.event_type, event.params
        if kind == "calling.call.receive":
            self._receive(event)
        elif kind == "messaging.receive":
            self._handler("on_message", Message.from_event(event))
        elif kind == "messaging.state":
            message = self.messages.get(str(params.get("message_id")))
            if message is not None:
                message.update(event)
                if message.is_done:
                    self.messages.pop(message.message_id, None)
        elif kind == "calling.call.state" and event.call_id not in self.calls:
            self._leg(event)
        call = self.calls.get(event.call_id)
        if call is None and kind == "calling.call.dial":
            call = self.calls.get(str((params.get("call") or {}).get("call_id")))
        if call is not None and kind != "calling.call.receive":
            call.dispatch(event)
            if call.ended:
                self.calls.pop(call.call_id, None)

    def _handler(self, slot: str, argument: Any) -> None:
        handler = getattr(self.client, f"_{slot}")
        if handler is None:
            log.warning("RELAY %r arrived with no %s handler", argument, slot)
            return
        self.spawn(handler, argument, slot)

    def _receive(self, event: RelayEvent) -> None:
        p = event.params
        if len(self.calls) >= self.client._max_active_calls:
            # Passed, not dropped: the server offers the call to another client.
            log.warning("RELAY call %s passed: max_active_calls reached", event.call_id)
            self.spawn(self._pass, event, "calling.pass")
            return
        call = Call(self.client, event.call_id, str(p.get("node_id") or ""), **_info(p))
        self.calls[call.call_id] = call
        self._handler("on_call", call)

    async def _pass(self, event: RelayEvent) -> None:
        params = {"node_id": event.params.get("node_id"), "call_id": event.call_id}
        await self.client.execute("calling.pass", params)

    def _leg(self, event: RelayEvent) -> None:
        """A leg of a dial of ours appears: it becomes a Call (hung up at once if the dial
        was given up on and it still lives)."""
        tag = str(event.params.get("tag") or "")
        if tag not in self.dialing and tag not in self.abandoned:
            return
        info = {**_info(event.params), "direction": "outbound"}
        call = Call(self.client, event.call_id, str(event.params.get("node_id") or ""), **info)
        self.calls[call.call_id] = call
        if tag in self.dialing:
            self.dialing[tag].append(call)
        elif call.state not in ("ending", "ended"):
            self.spawn(end_quietly, call, "calling.end")

    def abandon(self, tag: str) -> None:
        self.abandoned[tag] = None
        while len(self.abandoned) > ABANDONED_TAGS:
            self.abandoned.popitem(last=False)

    def lose(self, error: RelayError) -> None:
        """The session is gone: every call, action and message pending fails with `error`."""
        for call in list(self.calls.values()):
            call._finish(None, error)
        for message in list(self.messages.values()):
            message.fail(type(error)(error.code, error.message))
        self.calls.clear()
        self.messages.clear()


def _info(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "project_id": p.get("project_id"),
        "context": p.get("context") or p.get("protocol"),
        "tag": p.get("tag"),
        "direction": p.get("direction"),
        "device": p.get("device"),
        "state": p.get("call_state"),
        "segment_id": p.get("segment_id"),
    }


async def end_quietly(call: Call) -> None:
    """Hang up a call we no longer want (shielded, bounded, errors logged)."""
    with anyio.CancelScope(shield=True), anyio.move_on_after(STOP_DEADLINE):
        try:
            await call.hangup()
        except RelayError as error:
            log.warning("RELAY could not end call %s: %s", call.call_id, error)


async def _guarded(handler: Callable[[Any], Any], argument: Any, name: str) -> None:
    try:
        outcome = handler(argument)
        if isinstance(outcome, Awaitable):
            await outcome
    except Exception:
        log.exception("RELAY %s handler failed on %r", name, argument)
