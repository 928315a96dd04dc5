"""FakeRelay itself: the events a call emits in order, the scripting API, messaging, JWT
logins, the served command, and the pytest fixtures."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import anyio
import pytest

from signalwire_async.relay import RelayAuthenticationError, RelayClient, RelayError
from signalwire_async.testing import FakeRelay

from .relay_helpers import backend, client_for, node, relay, run

__all__ = ["backend", "relay"]  # fixtures

pytest_plugins = ["pytester"]


def events(relay: FakeRelay, call_id: str) -> list[tuple[str | None, Any]]:
    """(event_type, state) of the events the fake sent for one call, in order."""
    found = []
    for frame in relay.journal.frames("signalwire.event", "sent"):
        params = frame.message["params"]["params"]
        if params.get("call_id") == call_id:
            state = params.get("call_state") or params.get("state") or params.get("result")
            found.append((frame.event_type, state))
    return found


def test_a_call_answered_played_collected_and_hung_up(relay: FakeRelay, backend: str) -> None:
    async def body() -> str:
        async with client_for(relay, contexts=["office"]) as client:
            call = relay.inbound_call("office")
            ids = node(call.call_id)
            await client.execute("calling.answer", ids)
            await client.execute("calling.play", {**ids, "control_id": "p1", "play": []})
            collect = await client.execute("calling.collect", {**ids, "digits": {"max": 2}})
            call.press("12#")
            record = await client.execute("calling.record", {**ids, "record": {"audio": {}}})
            stopped = await client.execute(
                "calling.record.stop", {**ids, "control_id": record["control_id"]}
            )
            assert collect["control_id"] and stopped["code"] == "200"
            await client.execute("calling.tap", {**ids, "control_id": "t1"})
            call.hang_up()
            await relay.wait_for(lambda: call.state == "ended")
            return call.call_id

    call_id = run(backend, body)
    assert events(relay, call_id) == [
        ("calling.call.receive", "ringing"),
        ("calling.call.state", "answered"),
        ("calling.call.play", "playing"),
        ("calling.call.play", "finished"),
        ("calling.call.collect", "collecting"),
        ("calling.call.collect", {"type": "digit", "params": {"digits": "12", "terminator": "#"}}),
        ("calling.call.record", "recording"),
        ("calling.call.record", "finished"),
        ("calling.call.tap", "tapping"),
        ("calling.call.tap", "finished"),  # running actions finish before the call ends
        ("calling.call.state", "ending"),
        ("calling.call.state", "ended"),
    ]


def test_dial_machine_detection_and_connect(relay: FakeRelay, backend: str) -> None:
    device = [[{"type": "phone", "params": {"to_number": "+15550009", "from_number": "+1"}}]]
    relay.dial_outcome("+15550009", "machine")

    async def body() -> None:
        async with client_for(relay) as client:
            answered = await client.dial(device)
            ids = node(answered.call_id)
            await client.execute("calling.detect", {**ids, "detect": {"type": "machine"}})
            await client.execute("calling.connect", {**ids, "devices": device})
            with pytest.raises(RelayError) as no_action:
                await client.execute("calling.play.stop", {**ids, "control_id": "none"})
            assert no_action.value.code == 404

    run(backend, body)
    detects = [
        f.message["params"]["params"]
        for f in relay.journal.frames("signalwire.event", "sent")
        if f.event_type == "calling.call.detect" and "detect" in f.message["params"]["params"]
    ]
    assert detects[0]["detect"] == {"type": "machine", "params": {"event": "MACHINE"}}
    connects = [
        f.message["params"]["params"]["connect_state"]
        for f in relay.journal.frames("signalwire.event", "sent")
        if f.event_type == "calling.call.connect"
    ]
    assert connects == ["connecting", "connected"]


def test_messages_go_queued_sent_then_their_outcome(relay: FakeRelay, backend: str) -> None:
    relay.message_outcome("+15550404", "undelivered")

    def states() -> list[tuple[str, str | None]]:
        return [
            (p["message_state"], p.get("reason"))
            for f in relay.journal.frames("signalwire.event", "sent")
            if f.event_type == "messaging.state"
            for p in [f.message["params"]["params"]]
        ]

    async def body() -> None:
        async with client_for(relay) as client:
            await client.send_message(to_number="+15550404", from_number="+1", body="x")
            await relay.wait_for(lambda: len(states()) == 3)

    run(backend, body)
    assert states() == [("queued", None), ("sent", None), ("undelivered", "fake: undelivered")]


@pytest.mark.parametrize("jwt", ["good-jwt", "bad-jwt"])
def test_jwt_logins(jwt: str) -> None:
    with FakeRelay(jwt_tokens=("good-jwt",)) as relay:

        async def body() -> None:
            client = RelayClient(jwt_token=jwt, host=relay.host)
            async with client:
                assert client.relay_protocol

        if jwt == "good-jwt":
            anyio.run(body)
        else:
            with pytest.raises(RelayAuthenticationError):
                anyio.run(body)
        [login] = relay.journal.frames("signalwire.connect")
        assert login.message["params"]["authentication"] == {"jwt_token": jwt}


def test_the_relay_command_serves_on_loopback() -> None:
    command = [sys.executable, "-m", "signalwire_async.testing", "relay", "--port", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as served:
        assert served.stdout is not None
        try:
            first = served.stdout.readline()
            host = first.strip().rsplit("//", 1)[1]

            async def body() -> None:
                async with RelayClient("test-project", "test-token", host=host) as client:
                    assert (await client.execute("signalwire.ping", {}))["timestamp"]

            anyio.run(body)
        finally:
            served.terminate()


def test_the_pytest_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makeconftest('pytest_plugins = ["signalwire_async.testing.pytest_plugin"]')
    pytester.makepyfile(
        """
        import anyio
        import pytest

        @pytest.mark.relay_client(contexts=["office"])
        def test_it(fake_relay, relay_client):
            async def body():
                async with relay_client:
                    assert fake_relay.sessions()
                    assert set(fake_relay.sessions().values()) == {frozenset({"office"})}
            anyio.run(body)
        """
    )
    assert pytester.runpytest_subprocess("-p", "no:cacheprovider").ret == 0
