"""Self-tests of `tests/proxy.py` and `tests/tls.py` with plain httpx and aiohttp.

They prove the loopback proxy and TLS server work over real sockets (forward proxying,
CONNECT tunnelling to TLS verified against the throwaway CA, 407, what `.seen` records,
clean shutdown), so the client's own proxy tests can rely on them.
"""

from __future__ import annotations

import base64
import socket
import ssl
import threading
import time
from collections.abc import Iterator

import aiohttp
import httpx
import pytest

from .loopback import Behaviour, Handler, LoopbackServer, hang_up, refused_host, reset, truncate
from .proxy import LoopbackProxy, Seen, loopback_proxy
from .tls import TLSLoopbackServer, tls_server

CREDENTIALS = ("user", "pass")
BASIC = "Basic " + base64.b64encode(b"user:pass").decode()


def echo(handler: Handler) -> None:
    handler.send_json(
        200,
        {
            "method": handler.command,
            "path": handler.path,
            "body": handler.body.decode(),
            "host": handler.headers.get("host"),
            "proxy-authorization": handler.headers.get("proxy-authorization"),
        },
    )


@pytest.fixture
def origin(server: LoopbackServer) -> LoopbackServer:
    server.route("GET", "/api/x", echo)
    server.route("POST", "/api/x", echo)
    return server


@pytest.fixture
def tls() -> Iterator[TLSLoopbackServer]:
    with tls_server() as running:
        running.route("GET", "/api/x", echo)
        yield running


@pytest.fixture
def proxy() -> Iterator[LoopbackProxy]:
    with loopback_proxy() as running:
        yield running


@pytest.fixture
def auth_proxy() -> Iterator[LoopbackProxy]:
    with loopback_proxy(require_auth=CREDENTIALS) as running:
        yield running


# httpx, sync


def test_forward_http(origin: LoopbackServer, proxy: LoopbackProxy) -> None:
    with httpx.Client(proxy=proxy.url) as client:
        response = client.get(f"http://{origin.host}/api/x?a=1")
    assert response.status_code == 200
    assert response.json() == {
        "method": "GET",
        "path": "/api/x?a=1",  # origin-form at the origin
        "body": "",
        "host": origin.host,
        "proxy-authorization": None,  # hop-by-hop: never forwarded
    }
    [seen] = proxy.seen
    assert (seen.method, seen.target) == ("GET", f"http://{origin.host}/api/x?a=1")
    assert seen.headers["host"] == origin.host
    assert "proxy-authorization" not in seen.headers
    assert origin.hits[("GET", "/api/x")] == 1
    assert proxy.errors == []


def test_forward_keeps_the_client_connection_alive(
    origin: LoopbackServer, proxy: LoopbackProxy
) -> None:
    with httpx.Client(proxy=proxy.url) as client:
        for _ in range(3):
            assert client.get(f"http://{origin.host}/api/x").status_code == 200
        response = client.post(f"http://{origin.host}/api/x", json={"n": 1})
    assert response.json()["body"] == '{"n":1}'
    assert proxy.connections == 1  # one client connection carried all four requests
    assert [seen.method for seen in proxy.seen] == ["GET", "GET", "GET", "POST"]
    assert origin.hits[("GET", "/api/x")] == 3


def test_forward_relays_status_and_headers(server: LoopbackServer, proxy: LoopbackProxy) -> None:
    server.route("GET", "/gone", lambda h: h.send_json(404, {"e": 1}, {"X-Trace": "abc"}))
    with httpx.Client(proxy=proxy.url) as client:
        response = client.get(f"http://{server.host}/gone")
        head = client.head(f"http://{server.host}/gone")  # loopback.py has no do_HEAD
        again = client.get(f"http://{server.host}/gone")
    assert (response.status_code, response.json(), response.headers["x-trace"]) == (
        404,
        {"e": 1},
        "abc",
    )
    assert (head.status_code, head.content) == (501, b"")  # bodiless HEAD framing
    assert again.status_code == 404
    assert proxy.connections == 1


def test_forward_to_a_dead_origin_is_502(proxy: LoopbackProxy) -> None:
    with httpx.Client(proxy=proxy.url) as client:
        response = client.get(f"http://{refused_host()}/api/x")
    assert response.status_code == 502
    assert len(proxy.seen) == 1


@pytest.mark.parametrize(
    "fault", [truncate(), reset(), hang_up], ids=["truncate", "reset", "hang_up"]
)
def test_forward_of_a_failed_answer_is_502(
    server: LoopbackServer, proxy: LoopbackProxy, fault: Behaviour
) -> None:
    server.route("GET", "/fault", fault)
    server.route("GET", "/ok", echo)
    with httpx.Client(proxy=proxy.url) as client:
        failed = client.get(f"http://{server.host}/fault")
        after = client.get(f"http://{server.host}/ok")  # a new connection to the proxy
    assert (failed.status_code, after.status_code) == (502, 200)
    assert proxy.connections == 2


def test_connect_tls(tls: TLSLoopbackServer, proxy: LoopbackProxy) -> None:
    with httpx.Client(proxy=proxy.url, verify=tls.ssl_context()) as client:
        first = client.get(f"{tls.url}/api/x")
        second = client.get(f"{tls.url}/api/x")  # through the same tunnel
    assert first.status_code == second.status_code == 200
    assert first.json()["host"] == tls.host
    [seen] = proxy.seen
    assert (seen.method, seen.target) == ("CONNECT", tls.host)
    assert tls.hits[("GET", "/api/x")] == 2
    assert proxy.errors == []


def test_connect_tls_verifies_against_the_ca_file(
    tls: TLSLoopbackServer, proxy: LoopbackProxy
) -> None:
    # httpx 0.28 deprecates verify=<str>: a context made from the same PEM file.
    verify = ssl.create_default_context(cafile=tls.ca_path)
    with httpx.Client(proxy=proxy.url, verify=verify) as client:
        assert client.get(f"{tls.url}/api/x").status_code == 200
    assert tls.url.startswith("https://127.0.0.1:")


def test_connect_tls_rejects_an_untrusted_certificate(
    tls: TLSLoopbackServer, proxy: LoopbackProxy
) -> None:
    with httpx.Client(proxy=proxy.url, verify=ssl.create_default_context()) as client:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            client.get(f"{tls.url}/api/x")
    assert [seen.method for seen in proxy.seen] == ["CONNECT"]
    assert tls.hits[("GET", "/api/x")] == 0


def test_tls_server_without_proxy(tls: TLSLoopbackServer) -> None:
    with httpx.Client(verify=tls.ssl_context()) as client:
        assert client.get(f"https://localhost:{tls.server_address[1]}/api/x").status_code == 200
        assert client.get(f"{tls.url}/api/x").status_code == 200
    assert tls.hits[("GET", "/api/x")] == 2


def test_auth_required(origin: LoopbackServer, tls: TLSLoopbackServer) -> None:
    with loopback_proxy(require_auth=CREDENTIALS) as proxy:
        with httpx.Client(proxy=proxy.url, verify=tls.ssl_context()) as client:
            denied = client.get(f"http://{origin.host}/api/x")
            with pytest.raises(httpx.ProxyError, match="407"):
                client.get(f"{tls.url}/api/x")
        with httpx.Client(proxy=proxy.url_with("user", "wrong")) as client:
            wrong = client.get(f"http://{origin.host}/api/x")
        with httpx.Client(proxy=proxy.url_with(*CREDENTIALS), verify=tls.ssl_context()) as client:
            allowed = client.get(f"http://{origin.host}/api/x")
            tunnelled = client.get(f"{tls.url}/api/x")
    assert denied.status_code == wrong.status_code == 407
    assert denied.headers["proxy-authenticate"].startswith("Basic")
    assert allowed.status_code == tunnelled.status_code == 200
    assert allowed.json()["proxy-authorization"] is None  # consumed by the proxy
    assert proxy.proxy_authorizations == [
        "",
        "",
        "Basic " + base64.b64encode(b"user:wrong").decode(),
        BASIC,
        BASIC,
    ]
    assert [seen.method for seen in proxy.seen] == ["GET", "CONNECT", "GET", "GET", "CONNECT"]
    assert origin.hits[("GET", "/api/x")] == 1
    assert tls.hits[("GET", "/api/x")] == 1


def test_trust_env_http_proxy(
    origin: LoopbackServer, proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with httpx.Client(trust_env=True) as client:
        assert client.get(f"http://{origin.host}/api/x").status_code == 200
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with httpx.Client(trust_env=True) as client:
        assert client.get(f"http://{origin.host}/api/x").status_code == 200
    assert proxy.targets == [f"http://{origin.host}/api/x"]  # the second one went direct
    assert origin.hits[("GET", "/api/x")] == 2


# httpx, async


@pytest.mark.asyncio
async def test_async_forward_and_connect(
    origin: LoopbackServer, tls: TLSLoopbackServer, proxy: LoopbackProxy
) -> None:
    async with httpx.AsyncClient(
        proxy=proxy.url_with(*CREDENTIALS), verify=tls.ssl_context()
    ) as client:
        plain = await client.get(f"http://{origin.host}/api/x")
        secure = await client.get(f"{tls.url}/api/x")
    assert plain.status_code == secure.status_code == 200
    assert proxy.seen == [
        Seen("GET", f"http://{origin.host}/api/x", proxy.seen[0].headers),
        Seen("CONNECT", tls.host, proxy.seen[1].headers),
    ]
    assert proxy.proxy_authorizations == [BASIC, BASIC]  # recorded, though not required


@pytest.mark.asyncio
async def test_async_auth_required(origin: LoopbackServer, auth_proxy: LoopbackProxy) -> None:
    async with httpx.AsyncClient(proxy=auth_proxy.url) as client:
        assert (await client.get(f"http://{origin.host}/api/x")).status_code == 407
    async with httpx.AsyncClient(proxy=auth_proxy.url_with(*CREDENTIALS)) as client:
        assert (await client.get(f"http://{origin.host}/api/x")).status_code == 200


# aiohttp. Each test reads every body: aiohttp closes a connection whose answer was left
# unread with a graceful TLS shutdown nobody awaits, and the test's loop may close before it
# ends (a ResourceWarning). Read answers return the connection to the pool instead, which
# the session's close aborts and awaits.


@pytest.mark.asyncio
async def test_aiohttp_forward_and_connect(
    origin: LoopbackServer, tls: TLSLoopbackServer, proxy: LoopbackProxy
) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://{origin.host}/api/x", proxy=proxy.url) as response:
            assert response.status == 200
            assert (await response.json())["host"] == origin.host
        async with session.get(
            f"{tls.url}/api/x", proxy=proxy.url, ssl=tls.ssl_context()
        ) as response:
            assert response.status == 200
            assert (await response.json())["host"] == tls.host
    assert [(seen.method, seen.target) for seen in proxy.seen] == [
        ("GET", f"http://{origin.host}/api/x"),
        ("CONNECT", tls.host),
    ]
    assert origin.hits[("GET", "/api/x")] == tls.hits[("GET", "/api/x")] == 1
    assert proxy.errors == []


@pytest.mark.asyncio
async def test_aiohttp_connect_rejects_an_untrusted_certificate(
    tls: TLSLoopbackServer, proxy: LoopbackProxy
) -> None:
    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.ClientConnectorCertificateError):
            await session.get(f"{tls.url}/api/x", proxy=proxy.url)
    assert tls.hits[("GET", "/api/x")] == 0


@pytest.mark.asyncio
async def test_aiohttp_auth_required(
    origin: LoopbackServer, tls: TLSLoopbackServer, auth_proxy: LoopbackProxy
) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://{origin.host}/api/x", proxy=auth_proxy.url) as response:
            assert response.status == 407
            assert await response.read() == b"proxy authentication required"
        with pytest.raises(aiohttp.ClientHttpProxyError) as denied:
            await session.get(f"{tls.url}/api/x", proxy=auth_proxy.url, ssl=tls.ssl_context())
        assert denied.value.status == 407
        with_user = auth_proxy.url_with(*CREDENTIALS)
        async with session.get(f"http://{origin.host}/api/x", proxy=with_user) as response:
            assert (await response.json())["host"] == origin.host
        async with session.get(
            f"{tls.url}/api/x", proxy=with_user, ssl=tls.ssl_context()
        ) as response:
            assert (await response.json())["host"] == tls.host
    assert auth_proxy.proxy_authorizations == ["", "", BASIC, BASIC]
    assert origin.hits[("GET", "/api/x")] == tls.hits[("GET", "/api/x")] == 1


@pytest.mark.asyncio
async def test_aiohttp_trust_env(
    origin: LoopbackServer, proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    async with aiohttp.ClientSession(trust_env=True) as session:
        async with session.get(f"http://{origin.host}/api/x") as response:
            assert (await response.json())["host"] == origin.host
    assert proxy.targets == [f"http://{origin.host}/api/x"]


# Shutdown


def read_response(connection: socket.socket) -> bytes:
    """One whole Content-Length-framed answer from a raw socket."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += connection.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(head.lower().split(b"content-length:", 1)[1].split(b"\r\n", 1)[0])
    while len(body) < length:
        body += connection.recv(65536)
    return head + b"\r\n\r\n" + body


def test_shutdown_closes_open_connections() -> None:
    """Exiting the `with`s ends open tunnels and idle keep-alive connections, and their threads."""
    before = set(threading.enumerate())
    started = time.monotonic()
    with tls_server() as tls, loopback_proxy() as proxy:
        tls.route("GET", "/api/x", echo)
        idle = socket.create_connection(("127.0.0.1", proxy.server_address[1]))
        tunnel = socket.create_connection(("127.0.0.1", proxy.server_address[1]))
        tunnel.sendall(f"CONNECT {tls.host} HTTP/1.1\r\nHost: {tls.host}\r\n\r\n".encode())
        assert tunnel.recv(1024).startswith(b"HTTP/1.1 200 Connection established")
        secure = tls.ssl_context().wrap_socket(tunnel, server_hostname="127.0.0.1")
        direct = tls.ssl_context().wrap_socket(
            socket.create_connection(("127.0.0.1", tls.server_address[1])),
            server_hostname="localhost",
        )
        for connection in (secure, direct):
            connection.sendall(b"GET /api/x HTTP/1.1\r\nHost: x\r\n\r\n")
            assert read_response(connection).startswith(b"HTTP/1.1 200")
    assert time.monotonic() - started < 5
    assert set(threading.enumerate()) <= before  # every server and handler thread is gone
    with idle, secure, direct:
        assert idle.recv(1) == b""  # closed by the proxy
        assert direct.recv(1) == b""  # closed by the TLS server (no close_notify: ragged EOF)
    assert tls.hits[("GET", "/api/x")] == 2
