"""Shared by the RELAY tests: a fake server per test, clients with quick reconnects, and a
runner for async test bodies under asyncio and trio (anyio.run, as the house does)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import anyio
import pytest

from signalwire_async.relay import RelayClient
from signalwire_async.testing import FakeRelay

BACKENDS = ["asyncio", "trio"]
FAST = {"reconnect_delay": 0.02, "reconnect_max_delay": 0.2}


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def relay() -> Iterator[FakeRelay]:
    with FakeRelay() as running:
        yield running


def client_for(relay: FakeRelay, **options: Any) -> RelayClient:
    return relay.client(**{**FAST, **options})


def run(backend: str, body: Callable[[], Awaitable[Any]]) -> Any:
    return anyio.run(body, backend=backend)


def node(call_id: str) -> dict[str, str]:
    return {"node_id": "fake-node-0001", "call_id": call_id}


def tasks_now() -> int:
    """Tasks alive in this event loop (asyncio or trio), this one included."""
    return len(anyio.get_running_tasks())
