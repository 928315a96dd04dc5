"""Client hooks: every call and every attempt reported, on the real transports (the
aiohttp pool under asyncio here, httpcore under trio in tests/test_hooks_trio.py, httpcore
in the sync twin), with a redacted view; a hook that raises never fails a call.

`run_*` are plain so that tests/test_hooks_trio.py runs them under trio."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from signalwire_async import AsyncRestClient, NotFoundError, SignalWireRestTransportError
from signalwire_async._async._request_loop import AsyncRequester
from signalwire_async.hooks import (
    AttemptRequest,
    AttemptResponse,
    CallEnd,
    CallInfo,
    ClientHooks,
)
from signalwire_async.testing import FakeSpace

ONE = "/api/fabric/resources/sip_endpoints/{id}"
MANY = "/api/fabric/resources/sip_endpoints"


class Recorder(ClientHooks):
    """Every event, in order, as (kind, event)."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, Any]] = []

    def on_call_start(self, call: CallInfo) -> None:
        self.events.append(("start", call))

    def on_request(self, request: AttemptRequest) -> None:
        self.events.append(("request", request))

    def on_response(self, response: AttemptResponse) -> None:
        self.events.append(("response", response))

    def on_call_end(self, end: CallEnd) -> None:
        self.events.append(("end", end))

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]

    def of(self, kind: str) -> list[Any]:
        return [event for k, event in self.events if k == kind]


@pytest.fixture
def served() -> Iterator[tuple[FakeSpace, str]]:
    """A fake space on loopback: the client's real transport carries the requests."""
    space = FakeSpace()
    with space.serve() as running:
        yield space, running.host


def client_for(space: FakeSpace, host: str, **options: Any) -> AsyncRestClient:
    return AsyncRestClient(space.project, space.token, host, **options)


async def run_every_attempt_reported(space: FakeSpace, host: str) -> Recorder:
    """A get answered 503 then 200: one call, two attempts, each with its events."""
    hooks = Recorder()
    async with client_for(space, host, hooks=hooks) as client:
        made = await client.fabric.sip_endpoints.create(
            username="hooked", password="Secret-pass-1", caller_id="hooked"
        )
        space.fail_next(operation="fabric.sip_endpoints.get", status=503)
        await client.fabric.sip_endpoints.get(made.id)
    create = ["start", "request", "response", "end"]
    get = ["start", "request", "response", "request", "response", "end"]
    assert hooks.kinds() == create + get
    call = hooks.of("start")[1]
    assert (call.operation, call.method, call.url_template) == (
        "fabric.sip_endpoints.get",
        "GET",
        ONE,
    )
    assert call.url == f"http://{host}{MANY}/{made.id}"
    first, second = hooks.of("request")[1:]
    assert (first.attempt, second.attempt) == (1, 2)
    assert first.call is call and second.call is call
    assert first.url == call.url and first.method == "GET"
    assert first.headers["authorization"] == "[redacted]"
    answers = hooks.of("response")[1:]
    assert [(a.attempt, a.status_code, a.error) for a in answers] == [
        (1, 503, None),
        (2, 200, None),
    ]
    assert all(a.elapsed >= 0 and a.call is call for a in answers)
    assert "x-request-id" in answers[1].headers
    end = hooks.of("end")[1]
    assert (end.call, end.status_code, end.retries, end.error) == (call, 200, 1, None)
    assert end.elapsed >= answers[1].elapsed
    created = hooks.of("end")[0]
    assert (created.call.operation, created.call.method, created.retries) == (
        "fabric.sip_endpoints.create",
        "POST",
        0,
    )
    return hooks


@pytest.mark.asyncio
async def test_every_attempt_is_reported_on_the_real_transport(
    served: tuple[FakeSpace, str], sleeps: list[float]
) -> None:
    await run_every_attempt_reported(*served)
    assert len(sleeps) == 1


async def run_failures_reported(space: FakeSpace, host: str) -> Recorder:
    """A dropped connection (no response), then a 404 for good; a failed call's error."""
    hooks = Recorder()
    async with client_for(space, host, hooks=hooks) as client:
        space.fail_next(operation="fabric.sip_endpoints.get", drop=True)
        with pytest.raises(NotFoundError) as caught:
            await client.fabric.sip_endpoints.get("8a1b9bde-1d57-4fb6-a3e7-2c1e07d3c5a1")
    dropped, missing = hooks.of("response")
    assert dropped.status_code is None and dropped.error and not dropped.headers
    assert (missing.status_code, missing.error) == (404, None)
    end = hooks.of("end")[0]
    assert (end.status_code, end.retries, end.error) == (404, 1, caught.value)
    return hooks


@pytest.mark.asyncio
async def test_failures_are_reported(served: tuple[FakeSpace, str], sleeps: list[float]) -> None:
    await run_failures_reported(*served)


@pytest.mark.asyncio
async def test_a_call_that_fails_for_good_without_an_answer(
    served: tuple[FakeSpace, str], sleeps: list[float]
) -> None:
    space, host = served
    hooks = Recorder()
    async with client_for(space, host, hooks=hooks, max_retries=1) as client:
        for _ in range(2):
            space.fail_next(operation="fabric.sip_endpoints.list", drop=True)
        with pytest.raises(SignalWireRestTransportError) as caught:
            await client.fabric.sip_endpoints.list().first_page()
    assert [r.status_code for r in hooks.of("response")] == [None, None]
    end = hooks.of("end")[0]
    assert (end.status_code, end.retries, end.error) == (None, 1, caught.value)


@pytest.mark.asyncio
async def test_each_page_is_a_call_of_the_list_operation(
    served: tuple[FakeSpace, str],
) -> None:
    space, host = served
    for n in range(3):
        space.add(MANY, username=f"paged{n}")
    hooks = Recorder()
    async with client_for(space, host, hooks=hooks) as client:
        found = [e async for e in client.fabric.sip_endpoints.list(page_size=2)]
    assert len(found) == 3
    calls = hooks.of("start")
    assert [c.operation for c in calls] == ["fabric.sip_endpoints.list"] * 2
    assert {c.url_template for c in calls} == {MANY}
    # the next page's URL is the space's link, its query as sent
    assert "page_size=2" in hooks.of("request")[0].url


@pytest.mark.asyncio
async def test_the_raw_request_is_a_call_named_request(served: tuple[FakeSpace, str]) -> None:
    space, host = served
    hooks = Recorder()
    async with client_for(space, host, hooks=hooks) as client:
        await client.request("GET", MANY, params={"page_size": 1})
    call = hooks.of("start")[0]
    assert (call.operation, call.method, call.url_template) == ("request", "GET", None)
    assert call.url == f"http://{host}{MANY}"
    assert hooks.of("request")[0].url == f"http://{host}{MANY}?page_size=1"


@pytest.mark.asyncio
async def test_no_credential_reaches_a_hook(served: tuple[FakeSpace, str]) -> None:
    space, host = served
    subscriber = space.issue_subscriber_token()
    hooks = Recorder()
    async with client_for(space, host, hooks=hooks) as client:
        await client.fabric.sip_endpoints.create(
            username="quiet", password="Never-shown-9", caller_id="quiet"
        )
        await client.fabric.addresses.list(subscriber_token=subscriber).first_page()
    assert hooks.of("request")[1].headers["authorization"] == "[redacted]"
    starts = [attrs.asdict(call) for call in hooks.of("start")]  # its repr is short
    seen = repr(hooks.events) + repr(starts)
    for secret in (space.token, subscriber, "Never-shown-9"):
        assert secret not in seen


class Broken(ClientHooks):
    def on_call_start(self, call: CallInfo) -> None:
        raise RuntimeError("broken start")

    def on_response(self, response: AttemptResponse) -> None:
        raise RuntimeError("broken response")

    def on_call_end(self, end: CallEnd) -> None:
        raise RuntimeError("broken end")


@pytest.mark.asyncio
async def test_a_hook_that_raises_is_logged_and_the_call_goes_on(
    served: tuple[FakeSpace, str], caplog: pytest.LogCaptureFixture
) -> None:
    space, host = served
    after = Recorder()
    with caplog.at_level(logging.WARNING, logger="signalwire_async"):
        async with client_for(space, host, hooks=[Broken(), after]) as client:
            made = await client.fabric.sip_endpoints.create(
                username="sturdy", password="Sturdy-pass-1", caller_id="sturdy"
            )
            assert (await client.fabric.sip_endpoints.get(made.id)).id == made.id
    # the hooks after the broken one still see everything
    assert after.kinds() == ["start", "request", "response", "end"] * 2
    raised = [r for r in caplog.records if "raised; the call goes on" in r.getMessage()]
    assert len(raised) == 6 and all(r.levelno == logging.WARNING for r in raised)
    assert "Broken.on_response" in raised[1].getMessage()
    assert len([r for r in space.requests if r.method == "POST"]) == 1  # sent once


def test_without_hooks_the_plain_request_loop_runs() -> None:
    """What keeps a client without hooks at the same cost: nothing of the hooks is there."""
    nothing: list[ClientHooks] = []
    for hooks in (None, nothing):
        client = AsyncRestClient("p", "t", "example", hooks=hooks)
        assert type(client._requester) is AsyncRequester
        assert type(client.with_options(max_retries=0)._requester) is AsyncRequester
    # a hook object overriding nothing calls nothing either: its events are empty
    quiet = AsyncRestClient("p", "t", "example", hooks=ClientHooks())
    assert quiet._hooks is not None and not quiet._hooks.on_request


@pytest.mark.asyncio
async def test_views_keep_replace_or_drop_the_hooks(served: tuple[FakeSpace, str]) -> None:
    space, host = served
    root, other = Recorder(), Recorder()
    async with client_for(space, host, hooks=root) as client:
        await client.with_options(max_retries=0).fabric.sip_endpoints.list().first_page()
        await client.with_options(hooks=other).fabric.sip_endpoints.list().first_page()
        await client.with_options(hooks=None).fabric.sip_endpoints.list().first_page()
    assert len(root.of("end")) == 1 and len(other.of("end")) == 1


@pytest.mark.asyncio
async def test_plain_functions_as_hooks(served: tuple[FakeSpace, str]) -> None:
    space, host = served
    statuses: list[int | None] = []
    hooks = ClientHooks(on_response=lambda response: statuses.append(response.status_code))
    async with client_for(space, host, hooks=hooks) as client:
        await client.fabric.sip_endpoints.list().first_page()
    assert statuses == [200]
