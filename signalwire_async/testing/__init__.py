"""A fake SignalWire space for testing code built on this client: in memory, stateful,
and built from the same declarations as the client, so it serves every operation the
client has.

    from signalwire_async.testing import FakeSpace

    space = FakeSpace()
    async with space.async_client() as client:  # in process: no sockets
        ep = await client.fabric.sip_endpoints.create(username="alice", password="pw")

    with FakeSpace().serve() as served:          # real HTTP on loopback
        client = AsyncRestClient("test-project", "test-token", served.host)

`FakeRelay` is a RELAY server on loopback (WebSocket, in a thread of its own) for code
built on `signalwire_async.relay.RelayClient`:

    with FakeRelay() as relay:
        async with relay.client(contexts=["office"]) as client:
            relay.inbound_call("office").press("1")

Or from a shell: `python -m signalwire_async.testing serve --port 8089` (REST) and
`python -m signalwire_async.testing relay --port 8090` (RELAY). Pytest fixtures:
add `pytest_plugins = ["signalwire_async.testing.pytest_plugin"]` to a `conftest.py`.
"""

from ._faults import FaultCounts, Faults
from ._relay import FakeCall, FakeRelay
from ._relay_calls import ScriptedCaller
from ._relay_journal import Ack, Frame
from ._replies import Reply
from ._requests import RecordedRequest
from ._space import DEFAULT_PROJECT, DEFAULT_TOKEN, FakeSpace

__all__ = [
    "Ack",
    "DEFAULT_PROJECT",
    "DEFAULT_TOKEN",
    "FakeCall",
    "FakeRelay",
    "FakeSpace",
    "FaultCounts",
    "Faults",
    "Frame",
    "RecordedRequest",
    "Reply",
    "ScriptedCaller",
]
