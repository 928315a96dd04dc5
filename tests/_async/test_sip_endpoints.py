"""`client.fabric.sip_endpoints`: each operation sends the verb, path and body of the spec."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
import respx

from signalwire_async import AsyncRestClient, InvalidResponseError
from signalwire_async.types import FabricAddress, SipEndpoint

from ..data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint, page

ADDRESS = {
    "id": "691af061-cd86-4893-a605-173f47afc4c2",
    "name": "justice-league",
    "display_name": "Justice League",
    "cover_url": "https://coverurl.com",
    "preview_url": "https://previewurl.com",
    "locked": True,
    "channels": {"audio": "/public/justice-league?channel=audio"},
    "created_at": "2024-05-06T12:20:00Z",
    "type": "call",
}


def make_client() -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, "example")


@pytest.mark.asyncio
async def test_get_returns_a_typed_model_that_reads_like_the_json(api: respx.MockRouter) -> None:
    api.get(f"{ENDPOINTS}/{ENDPOINT_ID}").respond(json=endpoint(brand_new_field={"x": 1}))
    async with make_client() as client:
        ep = await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert isinstance(ep, SipEndpoint)
    assert ep.username == "c3p0" and ep["username"] == "c3p0"
    assert ep.get("caller_id") == "C-3P0"
    assert ep["brand_new_field"] == {"x": 1}
    assert ep.to_dict() == endpoint(brand_new_field={"x": 1})


@pytest.mark.asyncio
async def test_create_posts_the_json_body(api: respx.MockRouter) -> None:
    route = api.post(ENDPOINTS).respond(json=endpoint(username="r2d2"))
    async with make_client() as client:
        ep = await client.fabric.sip_endpoints.create(
            username="r2d2",
            password="s3cret-pw",
            caller_id="R2",
            codecs=["PCMU"],
            calling_handler_resource_id=None,
        )
    assert ep.username == "r2d2"
    request = route.calls.last.request
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "username": "r2d2",
        "password": "s3cret-pw",
        "caller_id": "R2",
        "codecs": ["PCMU"],
        "calling_handler_resource_id": None,
    }


@pytest.mark.asyncio
async def test_update_puts_only_the_given_fields(api: respx.MockRouter) -> None:
    route = api.put(f"{ENDPOINTS}/{ENDPOINT_ID}").respond(json=endpoint(caller_id="X"))
    async with make_client() as client:
        ep = await client.fabric.sip_endpoints.update(ENDPOINT_ID, caller_id="X")
    assert ep.caller_id == "X"
    assert json.loads(route.calls.last.request.content) == {"caller_id": "X"}


@pytest.mark.asyncio
async def test_delete_returns_none_on_204(api: respx.MockRouter) -> None:
    route = api.delete(f"{ENDPOINTS}/{ENDPOINT_ID}").respond(204)
    async with make_client() as client:
        await client.fabric.sip_endpoints.delete(ENDPOINT_ID)
    assert route.called


@pytest.mark.asyncio
async def test_list_sends_page_size_and_yields_typed_items(api: respx.MockRouter) -> None:
    route = api.get(ENDPOINTS, params={"page_size": "2"}).respond(
        json=page([endpoint(), endpoint(id="b")])
    )
    async with make_client() as client:
        ids = [ep.id async for ep in client.fabric.sip_endpoints.list(page_size=2)]
    assert ids == [ENDPOINT_ID, "b"]
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_list_addresses_walks_the_endpoints_addresses(api: respx.MockRouter) -> None:
    path = f"{ENDPOINTS}/{ENDPOINT_ID}/addresses"
    api.get(path).respond(json={"data": [ADDRESS], "links": {"self": path}})
    async with make_client() as client:
        addresses = [a async for a in client.fabric.sip_endpoints.list_addresses(ENDPOINT_ID)]
    assert len(addresses) == 1
    assert isinstance(addresses[0], FabricAddress)
    assert addresses[0].locked is True
    assert addresses[0]["channels"]["audio"].startswith("/public/")


# (verb, path, call) facts from API_SURFACE.md; each call must send exactly that.
OPERATIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("GET", ENDPOINTS, "list", {}),
    ("POST", ENDPOINTS, "create", {"username": "u", "password": "p"}),
    ("GET", f"{ENDPOINTS}/{ENDPOINT_ID}", "get", {}),
    ("PUT", f"{ENDPOINTS}/{ENDPOINT_ID}", "update", {"username": "u"}),
    ("DELETE", f"{ENDPOINTS}/{ENDPOINT_ID}", "delete", {}),
    ("GET", f"{ENDPOINTS}/{ENDPOINT_ID}/addresses", "list_addresses", {}),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("verb", "path", "name", "kwargs"), OPERATIONS)
async def test_each_operation_uses_the_specs_verb_and_path(
    api: respx.MockRouter, verb: str, path: str, name: str, kwargs: dict[str, Any]
) -> None:
    body: Any = page([]) if name.startswith("list") else endpoint()
    route = api.route(method=verb, path=path).respond(204 if verb == "DELETE" else 200, json=body)
    async with make_client() as client:
        method = getattr(client.fabric.sip_endpoints, name)
        args = () if name in ("list", "create") else (ENDPOINT_ID,)
        result = method(*args, **kwargs)
        if name.startswith("list"):
            await result.first_page()  # pagers are lazy
        else:
            returned = await result
            assert returned is None or isinstance(returned, SipEndpoint)
    assert route.call_count == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("bad_id", ["", " ", ".", "..", "../x", "a/b", "a\\b", "id\n"])
async def test_ids_that_would_change_the_path_are_rejected(
    offline: respx.MockRouter, bad_id: str
) -> None:
    async with make_client() as client:
        with pytest.raises(ValueError, match="id"):
            await client.fabric.sip_endpoints.get(bad_id)
        with pytest.raises(ValueError, match="id"):
            await client.fabric.sip_endpoints.delete(bad_id)
        with pytest.raises(ValueError, match="id"):
            client.fabric.sip_endpoints.list_addresses(bad_id)
    assert not offline.calls


@pytest.mark.asyncio
async def test_ids_are_percent_encoded(api: respx.MockRouter) -> None:
    route = api.get(f"{ENDPOINTS}/a%3Fb%23c").respond(json=endpoint())
    async with make_client() as client:
        await client.fabric.sip_endpoints.get("a?b#c")
    assert route.calls.last.request.url.raw_path == f"{ENDPOINTS}/a%3Fb%23c".encode()


@pytest.mark.asyncio
async def test_unknown_or_missing_keywords_raise_type_error_before_sending(
    offline: respx.MockRouter,
) -> None:
    async with make_client() as client:
        with pytest.raises(TypeError, match="usrname"):
            await client.fabric.sip_endpoints.create(usrname="x")  # type: ignore[call-arg]
        with pytest.raises(TypeError, match=r"missing required .*username"):
            await client.fabric.sip_endpoints.create()  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="colour"):
            await client.fabric.sip_endpoints.update(ENDPOINT_ID, colour="red")  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="page_sise"):
            client.fabric.sip_endpoints.list(page_sise=5)  # type: ignore[call-arg]
    assert not offline.calls


@pytest.mark.asyncio
async def test_a_2xx_missing_required_fields_is_a_success_that_logs_what_it_lacks(
    api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    """The server did the work: raising would make a caller retry a create (issue 19)."""
    api.get(f"{ENDPOINTS}/{ENDPOINT_ID}").respond(json={"id": ENDPOINT_ID})
    api.post(ENDPOINTS).respond(201, json={"id": ENDPOINT_ID, "username": "ada"})
    with caplog.at_level(logging.DEBUG, logger="signalwire_async"):
        async with make_client() as client:
            found = await client.fabric.sip_endpoints.get(ENDPOINT_ID)
            made = await client.fabric.sip_endpoints.create(username="ada", password="pw")
    assert found.id == ENDPOINT_ID and found.username is None and "username" not in found
    assert made.username == "ada"
    assert any("lacks" in r.getMessage() and "username" in r.getMessage() for r in caplog.records)


@pytest.mark.asyncio
@pytest.mark.parametrize("body", [b"<html>oops</html>", b"[1, 2]", b'"text"'])
async def test_a_2xx_that_is_not_a_json_object_is_still_an_invalid_response(
    api: respx.MockRouter, body: bytes
) -> None:
    api.get(f"{ENDPOINTS}/{ENDPOINT_ID}").respond(
        200, content=body, headers={"content-type": "application/json"}
    )
    async with make_client() as client:
        with pytest.raises(InvalidResponseError) as caught:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert caught.value.status_code == 200
