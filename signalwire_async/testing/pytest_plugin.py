"""Pytest fixtures for testing code against a fake SignalWire space.

Opt in from a `conftest.py` (nothing loads unless you do):

    pytest_plugins = ["signalwire_async.testing.pytest_plugin"]

* `fake_space`: a fresh, empty `FakeSpace` for the test;
* `fake_async_client` / `fake_client`: an `AsyncRestClient` / `RestClient` talking to it
  in process (no sockets);
* `fake_space_server`: the same space served on loopback (`served.host`, `served.url`);
* `fake_space_env`: the served space in `$SIGNALWIRE_PROJECT_ID`, `$SIGNALWIRE_API_TOKEN`
  and `$SIGNALWIRE_SPACE`, for code that builds its own client from the environment.

`@pytest.mark.fake_space(faults=Faults(...), project=..., token=...)` configures the space.

RELAY:

* `fake_relay`: a `FakeRelay` server on loopback, running for the test;
* `relay_client`: a `RelayClient` for it (not connected: `async with relay_client:` under
  the test's event loop), with short reconnect delays.

`@pytest.mark.fake_relay(project=..., token=..., jwt_tokens=(...))` configures the server;
`@pytest.mark.relay_client(contexts=[...], ...)` the client's constructor arguments.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from ._relay import FakeRelay
from ._space import FakeSpace

if TYPE_CHECKING:
    from .._async._client import AsyncRestClient
    from .._sync._client import RestClient
    from ..relay import RelayClient
    from ._server import ServedSpace


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "fake_space(faults=None, project=..., token=...): configure the fake SignalWire space",
    )
    config.addinivalue_line(
        "markers", "fake_relay(project=..., token=..., jwt_tokens=()): configure the fake RELAY"
    )
    config.addinivalue_line(
        "markers", "relay_client(**options): RelayClient arguments for the relay_client fixture"
    )


@pytest.fixture
def fake_space(request: pytest.FixtureRequest) -> FakeSpace:
    """A fresh, empty fake space (configured by `@pytest.mark.fake_space(...)`)."""
    marker = request.node.get_closest_marker("fake_space")
    options: dict[str, Any] = dict(marker.kwargs) if marker else {}
    return FakeSpace(**options)


@pytest.fixture
def fake_async_client(fake_space: FakeSpace) -> AsyncRestClient:
    """An `AsyncRestClient` for `fake_space`, in process. It holds no sockets, so a test
    need not close it."""
    return fake_space.async_client()


@pytest.fixture
def fake_client(fake_space: FakeSpace) -> Iterator[RestClient]:
    """A `RestClient` for `fake_space`, in process."""
    with fake_space.client() as client:
        yield client


@pytest.fixture
def fake_space_server(fake_space: FakeSpace) -> Iterator[ServedSpace[FakeSpace]]:
    """`fake_space` over HTTP on 127.0.0.1 (a free port) for the test."""
    with fake_space.serve() as served:
        yield served


@pytest.fixture
def fake_space_env(
    fake_space_server: ServedSpace[FakeSpace], monkeypatch: pytest.MonkeyPatch
) -> ServedSpace[FakeSpace]:
    """The served fake space, named by the `SIGNALWIRE_*` variables clients read."""
    space = fake_space_server.space
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", space.project)
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", space.token)
    monkeypatch.setenv("SIGNALWIRE_SPACE", fake_space_server.host)
    return fake_space_server


@pytest.fixture
def fake_relay(request: pytest.FixtureRequest) -> Iterator[FakeRelay]:
    """A fake RELAY server on 127.0.0.1 (a free port) for the test."""
    marker = request.node.get_closest_marker("fake_relay")
    options: dict[str, Any] = dict(marker.kwargs) if marker else {}
    with FakeRelay(**options) as relay:
        yield relay


@pytest.fixture
def relay_client(request: pytest.FixtureRequest, fake_relay: FakeRelay) -> RelayClient:
    """A `RelayClient` for `fake_relay`, not connected yet; reconnects come quickly."""
    marker = request.node.get_closest_marker("relay_client")
    options: dict[str, Any] = {"reconnect_delay": 0.05, "reconnect_max_delay": 0.5}
    options.update(marker.kwargs if marker else {})
    return fake_relay.client(**options)
