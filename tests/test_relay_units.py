"""RELAY's pure parts and edges: frames and results, the reconnect delays, the constructor's
resolution (arguments, environment, hosts), events, the queue's bound, a raw server that
misbehaves at the WebSocket level."""

from __future__ import annotations

import asyncio
import random
import threading
from collections.abc import Iterator

import anyio
import pytest
from aiohttp import WSMsgType, web

from signalwire_async.relay import (
    RelayAuthenticationError,
    RelayClient,
    RelayConnectionError,
    RelayError,
    RelayEvent,
    RelayQueueFullError,
    RelayTimeoutError,
    _wire,
)
from signalwire_async.relay._events import SEEN_EVENTS, Waiters
from signalwire_async.relay._settings import endpoint_for, resolve_max_active_calls, tls_context
from signalwire_async.testing import FakeRelay

from .relay_helpers import backend, client_for, relay, run

__all__ = ["backend", "relay"]  # fixtures


def test_outcomes_of_answer_frames() -> None:
    assert _wire.outcome("x", {"result": {"code": 200}}) == {"code": 200}
    assert _wire.outcome("x", {"result": {}}) == {}
    assert _wire.outcome("x", {"result": [1]}) == {"raw": [1]}
    assert _wire.outcome("signalwire.connect", {"result": {"code": "500"}}) == {"code": "500"}
    with pytest.raises(RelayError) as failed:
        _wire.outcome("x", {"result": {"code": "404", "message": "gone"}})
    assert (failed.value.code, failed.value.message) == (404, "gone")
    with pytest.raises(RelayError) as odd:
        _wire.outcome("x", {"result": {"code": "nope"}})
    assert odd.value.code == -1 and odd.value.message == "Unknown error"
    with pytest.raises(RelayError) as error:
        _wire.outcome("x", {"error": {"code": "404", "message": "gone"}})
    assert error.value.code == 404  # converted: a string code from an error frame counts too
    with pytest.raises(RelayError) as plain:
        _wire.outcome("x", {"error": "boom"})
    assert (plain.value.code, plain.value.message) == (-1, "boom")
    with pytest.raises(RelayAuthenticationError):
        _wire.outcome("signalwire.connect", {"error": {"code": -32002}})
    assert _wire.parse("not json") is None and _wire.parse("[1]") is None


def test_masking_and_reconnect_delays() -> None:
    frame = {
        "params": {"authentication": {"project": "p", "token": "t"}, "list": [{"jwt_token": "j"}]}
    }
    assert _wire.masked(frame) == {
        "params": {
            "authentication": {"project": "p", "token": "***"},
            "list": [{"jwt_token": "***"}],
        }
    }
    rng = random.Random(1)
    assert all(0 <= _wire.reconnect_delay(0, 1.0, 30.0, rng) <= 1.0 for _ in range(100))
    assert all(2.0 <= _wire.reconnect_delay(2, 1.0, 30.0, rng) <= 4.0 for _ in range(100))
    assert all(15.0 <= _wire.reconnect_delay(99, 1.0, 30.0, rng) <= 30.0 for _ in range(100))


def test_the_constructor_resolves_as_the_official_client(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_API_TOKEN", "SIGNALWIRE_JWT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("SIGNALWIRE_SPACE", raising=False)
    with pytest.raises(ValueError, match="SIGNALWIRE_PROJECT_ID"):
        RelayClient(token="t")
    with pytest.raises(ValueError, match="SIGNALWIRE_API_TOKEN"):
        RelayClient(project="p")
    assert RelayClient(jwt_token="j").jwt_token == "j"
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", "env-project")
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", "env-token")
    client = RelayClient("", None)
    assert (client.project, client.token, client.host) == (
        "env-project",
        "env-token",
        "relay.signalwire.com",
    )
    assert "env-token" not in repr(client) and "idle" in repr(client)
    with pytest.raises(ValueError, match="Invalid host"):
        RelayClient(host="user@relay.example.com")
    for bad in ({"request_timeout": 0}, {"ping_interval": True}, {"max_auth_attempts": 0}):
        with pytest.raises(ValueError):
            RelayClient(**bad)


def test_hosts_max_active_calls_and_tls(monkeypatch: pytest.MonkeyPatch) -> None:
    assert endpoint_for("relay.signalwire.com").url == "wss://relay.signalwire.com:443"
    assert endpoint_for("127.0.0.1:8090").url == "ws://127.0.0.1:8090"
    assert endpoint_for("[::1]:9").url == "ws://[::1]:9"
    assert endpoint_for("localhost").url == "ws://localhost:80"
    assert tls_context(endpoint_for("localhost")) is None
    assert tls_context(endpoint_for("example.signalwire.com")) is not None
    monkeypatch.setenv("RELAY_MAX_ACTIVE_CALLS", "7")
    assert resolve_max_active_calls(None) == 7
    monkeypatch.setenv("RELAY_MAX_ACTIVE_CALLS", "lots")
    assert resolve_max_active_calls(None) == 1000
    assert resolve_max_active_calls(0) == 1


def test_events_and_their_ids() -> None:
    event = RelayEvent.from_payload({"event_type": "a", "timestamp": 5, "params": {"call_id": "c"}})
    assert (event.call_id, event.timestamp) == ("c", 5.0)
    assert RelayEvent.from_payload({"params": "odd"}) == RelayEvent("", {})

    async def body() -> None:
        waiters = Waiters()
        assert waiters.first_time(None) and waiters.first_time("x") and not waiters.first_time("x")
        for n in range(SEEN_EVENTS):
            waiters.first_time(n)
        assert waiters.first_time("x")  # forgotten: only the last SEEN_EVENTS are kept
        key, events = waiters.open(lambda e: True)
        waiters.offer(event)
        waiters.close_all()
        assert [e async for e in events] == [event]
        waiters.close(key)
        waiters.close(key)

    anyio.run(body)


def test_requests_before_connect_queue_and_the_queue_is_bounded(
    relay: FakeRelay, backend: str
) -> None:
    async def body() -> None:
        client = client_for(relay, queue_limit=1)
        answers: list[dict[str, object]] = []

        async def early() -> None:
            answers.append(await client.execute("signalwire.ping", {}))

        async with anyio.create_task_group() as tg:
            tg.start_soon(early)
            await anyio.sleep(0.05)
            with pytest.raises(RelayQueueFullError):
                await client.execute("signalwire.ping", {})
            await client.connect()  # the queued request goes out after the login
            await relay.wait_for(lambda: answers)
            await client.disconnect()  # in the task (and scope) that connected
        with pytest.raises(RelayTimeoutError):
            await client_for(relay).execute("signalwire.ping", {}, timeout=0.05)

    run(backend, body)


@pytest.fixture
def rude_server() -> Iterator[str]:
    """A WebSocket server that pings, sends binary, then closes; or answers /bad with 404."""
    started = threading.Event()
    box: dict[str, object] = {}

    async def handler(request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                await ws.ping()
                await ws.send_bytes(b"binary")
                await ws.send_str("not json")
                await ws.close(code=4000, message=b"go away")
        return ws

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/", handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        box["port"] = runner.addresses[0][1]
        box["loop"], box["stop"] = asyncio.get_running_loop(), asyncio.Event()
        started.set()
        await box["stop"].wait()  # type: ignore[attr-defined]
        await runner.cleanup()

    thread = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    thread.start()
    started.wait()
    yield f"127.0.0.1:{box['port']}"
    box["loop"].call_soon_threadsafe(box["stop"].set)  # type: ignore[attr-defined]
    thread.join()


def test_a_server_that_closes_during_the_login(rude_server: str, backend: str) -> None:
    async def body() -> None:
        client = RelayClient("p", "t", host=rude_server)
        with pytest.raises(RelayConnectionError, match="4000"):
            await client.connect()
        with pytest.raises(RelayConnectionError, match="cannot connect"):
            await RelayClient("p", "t", host="127.0.0.1:1").connect()

    run(backend, body)
