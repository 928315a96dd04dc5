"""Wrapper operations (`phone_numbers.set_*`) and keyword renames (`mfa.sms(from_=...)`)."""

from __future__ import annotations

import json
from typing import Any

import pytest
import respx

from signalwire_async import AsyncRestClient

from ..data import PROJECT, TOKEN

NUMBER_ID = "6b1e7c52-3f0a-4d8e-9a61-2c5d8f4b7e13"
NUMBER = {"id": NUMBER_ID, "number": "+15125550143", "name": "Front desk"}


def make_client() -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, "example")


@pytest.mark.asyncio
async def test_a_wrapper_sends_its_fields_with_the_update_fields_given(
    api: respx.MockRouter,
) -> None:
    route = api.put(f"/api/relay/rest/phone_numbers/{NUMBER_ID}").respond(json=NUMBER)
    async with make_client() as client:
        number = await client.phone_numbers.set_relay_topic(NUMBER_ID, "office", name="Desk")
    assert number.id == NUMBER_ID
    assert json.loads(route.calls.last.request.content) == {
        "name": "Desk",
        "call_handler": "relay_topic",
        "call_relay_topic": "office",
    }


@pytest.mark.asyncio
@pytest.mark.parametrize("field", ["call_handler", "call_relay_topic"])
async def test_a_wrapper_refuses_a_keyword_that_sets_its_own_fields(
    field: str, offline: respx.MockRouter
) -> None:
    async with make_client() as client:
        with pytest.raises(TypeError, match=f"sets {field} itself"):
            kwargs: dict[str, Any] = {field: "relay_topic"}
            await client.phone_numbers.set_relay_topic(NUMBER_ID, "office", **kwargs)
    assert not offline.calls


@pytest.mark.asyncio
async def test_from_underscore_goes_on_the_wire_as_from(api: respx.MockRouter) -> None:
    route = api.post("/api/relay/rest/mfa/sms").respond(
        json={"id": "0b6a6f1e-3c1d-4a55-9d0e-6b2f4c8a7e21", "success": True}
    )
    async with make_client() as client:
        await client.mfa.sms(to="+15125550143", from_="+15125550100")
        # official code's spelling, through `**{...}`, goes the same way
        wire_name: dict[str, Any] = {"from": "+15125550100"}
        await client.mfa.sms(to="+15125550143", **wire_name)
        with pytest.raises(TypeError, match="both from and from_"):
            await client.mfa.sms(to="+15125550143", from_="+15125550100", **wire_name)
    first, second = (json.loads(call.request.content) for call in route.calls)
    assert first == second
    assert first["from"] == "+15125550100" and "from_" not in first
    assert route.call_count == 2


@pytest.mark.asyncio
async def test_an_e164_number_in_a_path_is_percent_encoded(api: respx.MockRouter) -> None:
    route = api.get("/api/relay/rest/lookup/phone_number/+15125550143").respond(
        json={"e164": "+15125550143"}
    )
    async with make_client() as client:
        await client.lookup.phone_number("+15125550143")
        with pytest.raises(ValueError):
            await client.lookup.phone_number("+1512/555")
    assert (
        route.calls.last.request.url.raw_path
        == b"/api/relay/rest/lookup/phone_number/%2B15125550143"
    )
