"""Canaries: every reach into httpx, httpcore or aiohttp internals, run against the versions
installed. An upgrade that moves one fails here, by name, not somewhere deep in a call."""

from __future__ import annotations

import asyncio
import http.server
import threading
from collections.abc import Iterator
from typing import Any

import aiohttp
import httpcore
import httpx
import pytest

from signalwire_async._transports import private
from signalwire_async._transports._sync.httpcore_pool import CheckedTransport


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_httpx_transport_lookup() -> None:
    with httpx.Client() as client:
        found = private.transport_for_url(client, httpx.URL("https://example.com/"))
        assert isinstance(found, httpx.BaseTransport)


@pytest.mark.asyncio
async def test_httpx_async_transport_lookup() -> None:
    async with httpx.AsyncClient() as client:
        found = private.transport_for_url(client, httpx.URL("https://example.com/"))
        assert isinstance(found, httpx.AsyncBaseTransport)


def test_httpx_response_content_is_settable() -> None:
    response = httpx.Response(200, stream=httpx.ByteStream(b"ignored"))
    assert not private.has_content(response)
    private.set_content(response, b'{"a": 1}')
    assert private.has_content(response)
    assert response.json() == {"a": 1}
    assert private.has_content(httpx.Response(200, content=b"{}"))


def test_httpx_environment_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    monkeypatch.setenv("NO_PROXY", "internal.invalid")
    found = private.environment_proxies()
    assert found["https://"] == "http://proxy.invalid:3128"
    assert found["all://*internal.invalid"] is None


def test_aiohttp_session_retry_and_response_protocol(url: str) -> None:
    async def run() -> None:
        async with aiohttp.ClientSession() as session:
            private.disable_connection_retry(session)
            assert session._retry_connection is False
            async with session.get(url) as response:
                assert await response.read() == b"{}"
                private.close_aiohttp_connection(response)

    asyncio.run(run())


def test_httpcore_pool_options_and_leftover_bytes(url: str) -> None:
    transport = CheckedTransport(httpx.Limits(max_connections=2))
    with httpx.Client(transport=transport) as client:
        assert client.get(url).json() == {}
    options = private.connection_options(transport._pool)
    assert isinstance(options["network_backend"], httpcore.NetworkBackend)
    with httpcore.ConnectionPool() as pool, pool.stream("GET", url) as response:
        response.read()
        (connection,) = pool.connections
        assert private.leftover_bytes(connection) is False


def test_httpcore_proxy_pool_backend_is_replaceable() -> None:
    proxied = CheckedTransport(httpx.Limits(), proxy=httpx.Proxy("http://proxy.invalid:3128"))
    assert type(proxied._pool._network_backend).__name__ == "DeadlineBackend"


def test_httpcore_patch_detection_tolerates_a_half_imported_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert private.httpcore_is_patched() is False
    monkeypatch.delattr(httpcore, "AsyncConnectionPool")  # as seen while another thread imports
    assert private.httpcore_is_patched() is False


def test_a_missing_private_name_fails_loudly() -> None:
    with pytest.raises(private.DependencyChanged, match="_retry_connection"):
        private.disable_connection_retry(object())
    with pytest.raises(private.DependencyChanged, match="_ssl_context"):
        private.connection_options(object())


@pytest.mark.parametrize("name", ["httpx", "httpcore"])
def test_the_installed_version_is_one_the_reaches_were_checked_on(name: str) -> None:
    """pyproject.toml bounds httpx and httpcore to the versions these canaries passed on; a
    version outside them (installed by force, or a widened bound) fails here, by name."""
    from importlib.metadata import requires, version

    from packaging.requirements import Requirement

    [declared] = [
        requirement
        for requirement in map(Requirement, requires("signalwire-async") or [])
        if requirement.name == name and requirement.marker is None
    ]
    installed = version(name)
    assert declared.specifier.contains(installed, prereleases=True), (
        f"{name} {installed} is installed, but signalwire-async was checked on "
        f"{name}{declared.specifier} only: run tests/test_private_reaches.py and the transport "
        "tests on it, then widen the bound in pyproject.toml"
    )


def test_httpx_url_joined_without_a_parse() -> None:
    origin = httpx.URL("https://example.signalwire.com")
    joined = private.url_with_path(origin, "/api/fabric/resources/sip_endpoints/a%20b")
    parsed = httpx.URL("https://example.signalwire.com/api/fabric/resources/sip_endpoints/a%20b")
    assert joined == parsed and str(joined) == str(parsed)
    assert (joined.raw_path, joined.host, joined.port) == (
        parsed.raw_path,
        "example.signalwire.com",
        None,
    )
    text = "https://example.signalwire.com/api/fabric/resources/sip_endpoints/a%20b"
    told = private.url_with_path(origin, "/api/fabric/resources/sip_endpoints/a%20b", text)
    assert told == parsed and str(told) == str(parsed) and repr(told) == repr(parsed)
    assert isinstance(told, httpx.URL) and told.raw_path == parsed.raw_path
    assert told.copy_with(query=b"a=1") == parsed.copy_with(query=b"a=1")
    assert hash(told) == hash(parsed)


def test_httpx_body_encoder() -> None:
    headers, body = private.encode_body(json={"a": "é"}, data=None)
    assert body == '{"a":"é"}'.encode()
    assert headers == {"Content-Length": str(len(body)), "Content-Type": "application/json"}
    headers, body = private.encode_body(json=None, data={"To": "+1 5", "ok": True})
    assert body == b"To=%2B1+5&ok=true"
    assert headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_httpx_response_built_read() -> None:
    """The response built without httpx's constructor has every attribute the constructor
    sets (none missing when httpx adds one) and reads as the constructor's does."""
    raw = ((b"Content-Type", b"application/json"), (b"X-Request-Id", b"r1"))
    request = httpx.Request("GET", "https://example.com/a")
    extensions = {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}
    expected = httpx.Response(
        200, headers=list(raw), stream=httpx.ByteStream(b'{"a": 1}'), request=request,
        extensions=extensions,
    )  # fmt: skip
    constructed = set(vars(expected))  # before reading: what the constructor sets
    expected.read()
    built = private.read_response(200, raw, b'{"a": 1}', request, dict(extensions))
    assert set(vars(built)) == constructed | {"_content"}
    assert set(vars(built.headers)) == set(vars(expected.headers))
    assert built.headers.raw == expected.headers.raw
    assert built.headers.multi_items() == expected.headers.multi_items()
    assert built.headers.encoding == expected.headers.encoding
    assert built.headers["x-request-id"] == "r1"
    assert (built.status_code, built.reason_phrase, built.http_version) == (200, "OK", "HTTP/1.1")
    assert built.request is request
    assert built.content == expected.content
    assert built.json() == {"a": 1}
    assert built.text == expected.text
    assert built.is_closed and built.is_stream_consumed
    assert built.num_bytes_downloaded == 8
    assert list(built.iter_bytes()) == [b'{"a": 1}']


@pytest.mark.parametrize("slow_path", ["_wait_for_available_connection", "_create_connection"])
def test_aiohttp_connector_slow_paths(
    url: str, slow_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """aiohttp's connector still opens connections and waits for one through these two
    coroutine methods, and the tracking connector sees the task in each."""
    assert asyncio.iscoroutinefunction(getattr(aiohttp.TCPConnector, slow_path))
    seen: list[bool] = []
    original = getattr(aiohttp.TCPConnector, slow_path)

    async def watched(self: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(asyncio.current_task() in self.connecting)
        return await original(self, *args, **kwargs)

    monkeypatch.setattr(aiohttp.TCPConnector, slow_path, watched)

    async def go() -> None:
        connector = private.tracking_connector(limit=1)
        async with aiohttp.ClientSession(connector=connector) as session:

            async def get() -> None:
                async with session.get(url) as response:
                    await response.read()

            await asyncio.gather(get(), get())  # the second waits for the first's connection
        assert not connector.connecting

    asyncio.run(go())
    assert seen and all(seen)


def test_httpx_request_built_read() -> None:
    """The request built without httpx's constructor has every attribute the constructor
    and `read()` set, and reads as theirs does."""
    url = httpx.URL("https://example.com/a")
    headers = httpx.Headers({"Host": "example.com", "Content-Type": "application/json"})
    extensions = {"timeout": {"read": 1.0}}
    expected = httpx.Request(
        "POST", url, headers=headers, stream=httpx.ByteStream(b"{}"), extensions=extensions
    )
    expected.read()
    built = private.read_request("POST", url, headers, b"{}", extensions)
    assert set(vars(built)) == set(vars(expected))
    assert (built.method, built.url, built.content) == (expected.method, url, b"{}")
    assert built.headers.raw == expected.headers.raw and built.headers is not headers
    assert built.extensions == extensions and built.extensions is not extensions
    assert built.read() == b"{}" and isinstance(built.stream, httpx.ByteStream)
