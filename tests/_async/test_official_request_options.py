"""`request_options=`, the official SDK's per-call and client-wide options: timeout,
retries, retry_on_status, retry_backoff and abort_signal, as its object, ours or a mapping."""

from __future__ import annotations

import dataclasses
import threading
from typing import Any

import httpx
import pytest
import respx

from signalwire_async import (
    AsyncRestClient,
    RequestKeywords,
    RequestOptions,
    ServerError,
    SignalWireRestTransportError,
)

from ..data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"


@dataclasses.dataclass(frozen=True)
class OfficialShape:
    """What `signalwire.rest.RequestOptions` looks like: a dataclass with these fields."""

    timeout: float | None = None
    retries: int | None = None
    retry_on_status: frozenset[int] | None = None
    retry_backoff: float | None = None
    abort_signal: Any = None


def make_client(**settings: Any) -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, "example", **settings)


def failing(api: respx.MockRouter, status: int, times: int = 5) -> respx.Route:
    answers = [httpx.Response(status)] * times + [httpx.Response(200, json=endpoint())]
    return api.get(ONE).mock(side_effect=answers)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "options",
    [RequestOptions(retries=0), {"retries": 0}, OfficialShape(retries=0)],
    ids=["ours", "mapping", "official"],
)
async def test_retries_zero_sends_once(api: respx.MockRouter, options: Any) -> None:
    route = failing(api, 503)
    async with make_client() as client:
        with pytest.raises(ServerError):
            await client.fabric.sip_endpoints.get(ENDPOINT_ID, request_options=options)
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_retry_on_status_and_backoff_decide_the_retries(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = failing(api, 418, times=2)
    options = RequestOptions(retries=3, retry_on_status={418}, retry_backoff=2.0)
    async with make_client() as client:
        found = await client.fabric.sip_endpoints.get(ENDPOINT_ID, request_options=options)
    assert found.id == ENDPOINT_ID
    assert route.call_count == 3
    assert 1.0 <= sleeps[0] <= 2.0 and 2.0 <= sleeps[1] <= 4.0


@pytest.mark.asyncio
async def test_a_status_not_listed_is_not_retried(api: respx.MockRouter) -> None:
    route = failing(api, 500)
    async with make_client() as client:
        with pytest.raises(ServerError):
            await client.fabric.sip_endpoints.get(
                ENDPOINT_ID, request_options={"retry_on_status": {429}}
            )
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_timeout_is_the_per_attempt_timeout(api: respx.MockRouter) -> None:
    route = api.get(ONE).respond(json=endpoint())
    async with make_client() as client:
        await client.fabric.sip_endpoints.get(ENDPOINT_ID, request_options={"timeout": 4})
    phases = route.calls.last.request.extensions["timeout"]
    assert {phases[p] for p in ("connect", "read", "write", "pool")} == {4.0}


@pytest.mark.asyncio
async def test_a_set_abort_signal_sends_nothing(offline: respx.MockRouter) -> None:
    signal = threading.Event()
    signal.set()
    async with make_client() as client:
        with pytest.raises(SignalWireRestTransportError, match="abort_signal"):
            await client.fabric.sip_endpoints.get(
                ENDPOINT_ID, request_options=RequestOptions(abort_signal=signal)
            )
        with pytest.raises(SignalWireRestTransportError, match="abort_signal"):
            await client.fabric.sip_endpoints.create(
                username="u", password="p", request_options={"abort_signal": signal}
            )
    assert offline.calls.call_count == 0


@pytest.mark.asyncio
async def test_the_clients_options_hold_unless_a_call_says_otherwise(
    api: respx.MockRouter,
) -> None:
    route = failing(api, 503, times=10)
    defaults = OfficialShape(retries=0, timeout=7.0, retry_backoff=0.0)
    async with make_client(request_options=defaults) as client:
        with pytest.raises(ServerError):
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
        assert route.call_count == 1
        assert route.calls.last.request.extensions["timeout"]["read"] == 7.0
        with pytest.raises(ServerError):
            await client.fabric.sip_endpoints.get(ENDPOINT_ID, request_options={"retries": 2})
    assert route.call_count == 4


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ({"retires": 1}, TypeError),
        ("fast", TypeError),
        ({"retries": -1}, ValueError),
        ({"timeout": "5"}, TypeError),
        ({"retry_on_status": ["500"]}, TypeError),
        ({"abort_signal": object()}, TypeError),
    ],
)
def test_bad_request_options_fail_before_sending(value: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        make_client(request_options=value)


def test_request_options_merge_field_by_field() -> None:
    base = RequestOptions(timeout=5, retries=1)
    merged = base.merge(RequestOptions(retries=3))
    assert merged == RequestOptions(timeout=5.0, retries=3)
    assert base.merge(None) is base


def test_our_keyword_options_keep_their_typed_dict() -> None:
    options: RequestKeywords = {"extra_query": {"a": "1"}, "request_options": {"retries": 1}}
    assert set(options) <= set(RequestKeywords.__optional_keys__)


@pytest.mark.asyncio
async def test_an_empty_retry_on_status_retries_no_status(api: respx.MockRouter) -> None:
    route = failing(api, 503)
    async with make_client(request_options={"retry_on_status": {503}}) as client:
        with pytest.raises(ServerError):
            await client.fabric.sip_endpoints.get(
                ENDPOINT_ID, request_options={"retry_on_status": set(), "retries": 3}
            )
    assert route.call_count == 1
