"""The client itself: credentials, host, headers, lifecycle, views."""

from __future__ import annotations

import base64

import httpx
import pytest
import respx

from signalwire_async import AsyncRestClient, ClientClosedError

from ..data import BASE, ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint


def make_client(**options: object) -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, "example", **options)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_sends_basic_auth_user_agent_and_accept(api: respx.MockRouter) -> None:
    route = api.get(f"{ENDPOINTS}/{ENDPOINT_ID}").respond(json=endpoint())
    async with make_client() as client:
        await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    request = route.calls.last.request
    expected = base64.b64encode(f"{PROJECT}:{TOKEN}".encode()).decode()
    assert request.headers["authorization"] == f"Basic {expected}"
    assert request.headers["user-agent"].startswith("signalwire-async/")
    assert request.headers["accept"] == "application/json"
    assert TOKEN not in str(request.url)


@pytest.mark.asyncio
async def test_loopback_host_means_plain_http() -> None:
    with respx.mock(using="httpx") as mock:
        route = mock.get(f"http://127.0.0.1:4010{ENDPOINTS}/{ENDPOINT_ID}").respond(json=endpoint())
        async with AsyncRestClient(PROJECT, TOKEN, "127.0.0.1:4010") as client:
            assert client.base_url == "http://127.0.0.1:4010"
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert route.called


@pytest.mark.asyncio
async def test_credentials_and_space_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, api: respx.MockRouter
) -> None:
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", PROJECT)
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", TOKEN)
    monkeypatch.setenv("SIGNALWIRE_SPACE", "example.signalwire.com")
    route = api.get(f"{ENDPOINTS}/{ENDPOINT_ID}").respond(json=endpoint())
    async with AsyncRestClient() as client:
        assert client.project_id == PROJECT
        await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert route.called


def test_missing_token_names_argument_and_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIGNALWIRE_API_TOKEN", raising=False)
    with pytest.raises(ValueError, match=r"token=.*SIGNALWIRE_API_TOKEN"):
        AsyncRestClient(PROJECT, None, "example")


@pytest.mark.parametrize("host", ["user:pw@example.signalwire.com", "example.com/api", "a b"])
def test_bad_host_is_rejected_before_any_request(host: str) -> None:
    with pytest.raises(ValueError, match="invalid"):
        AsyncRestClient(PROJECT, TOKEN, host)


@pytest.mark.asyncio
async def test_token_is_not_in_repr() -> None:
    async with make_client() as client:
        text = repr(client) + repr(client.with_options(max_retries=0))
        text += repr(client.fabric.sip_endpoints)
    assert TOKEN not in text
    assert PROJECT in text


@pytest.mark.asyncio
async def test_closed_client_raises_clear_error_and_aclose_is_idempotent() -> None:
    client = make_client()
    await client.aclose()
    await client.aclose()
    assert client.is_closed
    with pytest.raises(ClientClosedError, match="closed"):
        await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    with pytest.raises(ClientClosedError):
        async with client:
            pass


@pytest.mark.asyncio
async def test_a_client_passed_in_is_used_and_never_closed(api: respx.MockRouter) -> None:
    route = api.get(f"{ENDPOINTS}/{ENDPOINT_ID}").respond(json=endpoint())
    seen: list[int] = []

    async def hook(response: httpx.Response) -> None:
        seen.append(response.status_code)

    http = httpx.AsyncClient(event_hooks={"response": [hook]})
    async with AsyncRestClient(PROJECT, TOKEN, "example", http_client=http) as client:
        await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert route.called
    assert seen == [200]  # the caller's client is used through its own send()
    assert route.calls.last.request.headers["authorization"].startswith("Basic ")
    assert not http.is_closed
    await http.aclose()


@pytest.mark.asyncio
async def test_with_options_shares_the_pool_and_never_closes_it(api: respx.MockRouter) -> None:
    route = api.get(f"{ENDPOINTS}/{ENDPOINT_ID}").respond(json=endpoint())
    async with make_client() as client:
        view = client.with_options(timeout=3.0, max_retries=0)
        assert view._shared is client._shared
        assert view.max_retries == 0 and client.max_retries == 2
        assert view.timeout == httpx.Timeout(3.0, connect=3.0)
        async with view:
            await view.fabric.sip_endpoints.get(ENDPOINT_ID)
        await view.aclose()
        assert not client.is_closed
        await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert route.call_count == 2
    assert route.calls[0].request.extensions["timeout"]["read"] == 3.0
    assert route.calls[1].request.extensions["timeout"]["read"] == 30.0
    with pytest.raises(ClientClosedError):
        await view.fabric.sip_endpoints.get(ENDPOINT_ID)


@pytest.mark.asyncio
async def test_namespaces_are_created_once_and_lazily() -> None:
    async with make_client() as client:
        assert "fabric" not in vars(client)
        assert client.fabric is client.fabric
        assert client.fabric.sip_endpoints is client.fabric.sip_endpoints


@pytest.mark.asyncio
async def test_default_respx_mode_intercepts_too() -> None:
    # Users' tests often use plain `respx.mock`, which patches httpcore only.
    with respx.mock(assert_all_called=True) as mock:
        mock.get(f"{BASE}{ENDPOINTS}/{ENDPOINT_ID}").respond(json=endpoint())
        async with make_client() as client:
            ep = await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert ep.username == "c3p0"


@pytest.mark.asyncio
async def test_an_unclosed_used_client_warns_but_does_not_close(api: respx.MockRouter) -> None:
    api.get(f"{ENDPOINTS}/{ENDPOINT_ID}").respond(json=endpoint())
    client = make_client()
    await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    with pytest.warns(ResourceWarning, match="was not closed"):
        client.__del__()
    await client.aclose()
