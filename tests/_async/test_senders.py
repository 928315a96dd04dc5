"""A generated method is declared (`@operation(...)`, a signature, a docstring) and replaced by
a sender when its class is made: it must take its arguments exactly as the signature says."""

from __future__ import annotations

import traceback
from typing import Any

import pytest
import respx

from signalwire_async import AsyncRestClient
from signalwire_async.testing import FakeSpace

from ..data import PROJECT, TOKEN

ENDPOINT_ID = "691af061-cd86-4893-a605-173f47afc4c2"
SUBSCRIBER = "eyJhbGciOiJIUzI1NiJ9.subscriber-secret.sig"


def make_client() -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, "example")


@pytest.mark.asyncio
async def test_a_path_argument_may_be_given_by_name() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        endpoints = client.fabric.sip_endpoints
        made = await endpoints.create(username="alice", password="secret-1")
        by_position = await endpoints.get(made.id)
        by_name = await endpoints.get(id=made.id)
        assert by_position == by_name
        updated = await endpoints.update(id=made.id, caller_id="Alice")
        assert updated.caller_id == "Alice"
        await endpoints.delete(id=made.id)
        assert [e async for e in endpoints.list()] == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((), {}, "missing a required argument: 'id'"),
        ((ENDPOINT_ID, "extra"), {}, "too many positional arguments"),
        ((ENDPOINT_ID,), {"id": ENDPOINT_ID}, "multiple values for argument 'id'"),
    ],
)
async def test_a_wrong_call_raises_type_error_naming_the_method_before_sending(
    args: tuple[str, ...], kwargs: dict[str, Any], message: str, offline: respx.MockRouter
) -> None:
    async with make_client() as client:
        with pytest.raises(TypeError, match=message) as caught:
            await client.fabric.sip_endpoints.get(*args, **kwargs)
    assert "SipEndpoints.get()" in str(caught.value)
    assert not offline.calls


@pytest.mark.asyncio
async def test_a_wrong_subscriber_call_leaves_the_token_in_no_frame(
    offline: respx.MockRouter,
) -> None:
    async with make_client() as client:
        with pytest.raises(TypeError) as caught:
            await client.fabric.addresses.get(subscriber_token=SUBSCRIBER)  # type: ignore[call-arg]
    assert not offline.calls
    for frame, _ in traceback.walk_tb(caught.value.__traceback__):
        if frame.f_code.co_filename.endswith("_resource.py"):
            assert SUBSCRIBER not in repr(frame.f_locals)


@pytest.mark.asyncio
async def test_a_body_dict_may_be_given_by_position_or_by_name() -> None:
    space = FakeSpace()
    async with space.async_client() as client:
        flow = await client.fabric.call_flows.create(title="f")
        await client.fabric.call_flows.deploy_version(flow.id, {"document_version": 2})
        await client.fabric.call_flows.deploy_version(id=flow.id, body={"document_version": 3})
        sent = [
            r.json() for r in space.requests if r.method == "POST" and r.path.endswith("/versions")
        ]
        assert sent == [{"document_version": 2}, {"document_version": 3}]
