"""Fixtures shared by the async tests and the sync tests generated from them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx
from hypothesis import settings

from signalwire_async import _pairs

from .data import BASE
from .loopback import LoopbackServer, loopback_server
from .redis_server import RedisServer, redis_server

# No per-example deadline: CI machines are noisy, and speed is the benchmarks' business.
settings.register_profile("signalwire_async", deadline=None)
settings.load_profile("signalwire_async")


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine's proxy settings must not reach the loopback servers (clients read them)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """A mocked space: routes are relative to BASE, and every route must be called."""
    with respx.mock(base_url=BASE, using="httpx", assert_all_called=True) as router:
        yield router


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Replace the retry loop's sleep (async and sync) and record the delays instead."""
    delays: list[float] = []

    async def fake_asleep(seconds: float) -> None:
        delays.append(seconds)

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(_pairs, "asleep", fake_asleep)
    monkeypatch.setattr(_pairs, "sleep", fake_sleep)
    return delays


@pytest.fixture
def offline() -> Iterator[respx.MockRouter]:
    """A space with no routes: any request the code under test sends fails the test."""
    with respx.mock(base_url=BASE, using="httpx", assert_all_called=False) as router:
        yield router


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A real HTTP server on 127.0.0.1, for tests of the real transports."""
    with loopback_server() as running:
        yield running


@pytest.fixture
def elsewhere() -> Iterator[LoopbackServer]:
    """A second server (another origin): redirects point here; it must never be hit."""
    with loopback_server() as running:
        yield running


@pytest.fixture(scope="session")
def redis_session() -> Iterator[RedisServer]:
    """One real `redis-server` for the session (see tests/redis_server.py)."""
    with redis_server() as running:
        yield running


@pytest.fixture
def redis_db(redis_session: RedisServer) -> RedisServer:
    """The session's Redis, emptied for this test."""
    redis_session.flush()
    return redis_session
