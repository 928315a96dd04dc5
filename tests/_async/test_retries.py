"""The retry loop: safe failures are retried with backoff; writes are never replayed blindly."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
import respx

from signalwire_async import (
    AsyncRestClient,
    ConflictError,
    RateLimitError,
    ServerError,
    SignalWireRestTimeoutError,
    SignalWireRestTransportError,
)

from ..data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"


def make_client(max_retries: int = 2) -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, "example", max_retries=max_retries)


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_get_is_retried_on_transient_statuses(
    api: respx.MockRouter, sleeps: list[float], status: int
) -> None:
    route = api.get(ONE).mock(
        side_effect=[httpx.Response(status), httpx.Response(200, json=endpoint())]
    )
    async with make_client() as client:
        ep = await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert ep.id == ENDPOINT_ID
    assert route.call_count == 2
    assert len(sleeps) == 1 and 0.25 <= sleeps[0] <= 0.5


@pytest.mark.asyncio
async def test_get_is_retried_after_read_errors_and_gives_up_after_max_retries(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = api.get(ONE).mock(side_effect=httpx.ReadTimeout("slow"))
    async with make_client(max_retries=2) as client:
        with pytest.raises(SignalWireRestTimeoutError):
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert route.call_count == 3
    assert len(sleeps) == 2
    assert sleeps[1] > sleeps[0] / 2  # exponential: 0.25-0.5, then 0.5-1.0


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(500),
        httpx.Response(502),
        httpx.Response(504),
        httpx.Response(503),  # no Retry-After: the server does not say it skipped the request
        httpx.ReadTimeout("sent, no answer"),
        httpx.WriteTimeout("partly sent"),
        httpx.ReadError("reset after sending"),
        httpx.RemoteProtocolError("closed without response"),
    ],
)
async def test_post_that_may_have_arrived_is_never_replayed(
    api: respx.MockRouter, sleeps: list[float], failure: httpx.Response | Exception
) -> None:
    route = api.post(ENDPOINTS).mock(side_effect=[failure, httpx.Response(200, json=endpoint())])
    async with make_client() as client:
        with pytest.raises((ServerError, SignalWireRestTransportError)):
            await client.fabric.sip_endpoints.create(username="c3p0", password="s3cret-pw")
    assert route.call_count == 1
    assert sleeps == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("no connection"),
        httpx.PoolTimeout("no free connection"),
        httpx.Response(429),
        httpx.Response(503, headers={"Retry-After": "1"}),
    ],
)
async def test_post_that_certainly_did_not_arrive_is_retried(
    api: respx.MockRouter, sleeps: list[float], failure: httpx.Response | Exception
) -> None:
    route = api.post(ENDPOINTS).mock(side_effect=[failure, httpx.Response(200, json=endpoint())])
    async with make_client() as client:
        ep = await client.fabric.sip_endpoints.create(username="c3p0", password="s3cret-pw")
    assert ep.username == "c3p0"
    assert route.call_count == 2
    assert len(sleeps) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST"])
async def test_409_is_never_retried(
    api: respx.MockRouter, sleeps: list[float], method: str
) -> None:
    path = ENDPOINTS if method == "POST" else ONE
    route = api.route(method=method, path=path).respond(409, json={"error": "conflict"})
    async with make_client() as client:
        endpoints = client.fabric.sip_endpoints
        with pytest.raises(ConflictError):
            if method == "GET":
                await endpoints.get(ENDPOINT_ID)
            elif method == "PUT":
                await endpoints.update(ENDPOINT_ID, username="x")
            elif method == "DELETE":
                await endpoints.delete(ENDPOINT_ID)
            else:
                await endpoints.create(username="x", password="s3cret-pw")
    assert route.call_count == 1
    assert sleeps == []


@pytest.mark.asyncio
async def test_retry_after_seconds_is_honoured(api: respx.MockRouter, sleeps: list[float]) -> None:
    api.get(ONE).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "7"}),
            httpx.Response(200, json=endpoint()),
        ]
    )
    async with make_client() as client:
        await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert sleeps == [7.0]


@pytest.mark.asyncio
async def test_retry_after_http_date_is_honoured(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    api.get(ONE).mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": when}),
            httpx.Response(200, json=endpoint()),
        ]
    )
    async with make_client() as client:
        await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert len(sleeps) == 1 and 17 <= sleeps[0] <= 20


@pytest.mark.asyncio
async def test_a_retry_after_beyond_the_cap_raises_instead_of_sleeping(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = api.get(ONE).respond(429, headers={"Retry-After": "3600"})
    async with make_client() as client:
        with pytest.raises(RateLimitError) as caught:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert caught.value.retry_after == 3600.0
    assert route.call_count == 1
    assert sleeps == []


@pytest.mark.asyncio
async def test_max_retries_zero_view_does_not_retry(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = api.get(ONE).respond(503)
    async with make_client() as client:
        with pytest.raises(ServerError):
            await client.with_options(max_retries=0).fabric.sip_endpoints.get(ENDPOINT_ID)
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_each_attempt_is_a_fresh_identical_request(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = api.put(ONE).mock(
        side_effect=[httpx.Response(502), httpx.Response(200, json=endpoint())]
    )
    async with make_client() as client:
        await client.fabric.sip_endpoints.update(ENDPOINT_ID, caller_id="X")
    first, second = (call.request for call in route.calls)
    assert first.content == second.content == b'{"caller_id":"X"}'
    assert first.headers["authorization"] == second.headers["authorization"]


@pytest.mark.asyncio
async def test_a_429_holds_back_every_call_sharing_the_client(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    """One call is told to wait 5 s; the next call, through a view, waits that long too."""
    api.get(ONE).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "5"}),
            httpx.Response(200, json=endpoint()),
        ]
    )
    async with make_client(max_retries=0) as client:
        with pytest.raises(RateLimitError):
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
        assert sleeps == []  # no retries allowed: this call did not wait
        await client.with_options(max_retries=1).fabric.sip_endpoints.get(ENDPOINT_ID)
    assert len(sleeps) == 1 and 4.5 < sleeps[0] <= 5.0


@pytest.mark.asyncio
async def test_a_429_pause_is_not_slept_twice_by_the_call_that_got_it(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    api.get(ONE).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(200, json=endpoint()),
        ]
    )
    async with make_client() as client:
        await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert sleeps == [2.0]


@pytest.mark.asyncio
async def test_other_failures_do_not_pause_the_client(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    api.get(ONE).mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": "5"}), httpx.Response(200)]
    )
    api.get(f"{ENDPOINTS}/other").mock(return_value=httpx.Response(200, json=endpoint()))
    async with make_client(max_retries=0) as client:
        with pytest.raises(ServerError):
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
        await client.fabric.sip_endpoints.get("other")
    assert sleeps == []


@pytest.mark.asyncio
async def test_a_call_whose_deadline_ends_inside_the_clients_429_pause_is_not_sent(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    limited = api.get(ONE).respond(429, headers={"Retry-After": "30"})
    async with make_client(max_retries=0) as client:
        with pytest.raises(RateLimitError):
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)  # pauses the client for 30 s
        with pytest.raises(SignalWireRestTimeoutError, match="total_timeout of 1 s expired"):
            await client.fabric.sip_endpoints.get(ENDPOINT_ID, total_timeout=1.0)
    assert sleeps == []  # it did not wait out a pause longer than its deadline
    assert limited.call_count == 1


@pytest.mark.asyncio
async def test_stats_count_requests_retries_and_rate_limits_across_views(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    api.get(ONE).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "0"}),
            httpx.Response(503),
            httpx.Response(200, json=endpoint()),
        ]
    )
    api.post(ENDPOINTS).mock(return_value=httpx.Response(500))
    async with make_client() as client:
        await client.with_options(timeout=5).fabric.sip_endpoints.get(ENDPOINT_ID)
        with pytest.raises(ServerError):  # a POST's 500 is not replayed
            await client.fabric.sip_endpoints.create(username="u", password="pw")
        stats = client.stats
    assert (stats.requests, stats.retries, stats.rate_limited) == (4, 2, 1)
    assert "requests=4" in repr(stats)
