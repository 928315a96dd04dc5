"""`signalwire_async.testing`: the fake space's errors, credentials, paging and faults, its
loopback server and `serve` command, and its pytest fixtures. (Every resource is walked
through it in `tests/_async/test_fake_space.py`.)"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Mapping
from urllib.parse import urlsplit

import httpx
import pytest
import trio

from signalwire_async import (
    AsyncRestClient,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    RestClient,
    ServerError,
    SignalWireRestTransportError,
)
from signalwire_async.testing import FakeSpace, Faults, Reply

pytest_plugins = ["pytester"]

ENDPOINTS = "/api/fabric/resources/sip_endpoints"
CALLS = "/api/laml/2010-04-01/Accounts/test-project/Calls"


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


def new_endpoint(client: RestClient, name: str = "alice") -> str:
    return client.fabric.sip_endpoints.create(username=name, password="s3cret-pw").id


# -- errors in the API's shapes -------------------------------------------------------------


def test_a_wrong_token_is_401_with_the_rest_body_and_the_client_raises_it(
    space: FakeSpace,
) -> None:
    with RestClient("test-project", "wrong", space.host, http_client=_http(space)) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.fabric.sip_endpoints.create(username="a", password="pw")
    assert caught.value.status_code == 401
    assert caught.value.body == {"error": "Unauthorized"}
    assert caught.value.request_id
    assert space.items(ENDPOINTS) == []


def test_a_wrong_project_on_the_compatibility_api_is_its_own_401(raw: httpx.Client) -> None:
    response = raw.get(CALLS, headers={"Authorization": basic("other")})
    assert response.status_code == 401
    assert response.json()["status"] == 401
    assert set(response.json()) == {"code", "message", "more_info", "status"}


def test_missing_required_fields_are_422_in_each_api_shape(raw: httpx.Client) -> None:
    rest = raw.post(ENDPOINTS, json={"password": "a"})
    assert rest.status_code == 422
    (error,) = rest.json()["errors"]
    assert error["attribute"] == "username"
    assert set(error) == {"type", "code", "message", "attribute", "url"}

    relay = raw.post("/api/relay/rest/endpoints/sip", json={})
    assert relay.status_code == 422
    assert {e["detail"].split()[0] for e in relay.json()["errors"]} >= {"username"}
    assert set(relay.json()["errors"][0]) == {"detail", "status", "title", "code"}

    compat = raw.post(CALLS, data={"To": "+15550100001"})
    assert compat.status_code == 422
    assert "From" in compat.json()["message"]
    assert compat.json()["status"] == 422


def test_unknown_ids_are_404_and_the_client_keeps_working(space: FakeSpace) -> None:
    with space.client() as client:
        with pytest.raises(NotFoundError) as caught:
            client.fabric.sip_endpoints.get("no-such-id")
        assert caught.value.body == {"error": "Not Found"}
        with pytest.raises(NotFoundError) as compat:
            client.compat.calls.get("no-such-sid")
        assert compat.value.body["code"] == 20404
        assert client.fabric.sip_endpoints.get(new_endpoint(client)).username == "alice"


def test_an_unknown_path_is_404(raw: httpx.Client) -> None:
    assert raw.get("/api/no/such/thing").status_code == 404


# -- state and paging -----------------------------------------------------------------------


def test_lists_page_through_links_next_with_page_token_and_page_size(space: FakeSpace) -> None:
    with space.client() as client:
        made = [new_endpoint(client, f"user{i}") for i in range(7)]
        first = client.fabric.sip_endpoints.list(page_size=3).first_page()
        assert len(first["data"]) == 3
        assert "page_token=PA3" in first["links"]["next"]
        assert first["links"]["next"].startswith("https://fake.signalwire.com/")
        assert [ep.id for ep in client.fabric.sip_endpoints.list(page_size=3)] == made
        assert len(space.requests) == 7 + 1 + 3


def test_compatibility_lists_page_through_next_page_uri(space: FakeSpace) -> None:
    with space.client() as client:
        for i in range(3):
            client.compat.calls.create(From="+15550100000", To=f"+1555010000{i}", Url="https://a.b")
        first = client.compat.calls.list(PageSize=2).first_page()
        assert first["next_page_uri"].startswith(CALLS + "?")
        assert [call.to for call in client.compat.calls.list(PageSize=2)] == [
            "+15550100000",
            "+15550100001",
            "+15550100002",
        ]


def test_an_invalid_page_size_is_422(raw: httpx.Client) -> None:
    assert raw.get(ENDPOINTS, params={"page_size": 5000}).status_code == 422


def test_added_items_are_listed_and_read_like_created_ones(space: FakeSpace) -> None:
    added = space.add("/api/video/room_recordings", duration_seconds=12)
    with space.client() as client:
        assert [r.id for r in client.video.room_recordings.list()] == [added["id"]]
        assert client.video.room_recordings.get(added["id"]).id == added["id"]
    with pytest.raises(ValueError, match="no declared collection"):
        space.add("/api/nothing/here")


def test_fabric_resources_shows_every_kind_of_resource(space: FakeSpace) -> None:
    with space.client() as client:
        endpoint = new_endpoint(client)
        gateway = client.fabric.sip_gateways.create(
            name="gw", uri="sip:gw@example.com", encryption="required", ciphers=[], codecs=[]
        )
        kinds = {r.id: r.type for r in client.fabric.resources.list()}
        assert kinds == {endpoint: "sip_endpoint", gateway.id: "sip_gateway"}
        assert client.fabric.resources.get(endpoint).sip_endpoint == {
            "type": "sip_endpoint",
            "id": endpoint,
            "username": "alice",
        }
        client.fabric.resources.delete(gateway.id)
    assert space.items("/api/fabric/resources/sip_gateways") == []


def test_what_the_api_does_not_store_is_not_echoed(space: FakeSpace) -> None:
    with space.client() as client:
        new_endpoint(client)
    (stored,) = space.items(ENDPOINTS)
    assert "password" not in stored
    assert space.requests[0].json()["password"] == "s3cret-pw"
    assert space.requests[0].operation == "fabric.sip_endpoints.create"


# -- credentials ----------------------------------------------------------------------------


def test_subscriber_operations_take_only_a_bearer_token_the_space_issued(
    space: FakeSpace,
) -> None:
    with space.client() as client:
        with pytest.raises(AuthenticationError):
            list(client.fabric.addresses.list(subscriber_token="made-up"))
        issued = client.fabric.tokens.create_subscriber_token(reference="alice").token
        assert list(client.fabric.addresses.list(subscriber_token=issued)) == []
        assert (
            list(client.fabric.addresses.list(subscriber_token=space.issue_subscriber_token()))
            == []
        )


def test_the_token_is_not_in_reprs_or_recorded_requests(space: FakeSpace) -> None:
    secret = FakeSpace("p", "secret-token-value")
    with secret.client() as client:
        new_endpoint(client)
    assert "secret-token-value" not in repr(secret)
    assert "secret-token-value" not in repr(secret.requests)


# -- faults ---------------------------------------------------------------------------------


def test_a_chosen_429_is_retried_and_the_write_happens_once(space: FakeSpace) -> None:
    space.fail_next("POST", ENDPOINTS, status=429, headers={"Retry-After": "0"})
    with space.client() as client:
        new_endpoint(client)
    assert [r.method for r in space.requests] == ["POST", "POST"]
    assert len(space.items(ENDPOINTS)) == 1
    assert space.fault_counts.chosen == 1


def test_a_dropped_connection_fails_a_post_but_a_get_is_retried(space: FakeSpace) -> None:
    with space.client() as client:
        endpoint = new_endpoint(client)
        space.fail_next("POST", drop=True)
        with pytest.raises(SignalWireRestTransportError):
            new_endpoint(client, "bob")
        space.fail_next("GET", drop=True)
        assert client.fabric.sip_endpoints.get(endpoint).id == endpoint
    assert len(space.items(ENDPOINTS)) == 1  # a dropped write was not processed


def test_a_fraction_of_5xx_fails_what_may_not_be_replayed(space: FakeSpace) -> None:
    space.faults = Faults(error_rate=1.0)
    with space.client(max_retries=1) as client:
        with pytest.raises(ServerError) as caught:
            new_endpoint(client)
    assert caught.value.status_code == 503
    assert space.fault_counts.errors == 1  # a POST's 503 without Retry-After: not retried
    assert space.items(ENDPOINTS) == []


def test_faults_are_repeatable_with_a_seed_and_latency_is_added() -> None:
    def outcomes(space: FakeSpace) -> list[int]:
        headers = {"authorization": basic()}
        url = f"https://fake.signalwire.com{ENDPOINTS}"
        return [space.handle("GET", url, headers, b"").status for _ in range(40)]

    def faults() -> Faults:
        return Faults(error_rate=0.3, rate_limit_rate=0.2, seed=7)

    first = outcomes(FakeSpace(faults=faults()))
    assert first == outcomes(FakeSpace(faults=faults()))
    assert {200, 429, 503} <= set(first)
    slow = FakeSpace(faults=Faults(latency=0.25))
    reply = slow.handle("GET", f"https://x{ENDPOINTS}", {"authorization": basic()}, b"")
    assert reply.delay == 0.25


def test_the_in_process_transport_runs_under_trio_with_latency() -> None:
    space = FakeSpace(faults=Faults(latency=0.001))

    async def main() -> str:
        async with space.async_client() as client:
            made = await client.fabric.sip_endpoints.create(username="t", password="pw")
            return (await client.fabric.sip_endpoints.get(made.id)).username

    assert trio.run(main) == "t"


# -- over loopback ------------------------------------------------------------------------


def test_the_served_space_speaks_http_to_both_clients(space: FakeSpace) -> None:
    with space.serve() as served:
        with RestClient("test-project", "test-token", served.host) as client:
            endpoint = new_endpoint(client)
            space.fail_next("GET", drop=True)  # the server closes the connection unanswered
            assert client.fabric.sip_endpoints.get(endpoint).id == endpoint

        async def main() -> list[str]:
            async with AsyncRestClient("test-project", "test-token", served.host) as client:
                return [ep.id async for ep in client.fabric.sip_endpoints.list()]

        assert trio.run(main) == [endpoint]
        assert httpx.get(f"{served.url}{ENDPOINTS}").status_code == 401


def test_the_transport_and_the_server_carry_any_handler_not_only_a_space() -> None:
    """They depend on the `Handler` protocol: anything with `handle()` can be served."""
    from signalwire_async.testing._handler import Handler
    from signalwire_async.testing._server import ServedSpace
    from signalwire_async.testing._transport import FakeTransport

    class Echo:
        def handle(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> Reply:
            said = f"{method} {urlsplit(url).path} {headers.get('x-said')} ".encode()
            return Reply(200, said + body, {"X-Echo": "yes"})

    echo: Handler = Echo()
    with httpx.Client(transport=FakeTransport(echo)) as client:
        answered = client.post("https://anywhere/in", content=b"hi", headers={"X-Said": "a"})
    assert (answered.text, answered.headers["x-echo"]) == ("POST /in a hi", "yes")
    with ServedSpace(echo) as served, httpx.Client() as client:
        answered = client.put(f"{served.url}/out", content=b"yo", headers={"X-Said": "b"})
        assert served.space is echo
    assert (answered.text, answered.headers["x-echo"]) == ("PUT /out b yo", "yes")


def test_serve_prints_where_and_which_credentials_and_keeps_env_tokens_secret() -> None:
    env = {**os.environ, "SIGNALWIRE_API_TOKEN": "env-secret-token"}
    env.pop("SIGNALWIRE_PROJECT_ID", None)
    command = [sys.executable, "-m", "signalwire_async.testing", "serve", "--port", "0"]
    with subprocess.Popen(
        [*command, "--project", "proj-7"], stdout=subprocess.PIPE, text=True, env=env
    ) as process:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        url = lines[0].split()[-1]
        assert url.startswith("http://127.0.0.1:")
        assert "proj-7" in lines[1]
        assert "env-secret-token" not in "".join(lines)
        auth = {"Authorization": basic("proj-7", "env-secret-token")}
        try:
            assert httpx.get(f"{url}{ENDPOINTS}", headers=auth).status_code == 200
        finally:
            process.terminate()


# -- the pytest plugin ------------------------------------------------------------------------


def test_the_pytest_fixtures_give_users_a_space_clients_and_a_server(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest('pytest_plugins = ["signalwire_async.testing.pytest_plugin"]')
    pytester.makepyfile(
        textwrap.dedent(
            """
            import pytest
            from signalwire_async import AsyncRestClient, RateLimitError, RestClient
            from signalwire_async.testing import Faults


            def test_in_process(fake_space, fake_client):
                fake_client.fabric.sip_endpoints.create(username="a", password="pw")
                assert len(fake_space.items("/api/fabric/resources/sip_endpoints")) == 1


            def test_async_client(fake_space, fake_async_client):
                assert isinstance(fake_async_client, AsyncRestClient)


            @pytest.mark.fake_space(faults=Faults(rate_limit_rate=1.0, retry_after=0))
            def test_marker_configures_faults(fake_client):
                with pytest.raises(RateLimitError):
                    fake_client.fabric.sip_endpoints.get("x")


            def test_env_names_the_served_space(fake_space_env):
                with RestClient() as client:
                    assert list(client.fabric.sip_endpoints.list()) == []
            """
        )
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


def _http(space: FakeSpace) -> httpx.Client:
    return httpx.Client(transport=space.transport())


def test_recorded_bodies_are_the_bytes_sent(space: FakeSpace) -> None:
    with space.client() as client:
        client.compat.calls.create(From="+15550100000", To="+15550100001", Url="https://a.b")
    assert space.requests[0].body.startswith(b"From=")
    assert space.requests[0].operation == "compat.calls.create"


def test_the_readme_testing_example_passes() -> None:
    import asyncio
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    (block,) = [
        b
        for b in re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
        if "async def test_provisioning_survives_rate_limits" in b
    ]
    namespace: dict[str, object] = {}
    exec(compile(block, "README.md", "exec"), namespace)
    test = namespace["test_provisioning_survives_rate_limits"]
    assert callable(test)
    asyncio.run(test())


def test_a_username_is_taken_until_changed_or_deleted(space: FakeSpace) -> None:
    with space.client() as client:
        alice = new_endpoint(client, "alice")
        with pytest.raises(ConflictError) as caught:
            new_endpoint(client, "alice")
        assert caught.value.body == {"error": "username is already taken"}
        client.fabric.sip_endpoints.update(alice, username="carol")
        bob = new_endpoint(client, "alice")  # free again
        with pytest.raises(ConflictError):
            new_endpoint(client, "carol")
        client.fabric.sip_endpoints.delete(alice)
        new_endpoint(client, "carol")
        assert client.fabric.sip_endpoints.get(bob).username == "alice"


def test_a_singleton_such_as_the_sip_profile_keeps_its_changes(space: FakeSpace) -> None:
    with space.client() as client:
        client.sip_profile.update(domain_identifier="acme", default_codecs=["OPUS"])
        profile = client.sip_profile.get()
    assert (profile.domain_identifier, profile.default_codecs) == ("acme", ["OPUS"])


def test_fail_next_matches_a_template_or_an_operation_and_reset_empties_the_space(
    space: FakeSpace,
) -> None:
    space.fail_next(path=f"{ENDPOINTS}/{{id}}", status=503)
    space.fail_next(operation="fabric.sip_endpoints.create", status=500)
    with space.client(max_retries=0) as client:
        with pytest.raises(ServerError) as created:
            new_endpoint(client)
        assert created.value.status_code == 500
        endpoint = new_endpoint(client)
        with pytest.raises(ServerError) as got:
            client.fabric.sip_endpoints.get(endpoint)
        assert got.value.status_code == 503
        assert client.fabric.sip_endpoints.get(endpoint).id == endpoint
        with pytest.raises(ValueError, match="no operation"):
            space.fail_next(operation="fabric.sip_endpoints.nope")
        space.reset()
        assert space.items(ENDPOINTS) == []
        assert not space.requests
        new_endpoint(client)  # the username is free again
