"""What the session itself starts: `dial()` (a `Call`) and `send_message()` (a `Message`),
each watching for its events from before its request is sent."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import anyio

from ._call import Call
from ._errors import RelayClosedError, RelayError, RelayTimeoutError
from ._events import RelayEvent
from ._message import Message
from ._routing import Router, _info, end_quietly
from ._session import ClientSide

Execute = Callable[[str, Mapping[str, Any]], Awaitable[dict[str, Any]]]
DIAL_TIMEOUT = 120.0


async def dial(
    client: ClientSide,
    router: Router,
    devices: list[list[dict[str, Any]]],
    tag: str | None,
    max_duration: int | None,
    dial_timeout: float | None,
) -> Call:
    tag = tag or str(uuid.uuid4())
    params: dict[str, Any] = {"tag": tag, "devices": devices}
    if max_duration:
        params["max_duration"] = max_duration
    # Opened before the request: the answer may come right behind its result.
    key, events = client._waiters.open(
        lambda e: e.event_type == "calling.call.dial" and e.params.get("tag") == tag
    )
    router.dialing[tag] = []
    winner: Call | None = None
    try:
        await client.execute("calling.dial", params)
        with anyio.fail_after(dial_timeout or DIAL_TIMEOUT):
            async for event in events:
                state = event.params.get("dial_state")
                if state == "answered":
                    winner = _winner(client, router, event)
                    return winner
                if state == "failed":
                    raise RelayError(-1, f"Dial failed (tag={tag})")
    except TimeoutError:
        raise RelayTimeoutError(-1, f"Dial timed out waiting for answer (tag={tag})") from None
    finally:
        client._waiters.close(key)
        legs = router.dialing.pop(tag, [])
        if winner is None:
            await _hang_up(router, tag, legs)
    raise RelayClosedError(-1, f"client closed during dial (tag={tag})")


def _winner(client: ClientSide, router: Router, event: RelayEvent) -> Call:
    found = event.params.get("call") or {}
    call_id = str(found.get("call_id") or "")
    call = router.calls.get(call_id)
    if call is None:  # no state event of the leg came first
        info = {**_info(found), "direction": "outbound", "state": "answered"}
        call = Call(client, call_id, str(found.get("node_id") or ""), **info)
        router.calls[call_id] = call
    return call


async def _hang_up(router: Router, tag: str, legs: list[Call]) -> None:
    """A dial given up on (cancelled, timed out, failed): what it started is hung up, and
    legs that show up later are hung up as they come."""
    router.abandon(tag)
    for leg in legs:
        if leg.state not in ("ending", "ended"):
            await end_quietly(leg)


async def send_message(
    client: ClientSide,
    router: Router,
    params: dict[str, Any],
    on_completed: Callable[[RelayEvent], Any] | None,
) -> Message:
    message = Message(
        context=params["context"],
        direction="outbound",
        from_number=params["from_number"],
        to_number=params["to_number"],
        body=params.get("body") or "",
        media=params.get("media"),
        state="queued",
        tags=params.get("tags"),
    )
    message._on_completed, message._spawn = on_completed, router.spawn
    # The states are kept from before the request: the id is known only from its result.
    key, events = client._waiters.open(lambda e: e.event_type == "messaging.state")
    try:
        result = await client.execute("messaging.send", params)
        message.message_id = str(result.get("message_id") or "")
        while True:  # what came before the result, then registered: no await in between
            try:
                event = events.receive_nowait()
            except (anyio.WouldBlock, anyio.EndOfStream):
                break
            if event.params.get("message_id") == message.message_id:
                message.update(event)
        if message.message_id and not message.is_done:
            router.messages[message.message_id] = message
    finally:
        client._waiters.close(key)
    return message
