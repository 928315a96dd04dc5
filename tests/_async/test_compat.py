"""`client.compat`: paging by `next_page_uri`, the account in the path, errors, filters."""

from __future__ import annotations

import datetime
from urllib.parse import parse_qs

import httpx
import pytest
import respx

from signalwire_async import (
    AsyncRestClient,
    ConflictError,
    NotFoundError,
    SignalWireRestError,
    UnprocessableEntityError,
)

from ..data import PROJECT, TOKEN

ACCOUNT = f"/api/laml/2010-04-01/Accounts/{PROJECT}"
CALL_SID = "CA0f3b2d6e9a8c4b1f7e5d3c2a1b0f9e8d"


def call(sid: str) -> dict[str, object]:
    return {"sid": sid, "account_sid": PROJECT, "to": "+15125550143", "status": "completed"}


def make_client() -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, "example")


@pytest.mark.asyncio
async def test_a_list_follows_next_page_uri_across_pages(api: respx.MockRouter) -> None:
    second = f"{ACCOUNT}/Calls?PageSize=2&Page=1&PageToken=PA2"
    route = api.get(f"{ACCOUNT}/Calls").mock(
        side_effect=[
            httpx.Response(
                200, json={"calls": [call("CA1"), call("CA2")], "next_page_uri": second}
            ),
            httpx.Response(200, json={"calls": [call("CA3")], "next_page_uri": None}),
        ]
    )
    async with make_client() as client:
        sids = [c.sid async for c in client.compat.calls.list(PageSize=2)]
    assert sids == ["CA1", "CA2", "CA3"]
    assert route.calls[0].request.url.params["PageSize"] == "2"
    assert route.calls[1].request.url.params["PageToken"] == "PA2"


@pytest.mark.asyncio
async def test_filters_with_operators_go_through_extra_query(api: respx.MockRouter) -> None:
    route = api.get(f"{ACCOUNT}/Calls").respond(json={"calls": [], "next_page_uri": None})
    async with make_client() as client:
        pager = client.compat.calls.list(extra_query={"StartTime>": "2024-05-01"})
        assert [c async for c in pager] == []
    assert parse_qs(route.calls.last.request.url.query.decode()) == {"StartTime>": ["2024-05-01"]}


@pytest.mark.asyncio
async def test_a_subaccount_view_puts_its_sid_in_the_path(api: respx.MockRouter) -> None:
    sub = "b3f6f1d2-4c8e-4a9b-9e1f-2d3c4b5a6f70"
    route = api.get(f"/api/laml/2010-04-01/Accounts/{sub}/Calls/{CALL_SID}").respond(
        json=call(CALL_SID)
    )
    async with make_client() as client:
        found = await client.compat.for_account(sub).calls.get(CALL_SID)
        with pytest.raises(ValueError):
            client.compat.for_account("../x")
    assert found.sid == CALL_SID and route.call_count == 1


@pytest.mark.asyncio
async def test_a_subaccount_sid_is_encoded_once_on_the_wire(api: respx.MockRouter) -> None:
    route = api.get(url__regex=r"/Accounts/").respond(json=call(CALL_SID))
    async with make_client() as client:
        await client.compat.for_account("AC 1:x").calls.get(CALL_SID)
    sent = route.calls.last.request.url.raw_path.decode()
    assert sent == f"/api/laml/2010-04-01/Accounts/AC%201%3Ax/Calls/{CALL_SID}"


@pytest.mark.asyncio
async def test_dates_and_booleans_in_a_query_are_encoded_as_the_api_reads_them(
    api: respx.MockRouter,
) -> None:
    route = api.get(f"{ACCOUNT}/Calls").respond(json={"calls": [], "next_page_uri": None})
    async with make_client() as client:
        [c async for c in client.compat.calls.list(StartTime=datetime.date(2024, 5, 6))]
    assert route.calls.last.request.url.params["StartTime"] == "2024-05-06"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "body", "error", "code"),
    [
        (
            404,
            {"code": 20404, "message": "Not found", "more_info": "https://x", "status": 404},
            NotFoundError,
            "20404",
        ),
        (
            409,
            {"code": "21220", "message": "Call in progress", "status": 409},
            ConflictError,
            "21220",
        ),
        (
            422,
            {"code": 21211, "message": "Invalid To", "status": 422},
            UnprocessableEntityError,
            "21211",
        ),
        (500, {"message": "oops", "status": 500}, SignalWireRestError, None),
    ],
)
async def test_compat_error_bodies_become_typed_errors(
    status: int,
    body: dict[str, object],
    error: type[SignalWireRestError],
    code: str | None,
    api: respx.MockRouter,
) -> None:
    api.delete(f"{ACCOUNT}/Calls/{CALL_SID}").respond(status, json=body)
    async with make_client() as client:
        with pytest.raises(error) as caught:
            await client.with_options(max_retries=0).compat.calls.delete(CALL_SID)
    assert caught.value.status_code == status
    assert caught.value.errors[0].message == body["message"]
    assert caught.value.errors[0].code == code
