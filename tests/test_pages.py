"""Paging styles, next-link resolution (same origin only), and typed pages."""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalwire_async._pages import (
    LINKS,
    MAX_EMPTY_PAGES,
    CompatPaging,
    Page,
    PageWalk,
    build_page,
    resolve_next,
)
from signalwire_async.types.fabric import SipEndpoint

BASE = httpx.URL("https://example.signalwire.com")
ENDPOINTS = "/api/fabric/resources/sip_endpoints"
NEXT = f"{ENDPOINTS}?page_size=2&page_token=PA2"


def endpoint(n: int) -> dict[str, Any]:
    return {"type": "sip_endpoint", "id": f"id-{n}", "username": f"user{n}"}


# -- LINKS ------------------------------------------------------------------------------


@pytest.mark.parametrize("next_link", [NEXT, f"https://example.signalwire.com{NEXT}"])
def test_links_next(next_link: str) -> None:
    body = {"data": [endpoint(1)], "links": {"self": ENDPOINTS, "next": next_link}}
    parsed = LINKS.parse(body)
    assert parsed.items == [endpoint(1)]
    assert parsed.next_link == next_link
    assert parsed.body is body


@pytest.mark.parametrize(
    "body",
    [{"data": []}, {"data": [], "links": {"self": ENDPOINTS}}, {"data": [], "links": None}],
)
def test_links_without_next(body: dict[str, Any]) -> None:
    assert LINKS.parse(body).next_link is None


def test_links_list_of_pages_is_concatenated() -> None:
    body = [
        {"data": [endpoint(1), endpoint(2)], "links": {"next": "/first"}},
        {"data": [endpoint(3)], "links": {"next": NEXT}},
    ]
    parsed = LINKS.parse(body)
    assert parsed.items == [endpoint(1), endpoint(2), endpoint(3)]
    assert parsed.next_link == NEXT
    assert parsed.body == {"data": parsed.items, "links": {"next": NEXT}}


def test_links_list_without_links_and_empty_list() -> None:
    assert LINKS.parse([{"data": [endpoint(1)]}, {"data": []}]).next_link is None
    assert LINKS.parse([]).items == []


@pytest.mark.parametrize(
    "body",
    [None, "data", 3, {}, {"data": None}, {"data": {"a": 1}}, {"items": []}, [1], [{"data": 1}]],
)
def test_links_rejects_non_pages(body: Any) -> None:
    with pytest.raises(ValueError, match="page object"):
        LINKS.parse(body)


# -- CompatPaging -----------------------------------------------------------------------


def test_compat_paging() -> None:
    uri = "/api/laml/2010-04-01/Accounts/p/Calls?Page=1&PageSize=2&PageToken=PA2"
    parsed = CompatPaging("calls").parse({"calls": [{"sid": "CA1"}], "next_page_uri": uri})
    assert parsed.items == [{"sid": "CA1"}]
    assert parsed.next_link == uri
    last = CompatPaging("calls").parse({"calls": [], "next_page_uri": None})
    assert last.next_link is None


@pytest.mark.parametrize("body", [{"data": []}, {"calls": None}, [], None])
def test_compat_paging_rejects_other_bodies(body: Any) -> None:
    with pytest.raises(ValueError, match="'calls'"):
        CompatPaging("calls").parse(body)


# -- resolve_next -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        NEXT,
        f"https://example.signalwire.com{NEXT}",
        f"https://example.signalwire.com:443{NEXT}",
        f"HTTPS://EXAMPLE.signalwire.com{NEXT}",
    ],
)
def test_resolve_same_origin(link: str) -> None:
    assert resolve_next(BASE, link) == httpx.URL(f"https://example.signalwire.com{NEXT}")


@pytest.mark.parametrize(
    "link",
    [
        f"https://evil.example.com{NEXT}",
        f"//evil.example.com{NEXT}",
        f"https://example.signalwire.com.evil.com{NEXT}",
        f"https://example.signalwire.com@evil.example.com{NEXT}",
        f"http://example.signalwire.com{NEXT}",
        f"https://example.signalwire.com:8443{NEXT}",
        "javascript:alert(1)",
        "http://[",
    ],
)
def test_resolve_refuses_other_origins(link: str) -> None:
    assert resolve_next(BASE, link) is None


@pytest.mark.parametrize("link", [None, "", "   ", 3, ["/x"], {"href": "/x"}])
def test_resolve_no_link(link: Any) -> None:
    assert resolve_next(BASE, link) is None


@pytest.mark.parametrize("link", ["string", "?page_token=x", "page?page_token=x", "./x"])
def test_resolve_refuses_links_that_are_not_a_url_or_absolute_path(link: str) -> None:
    # Links join against the client's origin, not the page's URL, so a bare word (the spec's
    # example value "string") or a lone query has no single meaning: paging stops.
    assert resolve_next(BASE, link) is None


def test_resolve_keeps_loopback_port() -> None:
    local = httpx.URL("http://127.0.0.1:4010")
    assert resolve_next(local, "/a?b=1") == httpx.URL("http://127.0.0.1:4010/a?b=1")
    assert resolve_next(local, "http://127.0.0.1:4011/a") is None


# -- build_page -------------------------------------------------------------------------


def test_build_page() -> None:
    body = {"data": [endpoint(1), endpoint(2)], "links": {"next": NEXT}}
    page = build_page(LINKS.parse(body), SipEndpoint, BASE)
    assert [ep.id for ep in page.data] == ["id-1", "id-2"]
    assert all(isinstance(ep, SipEndpoint) for ep in page.data)
    assert page.next_url == BASE.join(NEXT)
    assert page["data"] == body["data"]
    assert page.get("links") == {"next": NEXT}
    assert page.get("missing") is None
    assert list(page) == ["data", "links"]
    assert page.to_dict() == body


def test_build_page_rejects_bad_item() -> None:
    with pytest.raises(ValueError, match="SipEndpoint"):
        build_page(LINKS.parse({"data": ["not an object"]}), SipEndpoint, BASE)
    # an item lacking spec-required fields is an item still (issue 19): they read None
    (item,) = build_page(LINKS.parse({"data": [{"id": "1"}]}), SipEndpoint, BASE).data
    assert item.id == "1" and item.username is None


def test_build_page_drops_foreign_next() -> None:
    body = {"data": [], "links": {"next": "https://evil.example.com/steal"}}
    assert build_page(LINKS.parse(body), SipEndpoint, BASE).next_url is None


@st.composite
def split_pages(draw: st.DrawFn) -> tuple[int, dict[str, Any]]:
    """N items cut into pages at random points; returns N and a url -> body map."""
    total = draw(st.integers(min_value=0, max_value=30))
    cuts = sorted(draw(st.sets(st.integers(min_value=1, max_value=max(total - 1, 1)))))
    bounds = [0, *(c for c in cuts if c < total), total]
    urls = [f"{ENDPOINTS}?page_token=PA{i}" for i in range(len(bounds) - 1)]
    absolute = draw(st.lists(st.booleans(), min_size=len(urls), max_size=len(urls)))
    bodies: dict[str, Any] = {}
    for i, (start, end) in enumerate(itertools.pairwise(bounds)):
        body: dict[str, Any] = {"data": [endpoint(n) for n in range(start, end)]}
        if i + 1 < len(urls):
            link: str | None = urls[i + 1]
        else:  # the last page has no next link, or one back to a page already seen
            link = draw(st.none() | st.sampled_from(urls))
        if link is not None:
            body["links"] = {"next": f"{BASE}{link}" if absolute[i] else link}
        bodies[str(BASE.join(urls[i]))] = body
    return total, bodies


@given(split_pages())
def test_walking_pages_yields_each_item_once_in_order(case: tuple[int, dict[str, Any]]) -> None:
    total, bodies = case
    url: httpx.URL | None = BASE.join(f"{ENDPOINTS}?page_token=PA0")
    seen: set[httpx.URL] = set()
    items: list[SipEndpoint] = []
    while url is not None and url not in seen:
        seen.add(url)
        page = build_page(LINKS.parse(bodies[str(url)]), SipEndpoint, BASE)
        items.extend(page.data)
        url = page.next_url
    assert [ep.id for ep in items] == [f"id-{n}" for n in range(total)]
    assert len(seen) == len(bodies)


def test_walk_stops_on_a_repeated_link() -> None:
    loop = {"data": [endpoint(1)], "links": {"next": NEXT}}
    first = build_page(LINKS.parse(loop), SipEndpoint, BASE)
    second = build_page(LINKS.parse(loop), SipEndpoint, BASE)
    assert first.next_url is not None
    assert first.next_url == second.next_url  # the pager's `seen` set stops here


def _walk_page(url: str | None, next_url: str | None, items: int = 1) -> Page[Any]:
    return Page(
        data=[object()] * items,
        next_url=None if next_url is None else httpx.URL(next_url),
        body={},
        url=None if url is None else httpx.URL(url),
    )


def test_the_walk_follows_new_links_and_stops_at_the_last_page() -> None:
    walk = PageWalk()
    assert walk.next_url(_walk_page("https://x/a", "https://x/b")) == httpx.URL("https://x/b")
    assert walk.next_url(_walk_page("https://x/b", None)) is None


def test_the_walk_stops_at_a_link_back_to_any_page_read_the_first_included() -> None:
    walk = PageWalk()
    walk.next_url(_walk_page("https://x/a", "https://x/b"))
    walk.next_url(_walk_page("https://x/b", "https://x/c"))
    assert walk.next_url(_walk_page("https://x/c", "https://x/a")) is None


def test_the_walk_stops_after_a_run_of_empty_pages_and_a_full_page_resets_it() -> None:
    walk = PageWalk()
    for n in range(MAX_EMPTY_PAGES - 1):
        assert walk.next_url(_walk_page(f"https://x/{n}", f"https://x/{n + 1}", items=0))
    assert walk.next_url(_walk_page("https://x/full", "https://x/next")) is not None
    for n in range(MAX_EMPTY_PAGES - 1):
        assert walk.next_url(_walk_page(f"https://x/e{n}", f"https://x/e{n + 1}", items=0))
    assert walk.next_url(_walk_page("https://x/last", "https://x/more", items=0)) is None


@pytest.mark.parametrize("link", ["http://a:b:c/next", "https://[zz]/next", "/next\x00page"])
def test_resolve_refuses_an_invalid_url(link: str, caplog: pytest.LogCaptureFixture) -> None:
    assert resolve_next(BASE, link) is None
    assert "not following an invalid next-page link" in caplog.text


def test_the_walk_follows_from_a_page_whose_own_url_is_unknown() -> None:
    walk = PageWalk()
    assert walk.next_url(_walk_page(None, "https://x/b")) == httpx.URL("https://x/b")
