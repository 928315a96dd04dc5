"""End to end over real sockets: the transports, not a mock, against a loopback server."""

from __future__ import annotations

import socket

import pytest

from signalwire_async import (
    AsyncRestClient,
    NotFoundError,
    SignalWireRestTimeoutError,
    SignalWireRestTransportError,
    UnprocessableEntityError,
)

from ..data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint, page
from ..loopback import Handler, LoopbackServer

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"


def client_for(server: LoopbackServer, **options: float) -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, server.host, **options)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_round_trips_over_real_sockets(server: LoopbackServer) -> None:
    server.json("GET", ONE, 200, endpoint())
    server.json("GET", ENDPOINTS, 200, page([endpoint(id="a"), endpoint(id="b")]))
    server.json("POST", ENDPOINTS, 200, endpoint(username="new"))
    server.json("DELETE", ONE, 204, {})
    server.json("PUT", ONE, 422, {"errors": [{"message": "is taken", "attribute": "username"}]})
    async with client_for(server) as client:
        endpoints = client.fabric.sip_endpoints
        assert (await endpoints.get(ENDPOINT_ID)).username == "c3p0"
        assert [ep.id async for ep in endpoints.list()] == ["a", "b"]
        assert (await endpoints.create(username="new", password="s3cret-pw")).username == "new"
        await endpoints.delete(ENDPOINT_ID)
        with pytest.raises(UnprocessableEntityError, match="username: is taken"):
            await endpoints.update(ENDPOINT_ID, username="taken")
        with pytest.raises(NotFoundError):
            await endpoints.get("missing")
    assert server.hits[("GET", ONE)] == 1
    assert all(a.startswith("Basic ") for a in server.authorizations)


@pytest.mark.asyncio
async def test_many_calls_reuse_the_pool(server: LoopbackServer) -> None:
    server.json("GET", ONE, 200, endpoint())
    async with client_for(server) as client:
        for _ in range(50):
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert server.hits[("GET", ONE)] == 50


@pytest.mark.asyncio
async def test_a_refused_connection_is_a_transport_error_and_post_is_retried(
    sleeps: list[float],
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with AsyncRestClient(PROJECT, TOKEN, f"127.0.0.1:{port}") as client:
        with pytest.raises(SignalWireRestTransportError) as caught:
            await client.fabric.sip_endpoints.create(username="x", password="s3cret-pw")
    assert not isinstance(caught.value, SignalWireRestTimeoutError)
    assert len(sleeps) == 2  # never sent, so retried up to max_retries


@pytest.mark.asyncio
async def test_a_post_answered_by_a_hang_up_is_not_replayed(
    server: LoopbackServer, sleeps: list[float]
) -> None:
    server.hang_up("POST", ENDPOINTS)
    async with client_for(server) as client:
        with pytest.raises(SignalWireRestTransportError):
            await client.fabric.sip_endpoints.create(username="x", password="s3cret-pw")
    assert server.hits[("POST", ENDPOINTS)] == 1
    assert sleeps == []


@pytest.mark.asyncio
async def test_a_stalled_read_times_out(server: LoopbackServer, sleeps: list[float]) -> None:
    server.stall("GET", ONE, 2.0)
    async with client_for(server, timeout=0.2, max_retries=0) as client:
        with pytest.raises(SignalWireRestTimeoutError):
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)


@pytest.mark.asyncio
async def test_an_empty_form_operation_sends_a_form_content_type(server: LoopbackServer) -> None:
    """`compat.calls.update(sid)` with no field: still a form post, over every transport."""
    seen: list[tuple[str | None, bytes]] = []
    path = f"/api/laml/2010-04-01/Accounts/{PROJECT}/Calls/CA1"

    def record(handler: Handler) -> None:
        seen.append((handler.headers.get("content-type"), handler.body))
        handler.send_json(200, {"sid": "CA1"})

    server.route("POST", path, record)
    async with client_for(server) as client:
        await client.compat.calls.update("CA1")
        await client.compat.calls.update("CA1", extra_body={"Status": "completed"})
    assert seen == [
        ("application/x-www-form-urlencoded", b""),
        ("application/x-www-form-urlencoded", b"Status=completed"),
    ]


@pytest.mark.asyncio
async def test_a_response_reads_as_httpx_builds_it(server: LoopbackServer) -> None:
    """What `client.request()` returns is a whole, closed `httpx.Response` on every route
    (aiohttp's builds it without httpx's constructor): headers as sent, a repeated one
    kept, the reason phrase, the body read, the request it answers."""

    def answer_with_headers(handler: Handler) -> None:
        body = b'{"id": "a"}'
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.send_header("X-Request-Id", "r-1")
        handler.send_header("X-Tag", "one")
        handler.send_header("X-Tag", "two")
        handler.end_headers()
        handler.wfile.write(body)

    server.route("GET", ONE, answer_with_headers)
    async with client_for(server) as client:
        response = await client.request("GET", ONE)
    assert (response.status_code, response.reason_phrase, response.http_version) == (
        200,
        "OK",
        "HTTP/1.1",
    )
    assert response.headers["x-request-id"] == "r-1"
    assert response.headers["content-type"] == "application/json"
    assert response.headers.get_list("x-tag") == ["one", "two"]
    assert response.json() == {"id": "a"} and response.content == b'{"id": "a"}'
    assert response.is_closed and response.is_stream_consumed
    assert response.request.method == "GET"
    assert str(response.request.url).endswith(f"{server.host}{ONE}")
    assert (response.request.url.host, response.request.url.path) == ("127.0.0.1", ONE)
