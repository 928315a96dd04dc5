"""`dial()` and `send_message()` against `FakeRelay`, under asyncio and trio: a dial
returns its answering leg as a `Call` and hangs up what it started when it is given up
on; a `Message` exists before `messaging.send` goes, so an early final state is kept."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from signalwire_async.relay import Call, Message, MessageStateEvent, RelayError
from signalwire_async.testing import FakeRelay

from .relay_helpers import backend, client_for, relay, run

__all__ = ["backend", "relay"]  # fixtures


def phone(number: str) -> list[list[dict[str, Any]]]:
    return [[{"type": "phone", "params": {"to_number": number, "from_number": "+15550000"}}]]


def test_dial_returns_the_answering_leg_as_a_call(relay: FakeRelay, backend: str) -> None:
    async def body() -> None:
        async with client_for(relay) as client:
            call = await client.dial(phone("+15550001"), tag="mine")
            assert isinstance(call, Call)
            assert (call.state, call.tag, call.direction) == ("answered", "mine", "outbound")
            await call.play_tts("hi")
            await call.hangup()
            await call.wait_for_ended()
            relay.dial_outcome("+15550002", "busy")
            with pytest.raises(RelayError, match="Dial failed"):
                await client.dial(phone("+15550002"))

    run(backend, body)
    [play] = [f.message["params"] for f in relay.journal.frames("calling.play", "received")]
    [dial] = [f.message["params"] for f in relay.journal.frames("calling.dial", "received")[:1]]
    assert dial["tag"] == "mine" and play["call_id"]


def test_cancelling_a_ringing_dial_hangs_up_its_leg(relay: FakeRelay, backend: str) -> None:
    # The official client leaves the leg ringing (then answered, and orphaned).
    relay.dial_outcome("+15550003", "ringing")

    async def body() -> None:
        async with client_for(relay) as client:
            async with anyio.create_task_group() as tg:
                tg.start_soon(client.dial, phone("+15550003"))
                await relay.wait_for(lambda: [c for c in relay.calls() if c.state == "ringing"])
                await anyio.wait_all_tasks_blocked()  # the leg's events are read
                tg.cancel_scope.cancel()
            await relay.wait_for(lambda: all(c.state == "ended" for c in relay.calls()))

    run(backend, body)
    [leg] = relay.calls()
    ends = [f.message["params"] for f in relay.journal.frames("calling.end", "received")]
    assert [e["call_id"] for e in ends] == [leg.call_id]


def test_a_message_keeps_a_final_state_sent_before_its_reply(
    relay: FakeRelay, backend: str
) -> None:
    # The official client registers the message after the reply: it loses this state.
    relay.events_first("messaging.send")
    relay.message_outcome("+15550005", "undelivered")
    completed: list[Any] = []

    async def body() -> None:
        async with client_for(relay) as client:
            message = await client.send_message(
                to_number="+15550005", from_number="+1555", body="hi", on_completed=completed.append
            )
            assert isinstance(message, Message)
            final = await message.wait()
            assert isinstance(final, MessageStateEvent)
            assert final.message_state == "undelivered" and final.reason == "fake: undelivered"
            assert message.state == "undelivered" and message.is_done
            later = await client.send_message(to_number="+15550006", from_number="+1", body="x")
            assert (await later.wait()).params["message_state"] == "delivered"
            await relay.wait_for(lambda: completed)

    run(backend, body)
