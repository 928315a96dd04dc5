"""`signalwire_async.testing`: the rules the fake space keeps under pressure: filters hold
on every page, unique values stay unique through updates and deletes, bad input is a 4xx
(never a 500 or an exception out of the transport), what a served space keeps is bounded
in bytes, and a space served on IPv6 or on every address names a host a client reads as
plain http."""

from __future__ import annotations

import ast
import asyncio
import base64
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trio

from signalwire_async import ConflictError, RestClient
from signalwire_async._config import base_url_for
from signalwire_async.testing import FakeSpace, _routes, _server, _space

ENDPOINTS = "/api/fabric/resources/sip_endpoints"
RELAY_ENDPOINTS = "/api/relay/rest/endpoints/sip"
A, B = "+15550100001", "+15550100002"


def basic(project: str = "test-project", token: str = "test-token") -> str:
    return "Basic " + base64.b64encode(f"{project}:{token}".encode()).decode()


@pytest.fixture
def space() -> FakeSpace:
    return FakeSpace()


@pytest.fixture
def raw(space: FakeSpace) -> Iterator[httpx.Client]:
    """A plain httpx client on the space: requests the typed client would refuse to send."""
    with httpx.Client(
        transport=space.transport(),
        base_url="https://fake.signalwire.com",
        headers={"Authorization": basic()},
    ) as client:
        yield client


# -- filters hold on every page -------------------------------------------------------------


def test_a_filtered_compatibility_list_walks_exactly_the_matching_items(space: FakeSpace) -> None:
    with space.client() as client:
        made = [
            client.compat.calls.create(
                From="+15550100000", To=A if i % 2 == 0 else B, Url="https://a.b"
            )
            for i in range(6)
        ]
        walked = list(client.compat.calls.list(To=A, PageSize=2))
        first = client.compat.calls.list(To=A, PageSize=2).first_page()
    assert [call.sid for call in walked] == [call.sid for call in made if call.to == A]
    assert "To=%2B15550100001" in first["next_page_uri"]
    assert "To=%2B15550100001" in first["first_page_uri"]
    pages = [r for r in space.requests if r.operation == "compat.calls.list"]
    assert len(pages) == 2 + 1  # the walk's two pages, then the first page again


def test_a_filtered_rest_list_walks_exactly_the_matching_items(space: FakeSpace) -> None:
    with space.client() as client:
        made = [client.projects.create(name="blue" if i % 2 else "red") for i in range(6)]
        walked = [project.id for project in client.projects.list(name="blue", page_size=2)]
        first = client.projects.list(name="blue", page_size=2).first_page()
    assert walked == [project.id for project in made if project.name == "blue"]
    assert "name=blue" in first["links"]["next"]
    assert "page_token=PA2" in first["links"]["next"]


def test_a_page_token_counts_within_the_filtered_list(raw: httpx.Client) -> None:
    for i in range(6):
        raw.post(
            "/api/laml/2010-04-01/Accounts/test-project/Calls",
            data={"From": "+15550100000", "To": A if i < 3 else B, "Url": "https://a.b"},
        ).raise_for_status()
    second = raw.get(
        "/api/laml/2010-04-01/Accounts/test-project/Calls",
        params={"To": B, "PageSize": 2, "Page": 1, "PageToken": "PA2"},
    ).json()
    assert [call["to"] for call in second["calls"]] == [B]
    assert second["next_page_uri"] is None
    assert "To=%2B15550100002" in second["previous_page_uri"]


# -- unique values stay unique ---------------------------------------------------------------


@pytest.mark.parametrize("resource", ["fabric.sip_endpoints", "sip_endpoints"])
def test_an_update_may_not_take_a_username_in_use(space: FakeSpace, resource: str) -> None:
    with space.client() as client:
        endpoints = client.fabric.sip_endpoints if "." in resource else client.sip_endpoints
        alice = endpoints.create(username="alice", password="s3cret-pw").id
        bob = endpoints.create(username="bob", password="s3cret-pw").id
        with pytest.raises(ConflictError) as caught:
            endpoints.update(bob, username="alice")
        assert caught.value.status_code == 409
        assert endpoints.get(bob).username == "bob"  # the refused update changed nothing
        endpoints.update(alice, username="alice", password="n3w-pw")  # its own: no conflict
        with pytest.raises(ConflictError):
            endpoints.create(username="bob", password="s3cret-pw")
        usernames = [str(ep.username) for ep in endpoints.list()]
    assert sorted(usernames) == ["alice", "bob"]


def test_the_unique_index_follows_updates_and_deletes(space: FakeSpace) -> None:
    with space.client() as client:
        endpoints = client.fabric.sip_endpoints
        alice = endpoints.create(username="alice", password="s3cret-pw").id
        endpoints.update(alice, username="carol")  # frees "alice", takes "carol"
        second = endpoints.create(username="alice", password="s3cret-pw").id
        with pytest.raises(ConflictError):
            endpoints.update(alice, username="alice")
        with pytest.raises(ConflictError):
            endpoints.create(username="carol", password="s3cret-pw")
        endpoints.delete(second)  # frees "alice" again
        endpoints.update(alice, username="alice")
        endpoints.create(username="carol", password="s3cret-pw")
        with pytest.raises(ConflictError):
            endpoints.create(username="alice", password="s3cret-pw")
        usernames = sorted(ep.username for ep in endpoints.list())
    assert usernames == ["alice", "carol"]


# -- bad input is a 4xx ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"[" * 100_000, id="unclosed-arrays"),
        pytest.param(b"[" * 5_000 + b"]" * 5_000, id="closed-arrays"),
        pytest.param(b'{"username":' * 3_000 + b"1" + b"}" * 3_000, id="objects"),
        pytest.param(b'{"username":' + b"[" * 101 + b"]" * 101 + b"}", id="just-over-the-bound"),
    ],
)
def test_deeply_nested_json_is_400_in_process_and_served(space: FakeSpace, body: bytes) -> None:
    headers = {"Authorization": basic(), "Content-Type": "application/json"}
    with httpx.Client(transport=space.transport()) as local:
        in_process = local.post(
            f"https://fake.signalwire.com{ENDPOINTS}", content=body, headers=headers
        )
    with space.serve() as served, httpx.Client() as remote:
        over_http = remote.post(f"{served.url}{ENDPOINTS}", content=body, headers=headers)
    for answered in (in_process, over_http):
        assert answered.status_code == 400
        assert "nests deeper than 100 levels" in answered.json()["error"]
    assert space.items(ENDPOINTS) == []


def test_deep_json_is_400_through_the_async_transport_on_asyncio_and_trio(
    space: FakeSpace,
) -> None:
    headers = {"Authorization": basic(), "Content-Type": "application/json"}

    async def post() -> int:
        async with httpx.AsyncClient(transport=space.transport()) as http:
            url = f"https://fake.signalwire.com{ENDPOINTS}"
            return (await http.post(url, content=b"[" * 100_000, headers=headers)).status_code

    assert asyncio.run(post()) == 400
    assert trio.run(post) == 400


def test_json_nested_up_to_the_bound_is_taken(raw: httpx.Client) -> None:
    nested = json.loads("[" * 99 + "]" * 99)
    body = {"username": "alice", "password": "pw", "codecs": nested}
    assert raw.post(ENDPOINTS, json=body).status_code == 201


def test_no_route_answers_deep_or_odd_json_with_a_5xx_or_an_exception(space: FakeSpace) -> None:
    headers = httpx.Headers({"Authorization": basic(), "Content-Type": "application/json"})
    bodies = [b"[" * 50_000, b"[1, 2", b"1", b'"x"', b"null", b"[]", b'{"params": [1]}']
    answered = set()
    for route in _routes.routes():
        path = _routes.fill(route.op.path, {}, default="x")
        for body in bodies:
            reply = space.handle(route.op.http, f"https://fake.signalwire.com{path}", headers, body)
            answered.add(reply.status)
    assert answered and all(status < 500 for status in answered)


@pytest.mark.parametrize(
    ("query", "bad"),
    [
        ({"page_token": "PA-2"}, "page_token"),
        ({"page_token": "PA01"}, "page_token"),
        ({"page_token": "PA" + "9" * 5_000}, "page_token"),
        ({"page_token": "PA٣"}, "page_token"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "1e3"}, "page_size"),
    ],
)
def test_a_page_token_or_size_the_space_did_not_give_is_422(
    raw: httpx.Client, query: dict[str, str], bad: str
) -> None:
    answered = raw.get(ENDPOINTS, params=query)
    assert answered.status_code == 422
    assert answered.json()["errors"][0]["attribute"] == bad


# -- what a served space keeps is bounded in bytes ---------------------------------------------


def test_the_bodies_of_requests_refused_for_their_credentials_are_not_kept(
    space: FakeSpace,
) -> None:
    big = b"x" * (1024 * 1024)
    with space.serve() as served, httpx.Client(base_url=served.url) as http:
        for auth in (None, basic(token="wrong"), "Bearer not-issued"):
            headers = {"Authorization": auth} if auth else {}
            assert http.post(ENDPOINTS, content=big, headers=headers).status_code == 401
        kept = http.post(
            ENDPOINTS, json={"username": "a", "password": "pw"}, headers={"Authorization": basic()}
        )
        assert kept.status_code == 201
    assert [(r.method, r.path) for r in space.requests] == [("POST", ENDPOINTS)] * 4
    assert [r.body for r in space.requests][:3] == [b""] * 3
    assert space.requests[3].json() == {"username": "a", "password": "pw"}


def test_the_recorded_requests_are_bounded_in_bytes_oldest_dropped_first(
    space: FakeSpace, raw: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_space, "KEPT_REQUEST_BYTES", 10_000)
    for i in range(5):
        raw.post(ENDPOINTS, json={"username": f"u{i}", "password": "p" * 3_000})
    assert [r.json()["username"] for r in space.requests] == ["u2", "u3", "u4"]
    space.requests.clear()  # a test may empty it itself: the count starts again
    for i in range(5, 8):
        raw.post(ENDPOINTS, json={"username": f"u{i}", "password": "p" * 3_000})
    assert [r.json()["username"] for r in space.requests] == ["u5", "u6", "u7"]
    raw.post(ENDPOINTS, json={"username": "huge", "password": "p" * 20_000})
    assert [r.json()["username"] for r in space.requests] == ["huge"]  # the newest stays
    raw.get(ENDPOINTS)
    assert [r.method for r in space.requests] == ["GET"]  # and goes with the next one


def test_the_readme_names_the_bounds_on_what_is_kept() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    section = readme[readme.index("## Testing your code against a fake space") :]
    assert _space.KEPT_REQUESTS == 100_000 and "100,000 requests" in section
    assert _space.KEPT_REQUEST_BYTES == 64 * 1024 * 1024 and "64 MiB" in section


# -- served on IPv6 or on every address ----------------------------------------------------------


def _has_ipv6() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


needs_ipv6 = pytest.mark.skipif(not _has_ipv6(), reason="no IPv6 loopback here")


@pytest.mark.parametrize(
    ("bind", "name"),
    [
        pytest.param("::1", "[::1]", marks=needs_ipv6),
        pytest.param("[::1]", "[::1]", marks=needs_ipv6),
        pytest.param("::", "[::1]", marks=needs_ipv6),
        ("0.0.0.0", "127.0.0.1"),
        ("127.0.0.1", "127.0.0.1"),
        ("localhost", "localhost"),
    ],
)
def test_a_served_space_names_a_host_the_client_reads_as_http(
    space: FakeSpace, bind: str, name: str
) -> None:
    with space.serve(bind) as served:
        assert served.host == f"{name}:{served.port}"
        assert served.url == f"http://{name}:{served.port}"
        assert base_url_for(served.host) == served.url
        with RestClient(space.project, space.token, served.host) as client:
            client.fabric.sip_endpoints.create(username="alice", password="s3cret-pw")
            assert [ep.username for ep in client.fabric.sip_endpoints.list()] == ["alice"]


def test_a_host_the_client_would_read_as_https_is_given_with_its_scheme() -> None:
    assert _server.client_host("192.0.2.10", 8089) == "http://192.0.2.10:8089"
    assert _server.client_host("build-box", 8089) == "http://build-box:8089"
    assert base_url_for(_server.client_host("build-box", 8089)) == "http://build-box:8089"


@pytest.mark.parametrize(
    ("bind", "url_host"),
    [pytest.param("::1", "[::1]", marks=needs_ipv6), ("0.0.0.0", "127.0.0.1")],
)
def test_serve_prints_a_working_url_and_client_line(bind: str, url_host: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALWIRE_")}
    command = [sys.executable, "-m", "signalwire_async.testing", "serve", "--port", "0"]
    with subprocess.Popen(
        [*command, "--host", bind], stdout=subprocess.PIPE, text=True, env=env
    ) as process:
        assert process.stdout is not None
        try:
            lines = [process.stdout.readline() for _ in range(4)]
            url = httpx.URL(lines[0].split()[-1])
            assert (url.scheme, f"[{url.host}]" if ":" in url.host else url.host) == (
                "http",
                url_host,
            )
            call = ast.parse(lines[3].split("client:")[1].strip(), mode="eval").body
            assert isinstance(call, ast.Call)
            host = ast.literal_eval(call.args[2])
            assert base_url_for(host) == str(url)
            with RestClient("test-project", "test-token", host) as client:
                assert list(client.fabric.sip_endpoints.list()) == []
        finally:
            process.terminate()
