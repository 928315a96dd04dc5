"""A fault matrix over real sockets: a misbehaving loopback server, fault x method.

Each case checks the outcome (success after a retry, or the exact error), how often the
server was hit, the retry sleeps, that nothing hung, that no connection is left checked out,
that a redirect's target (a second server) never saw a request, and that the client still
works afterwards. Expectations follow the policy in `signalwire_async/_retry.py`, with the
default `max_retries=2`: safe methods (GET) are retried on transport errors, 408, 429 and
5xx; POST only when it certainly never arrived (connection refused), on 429, and on a 503
with `Retry-After`. `run_fault` is plain so that `tests/test_trio.py` runs it under trio.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx
import pytest

from signalwire_async import (
    AsyncRestClient,
    InvalidResponseError,
    RateLimitError,
    ServerError,
    SignalWireRestError,
    SignalWireRestStatusError,
    SignalWireRestTimeoutError,
    SignalWireRestTransportError,
)

from ..data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint
from ..loopback import (
    Behaviour,
    Handler,
    LoopbackServer,
    answer,
    connections_in_use,
    hang_up,
    head,
    loopback_server,
    raw,
    redirect,
    refused_host,
    reset,
    send_bytes,
    stall,
    truncate,
)

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"
HEALTHY = "healthy"  # an endpoint id whose route always answers well
PATHS = {"GET": ONE, "POST": ENDPOINTS}

# Retry sleeps: backoff(0) and backoff(1) with jitter (see _retry.backoff), or the server's
# `Retry-After: 1`.
FIRST, SECOND, HINTED = (0.25, 0.5), (0.5, 1.0), (1.0, 1.0)
BACKOFF = (FIRST, SECOND)

STALL_TIMEOUT = 0.5  # the client's timeout in stall cases; the server stalls far longer
STALL = 30.0  # cut short when the server stops


# (server, method, path, the second server's host): route the fault on the server.
Arrange = Callable[[LoopbackServer, str, str, str], None]


@dataclass(frozen=True)
class Expect:
    """`error`: the exact exception type, or None for success; `sleeps`: each delay's range."""

    error: type[Exception] | None
    hits: int
    sleeps: tuple[tuple[float, float], ...] = ()
    cause: tuple[type[Exception], ...] = ()  # the httpx error behind a transport error
    in_doubt: bool = False  # a POST that may have arrived says so


@dataclass(frozen=True)
class Fault:
    name: str
    arrange: Arrange | None  # None: the client talks to a port where nothing listens
    get: Expect
    post: Expect
    status: int | None = None  # the status an API error must carry
    timeout: float = 5.0
    bound: float = 2.0  # seconds the failing call may take at most
    max_response_size: int = 1024 * 1024


def every(behaviour: Behaviour) -> Arrange:
    return lambda server, method, path, elsewhere: server.route(method, path, behaviour)


def in_turn(*behaviours: Behaviour) -> Arrange:
    return lambda server, method, path, elsewhere: server.sequence(method, path, *behaviours)


def to_elsewhere(status: int) -> Arrange:
    def arrange(server: LoopbackServer, method: str, path: str, elsewhere: str) -> None:
        server.route(method, path, redirect(status, f"http://{elsewhere}{path}"))

    return arrange


HTML = b"<html><body>Down for maintenance</body></html>"
BROKEN_JSON = b'{"id": '
MALFORMED_STATUS = head("2OO OK", {"Content-Type": "application/json", "Content-Length": "2"})
CORRUPT_GZIP = b"\x1f\x8b\x08\x00" + bytes(6) + b"not deflate data"  # a gzip header, then junk
GZIP = {"Content-Encoding": "gzip"}
OVERSIZED = b'{"error": "' + b"x" * 2048 + b'"}'  # beyond the limit some faults set
ONE_SECOND = {"Retry-After": "1"}
OK = answer(200, endpoint())

BROKEN = (httpx.ReadError, httpx.RemoteProtocolError)  # the connection broke mid-response
PROTOCOL = (httpx.RemoteProtocolError,)  # no valid response at all
REFUSED = (httpx.ConnectError,)
TIMED_OUT = (httpx.ReadTimeout,)
Transport, Timeout = SignalWireRestTransportError, SignalWireRestTimeoutError

FAULTS = [
    Fault(
        "refuse",
        None,
        get=Expect(Transport, 0, BACKOFF, REFUSED),
        post=Expect(Transport, 0, BACKOFF, REFUSED),  # certainly never sent: retried
    ),
    Fault(
        "reset",
        every(reset()),
        get=Expect(Transport, 3, BACKOFF, BROKEN),
        post=Expect(Transport, 1, (), BROKEN, in_doubt=True),  # may have arrived: sent once
    ),
    Fault(
        "truncate",
        every(truncate()),
        get=Expect(Transport, 3, BACKOFF, BROKEN),
        post=Expect(Transport, 1, (), BROKEN, in_doubt=True),
    ),
    Fault(
        "stall",
        every(stall(STALL)),
        get=Expect(Timeout, 3, BACKOFF, TIMED_OUT),
        post=Expect(Timeout, 1, (), TIMED_OUT, in_doubt=True),
        timeout=STALL_TIMEOUT,
        bound=3 * STALL_TIMEOUT + 1.5,  # three attempts time out
    ),
    Fault(
        "html-200",
        every(raw(200, HTML, "text/html")),
        get=Expect(InvalidResponseError, 1),
        post=Expect(InvalidResponseError, 1),
        status=200,
    ),
    Fault(
        "broken-json-200",
        every(raw(200, BROKEN_JSON, "application/json")),
        get=Expect(InvalidResponseError, 1),
        post=Expect(InvalidResponseError, 1),
        status=200,
    ),
    *(
        Fault(
            str(status),
            every(answer(status, {"error": "boom"})),
            get=Expect(ServerError, 3, BACKOFF),
            post=Expect(ServerError, 1),  # may have been processed: not replayed
            status=status,
        )
        for status in (500, 502, 503)
    ),
    Fault(
        "503-retry-after",
        every(answer(503, {"error": "busy"}, ONE_SECOND)),
        get=Expect(ServerError, 3, (HINTED, HINTED)),
        post=Expect(ServerError, 3, (HINTED, HINTED)),  # the server says it did not take it
        status=503,
    ),
    Fault(
        "429-retry-after",
        every(answer(429, {"error": "slow down"}, ONE_SECOND)),
        get=Expect(RateLimitError, 3, (HINTED, HINTED)),
        post=Expect(RateLimitError, 3, (HINTED, HINTED)),
        status=429,
    ),
    *(
        Fault(
            f"{status}-elsewhere",
            to_elsewhere(status),
            get=Expect(SignalWireRestStatusError, 1),  # not followed: the API does not redirect
            post=Expect(SignalWireRestStatusError, 1),
            status=status,
        )
        for status in (302, 307)
    ),
    Fault(
        "503-then-200",
        in_turn(answer(503), OK),
        get=Expect(None, 2, (FIRST,)),
        post=Expect(ServerError, 1),
        status=503,
    ),
    Fault(
        "503-retry-after-then-200",
        in_turn(answer(503, None, ONE_SECOND), OK),
        get=Expect(None, 2, (HINTED,)),
        post=Expect(None, 2, (HINTED,)),
    ),
    Fault(
        "429-then-200",
        in_turn(answer(429, None, ONE_SECOND), OK),
        get=Expect(None, 2, (HINTED,)),
        post=Expect(None, 2, (HINTED,)),
    ),
    Fault(
        "reset-then-200",
        in_turn(reset(), OK),
        get=Expect(None, 2, (FIRST,)),
        post=Expect(Transport, 1, (), BROKEN, in_doubt=True),
    ),
    Fault(
        "stall-then-200",
        in_turn(stall(STALL), OK),
        get=Expect(None, 2, (FIRST,)),
        post=Expect(Timeout, 1, (), TIMED_OUT, in_doubt=True),
        timeout=STALL_TIMEOUT,
        bound=3 * STALL_TIMEOUT + 1.5,  # three attempts time out
    ),
    Fault(
        "hang-up",  # the request is read, then the connection closes without an answer
        every(hang_up),
        get=Expect(Transport, 3, BACKOFF, PROTOCOL),
        post=Expect(Transport, 1, (), PROTOCOL, in_doubt=True),  # may have been processed
    ),
    Fault(
        "malformed-status-line",
        every(send_bytes(MALFORMED_STATUS + b"{}")),
        get=Expect(Transport, 3, BACKOFF, PROTOCOL),
        post=Expect(Transport, 1, (), PROTOCOL, in_doubt=True),
    ),
    Fault(
        "corrupt-gzip-200",
        every(raw(200, CORRUPT_GZIP, "application/json", GZIP)),
        get=Expect(InvalidResponseError, 1),
        post=Expect(InvalidResponseError, 1),
        status=200,
    ),
    # An error status decides, even when its body cannot be read.
    Fault(
        "corrupt-gzip-503",
        every(raw(503, CORRUPT_GZIP, "application/json", GZIP)),
        get=Expect(ServerError, 3, BACKOFF),
        post=Expect(ServerError, 1),
        status=503,
    ),
    Fault(
        "corrupt-gzip-429-retry-after",
        every(raw(429, CORRUPT_GZIP, "application/json", {**GZIP, **ONE_SECOND})),
        get=Expect(RateLimitError, 3, (HINTED, HINTED)),
        post=Expect(RateLimitError, 3, (HINTED, HINTED)),
        status=429,
    ),
    Fault(
        "oversized-503-retry-after-then-200",
        in_turn(raw(503, OVERSIZED, "application/json", ONE_SECOND), OK),
        get=Expect(None, 2, (HINTED,)),
        post=Expect(None, 2, (HINTED,)),
        max_response_size=len(OVERSIZED) - 1,
    ),
    Fault(
        "oversized-429-then-200",
        in_turn(raw(429, OVERSIZED, "application/json", ONE_SECOND), OK),
        get=Expect(None, 2, (HINTED,)),
        post=Expect(None, 2, (HINTED,)),
        max_response_size=len(OVERSIZED) - 1,
    ),
]
FAULT_IDS = [fault.name for fault in FAULTS]


async def call(client: AsyncRestClient, method: str) -> str:
    """The operation under test; returns the endpoint's id."""
    if method == "GET":
        return (await client.fabric.sip_endpoints.get(ENDPOINT_ID)).id
    return (await client.fabric.sip_endpoints.create(username="c3p0", password="s3cret-pw")).id


async def run_fault(
    fault: Fault,
    method: str,
    server: LoopbackServer,
    elsewhere: LoopbackServer,
    sleeps: list[float],
) -> None:
    """One case of the matrix; raises AssertionError when the client misbehaves."""
    expect = fault.get if method == "GET" else fault.post
    path = PATHS[method]
    server.json("GET", f"{ENDPOINTS}/{HEALTHY}", 200, endpoint(id=HEALTHY))
    host = server.host if fault.arrange else refused_host()
    if fault.arrange:
        fault.arrange(server, method, path, elsewhere.host)
    async with AsyncRestClient(
        PROJECT, TOKEN, host, timeout=fault.timeout, max_response_size=fault.max_response_size
    ) as client:
        started = time.monotonic()
        result, error = None, None
        try:
            result = await call(client, method)
        except Exception as exc:
            error = exc
        elapsed = time.monotonic() - started
        slept = list(sleeps)  # the healthy call below may wait too (after a 429, say)
        assert connections_in_use(client) == 0

        # The client still works: on the same server, or once the refused port listens.
        if fault.arrange:
            assert (await client.fabric.sip_endpoints.get(HEALTHY)).id == HEALTHY
        else:
            with loopback_server(int(host.rsplit(":", 1)[1])) as revived:
                revived.json("GET", f"{ENDPOINTS}/{HEALTHY}", 200, endpoint(id=HEALTHY))
                assert (await client.fabric.sip_endpoints.get(HEALTHY)).id == HEALTHY
        assert connections_in_use(client) == 0

    if expect.error is None:
        assert error is None and result == ENDPOINT_ID, repr(error)
    else:
        assert type(error) is expect.error, repr(error)
        if expect.cause:
            assert isinstance(error.__cause__, expect.cause), repr(error.__cause__)
        if isinstance(error, SignalWireRestError):
            assert error.status_code == fault.status
            assert getattr(error, "in_doubt", False) is expect.in_doubt, repr(error)
    assert server.hits[(method, path)] == expect.hits
    assert server.hits[("GET", f"{ENDPOINTS}/{HEALTHY}")] == (1 if fault.arrange else 0)
    assert len(slept) == len(expect.sleeps), slept
    for delay, (low, high) in zip(slept, expect.sleeps, strict=True):
        assert low <= delay <= high, slept
    assert elapsed < fault.bound, f"took {elapsed:.2f}s"
    assert all(a.startswith("Basic ") for a in server.authorizations)
    # Credentials never went to another origin: the second server saw nothing at all.
    assert sum(elsewhere.hits.values()) == 0
    assert elsewhere.authorizations == []


async def run_probe(server: LoopbackServer) -> list[int]:
    """`connections_in_use` as the server sees it, while each request is in flight."""
    seen: list[int] = []
    async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:

        def probe(handler: Handler) -> None:  # runs on the server's thread, mid-request
            seen.append(connections_in_use(client))
            OK(handler)

        server.route("GET", ONE, probe)
        server.route("POST", ENDPOINTS, probe)
        assert await call(client, "GET") == ENDPOINT_ID
        assert await call(client, "POST") == ENDPOINT_ID
        seen.append(connections_in_use(client))
    return seen


@pytest.mark.asyncio
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fault", FAULTS, ids=FAULT_IDS)
async def test_fault(
    fault: Fault,
    method: str,
    server: LoopbackServer,
    elsewhere: LoopbackServer,
    sleeps: list[float],
) -> None:
    await run_fault(fault, method, server, elsewhere, sleeps)


@pytest.mark.asyncio
async def test_connections_in_use_sees_a_request_in_flight(server: LoopbackServer) -> None:
    assert await run_probe(server) == [1, 1, 0]


@pytest.mark.asyncio
async def test_a_callers_client_that_follows_redirects_drops_the_credentials(
    server: LoopbackServer, elsewhere: LoopbackServer
) -> None:
    server.route("GET", ONE, redirect(307, f"http://{elsewhere.host}{ONE}"))
    elsewhere.json("GET", ONE, 200, endpoint())
    async with httpx.AsyncClient(follow_redirects=True) as http:
        async with AsyncRestClient(PROJECT, TOKEN, server.host, http_client=http) as client:
            assert await call(client, "GET") == ENDPOINT_ID
    assert elsewhere.hits[("GET", ONE)] == 1
    assert elsewhere.authorizations == [""]  # httpx strips Authorization across origins


@pytest.mark.asyncio
async def test_a_429_beyond_the_retry_after_cap_does_not_hold_back_the_next_call(
    server: LoopbackServer, sleeps: list[float]
) -> None:
    server.route("GET", ONE, answer(429, {"error": "quota"}, {"Retry-After": "3600"}))
    server.json("GET", f"{ENDPOINTS}/{HEALTHY}", 200, endpoint(id=HEALTHY))
    async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:
        with pytest.raises(RateLimitError):
            await call(client, "GET")
        assert sleeps == []  # not slept through: raised instead
        assert (await client.fabric.sip_endpoints.get(HEALTHY)).id == HEALTHY
    assert sleeps == []  # the client was not paused for the hour either


async def run_official_handling(
    fault: Fault, method: str, server: LoopbackServer, elsewhere: LoopbackServer
) -> None:
    """One case, handled as code written for the official SDK handles failures: a single
    `except SignalWireRestError` that reads the SDK's attributes. Every failure must land
    there, with `status_code` None exactly when no response arrived (a transport error)."""
    expect = fault.get if method == "GET" else fault.post
    path = PATHS[method]
    host = server.host if fault.arrange else refused_host()
    if fault.arrange:
        fault.arrange(server, method, path, elsewhere.host)
    result, caught = None, None
    async with AsyncRestClient(
        PROJECT, TOKEN, host, timeout=fault.timeout, max_response_size=fault.max_response_size
    ) as client:
        try:
            result = await call(client, method)
        except SignalWireRestError as e:
            caught = e
            seen = (e.status_code, e.body, e.url, e.method, e.request_id)
    if expect.error is None:
        assert caught is None and result == ENDPOINT_ID
        return
    assert type(caught) is expect.error, repr(caught)
    status_code, body, url, error_method, request_id = seen
    assert (url, error_method) == (f"http://{host}{path}", method)
    if issubclass(expect.error, SignalWireRestTransportError):
        assert status_code is None
        # `body` is the failure in words, led by the name of the httpx error behind it.
        assert isinstance(body, str) and body.startswith(type(caught.__cause__).__name__), body
        assert caught.headers is None and request_id is None and caught.errors == []
    else:
        assert status_code is not None and status_code == fault.status
        assert isinstance(caught.headers, httpx.Headers)
        assert request_id is None  # the loopback server sends no request id


@pytest.mark.asyncio
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fault", FAULTS, ids=FAULT_IDS)
async def test_official_sdk_style_handling_catches_every_fault(
    fault: Fault,
    method: str,
    server: LoopbackServer,
    elsewhere: LoopbackServer,
    sleeps: list[float],
) -> None:
    await run_official_handling(fault, method, server, elsewhere)
