"""`Call`, its actions and its typed events against `FakeRelay`, under asyncio and trio:
the frames each method sends (method, params, control_id), what `wait()` gives, and the
official client's defects turned around (an action whose call ends, a cancelled start)."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from signalwire_async.relay import (
    Call,
    CallEndedError,
    CallStateEvent,
    CollectEvent,
    PlayEvent,
    RecordAction,
    RecordEvent,
    RelayClient,
    RelayClosedError,
    RelaySessionLostError,
)
from signalwire_async.testing import FakeCall, FakeRelay

from .relay_helpers import backend, client_for, relay, run

__all__ = ["backend", "relay"]  # fixtures


def sent(relay: FakeRelay, method: str) -> list[dict[str, Any]]:
    """The params of every `method` request the server received, in order."""
    return [f.message["params"] for f in relay.journal.frames(method, "received")]


async def inbound(relay: FakeRelay, client: RelayClient) -> tuple[Call, FakeCall]:
    calls: list[Call] = []

    @client.on_call
    async def on_call(call: Call) -> None:
        calls.append(call)

    far = relay.inbound_call("office")
    await relay.wait_for(lambda: calls)
    return calls[0], far


def test_call_methods_send_the_official_frames(relay: FakeRelay, backend: str) -> None:
    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            call, far = await inbound(relay, client)
            assert (call.direction, call.context, call.state) == ("inbound", "office", "ringing")
            await call.answer()
            playing = await call.play_tts("hello", voice="polly.Joey", volume=2.0)
            finished = await playing.wait()
            assert isinstance(finished, PlayEvent) and finished.state == "finished"
            await call.send_digits("1#")
            await call.connect([[{"type": "phone", "params": {"to_number": "+1555"}}]], tag="c1")
            await call.hangup("busy")
            ended = await call.wait_for_ended()
            assert isinstance(ended, CallStateEvent) and ended.end_reason == "busy"
            assert call.state == "ended" and far.state == "ended"

    run(backend, body)
    [play] = sent(relay, "calling.play")
    assert play["play"] == [{"type": "tts", "params": {"text": "hello", "voice": "polly.Joey"}}]
    assert play["volume"] == 2.0 and play["control_id"] and play["node_id"]
    [digits] = sent(relay, "calling.send_digits")
    assert digits["digits"] == "1#" and digits["control_id"]  # one is made, as the official
    [connect] = sent(relay, "calling.connect")
    assert connect["tag"] == "c1" and "ringback" not in connect  # None is not sent
    [end] = sent(relay, "calling.end")
    assert end["reason"] == "busy" and end["call_id"] == play["call_id"]


def test_collect_reads_both_ways_and_record_gives_its_url(relay: FakeRelay, backend: str) -> None:
    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            call, far = await inbound(relay, client)
            collecting = await call.collect(digits={"max": 3}, control_id="mine")
            assert collecting.control_id == "mine"
            far.press("123#")
            got = await collecting.wait()
            assert isinstance(got, CollectEvent)
            # the wire's params.result.params.digits, and the reference's reading
            assert got.result["params"]["digits"] == "123" and got.digits == "123"
            assert got.type == "digit" and got.terminator == "#"
            recording = await call.record({"format": "mp3"}, beep=True)
            await recording.stop()
            done = await recording.wait()
            assert isinstance(done, RecordEvent) and done.url.endswith(".wav")

    run(backend, body)
    [record] = sent(relay, "calling.record")
    assert record["record"] == {"audio": {"format": "mp3"}} and record["beep"] is True
    [stop] = sent(relay, "calling.record.stop")
    assert stop["control_id"] == record["control_id"]


def test_an_action_fails_as_soon_as_its_call_ends(relay: FakeRelay, backend: str) -> None:
    # The official PlayAction/RecordAction.wait() waits forever here.
    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            call, far = await inbound(relay, client)
            recording = await call.record()
            far.hang_up(finish_actions=False)  # no terminal event for the recording
            with pytest.raises(CallEndedError):
                await recording.wait()
            with pytest.raises(CallEndedError):
                await call.wait_for(RecordEvent)
            late = await call.play_audio("https://example.test/a.wav")
            with pytest.raises(CallEndedError):
                await late.wait()

    run(backend, body)
    assert len(sent(relay, "calling.play")) == 0  # nothing is sent for an ended call


def test_async_with_stops_the_action_on_exit_cancellation_included(
    relay: FakeRelay, backend: str
) -> None:
    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            call, _ = await inbound(relay, client)
            async with call.record() as recording:
                assert isinstance(recording, RecordAction)
            with anyio.CancelScope() as scope:
                async with call.tap({"type": "audio"}, {"type": "rtp"}) as tapping:
                    scope.cancel()
                    await anyio.sleep_forever()
            assert (await tapping.wait()).params["state"] == "finished"

    run(backend, body)
    [record], [tap] = sent(relay, "calling.record"), sent(relay, "calling.tap")
    assert [s["control_id"] for s in sent(relay, "calling.record.stop")] == [record["control_id"]]
    assert [s["control_id"] for s in sent(relay, "calling.tap.stop")] == [tap["control_id"]]


def test_cancelling_a_start_after_it_left_sends_the_stop(relay: FakeRelay, backend: str) -> None:
    # The official client sends no play.stop: the server keeps playing.
    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            call, _ = await inbound(relay, client)
            relay.delay_reply("calling.record", 5.0)

            async with anyio.create_task_group() as tg:
                tg.start_soon(call.record)  # a coroutine, as the official method is
                await relay.wait_for(lambda: sent(relay, "calling.record"))
                tg.cancel_scope.cancel()

    run(backend, body)
    [record] = sent(relay, "calling.record")
    [stop] = sent(relay, "calling.record.stop")
    assert stop["control_id"] == record["control_id"]


def test_events_on_wait_for_and_iteration(relay: FakeRelay, backend: str) -> None:
    seen: list[str] = []

    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            call, far = await inbound(relay, client)
            call.on(PlayEvent, lambda e: seen.append(e.state))
            call.on("calling.call.state", lambda e: seen.append(e.call_state))
            states: list[str] = []

            async def follow() -> None:
                async for event in call.events(CallStateEvent):
                    states.append(event.call_state)

            async def ending() -> None:
                found = await call.wait_for(CallStateEvent, lambda e: e.call_state == "ending")
                assert found.end_reason == "hangup"

            async with anyio.create_task_group() as tg:
                tg.start_soon(follow)
                tg.start_soon(ending)
                await anyio.wait_all_tasks_blocked()  # both listen now
                await call.answer()
                await call.wait_for_answered()
                await (await call.play_silence(1)).wait()
                far.hang_up()
            assert states == ["answered", "ending", "ended"]
            await relay.wait_for(lambda: "ended" in seen)

    run(backend, body)
    assert seen == ["answered", "playing", "finished", "ending", "ended"]


def test_a_lost_client_fails_pending_actions(relay: FakeRelay, backend: str) -> None:
    async def body() -> None:
        client = client_for(relay, contexts=["office"])
        async with client:
            call, _ = await inbound(relay, client)
            recording = await call.record()
        with pytest.raises(RelayClosedError):
            await recording.wait()

    run(backend, body)


def test_calls_beyond_the_limit_are_passed_and_listener_errors_logged(
    relay: FakeRelay, backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    async def body() -> str:
        async with client_for(relay, contexts=["office"], max_active_calls=1) as client:
            call, far = await inbound(relay, client)

            def broken(event: Any) -> None:
                raise RuntimeError("listener bug")

            call.on(CallStateEvent, broken)
            second = relay.inbound_call("office")  # over the limit: passed, not dropped
            await relay.wait_for(lambda: sent(relay, "calling.pass"))
            await call.answer()
            await call.wait_for_answered()
            far.hang_up()
            await call.wait_for_ended()
            await relay.wait_for(lambda: "listener bug" in caplog.text)
            assert [p["call_id"] for p in sent(relay, "calling.pass")] == [second.call_id]
            return call.call_id

    call_id = run(backend, body)
    failures = [r for r in caplog.records if r.exc_info and "listener" in r.getMessage()]
    assert failures and call_id in failures[0].getMessage()


def test_a_new_session_fails_the_old_sessions_actions(relay: FakeRelay, backend: str) -> None:
    async def body() -> None:
        async with client_for(relay, contexts=["office"]) as client:
            call, _ = await inbound(relay, client)
            recording = await call.record()
            relay.restart()  # the server forgets the session: its calls are gone
            with pytest.raises(RelaySessionLostError):
                await recording.wait()
            assert call.ended

    run(backend, body)
