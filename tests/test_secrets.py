"""The API token never shows: not in reprs, log records (any level, any logger), errors or URLs.

Both forms are searched for: the token itself and the Basic credentials that carry it
(base64 of `project:token`, which decodes back to the token).
"""

from __future__ import annotations

import asyncio
import base64
import logging
import pickle
import traceback
from collections.abc import Iterator

import httpx
import pytest
import respx
import trio

from signalwire_async import (
    AsyncRestClient,
    InvalidResponseError,
    RestClient,
    SignalWireError,
)
from signalwire_async._config import ClientConfig

from .data import BASE, ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint, page
from .loopback import (
    Behaviour,
    LoopbackServer,
    answer,
    hang_up,
    head,
    refused_host,
    reset,
    send_bytes,
)

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"
CREDENTIALS = base64.b64encode(f"{PROJECT}:{TOKEN}".encode()).decode()
SECRETS = (TOKEN, CREDENTIALS, CREDENTIALS.rstrip("="))


def assert_clean(text: str, what: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"the token leaked into {what}: {text[:300]!r}"


def error_texts(error: BaseException) -> Iterator[tuple[str, str]]:
    """Every way an error is shown: str, repr, args, attributes, traceback, pickle."""
    yield "str", str(error)
    yield "repr", repr(error)
    yield "args", repr(error.args)
    yield "attributes", repr(vars(error))
    yield "traceback", "".join(traceback.format_exception(error))
    if isinstance(error, SignalWireError):
        yield "pickle", repr(pickle.loads(pickle.dumps(error)).__dict__)
        yield "pickled bytes", pickle.dumps(error).decode("latin-1")


def test_the_check_itself_can_fail() -> None:
    with pytest.raises(AssertionError):
        assert_clean(f"Authorization: Basic {CREDENTIALS}", "a header")
    with pytest.raises(AssertionError):
        assert_clean(repr(TOKEN), "a repr")


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every log record of every logger, down to DEBUG, scanned after the test."""
    with caplog.at_level(logging.DEBUG):
        yield caplog
    # Read records as a handler would show them, arguments and tracebacks included.
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in caplog.get_records("call"):
        assert_clean(formatter.format(record), f"a log record of {record.name}")
        assert_clean(repr(record.args), f"log arguments of {record.name}")


def test_reprs_of_clients_views_resources_and_config() -> None:
    client = AsyncRestClient(PROJECT, TOKEN, "example")
    sync = RestClient(PROJECT, TOKEN, "example")
    config = ClientConfig.build(PROJECT, TOKEN, "example", timeout=5.0, max_retries=1)
    objects: list[object] = [
        client,
        client.with_options(max_retries=0),
        client.fabric,
        client.fabric.sip_endpoints,
        client.fabric.sip_endpoints.list(),
        client._requester,
        client._requester._headers,
        client._shared,
        sync,
        sync.fabric.sip_endpoints,
        sync.fabric.sip_endpoints.list(),
        config,
    ]
    for obj in objects:
        assert_clean(repr(obj), f"repr({type(obj).__name__})")
        assert_clean(str(obj), f"str({type(obj).__name__})")
    sync.close()
    asyncio.run(client.aclose())


def test_every_http_failure_and_its_logs(logs: pytest.LogCaptureFixture) -> None:
    errors: list[BaseException] = []

    async def run() -> None:
        async with AsyncRestClient(PROJECT, TOKEN, BASE, max_retries=1) as client:
            endpoints = client.fabric.sip_endpoints
            for status in (400, 401, 403, 404, 409, 422, 429, 500, 503):
                try:
                    await endpoints.get(str(status))
                except SignalWireError as error:
                    errors.append(error)
            for failing in ("broken", "timeout", "connect"):
                try:
                    await endpoints.get(failing)
                except SignalWireError as error:
                    errors.append(error)
            assert [ep.id async for ep in endpoints.list()] == ["a"]
            await endpoints.create(username="u", password="s3cret-pw")
        try:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
        except SignalWireError as error:
            errors.append(error)  # ClientClosedError

    with respx.mock(base_url=BASE, using="httpx") as api:
        for status in (400, 401, 403, 404, 409, 422, 429, 500, 503):
            api.get(f"{ENDPOINTS}/{status}").respond(status, json={"error": "no"})
        api.get(f"{ENDPOINTS}/broken").respond(200, text="<html>")
        api.get(f"{ENDPOINTS}/timeout").mock(side_effect=httpx.ReadTimeout("slow"))
        api.get(f"{ENDPOINTS}/connect").mock(side_effect=httpx.ConnectError("refused"))
        api.get(ENDPOINTS).respond(200, json=page([endpoint(id="a")]))
        api.post(ENDPOINTS).respond(200, json=endpoint())
        from signalwire_async import _pairs

        original, _pairs.asleep = _pairs.asleep, _no_sleep
        try:
            asyncio.run(run())
        finally:
            _pairs.asleep = original
        for call in api.calls:
            assert_clean(str(call.request.url), "a request URL")
            assert call.request.headers["authorization"] == f"Basic {CREDENTIALS}"

    assert len(errors) == 13
    assert any(isinstance(e, InvalidResponseError) for e in errors)
    for error in errors:
        for how, text in error_texts(error):
            assert_clean(text, f"{how} of {type(error).__name__}")
    # The debug request log was on and recorded every request, so the scan saw them.
    ours = [r for r in logs.records if r.name == "signalwire_async"]
    # One DEBUG line per request sent (19), one INFO line per call (14): all scanned.
    attempts = [r for r in ours if r.levelno == logging.DEBUG and "->" in r.getMessage()]
    calls = [r for r in ours if r.levelno == logging.INFO and "->" in r.getMessage()]
    assert (len(attempts), len(calls)) == (19, 14)
    assert any("retrying" in r.getMessage() for r in ours)


async def _no_sleep(seconds: float) -> None:
    pass


def test_real_transports_log_nothing_secret(
    server: LoopbackServer, logs: pytest.LogCaptureFixture
) -> None:
    """aiohttp and httpcore (trio-free here: asyncio and the sync client) over sockets."""
    server.json("GET", ONE, 200, endpoint())
    server.route("GET", f"{ENDPOINTS}/reset", reset())
    errors: list[BaseException] = []

    async def run() -> None:
        async with AsyncRestClient(PROJECT, TOKEN, server.host, max_retries=0) as client:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
            try:
                await client.fabric.sip_endpoints.get("reset")
            except SignalWireError as error:
                errors.append(error)
        async with AsyncRestClient(PROJECT, TOKEN, refused_host(), max_retries=0) as client:
            try:
                await client.fabric.sip_endpoints.get(ENDPOINT_ID)
            except SignalWireError as error:
                errors.append(error)

    asyncio.run(run())
    with RestClient(PROJECT, TOKEN, server.host, max_retries=0) as sync:
        sync.fabric.sip_endpoints.get(ENDPOINT_ID)
        try:
            sync.fabric.sip_endpoints.get("reset")
        except SignalWireError as error:
            errors.append(error)
    assert len(errors) == 3
    for failure in errors:
        for how, text in error_texts(failure):
            assert_clean(text, f"{how} of {type(failure).__name__}")
    assert any(r.name.startswith("httpcore") for r in logs.records)  # its debug trace was on
    assert server.authorizations[0] == f"Basic {CREDENTIALS}"  # it was sent, in the header


def test_missing_or_bad_settings_errors_do_not_echo_the_token() -> None:
    for make in (
        lambda: AsyncRestClient(PROJECT, TOKEN, "https://user@example.signalwire.com"),
        lambda: AsyncRestClient(PROJECT, TOKEN, "example", timeout=-1),
        lambda: AsyncRestClient(PROJECT, TOKEN, "example", max_retries=-1),
        lambda: RestClient(PROJECT, TOKEN, f"{TOKEN}.example.com/x"),
    ):
        with pytest.raises((ValueError, TypeError)) as info:
            make()
        if TOKEN not in str(info.value.args):  # an echoed *host* is the caller's own input
            for how, text in error_texts(info.value):
                assert_clean(text, f"{how} of {type(info.value).__name__}")


# Everything reachable from an error raised by a misbehaving server, on each runtime.


def chain(error: BaseException) -> Iterator[BaseException]:
    """`error` and every exception behind it (`__cause__`, `__context__`), each once."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo:
        link = todo.pop()
        if link is None or any(link is done for done in seen):
            continue
        seen.append(link)
        yield link
        todo += [link.__cause__, link.__context__]


def reachable_texts(error: BaseException) -> Iterator[tuple[str, str]]:
    """How each exception of the chain shows (its args and attributes included), and the
    traceback with the locals of every frame, as a debugger or an error tracker shows it."""
    for link in chain(error):
        for how, text in error_texts(link):
            yield f"{how} of {type(link).__name__}", text
    trace = traceback.TracebackException(
        type(error), error, error.__traceback__, capture_locals=True
    )
    yield "traceback with locals", "".join(trace.format())


HOSTILE: dict[str, Behaviour | None] = {
    "malformed-status-line": send_bytes(head("2OO OK", {"Content-Length": "2"}) + b"{}"),
    "20kb-header": answer(500, {"error": "boom"}, {"X-Padding": "x" * 20_000}),
    "hang-up": hang_up,
    "refused": None,  # nothing listens
}


async def first_error(host: str) -> SignalWireError:
    async with AsyncRestClient(PROJECT, TOKEN, host, max_retries=0) as client:
        try:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
        except SignalWireError as error:
            return error
    raise AssertionError("the call succeeded")


def first_sync_error(host: str) -> SignalWireError:
    with RestClient(PROJECT, TOKEN, host, max_retries=0) as client:
        try:
            client.fabric.sip_endpoints.get(ENDPOINT_ID)
        except SignalWireError as error:
            return error
    raise AssertionError("the call succeeded")


@pytest.mark.parametrize("runtime", ["asyncio", "trio", "sync"])
@pytest.mark.parametrize("fault", list(HOSTILE))
def test_nothing_reachable_from_a_transport_failure_holds_the_token(
    server: LoopbackServer, fault: str, runtime: str
) -> None:
    behaviour = HOSTILE[fault]
    host = refused_host() if behaviour is None else server.host
    if behaviour is not None:
        server.route("GET", ONE, behaviour)
    if runtime == "asyncio":
        error = asyncio.run(first_error(host))
    elif runtime == "trio":
        error = trio.run(first_error, host)
    else:
        error = first_sync_error(host)
    for how, text in reachable_texts(error):
        assert_clean(text, how)
    assert server.authorizations in ([], [f"Basic {CREDENTIALS}"])  # sent, in the header only
