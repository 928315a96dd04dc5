"""What code written from the RELAY reference reads and imports, under asyncio and trio:
the official submodules (`signalwire.relay.call`, `.event`, `.message`, `.client`), collect
and fax results read both where the wire nests them and where the reference's examples
read them, a fake whose plays take time (so `wait_for` after `play` sees `finished`), a
scripted caller, and a command made to fail with a code."""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable

import pytest

import signalwire_async.relay as relay_package
from signalwire_async.relay import (
    Call,
    CollectEvent,
    ConnectEvent,
    FaxEvent,
    RelayError,
    parse_event,
)
from signalwire_async.testing import FakeRelay, ScriptedCaller

from .relay_helpers import backend, client_for, relay, run
from .test_relay_calls import inbound, sent

__all__ = ["backend", "relay"]  # fixtures

SUBMODULES = {
    "call": ["Call", "PlayAction", "CollectAction", "StandaloneCollectAction", "AIAction"],
    "event": ["RelayEvent", "CallStateEvent", "CollectEvent", "parse_event", "EVENT_CLASS_MAP"],
    "message": ["Message"],
    "client": ["RelayClient", "RelayError"],
    "constants": ["END_REASON_HANGUP", "MESSAGE_TERMINAL_STATES", "EVENT_CALL_STATE"],
}


@pytest.mark.parametrize("name", sorted(SUBMODULES))
def test_the_official_submodules_exist_with_the_package_objects(name: str) -> None:
    module = importlib.import_module(f"signalwire_async.relay.{name}")
    for attribute in SUBMODULES[name]:
        found = getattr(module, attribute)
        if hasattr(relay_package, attribute):  # the same object, not a copy
            assert found is getattr(relay_package, attribute)
    if name != "constants":
        assert sorted(module.__all__) == sorted(set(module.__all__))
        assert all(hasattr(relay_package, n) for n in module.__all__)


def test_collect_and_fax_results_read_both_ways_without_losing_the_wire_shape() -> None:
    nested = {"type": "digit", "params": {"digits": "1", "terminator": "#"}}
    event = parse_event(
        {"event_type": "calling.call.collect", "params": {"control_id": "c", "result": nested}}
    )
    assert isinstance(event, CollectEvent)
    assert event.params["result"]["digits"] == "1"  # the reference's reading
    assert event.params["result"]["params"] == nested["params"]  # the wire's, kept
    assert event.params["result"]["type"] == "digit" and event.digits == "1"
    clash = {"type": "speech", "params": {"type": "inner", "text": "hi"}}
    spoken = parse_event({"event_type": "calling.call.collect", "params": {"result": clash}})
    assert spoken.params["result"]["type"] == "speech"  # a key of the wire's level wins
    assert nested == {"type": "digit", "params": {"digits": "1", "terminator": "#"}}  # untouched
    fax = {"type": "finished", "params": {"pages": 3, "document": "https://x/y.pdf"}}
    faxed = parse_event({"event_type": "calling.call.fax", "params": {"fax": fax}})
    assert isinstance(faxed, FaxEvent)
    assert faxed.params["fax"]["pages"] == 3 and faxed.fax["params"]["pages"] == 3
    odd = parse_event({"event_type": "calling.call.collect", "params": {"result": "x"}})
    assert odd.params["result"] == "x"  # not an object: passed as it came


def test_digits_end_at_the_terminator_and_both_readings_work(
    relay: FakeRelay, backend: str
) -> None:
    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            call, far = await inbound(relay, client)
            prompt = [{"type": "tts", "params": {"text": "Press 1"}}]
            menu = await call.play_and_collect(prompt, {"digits": {"max": 3, "terminators": "*"}})
            far.press("1*2")
            event = await menu.wait()
            assert event.params.get("result", {}).get("digits", "") == "1"
            assert event.params["result"]["params"] == {"digits": "1", "terminator": "*"}
            faxing = await call.send_fax("https://example.com/a.pdf")
            done = await faxing.wait()
            assert done.params["fax"]["pages"] == 1
            assert done.params["fax"]["params"]["document"] == "https://example.com/a.pdf"

    run(backend, body)


def test_plays_take_time_so_wait_for_after_play_sees_finished(
    relay: FakeRelay, backend: str
) -> None:
    relay.play_duration(0.2)

    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            call, far = await inbound(relay, client)
            playing = await call.play([{"type": "tts", "params": {"text": "Hello"}}])
            assert not playing.is_done
            event = await call.wait_for(
                "calling.call.play", predicate=lambda e: e.params.get("state") == "finished"
            )
            assert event.params["control_id"] == playing.control_id
            assert (await playing.wait()).params["state"] == "finished"
            music = [{"type": "audio", "params": {"url": "https://example.com/a.mp3"}}]
            forever = await call.play(music, loop=0)
            await forever.pause()
            await forever.resume()
            stopped = await forever.stop()
            assert stopped["code"] == "200"  # still playing when stopped: loop=0 never ends
            assert (await forever.wait()).params["state"] == "finished"
            far.hang_up()

    run(backend, body)
    assert [p["control_id"] for p in sent(relay, "calling.play.stop")] == [
        p["control_id"] for p in sent(relay, "calling.play")[1:]
    ]


def test_a_scripted_caller_answers_prompts_and_hangs_up_on_its_own(
    relay: FakeRelay, backend: str
) -> None:
    caller = ScriptedCaller(digits=["2#"], speech=["billing"], hang_up_after=0.3)

    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            calls: list[Call] = []
            client.on_call(_append_to(calls))
            relay.inbound_call("office", caller=caller)
            await relay.wait_for(lambda: calls)
            call = calls[0]
            await call.answer()
            prompt = [{"type": "tts", "params": {"text": "Press a key"}}]
            menu = await call.play_and_collect(prompt, {"digits": {"max": 2}})
            assert (await menu.wait()).params["result"]["digits"] == "2"
            spoken = await call.collect(speech={"end_silence_timeout": 1})
            assert (await spoken.wait()).params["result"]["text"] == "billing"
            silent = await call.collect(digits={"max": 1})  # nothing left to press: it waits
            gave_up = await silent.wait()  # until the caller hangs up
            assert gave_up.params["result"]["type"] == "no_input"
            ended = await call.wait_for_ended()
            assert ended.params["end_reason"] == "hangup"

    run(backend, body)


def test_a_command_can_be_made_to_fail_with_a_code(relay: FakeRelay, backend: str) -> None:
    relay.fail_command("calling.connect", "500", "no route")

    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            call, far = await inbound(relay, client)
            device = [[{"type": "phone", "params": {"to_number": "+15550100"}}]]
            with pytest.raises(RelayError) as failed:
                await call.connect(device)
            assert (failed.value.code, failed.value.message) == (500, "no route")
            assert (await call.connect(device))["code"] == "200"  # the next one is answered
            far.hang_up()

    run(backend, body)
    events = [f.event_type for f in relay.journal.frames("signalwire.event", "sent")]
    assert events.count("calling.call.connect") == 2  # the failed one caused none


def _append_to(calls: list[Call]) -> Callable[[Call], Awaitable[None]]:
    async def on_call(call: Call) -> None:
        calls.append(call)

    return on_call


def test_a_connect_rings_before_its_outcome(relay: FakeRelay, backend: str) -> None:
    relay.ring_duration(0.2)
    relay.dial_outcome("+15550300", "busy")

    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            call, far = await inbound(relay, client)
            states: list[str] = []
            for number in ("+15550200", "+15550300"):
                device = [[{"type": "phone", "params": {"to_number": number}}]]
                await call.connect(device)
                done = await call.wait_for(  # registered after the result: still in time
                    ConnectEvent, lambda e: e.connect_state in ("connected", "failed")
                )
                states.append(done.connect_state)
            assert states == ["connected", "failed"]
            far.hang_up()

    run(backend, body)


# The constants `signalwire.relay` re-exports (38), as the official client's __all__ has them.
OFFICIAL_EXPORTS = [
    "CALL_STATE_CREATED",
    "CALL_STATE_RINGING",
    "CALL_STATE_ANSWERED",
    "CALL_STATE_ENDING",
    "CALL_STATE_ENDED",
    "CONNECT_STATE_CONNECTING",
    "CONNECT_STATE_CONNECTED",
    "CONNECT_STATE_DISCONNECTED",
    "CONNECT_STATE_FAILED",
    "EVENT_CALL_STATE",
    "EVENT_CALL_RECEIVE",
    "EVENT_CALL_CONNECT",
    "EVENT_CALL_PLAY",
    "EVENT_CALL_COLLECT",
    "EVENT_CALL_RECORD",
    "EVENT_CALL_DETECT",
    "EVENT_CALL_FAX",
    "EVENT_CALL_TAP",
    "EVENT_CALL_SEND_DIGITS",
    "EVENT_CALL_DIAL",
    "EVENT_CALL_REFER",
    "EVENT_CALL_DENOISE",
    "EVENT_CALL_PAY",
    "EVENT_CALL_QUEUE",
    "EVENT_CALL_STREAM",
    "EVENT_CALL_ECHO",
    "EVENT_CALL_TRANSCRIBE",
    "EVENT_CONFERENCE",
    "EVENT_CALLING_ERROR",
    "EVENT_MESSAGING_RECEIVE",
    "EVENT_MESSAGING_STATE",
    "MESSAGE_STATE_QUEUED",
    "MESSAGE_STATE_INITIATED",
    "MESSAGE_STATE_SENT",
    "MESSAGE_STATE_DELIVERED",
    "MESSAGE_STATE_UNDELIVERED",
    "MESSAGE_STATE_FAILED",
    "MESSAGE_STATE_RECEIVED",
]
STATE_CONSTANTS = {
    "PLAY_STATE_PLAYING": "playing",
    "PLAY_STATE_PAUSED": "paused",
    "PLAY_STATE_FINISHED": "finished",
    "PLAY_STATE_ERROR": "error",
    "RECORD_STATE_RECORDING": "recording",
    "RECORD_STATE_PAUSED": "paused",
    "RECORD_STATE_FINISHED": "finished",
    "RECORD_STATE_NO_INPUT": "no_input",
    "DETECT_TYPE_MACHINE": "machine",
    "DETECT_TYPE_FAX": "fax",
    "DETECT_TYPE_DIGIT": "digit",
    "ROOM_STATE_JOINING": "joining",
    "ROOM_STATE_JOIN": "join",
    "ROOM_STATE_LEAVING": "leaving",
    "ROOM_STATE_LEAVE": "leave",
}


def test_the_official_constants_are_where_the_official_client_has_them() -> None:
    from signalwire_async.relay import _wire, constants

    assert len(OFFICIAL_EXPORTS) == 38
    for name in OFFICIAL_EXPORTS:
        assert name in relay_package.__all__
        assert getattr(relay_package, name) == getattr(constants, name)
    for name, value in STATE_CONSTANTS.items():
        assert getattr(constants, name) == value
    assert _wire.connect_params({}, [], "", "")["agent"] == constants.AGENT_STRING


def test_ai_events_are_typed_and_listenable_by_class(relay: FakeRelay, backend: str) -> None:
    from signalwire_async.relay import AIAction, AIEvent
    from signalwire_async.relay.constants import EVENT_CALL_AI

    assert isinstance(parse_event({"event_type": EVENT_CALL_AI, "params": {}}), AIEvent)

    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            call, far = await inbound(relay, client)
            seen: list[str] = []
            call.on(AIEvent, lambda event: seen.append(event.state))
            agent = await call.ai(prompt={"text": "You are helpful."})
            assert isinstance(agent, AIAction)
            await relay.wait_for(lambda: seen == ["running"])  # the listener got it typed
            await agent.stop()
            done = await agent.wait()
            assert isinstance(done, AIEvent) and done.state == "finished"
            await relay.wait_for(lambda: seen == ["running", "finished"])
            far.hang_up()

    run(backend, body)


def test_a_scripted_caller_can_take_its_time_to_answer(relay: FakeRelay, backend: str) -> None:
    caller = ScriptedCaller(digits=["7#", "8#"], answer_after=0.2)

    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            calls: list[Call] = []
            client.on_call(_append_to(calls))
            far = relay.inbound_call("office", caller=caller)
            await relay.wait_for(lambda: calls)
            call = calls[0]
            first = await call.collect(digits={"max": 1})
            assert not first.is_done  # the caller has not pressed yet
            assert (await first.stop())["code"] == "200"  # still waiting: stopped
            assert (await first.wait()).params["result"]["type"] == "no_input"
            second = await call.collect(digits={"max": 1})
            assert (await second.wait()).params["result"]["digits"] == "8"
            far.hang_up()

    run(backend, body)
    results = [
        f.message["params"]["params"].get("result")
        for f in relay.journal.frames("signalwire.event", "sent")
        if f.event_type == "calling.call.collect"
    ]
    pressed = [r["params"]["digits"] for r in results if r and r["type"] == "digit"]
    assert pressed == ["8"]  # "7" came too late for the stopped collect: never sent


def test_a_recording_ends_when_the_scripted_caller_falls_silent(
    relay: FakeRelay, backend: str
) -> None:
    caller = ScriptedCaller(speaks_for=0.2)

    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            calls: list[Call] = []
            client.on_call(_append_to(calls))
            far = relay.inbound_call("office", caller=caller)
            await relay.wait_for(lambda: calls)
            call = calls[0]
            recording = await call.record({"beep": True, "end_silence_timeout": 3})
            assert not recording.is_done
            done = await recording.wait()
            assert (
                done.params["record"]["url"].endswith(".wav") and done.params["state"] == "finished"
            )
            assert call.state != "ended"  # it ended on its own, not with the call
            far.hang_up()

    run(backend, body)
    assert not relay.journal.frames("calling.record.stop", "received")
