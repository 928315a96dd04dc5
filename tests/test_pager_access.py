"""The two pager accessors with no mechanical twin: `await pager` and sync `pager["data"]`."""

from __future__ import annotations

import json

import pytest
import respx

from signalwire_async import AsyncRestClient, RestClient

from .data import ENDPOINTS, PROJECT, TOKEN, endpoint, page

FIRST = page([endpoint(id="a"), endpoint(id="b")], f"{ENDPOINTS}?page_token=PA1")


@pytest.mark.asyncio
async def test_awaiting_an_async_pager_gives_its_first_page(api: respx.MockRouter) -> None:
    route = api.get(ENDPOINTS).respond(json=FIRST)
    async with AsyncRestClient(PROJECT, TOKEN, "example") as client:
        pager = client.fabric.sip_endpoints.list()
        first = await pager
        assert first["data"][0]["id"] == "a"
        assert [ep.id for ep in first.data] == ["a", "b"]
        assert (await pager) is first
    assert route.call_count == 1


def test_a_sync_pager_reads_like_its_first_pages_json(api: respx.MockRouter) -> None:
    route = api.get(ENDPOINTS).respond(json=FIRST)
    with RestClient(PROJECT, TOKEN, "example") as client:
        pager = client.fabric.sip_endpoints.list()
        assert pager["data"][1]["id"] == "b"
        assert pager.get("links")["next"] == f"{ENDPOINTS}?page_token=PA1"
        assert pager.get("missing", 5) == 5
        assert set(pager.keys()) == {"data", "links"}
        assert pager.to_dict() == FIRST
        assert json.loads(pager.to_json()) == FIRST
        assert pager.to_json(indent=2).startswith('{\n  "data"')
    assert route.call_count == 1  # the first page is fetched once, then kept
