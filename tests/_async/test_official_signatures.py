"""Code written for the official SDK runs unchanged: positional body dicts, its keyword
names, reserved words through `**{...}`, and `extras=` (issue 19, items 2 to 5)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import pytest

from signalwire_async.testing import FakeSpace
from signalwire_async.types.calling import CallingPlaySilenceItem, CallingRecordAudio
from signalwire_async.types.registry import BrandCreateParams, CampaignCreateParams

BRAND: BrandCreateParams = {"name": "Acme", "company_name": "Acme Inc"}
NUMBER_ID = "6b1e7c52-3f0a-4d8e-9a61-2c5d8f4b7e13"
CALL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def last(space: FakeSpace) -> Any:
    return space.requests[-1].json()


@pytest.mark.asyncio
async def test_a_positional_body_dict_is_the_body_and_keywords_win() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        brands = client.registry.brands
        brand = await brands.create(BRAND)
        assert last(space) == BRAND
        await brands.create(body=BRAND)  # official code may name it
        assert last(space) == BRAND
        await brands.create(BRAND, company_name="Other")  # type: ignore[call-overload]
        assert last(space)["company_name"] == "Other"
        campaign: CampaignCreateParams = {
            "name": "c",
            "brand_id": brand.id,
            "sms_use_case": "MIXED",
        }
        await brands.create_campaign(brand.id, campaign)
        assert last(space) == campaign
        with pytest.raises(TypeError, match="body must be a mapping"):
            await brands.create(["company_name"])  # type: ignore[call-overload]
        with pytest.raises(TypeError, match="exactly one of company_name"):
            await brands.create({"name": "Acme"})


@pytest.mark.asyncio
async def test_deploy_version_and_documents_take_a_positional_body() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        flow = await client.fabric.call_flows.create(title="f")
        await client.fabric.call_flows.deploy_version(flow.id, {"document_version": 2})
        assert last(space) == {"document_version": 2}
        url = "https://example.com/a.pdf"
        await client.datasphere.documents.create({"url": url})
        assert last(space)["url"] == url


@pytest.mark.asyncio
async def test_the_phone_number_helpers_take_the_official_keywords() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        number = await client.phone_numbers.create(number="+15125550143")
        numbers = client.phone_numbers
        await numbers.set_cxml_webhook(
            number.id,
            "https://example.com/voice",
            fallback_url="https://example.com/fallback",
            status_callback_url="https://example.com/status",
        )
        assert last(space) == {
            "call_handler": "laml_webhooks",
            "call_request_url": "https://example.com/voice",
            "call_fallback_url": "https://example.com/fallback",
            "call_status_callback_url": "https://example.com/status",
        }
        await numbers.set_relay_topic(number.id, "office", status_callback_url="https://s")
        assert last(space)["call_relay_topic_status_callback_url"] == "https://s"
        await numbers.set_call_flow(number.id, "flow-1", version="current_deployed")
        assert last(space)["call_flow_version"] == "current_deployed"
        await numbers.update(number.id, call_flow_version="working_copy")
        assert last(space) == {"call_flow_version": "working_copy"}
        with pytest.raises(TypeError, match="both fallback_url and call_fallback_url"):
            await numbers.set_cxml_webhook(
                number.id, "https://v", fallback_url="https://f", call_fallback_url="https://f"
            )


@pytest.mark.asyncio
async def test_search_takes_the_references_names_and_sends_the_specs() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        await client.phone_numbers.search(area_code="512", quantity=5).first_page()
    query = parse_qs("&".join(f"{k}={v}" for k, v in space.requests[-1].query))
    assert query == {"areacode": ["512"], "max_results": ["5"]}


@pytest.mark.asyncio
async def test_calling_takes_the_official_keywords_and_extras_go_in_params() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        audio: CallingRecordAudio = {"format": "mp3"}
        control = await client.calling.record(CALL_ID, audio=audio)
        sent = last(space)
        assert sent["params"] == {"record": {"audio": audio}, "control_id": control.control_id}
        await client.calling.ai_unhold(CALL_ID, prompt="welcome back")
        assert last(space)["params"] == {"prompt": "welcome back"}
        silence: CallingPlaySilenceItem = {"type": "silence", "params": {"duration": 1}}
        await client.calling.play(CALL_ID, play=[silence], extras={"volume": 2})
        assert last(space)["params"]["volume"] == 2
        await client.calling.end(CALL_ID, extra_body={"note": "x"})
        assert last(space)["note"] == "x" and "note" not in last(space)["params"]
        with pytest.raises(TypeError, match="exactly one of record, audio"):
            await client.calling.record(CALL_ID)


@pytest.mark.asyncio
async def test_other_official_keywords() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        await client.fabric.subscribers.create(email="a@example.com", region="TX")
        assert last(space)["region"] == "TX"
        wire: dict[str, Any] = {"from": "+15125550100"}  # official code's `**{"from": ...}`
        message = await client.messages.create(to="+15125550143", body="hi", **wire)
        assert last(space)["from"] == "+15125550100"
        await client.messages.update(message.id, body="")  # the official SDK's form
        assert last(space) == {"body": ""}
        with pytest.raises(TypeError, match="sets body itself"):
            await client.messages.update(message.id, body="new")  # type: ignore[arg-type]
        await client.mfa.call(to="+15125550143", **wire)
        assert last(space)["from"] == "+15125550100"


@pytest.mark.asyncio
async def test_a_required_field_given_through_extras_counts_as_given() -> None:
    space = FakeSpace()
    url = "https://example.com/a.pdf"
    async with space.async_client() as client:
        await client.fabric.sip_endpoints.create(username="ada", extras={"password": "pw-1"})
        assert last(space) == {"username": "ada", "password": "pw-1"}
        await client.fabric.sip_endpoints.create(username="bob", extra_body={"password": "pw-2"})
        assert last(space)["password"] == "pw-2"
        await client.datasphere.documents.create(extras={"url": url})  # type: ignore[call-overload]
        assert last(space)["url"] == url
        await client.datasphere.documents.create(extra_body={"url": url})  # type: ignore[call-overload]
        assert last(space)["url"] == url
        with pytest.raises(TypeError, match=r"missing required keyword argument.*url"):
            await client.datasphere.documents.create()  # type: ignore[call-overload]


@pytest.mark.asyncio
async def test_fields_the_reference_examples_leave_out_are_not_required() -> None:
    """SignalWire's own examples send these without fields the spec requires (the spec
    errs; tests/spec_corrections.py): the calls go as written."""
    space = FakeSpace()
    async with space.async_client() as client:
        await client.fabric.sip_endpoints.create(username="ada")
        assert last(space) == {"username": "ada"}
        brand = await client.registry.brands.create(company_name="Acme Inc", ein="12-3456789")
        assert last(space) == {"company_name": "Acme Inc", "ein": "12-3456789"}
        await client.registry.brands.create_campaign(brand.id, {"sms_use_case": "MIXED"})
        assert last(space) == {"sms_use_case": "MIXED"}
        assert space.requests[-1].path.endswith(f"/brands/{brand.id}/campaigns")


@pytest.mark.asyncio
async def test_listed_call_flow_versions_carry_the_version_the_spec_requires() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        flow = await client.fabric.call_flows.create(title="f")
        await client.fabric.call_flows.deploy_version(flow.id, {"document_version": 1})
        page = await client.fabric.call_flows.list_versions(flow.id)
        (item,) = page.get("data", [])  # as the reference's example reads it
        listed = [v async for v in client.fabric.call_flows.list_versions(flow.id)]
    assert isinstance(item["version"], str)
    assert listed[0].version == item["version"]


@pytest.mark.asyncio
async def test_an_unknown_keyword_is_refused_with_the_closest_name() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        with pytest.raises(TypeError, match="did you mean 'areacode'"):
            client.phone_numbers.search(aeracode="512")  # type: ignore[call-arg]
    assert not space.requests


@pytest.mark.asyncio
async def test_paginate_is_the_official_iterator_of_every_item() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        for name in ("a", "b", "c"):
            await client.queues.create(name=name)
        ids = [queue.id async for queue in client.queues.paginate(page_size=2)]
        assert ids == [queue.id async for queue in client.queues.list(page_size=2)]
    assert len(ids) == 3 and len(space.requests) == 3 + 2 * 2  # two pages each


@pytest.mark.asyncio
async def test_phone_call_handler_is_a_str_enum_sent_as_its_value() -> None:
    from signalwire_async import PhoneCallHandler

    handler: str = PhoneCallHandler.AI_AGENT
    assert handler == "ai_agent" and PhoneCallHandler("call_flow") is PhoneCallHandler.CALL_FLOW
    space = FakeSpace()
    async with space.async_client() as client:
        number = await client.phone_numbers.create(number="+15125550143")
        await client.phone_numbers.update(number.id, call_handler=PhoneCallHandler.RELAY_TOPIC)
    assert last(space) == {"call_handler": "relay_topic"}


@pytest.mark.asyncio
async def test_the_legacy_clients_snake_case_names_reach_the_compatibility_api() -> None:
    """`signalwire` 2.x style: `messages.create(to=, from_=, body=, media_url=[...])`."""
    space = FakeSpace()
    legacy: dict[str, Any] = {
        "to": "+15125550143",
        "from_": "+15125550100",
        "body": "hi",
        "media_url": ["https://example.com/a.png", "https://example.com/b.png"],
        "status_callback": "https://example.com/status",
    }
    async with space.async_client() as client:
        await client.compat.messages.create(**legacy)
        sent = parse_qs(space.requests[-1].body.decode())
        assert sent == {
            "To": ["+15125550143"],
            "From": ["+15125550100"],
            "Body": ["hi"],
            "MediaUrl": ["https://example.com/a.png", "https://example.com/b.png"],
            "StatusCallback": ["https://example.com/status"],
        }
        with pytest.raises(TypeError, match="both to and To"):
            await client.compat.messages.create(**legacy, To="+15125550143")
        with pytest.raises(TypeError, match="did you mean 'status_callback'"):
            await client.compat.messages.create(to="+1", body="x", status_calback="u")  # type: ignore[call-arg]


@pytest.mark.asyncio
async def test_the_fake_spaces_items_carry_the_project_id_official_code_reads() -> None:
    space = FakeSpace(project="proj-1")
    async with space.async_client() as client:
        queue = await client.queues.create(name="a")
        listed = [q async for q in client.queues.paginate()]
    assert queue["project_id"] == "proj-1" == listed[0]["project_id"]
