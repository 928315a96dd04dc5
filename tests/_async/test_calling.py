"""Calling commands: the fresh `control_id` of a command that starts something, and the
checks made before anything is sent."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
import respx

from signalwire_async import AsyncRestClient
from signalwire_async.types import CallControl
from signalwire_async.types.calling import CallingCall

from ..data import PROJECT, TOKEN
from ..operations.calling._legs import CALL_ID, CALLS, CONTROL_ID, leg


def make_client() -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, "example")


def sent(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


@pytest.mark.asyncio
async def test_a_command_that_starts_something_makes_a_fresh_control_id(
    api: respx.MockRouter,
) -> None:
    route = api.post(CALLS).respond(json=leg())
    async with make_client() as client:
        first = await client.calling.transcribe(CALL_ID)
        second = await client.calling.transcribe(CALL_ID)
    assert isinstance(first, CallControl)
    assert isinstance(first.call, CallingCall) and first.call.id == CALL_ID
    assert uuid.UUID(first.control_id).version == 4
    assert first.control_id != second.control_id
    assert route.call_count == 2
    assert sent(route) == {
        "command": "calling.transcribe",
        "id": CALL_ID,
        "params": {"control_id": second.control_id},
    }


@pytest.mark.asyncio
async def test_a_control_id_given_is_sent_and_returned_as_given(api: respx.MockRouter) -> None:
    route = api.post(CALLS).respond(json=leg())
    async with make_client() as client:
        control = await client.calling.transcribe(
            CALL_ID, control_id=CONTROL_ID, status_url="https://hooks.example.com/transcripts"
        )
    assert control.control_id == CONTROL_ID
    assert control.call.id == CALL_ID
    assert sent(route)["params"] == {
        "control_id": CONTROL_ID,
        "status_url": "https://hooks.example.com/transcripts",
    }


@pytest.mark.asyncio
async def test_a_stop_needs_its_control_id_before_anything_is_sent(
    offline: respx.MockRouter,
) -> None:
    async with make_client() as client:
        with pytest.raises(TypeError, match="control_id"):
            await client.calling.transcribe_stop(CALL_ID)  # type: ignore[call-arg]
    assert not offline.calls


@pytest.mark.asyncio
async def test_dial_and_update_take_at_most_one_of_url_and_swml(
    offline: respx.MockRouter,
) -> None:
    url = "https://swml.example.com/a.json"
    both: dict[str, Any] = {"url": url, "swml": {"sections": {"main": []}}}
    async with make_client() as client:
        with pytest.raises(TypeError, match="at most one of url, swml"):
            await client.calling.dial(from_="+15125550143", to="+15125550178", **both)
        with pytest.raises(TypeError, match="at most one of url, swml"):
            await client.calling.update(id=CALL_ID, **both)
        with pytest.raises(TypeError, match="at most one of url, swml"):
            await client.calling.update(id=CALL_ID, url=url, extras={"swml": {}})
    assert not offline.calls


@pytest.mark.asyncio
async def test_dial_and_update_with_neither_url_nor_swml_are_sent(
    api: respx.MockRouter,
) -> None:
    """The API's contract, and the reference's hang-up: `update(status="completed")`."""
    route = api.post(CALLS).respond(json=leg())
    async with make_client() as client:
        await client.calling.update(id=CALL_ID, status="completed")
        await client.calling.dial(from_="+15125550143", to="+15125550178")
    hang_up, dial = (json.loads(call.request.content) for call in route.calls)
    assert hang_up == {"command": "update", "params": {"id": CALL_ID, "status": "completed"}}
    assert dial["params"] == {"from": "+15125550143", "to": "+15125550178"}


@pytest.mark.asyncio
async def test_a_command_without_params_of_its_own_sends_empty_params(
    api: respx.MockRouter,
) -> None:
    route = api.post(CALLS).respond(json=leg())
    async with make_client() as client:
        call = await client.calling.denoise(CALL_ID)
        with pytest.raises(TypeError, match="unexpected keyword"):
            await client.calling.denoise(CALL_ID, level=3)  # type: ignore[call-arg]
    assert call.id == CALL_ID
    assert route.call_count == 1
    assert sent(route) == {"command": "calling.denoise", "id": CALL_ID, "params": {}}


@pytest.mark.asyncio
async def test_a_call_control_reads_like_the_json(api: respx.MockRouter) -> None:
    """Official code reads the answer as a dict: `result.get("control_id")`."""
    api.post(CALLS).respond(json=leg())
    async with make_client() as client:
        result = await client.calling.play(CALL_ID, play=[], control_id=CONTROL_ID)
    assert result.get("control_id") == CONTROL_ID == result["control_id"]
    assert result["id"] == CALL_ID and result.get("nothing") is None
    assert "control_id" in result and "id" in result
    assert result.to_dict() == {**leg(), "control_id": CONTROL_ID}
    assert set(result) == {*leg(), "control_id"} and len(result) == len(leg()) + 1
    assert dict(result) == result.to_dict()
