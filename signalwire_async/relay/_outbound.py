"""What the session itself can start (`dial`, `send_message`), and the events they wait
for. Part 2 turns their results into a `Call` and a `Message`."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import anyio.abc
from anyio.streams.memory import MemoryObjectReceiveStream

from ._errors import RelayClosedError, RelayError, RelayTimeoutError
from ._events import RelayEvent, Waiters

log = logging.getLogger("signalwire_async.relay")
Execute = Callable[[str, Mapping[str, Any]], Awaitable[dict[str, Any]]]
DIAL_TIMEOUT = 120.0
MESSAGE_TERMINAL_STATES = ("delivered", "undelivered", "failed")


async def dial(
    execute: Execute,
    waiters: Waiters,
    devices: list[list[dict[str, Any]]],
    tag: str | None,
    max_duration: int | None,
    dial_timeout: float | None,
) -> dict[str, Any]:
    tag = tag or str(uuid.uuid4())
    params: dict[str, Any] = {"tag": tag, "devices": devices}
    if max_duration:
        params["max_duration"] = max_duration
    # Opened before the request: the answer may come right behind its result.
    key, events = waiters.open(
        lambda e: e.event_type == "calling.call.dial" and e.params.get("tag") == tag
    )
    try:
        await execute("calling.dial", params)
        with anyio.fail_after(dial_timeout or DIAL_TIMEOUT):
            async for event in events:
                state = event.params.get("dial_state")
                if state == "answered":
                    return event.params
                if state == "failed":
                    raise RelayError(-1, f"Dial failed (tag={tag})")
    except TimeoutError:
        raise RelayTimeoutError(-1, f"Dial timed out waiting for answer (tag={tag})") from None
    finally:
        waiters.close(key)
    raise RelayClosedError(-1, f"client closed during dial (tag={tag})")


async def send_message(
    execute: Execute,
    waiters: Waiters,
    tg: anyio.abc.TaskGroup,
    params: dict[str, Any],
    on_completed: Callable[[RelayEvent], Any],
) -> dict[str, Any]:
    # Every state is kept from before the request: the id is known only from its result.
    key, events = waiters.open(lambda e: e.event_type == "messaging.state")
    try:
        result = await execute("messaging.send", params)
    except BaseException:
        waiters.close(key)
        raise
    tg.start_soon(_completion, waiters, key, events, result.get("message_id"), on_completed)
    return result


async def _completion(
    waiters: Waiters,
    key: int,
    events: MemoryObjectReceiveStream[RelayEvent],
    message_id: Any,
    on_completed: Callable[[RelayEvent], Any],
) -> None:
    try:
        async for event in events:
            if event.params.get("message_id") != message_id:
                continue
            if event.params.get("message_state") in MESSAGE_TERMINAL_STATES:
                outcome = on_completed(event)
                if isinstance(outcome, Awaitable):
                    await outcome
                return
    except Exception:
        log.exception("RELAY send_message on_completed failed")
    finally:
        waiters.close(key)
