"""What representative operations return, on `AsyncRestClient` and on `RestClient`."""

from __future__ import annotations

import pytest
from typing_extensions import assert_type

from signalwire_async import AsyncPager, AsyncRestClient, Pager, RestClient
from signalwire_async.testing import FakeSpace
from signalwire_async.types import CallControl, CallingCall
from signalwire_async.types.fabric import SipEndpoint


async def check_async_client(client: AsyncRestClient) -> None:
    created = assert_type(
        await client.fabric.sip_endpoints.create(username="alice", password="pw"), SipEndpoint
    )
    endpoint = assert_type(await client.fabric.sip_endpoints.get(created.id), SipEndpoint)
    assert isinstance(endpoint, SipEndpoint)

    pager = assert_type(client.fabric.sip_endpoints.list(page_size=10), AsyncPager[SipEndpoint])
    async for item in pager:
        assert isinstance(assert_type(item, SipEndpoint), SipEndpoint)

    call = assert_type(
        await client.calling.dial(from_="+15551230000", to="+15551230001", url="https://x.test"),
        CallingCall,
    )
    control = assert_type(
        await client.calling.play(call.id, play=[{"type": "tts", "params": {"text": "hello"}}]),
        CallControl[CallingCall],
    )
    assert isinstance(control, CallControl)
    assert isinstance(assert_type(control.call, CallingCall), CallingCall)
    assert_type(control.control_id, str)

    assert_type(await client.fabric.sip_endpoints.delete(created.id), None)


def check_sync_client(client: RestClient) -> None:
    created = assert_type(
        client.fabric.sip_endpoints.create(username="alice", password="pw"), SipEndpoint
    )
    endpoint = assert_type(client.fabric.sip_endpoints.get(created.id), SipEndpoint)
    assert isinstance(endpoint, SipEndpoint)

    pager = assert_type(client.fabric.sip_endpoints.list(page_size=10), Pager[SipEndpoint])
    for item in pager:
        assert isinstance(assert_type(item, SipEndpoint), SipEndpoint)

    call = assert_type(
        client.calling.dial(from_="+15551230000", to="+15551230001", url="https://x.test"),
        CallingCall,
    )
    control = assert_type(
        client.calling.play(call.id, play=[{"type": "tts", "params": {"text": "hello"}}]),
        CallControl[CallingCall],
    )
    assert isinstance(control, CallControl)
    assert isinstance(assert_type(control.call, CallingCall), CallingCall)
    assert_type(control.control_id, str)

    assert_type(client.fabric.sip_endpoints.delete(created.id), None)


@pytest.mark.asyncio
async def test_the_async_checks_hold_at_run_time() -> None:
    async with FakeSpace().async_client() as client:
        await check_async_client(client)


def test_the_sync_checks_hold_at_run_time() -> None:
    with FakeSpace().client() as client:
        check_sync_client(client)
