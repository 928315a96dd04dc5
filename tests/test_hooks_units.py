"""Client hooks under trio (httpcore's pool), and what `hooks=` accepts; the rest of the
hook tests are tests/_async/test_hooks.py (asyncio, and the sync twin)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import trio

from signalwire_async import AsyncRestClient, RestClient
from signalwire_async.hooks import CallInfo, ClientHooks
from signalwire_async.testing import FakeSpace

from ._async.test_hooks import run_every_attempt_reported, run_failures_reported


@pytest.fixture
def served() -> Iterator[tuple[FakeSpace, str]]:
    space = FakeSpace()
    with space.serve() as running:
        yield space, running.host


def test_every_attempt_is_reported_under_trio(
    served: tuple[FakeSpace, str], sleeps: list[float]
) -> None:
    trio.run(run_every_attempt_reported, *served)
    assert len(sleeps) == 1


def test_failures_are_reported_under_trio(
    served: tuple[FakeSpace, str], sleeps: list[float]
) -> None:
    trio.run(run_failures_reported, *served)


@pytest.mark.parametrize("client_type", [AsyncRestClient, RestClient])
def test_hooks_are_checked_when_the_client_is_made(client_type: type[RestClient]) -> None:
    async def coroutine(call: CallInfo) -> None:
        pass  # pragma: no cover - refused

    def make(hooks: object) -> RestClient:
        return client_type("p", "t", "example", hooks=hooks)  # type: ignore[arg-type]

    with pytest.raises(TypeError, match="plain function"):
        make(ClientHooks(on_call_start=coroutine))
    with pytest.raises(TypeError, match="ClientHooks"):
        make([print])
    with pytest.raises(TypeError, match="ClientHooks"):
        make(print)
    with pytest.raises(TypeError, match="ClientHooks"):
        make("hooks")
    with pytest.raises(TypeError, match="callable"):
        make(ClientHooks(on_request=42))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="ClientHooks"):
        make(ClientHooks()).with_options(hooks=[object()])  # type: ignore[list-item]
