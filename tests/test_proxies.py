"""Proxies and TLS on the built-in transports, over real sockets on loopback.

Each case runs on the asyncio client (aiohttp for direct requests, httpcore for proxied
ones), under trio, and on the sync client: `proxy=`, the proxy environment variables
(`HTTP_PROXY`, `HTTPS_PROXY`, `NO_PROXY`, `trust_env`), CONNECT tunnels to https, proxy
credentials, and `verify=` with a CA bundle path or an `ssl.SSLContext`.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import trio

from signalwire_async import AsyncRestClient, RestClient, SignalWireRestTransportError

from .data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint
from .loopback import LoopbackServer, loopback_server
from .proxy import LoopbackProxy, loopback_proxy
from .tls import TLSLoopbackServer, tls_server

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"
Get = Callable[..., str]  # (host, **client options) -> the username read back


def _async_get(run: Callable[[Any], Any]) -> Get:
    def get(host: str, **options: Any) -> str:
        async def main() -> str:
            async with AsyncRestClient(PROJECT, TOKEN, host, max_retries=0, **options) as client:
                return (await client.fabric.sip_endpoints.get(ENDPOINT_ID)).username

        result: str = run(main)
        return result

    return get


def _sync_get(host: str, **options: Any) -> str:
    with RestClient(PROJECT, TOKEN, host, max_retries=0, **options) as client:
        return client.fabric.sip_endpoints.get(ENDPOINT_ID).username


CLIENTS = {
    "asyncio": _async_get(lambda main: asyncio.run(main())),
    "trio": _async_get(trio.run),
    "sync": _sync_get,
}


@pytest.fixture(params=sorted(CLIENTS))
def get(request: pytest.FixtureRequest) -> Get:
    return CLIENTS[request.param]


@pytest.fixture
def origin() -> Iterator[LoopbackServer]:
    with loopback_server() as server:
        server.json("GET", ONE, 200, endpoint(username="via-http"))
        yield server


@pytest.fixture
def secure() -> Iterator[TLSLoopbackServer]:
    with tls_server() as server:
        server.json("GET", ONE, 200, endpoint(username="via-https"))
        yield server


@pytest.fixture
def proxy() -> Iterator[LoopbackProxy]:
    with loopback_proxy() as proxy:
        yield proxy


def test_proxy_argument_forwards_plain_http(
    get: Get, origin: LoopbackServer, proxy: LoopbackProxy
) -> None:
    assert get(origin.host, proxy=proxy.url) == "via-http"
    assert proxy.targets == [f"http://{origin.host}{ONE}"]
    assert origin.hits[("GET", ONE)] == 1


def test_proxy_tunnels_https_with_connect(
    get: Get, secure: TLSLoopbackServer, proxy: LoopbackProxy
) -> None:
    assert get(secure.url, proxy=proxy.url, verify=secure.ca_path) == "via-https"
    assert proxy.targets == [secure.host]  # CONNECT 127.0.0.1:<port>; the rest is encrypted


def test_environment_proxy_is_honoured(
    get: Get, origin: LoopbackServer, proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    assert get(origin.host) == "via-http"
    assert proxy.targets == [f"http://{origin.host}{ONE}"]


def test_no_proxy_and_trust_env_false_go_direct(
    get: Get, origin: LoopbackServer, proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    assert get(origin.host, trust_env=False) == "via-http"
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    assert get(origin.host) == "via-http"
    assert proxy.targets == []
    assert origin.hits[("GET", ONE)] == 2


def test_proxy_credentials_go_to_the_proxy_only(get: Get, origin: LoopbackServer) -> None:
    with loopback_proxy(require_auth=("squid", "hunter2")) as proxy:
        assert get(origin.host, proxy=proxy.url_with("squid", "hunter2")) == "via-http"
        (authorization,) = proxy.proxy_authorizations
    assert authorization.startswith("Basic ") and TOKEN not in authorization
    assert origin.authorizations[0].startswith("Basic ")  # the project's, to the origin


def test_verify_takes_a_path_or_a_context_and_refuses_unknown_roots(
    get: Get, secure: TLSLoopbackServer
) -> None:
    assert get(secure.url, verify=secure.ca_path) == "via-https"
    assert get(secure.url, verify=secure.ssl_context()) == "via-https"
    with pytest.raises(SignalWireRestTransportError, match=r"(?i)certificate|ssl"):
        get(secure.url)  # the system's roots do not know the test CA


@pytest.mark.parametrize("proxied", [False, True], ids=["direct", "proxied"])
def test_trust_env_false_ignores_ssl_cert_file(
    get: Get,
    secure: TLSLoopbackServer,
    proxy: LoopbackProxy,
    monkeypatch: pytest.MonkeyPatch,
    proxied: bool,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", secure.ca_path)
    via: dict[str, Any] = {"proxy": proxy.url} if proxied else {}
    assert get(secure.url, **via) == "via-https"  # trusted through the environment
    with pytest.raises(SignalWireRestTransportError, match="CERTIFICATE_VERIFY_FAILED"):
        get(secure.url, trust_env=False, **via)
    assert secure.hits[("GET", ONE)] == 1


def test_signalwire_rest_ca_file_names_the_ca_bundle(
    get: Get, secure: TLSLoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the official SDK reads it; an explicit `verify=` still wins."""
    monkeypatch.setenv("SIGNALWIRE_REST_CA_FILE", secure.ca_path)
    assert get(secure.url) == "via-https"
    with pytest.raises(SignalWireRestTransportError, match=r"(?i)certificate|ssl"):
        get(secure.url, verify=ssl.create_default_context())
    monkeypatch.setenv("SIGNALWIRE_REST_CA_FILE", secure.ca_path + ".missing")
    with pytest.raises(ValueError, match="SIGNALWIRE_REST_CA_FILE"):
        get(secure.url)
