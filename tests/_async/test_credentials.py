"""Operations that take other credentials: a subscriber's Bearer token, or none at all."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from signalwire_async import AsyncRestClient, AuthenticationError, SignalWireRestError

from ..data import PROJECT, TOKEN

SUBSCRIBER = "eyJhbGciOiJIUzI1NiJ9.subscriber-secret.sig"
ADDRESS_ID = "691af061-cd86-4893-a605-173f47afc4c2"
ADDRESS = {"id": ADDRESS_ID, "name": "justice-league", "type": "room"}


def make_client(**options: object) -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, "example", **options)  # type: ignore[arg-type]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "token", ["", "  ", "two words", "line\nbreak", "tab\there", "caf\u00e9", 42, b"bytes"]
)
async def test_a_bad_subscriber_token_is_refused_before_sending(
    token: object, offline: respx.MockRouter
) -> None:
    async with make_client() as client:
        with pytest.raises((TypeError, ValueError)) as caught:
            await client.fabric.addresses.get(ADDRESS_ID, subscriber_token=token)  # type: ignore[arg-type]
        with pytest.raises((TypeError, ValueError)):
            client.fabric.addresses.list(subscriber_token=token)  # type: ignore[arg-type]
    if isinstance(token, str) and token.strip():
        assert token not in str(caught.value)
    assert not offline.calls


@pytest.mark.asyncio
async def test_every_page_of_a_subscriber_list_carries_the_bearer_token(
    api: respx.MockRouter,
) -> None:
    first = {"data": [ADDRESS], "links": {"next": "/api/fabric/addresses?page_token=PA2"}}
    route = api.get("/api/fabric/addresses").mock(
        side_effect=[
            httpx.Response(200, json=first),
            httpx.Response(200, json={"data": [ADDRESS], "links": {}}),
        ]
    )
    async with make_client() as client:
        items = [a async for a in client.fabric.addresses.list(subscriber_token=SUBSCRIBER)]
    assert len(items) == 2
    assert [c.request.headers["authorization"] for c in route.calls] == [f"Bearer {SUBSCRIBER}"] * 2
    assert route.calls[1].request.url.params["page_token"] == "PA2"


@pytest.mark.asyncio
async def test_a_retried_subscriber_call_keeps_the_bearer_token(api: respx.MockRouter) -> None:
    route = api.get(f"/api/fabric/addresses/{ADDRESS_ID}").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=ADDRESS)]
    )
    async with make_client(max_retries=1) as client:
        address = await client.fabric.addresses.get(ADDRESS_ID, subscriber_token=SUBSCRIBER)
    assert address.id == ADDRESS_ID
    assert [c.request.headers["authorization"] for c in route.calls] == [f"Bearer {SUBSCRIBER}"] * 2


@pytest.mark.asyncio
async def test_the_subscriber_token_is_in_no_error_or_log(
    api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(f"/api/fabric/addresses/{ADDRESS_ID}").respond(401, json={"error": "Unauthorized"})
    caplog.set_level(logging.DEBUG, logger="signalwire_async")
    async with make_client() as client:
        with pytest.raises(SignalWireRestError) as caught:
            await client.fabric.addresses.get(ADDRESS_ID, subscriber_token=SUBSCRIBER)
        shown = [str(caught.value), repr(caught.value), repr(client.fabric.addresses)]
    assert caught.value.status_code == 401
    assert caplog.records  # the failure was logged
    for text in [*shown, caplog.text]:
        assert SUBSCRIBER not in text
        assert TOKEN not in text


@pytest.mark.asyncio
async def test_the_embed_token_exchange_sends_no_credentials(api: respx.MockRouter) -> None:
    route = api.post("/api/fabric/embeds/tokens").respond(201, json={"token": "guest-jwt"})
    async with make_client() as client:
        view = client.with_options(max_retries=0)
        await view.fabric.tokens.create_embed_token(token="embed-token-from-the-page")
        with pytest.raises(ValueError, match="Authorization"):
            await client.fabric.tokens.create_embed_token(
                token="x", extra_headers={"Authorization": "Basic bWU6bWU="}
            )
    assert "authorization" not in route.calls.last.request.headers
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_project_operations_still_send_the_project_credentials(
    api: respx.MockRouter,
) -> None:
    """A subscriber call in between changes nothing for the next project call."""
    api.get(f"/api/fabric/addresses/{ADDRESS_ID}").respond(json=ADDRESS)
    resources = api.get("/api/fabric/resources").respond(json={"data": [], "links": {}})
    async with make_client() as client:
        await client.fabric.addresses.get(ADDRESS_ID, subscriber_token=SUBSCRIBER)
        [r async for r in client.fabric.resources.list()]
    assert resources.calls.last.request.headers["authorization"].startswith("Basic ")


def frame_locals_holding(error: BaseException, secret: str) -> list[str]:
    """The locals of the error's traceback frames below the caller's own that hold
    `secret`, or show it in their repr: what an error tracker recording locals stores."""
    found = []
    assert error.__traceback__ is not None
    tb = error.__traceback__.tb_next  # the test's own frame holds what the test gave
    while tb is not None:
        frame = tb.tb_frame
        for name, value in frame.f_locals.items():
            try:
                shown = repr(value)
            except Exception:  # a half-built object; its parts are checked where they live
                shown = ""
            if value is secret or secret in shown:
                found.append(f"{frame.f_code.co_name}: {name}")
        tb = tb.tb_next
    return found


@pytest.mark.asyncio
@pytest.mark.parametrize("way", ["get", "list", "create_invite_token"])
async def test_no_frame_of_a_failed_subscriber_call_holds_the_token(
    api: respx.MockRouter, way: str
) -> None:
    api.route().respond(500, json={"error": "boom"})
    async with make_client(max_retries=0) as client:
        with pytest.raises(SignalWireRestError) as caught:
            if way == "get":
                await client.fabric.addresses.get(ADDRESS_ID, subscriber_token=SUBSCRIBER)
            elif way == "list":
                [a async for a in client.fabric.addresses.list(subscriber_token=SUBSCRIBER)]
            else:
                await client.fabric.tokens.create_invite_token(
                    subscriber_token=SUBSCRIBER, address_id=ADDRESS_ID
                )
    assert frame_locals_holding(caught.value, SUBSCRIBER) == []


@pytest.mark.asyncio
async def test_no_frame_of_a_refused_subscriber_token_holds_it(
    offline: respx.MockRouter,
) -> None:
    refused = "almost a token"  # a blank: refused, yet perhaps a real token mistyped
    async with make_client() as client:
        with pytest.raises(ValueError) as caught:
            await client.fabric.addresses.get(ADDRESS_ID, subscriber_token=refused)
    assert frame_locals_holding(caught.value, refused) == []


@pytest.mark.asyncio
async def test_without_a_subscriber_token_the_projects_credentials_go_and_a_401_says_why(
    api: respx.MockRouter,
) -> None:
    """As the official SDK does; the token stays the documented way."""
    route = api.get(f"/api/fabric/addresses/{ADDRESS_ID}").respond(
        401, json={"errors": [{"code": "unauthorized", "message": "Unauthorized"}]}
    )
    pages = api.get("/api/fabric/addresses").respond(json={"data": [], "links": {}})
    async with make_client() as client:
        with pytest.raises(AuthenticationError, match="expects a subscriber token") as caught:
            await client.fabric.addresses.get(ADDRESS_ID)
        assert [a async for a in client.fabric.addresses.list()] == []
    assert route.calls.last.request.headers["authorization"].startswith("Basic ")
    assert pages.calls.last.request.headers["authorization"].startswith("Basic ")
    assert "subscriber_token=" in str(caught.value) and caught.value.status_code == 401
