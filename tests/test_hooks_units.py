"""Client hooks under trio (httpcore's pool), and what `hooks=` accepts; the rest of the
hook tests are tests/_async/test_hooks.py (asyncio, and the sync twin)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
import trio

from signalwire_async import AsyncRestClient, RestClient, SignalWireRestError
from signalwire_async.hooks import CallInfo, ClientHooks
from signalwire_async.testing import FakeSpace, Faults

from ._async.test_credentials import frame_locals_holding
from ._async.test_hooks import Recorder, run_every_attempt_reported, run_failures_reported


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


def test_a_cancelled_call_ends_once_and_its_late_answer_is_not_reported(
    served: tuple[FakeSpace, str],
) -> None:
    """Under asyncio a request whose caller is cancelled finishes in the background: the
    call has ended for the hooks, and its answer arriving later reports nothing more."""
    space, host = served
    space.faults = Faults(latency=0.3)
    hooks = Recorder()

    async def main() -> None:
        sent = asyncio.Event()
        watch = ClientHooks(on_request=lambda request: sent.set())
        async with AsyncRestClient(
            space.project, space.token, host, hooks=[hooks, watch]
        ) as client:
            task = asyncio.ensure_future(client.fabric.sip_endpoints.list().first_page())
            await sent.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await asyncio.sleep(0.5)  # the abandoned request's answer has come by now

    asyncio.run(main())
    assert hooks.kinds() == ["start", "request", "end"]
    end = hooks.of("end")[0]
    assert isinstance(end.error, asyncio.CancelledError) and end.status_code is None


def test_no_frame_of_a_failed_hooked_subscriber_call_holds_the_token(
    served: tuple[FakeSpace, str],
) -> None:
    space, host = served
    subscriber = space.issue_subscriber_token()
    with RestClient(space.project, space.token, host, hooks=Recorder(), max_retries=0) as c:
        space.fail_next(operation="fabric.addresses.list", status=500)
        with pytest.raises(SignalWireRestError) as caught:
            c.fabric.addresses.list(subscriber_token=subscriber).first_page()
    assert frame_locals_holding(caught.value, subscriber) == []
    assert frame_locals_holding(caught.value, space.token) == []


def test_hooks_see_urls_and_headers_without_credentials() -> None:
    from signalwire_async._hooks import redacted_headers, redacted_url

    url = httpx.URL("https://user:pw@example.signalwire.com/api/x?page_size=1")
    assert redacted_url(url) == "https://example.signalwire.com/api/x?page_size=1"
    headers = httpx.Headers(
        {"Authorization": "Basic cDp0", "Proxy-Authorization": "Basic eDp5", "Accept": "*/*"}
    )
    assert redacted_headers(headers) == {
        "authorization": "[redacted]",
        "proxy-authorization": "[redacted]",
        "accept": "*/*",
    }
