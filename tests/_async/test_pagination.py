"""Pagers: lazy, page by page, in both paging styles, and never off our own origin."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import attrs
import httpx
import pytest
import respx

from signalwire_async import AsyncPager, AsyncRestClient, InvalidResponseError, Model
from signalwire_async._pages import CompatPaging

from ..data import BASE, ENDPOINTS, PROJECT, TOKEN, endpoint, page


def make_client() -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, "example")


def ids(start: int, stop: int) -> list[dict[str, object]]:
    return [endpoint(id=f"ep-{i}") for i in range(start, stop)]


@pytest.mark.asyncio
async def test_walks_every_page_following_absolute_and_relative_links(
    api: respx.MockRouter,
) -> None:
    # respx matches routes in order and `params` means "contains": most specific first.
    third = api.get(ENDPOINTS, params={"page_token": "PA2"}).respond(json=page(ids(4, 5)))
    second = api.get(ENDPOINTS, params={"page_token": "PA1"}).respond(
        json=page(ids(2, 4), f"{ENDPOINTS}?page_size=2&page_token=PA2")
    )
    first = api.get(ENDPOINTS, params={"page_size": "2"}).respond(
        json=page(ids(0, 2), f"{BASE}{ENDPOINTS}?page_size=2&page_token=PA1")
    )
    async with make_client() as client:
        seen = [ep.id async for ep in client.fabric.sip_endpoints.list(page_size=2)]
    assert seen == [f"ep-{i}" for i in range(5)]
    assert (first.call_count, second.call_count, third.call_count) == (1, 1, 1)
    # the next request is the link as given: the original query is not added again
    assert second.calls.last.request.url.query == b"page_size=2&page_token=PA1"


@pytest.mark.asyncio
async def test_nothing_is_requested_until_the_pager_is_used(offline: respx.MockRouter) -> None:
    async with make_client() as client:
        pager = client.fabric.sip_endpoints.list(page_size=10)
        assert isinstance(pager, AsyncPager)
    assert not offline.calls


@pytest.mark.asyncio
async def test_awaiting_the_pager_gives_the_first_page_as_json(api: respx.MockRouter) -> None:
    route = api.get(ENDPOINTS).respond(json=page(ids(0, 2), f"{ENDPOINTS}?page_token=PA1"))
    async with make_client() as client:
        pager = client.fabric.sip_endpoints.list()
        first = await pager.first_page()
        assert first["data"][1]["id"] == "ep-1"
        assert first.get("links", {})["next"] == f"{ENDPOINTS}?page_token=PA1"
        assert [ep.id for ep in first.data] == ["ep-0", "ep-1"]
        assert first.next_url == httpx.URL(f"{BASE}{ENDPOINTS}?page_token=PA1")
        assert (await pager.first_page()) is first
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_an_empty_page_with_a_next_link_is_not_the_end(api: respx.MockRouter) -> None:
    api.get(ENDPOINTS, params={"page_token": "PA1"}).respond(json=page(ids(0, 1)))
    api.get(ENDPOINTS).respond(json=page([], f"{ENDPOINTS}?page_token=PA1"))
    async with make_client() as client:
        seen = [ep.id async for ep in client.fabric.sip_endpoints.list()]
    assert seen == ["ep-0"]


@pytest.mark.asyncio
async def test_a_repeated_next_link_stops_paging(api: respx.MockRouter) -> None:
    api.get(ENDPOINTS, params={"page_token": "PA1"}).respond(
        json=page(ids(1, 2), f"{ENDPOINTS}?page_token=PA1")
    )
    api.get(ENDPOINTS).respond(json=page(ids(0, 1), f"{ENDPOINTS}?page_token=PA1"))
    async with make_client() as client:
        seen = [ep.id async for ep in client.fabric.sip_endpoints.list()]
    assert seen == ["ep-0", "ep-1"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "link",
    [
        "https://devspace.signalwire.com/api/fabric/resources/sip_endpoints?page_token=PA1",
        "http://example.signalwire.com/api/fabric/resources/sip_endpoints?page_token=PA1",
        "https://example.signalwire.com:8443/api/fabric/resources/sip_endpoints?page_token=PA1",
        "//evil.example/steal",
        "string",  # the specs' example link: not a URL or a path
    ],
)
async def test_a_next_link_elsewhere_is_not_followed(api: respx.MockRouter, link: str) -> None:
    api.get(ENDPOINTS).respond(json=page(ids(0, 1), link))
    async with make_client() as client:
        seen = [ep.id async for ep in client.fabric.sip_endpoints.list()]
    assert seen == ["ep-0"]
    assert len(api.calls) == 1  # respx would fail on any request to another host


@pytest.mark.asyncio
async def test_pages_walks_page_objects(api: respx.MockRouter) -> None:
    api.get(ENDPOINTS, params={"page_token": "PA1"}).respond(json=page(ids(2, 3)))
    api.get(ENDPOINTS).respond(json=page(ids(0, 2), f"{ENDPOINTS}?page_token=PA1"))
    async with make_client() as client:
        sizes = [len(p.data) async for p in client.fabric.sip_endpoints.list().pages()]
    assert sizes == [2, 1]


@pytest.mark.asyncio
async def test_a_page_read_is_let_go_before_the_next_is_fetched(api: respx.MockRouter) -> None:
    refs: list[weakref.ref[Any]] = []
    alive_when_the_next_page_is_fetched: list[int] = []

    def second(request: httpx.Request) -> httpx.Response:
        gc.collect()
        alive_when_the_next_page_is_fetched.append(sum(ref() is not None for ref in refs))
        return httpx.Response(200, json=page(ids(3, 4)))

    api.get(ENDPOINTS, params={"page_token": "PA1"}).mock(side_effect=second)
    api.get(ENDPOINTS).respond(json=page(ids(0, 3), f"{ENDPOINTS}?page_token=PA1"))
    async with make_client() as client:
        async for ep in client.fabric.sip_endpoints.list():
            refs.append(weakref.ref(ep))
    # Only the loop's own variable still holds an item of the first page (its last).
    assert alive_when_the_next_page_is_fetched == [1]


@pytest.mark.asyncio
async def test_breaking_out_early_leaves_the_client_usable(api: respx.MockRouter) -> None:
    route = api.get(ENDPOINTS).respond(json=page(ids(0, 3), f"{ENDPOINTS}?page_token=PA1"))
    async with make_client() as client:
        async for _ in client.fabric.sip_endpoints.list():
            break
        first = await client.fabric.sip_endpoints.list().first_page()
    assert len(first.data) == 3
    assert route.call_count == 2


@pytest.mark.asyncio
async def test_a_list_of_page_objects_reads_as_one_page(api: respx.MockRouter) -> None:
    # The spec declares this answer as an array of pages; the API sends one page.
    api.get(ENDPOINTS).respond(json=[page(ids(0, 1)), page(ids(1, 2))])
    async with make_client() as client:
        seen = [ep.id async for ep in client.fabric.sip_endpoints.list()]
    assert seen == ["ep-0", "ep-1"]


@pytest.mark.asyncio
async def test_a_page_that_is_not_a_page_is_an_invalid_response(api: respx.MockRouter) -> None:
    api.get(ENDPOINTS).respond(json={"items": []})
    async with make_client() as client:
        with pytest.raises(InvalidResponseError, match="'data' list"):
            await client.fabric.sip_endpoints.list().first_page()


@attrs.frozen(kw_only=True)
class Call(Model):
    sid: str


@pytest.mark.asyncio
async def test_compatibility_paging_follows_next_page_uri(api: respx.MockRouter) -> None:
    calls = f"/api/laml/2010-04-01/Accounts/{PROJECT}/Calls"
    api.get(calls, params={"PageToken": "PA1"}).respond(
        json={"calls": [{"sid": "c2"}], "next_page_uri": None, "page": 1}
    )
    api.get(calls, params={"PageSize": "1"}).respond(
        json={"calls": [{"sid": "c1"}], "next_page_uri": f"{calls}?PageSize=1&PageToken=PA1"}
    )
    async with make_client() as client:
        pager = AsyncPager(client._requester, calls, Call, CompatPaging("calls"), {"PageSize": 1})
        seen = [call.sid async for call in pager]
        first = await pager.first_page()
    assert seen == ["c1", "c2"]
    assert first["next_page_uri"] == f"{calls}?PageSize=1&PageToken=PA1"
