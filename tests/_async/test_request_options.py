"""Request options on every operation, `client.request()`, `record_responses()`, and the
checks on `total_timeout` and `max_response_size`."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import respx

from signalwire_async import (
    AsyncRestClient,
    ClientClosedError,
    InvalidResponseError,
    NotFoundError,
    ServerError,
    SignalWireRestTimeoutError,
)
from signalwire_async._options import OPTION_NAMES
from signalwire_async.types import PageParams
from signalwire_async.types.fabric import (
    SipEndpointCreateParams,
    SipEndpointUpdateParams,
)

from ..data import BASE, ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint, page
from ..loopback import Handler, LoopbackServer, answer, connections_in_use

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"
ADDRESSES = f"{ONE}/addresses"
RESOURCES = "/api/fabric/resources"  # what the `request` case posts to
DEFAULT_PHASES = {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}


def make_client(**settings: Any) -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, "example", **settings)


# -- every operation, through one helper ------------------------------------------------

# (operation, verb, path, answer): one case per public operation, plus client.request().
OPERATIONS: list[tuple[str, str, str, Any]] = [
    ("list", "GET", ENDPOINTS, page([endpoint()])),
    ("list_addresses", "GET", ADDRESSES, {"data": [{"id": "a-1"}], "links": {}}),
    ("get", "GET", ONE, endpoint()),
    ("create", "POST", ENDPOINTS, endpoint()),
    ("update", "PUT", ONE, endpoint()),
    ("delete", "DELETE", ONE, None),
    ("request", "POST", RESOURCES, {"id": "r-1"}),
]
NAMES = [name for name, *_ in OPERATIONS]
WITH_BODY = ["create", "update", "request"]
# What each operation sends of its own (besides the options under test).
OWN_QUERY = {"list": {"page_size": ["2"]}, "list_addresses": {"page_size": ["3"]}}
OWN_BODY: dict[str, dict[str, Any]] = {
    "create": {"username": "alice", "password": "pw"},
    "update": {"caller_id": "Alice"},
    "request": {"name": "n"},
}


def mock(api: respx.MockRouter, name: str) -> respx.Route:
    """The route `name` calls, answering as the API does."""
    [(verb, path, body)] = [(v, p, b) for n, v, p, b in OPERATIONS if n == name]
    if body is None:
        return api.route(method=verb, path=path).respond(204)
    return api.route(method=verb, path=path).respond(json=body)


async def run(client: AsyncRestClient, name: str, **options: Any) -> None:
    """Call operation `name` with its own arguments and `options`; pagers: the first page."""
    endpoints = client.fabric.sip_endpoints
    if name == "list":
        await endpoints.list(page_size=2, **options).first_page()
    elif name == "list_addresses":
        await endpoints.list_addresses(ENDPOINT_ID, page_size=3, **options).first_page()
    elif name == "get":
        await endpoints.get(ENDPOINT_ID, **options)
    elif name == "create":
        await endpoints.create(username="alice", password="pw", **options)
    elif name == "update":
        await endpoints.update(ENDPOINT_ID, caller_id="Alice", **options)
    elif name == "delete":
        await endpoints.delete(ENDPOINT_ID, **options)
    else:
        response = await client.request("POST", RESOURCES, json={"name": "n"}, **options)
        assert response.json() == {"id": "r-1"}


def query_of(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query.decode(), keep_blank_values=True)


@pytest.mark.asyncio
@pytest.mark.parametrize("name", NAMES)
async def test_extra_query_is_added_to_the_operations_own_query(
    api: respx.MockRouter, name: str
) -> None:
    route = mock(api, name)
    async with make_client() as client:
        await run(client, name, extra_query={"trace": "t-1", "fields": "id"})
        await run(client, name)  # and only to the call it was given to
    first, second = (call.request for call in route.calls)
    assert query_of(first) == {**OWN_QUERY.get(name, {}), "trace": ["t-1"], "fields": ["id"]}
    assert query_of(second) == OWN_QUERY.get(name, {})


@pytest.mark.asyncio
async def test_extra_query_wins_over_the_operations_own_parameter(api: respx.MockRouter) -> None:
    route = mock(api, "list")
    async with make_client() as client:
        pager = client.fabric.sip_endpoints.list(page_size=2, extra_query={"page_size": 7})
        await pager.first_page()
    assert query_of(route.calls.last.request) == {"page_size": ["7"]}


@pytest.mark.asyncio
@pytest.mark.parametrize("name", NAMES)
async def test_extra_headers_are_sent_beside_the_clients_own(
    api: respx.MockRouter, name: str
) -> None:
    route = mock(api, name)
    async with make_client() as client:
        await run(client, name, extra_headers={"X-Trace": "t-1", "Accept-Language": "de"})
        await run(client, name)
    first, second = (call.request for call in route.calls)
    assert first.headers["x-trace"] == "t-1"
    assert first.headers["accept-language"] == "de"
    assert first.headers["authorization"].startswith("Basic ")
    assert first.headers["user-agent"].startswith("signalwire-async/")
    assert "x-trace" not in second.headers


@pytest.mark.asyncio
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "header",
    [
        "Authorization",
        "authorization",
        "AUTHORIZATION",
        b"Authorization",
        b"authorization",
        "Authorization ",
        " authorization",
        "Authorization\t",
        b"Authorization ",
    ],
)
async def test_extra_headers_cannot_set_authorization(
    offline: respx.MockRouter, name: str, header: Any
) -> None:
    async with make_client() as client:
        with pytest.raises(ValueError, match="Authorization"):
            await run(client, name, extra_headers={"X-Trace": "t", header: "Bearer stolen"})
    assert not offline.calls


@pytest.mark.asyncio
@pytest.mark.parametrize("header", ["X Trace", "X-Trace:", "", "X-Tr\u00e4ce", 7])
async def test_extra_headers_with_a_name_that_is_no_header_name_are_refused(
    offline: respx.MockRouter, header: Any
) -> None:
    async with make_client() as client:
        with pytest.raises((TypeError, ValueError), match="extra_headers"):
            await run(client, "get", extra_headers={header: "v"})
    assert not offline.calls


@pytest.mark.asyncio
async def test_extra_headers_with_a_bytes_name_are_sent(api: respx.MockRouter) -> None:
    route = mock(api, "get")
    async with make_client() as client:
        await run(client, "get", extra_headers={b"X-Trace": "t-1"})
    assert route.calls.last.request.headers["x-trace"] == "t-1"
    assert route.calls.last.request.headers["authorization"].startswith("Basic ")


@pytest.mark.asyncio
@pytest.mark.parametrize("name", WITH_BODY)
async def test_extra_body_is_merged_into_the_json_body_and_wins(
    api: respx.MockRouter, name: str
) -> None:
    route = mock(api, name)
    [(own_key, _), *_] = OWN_BODY[name].items()
    async with make_client() as client:
        await run(client, name, extra_body={"brand_new": {"x": 1}, own_key: "from-extra"})
    request = route.calls.last.request
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        **OWN_BODY[name],
        own_key: "from-extra",
        "brand_new": {"x": 1},
    }


@pytest.mark.asyncio
@pytest.mark.parametrize("name", WITH_BODY)
async def test_extras_is_the_official_sdks_name_for_extra_body(
    api: respx.MockRouter, name: str
) -> None:
    route = mock(api, name)
    async with make_client() as client:
        await run(client, name, extras={"brand_new": 1})
        await run(client, name, extras={"a": 1, "b": 1}, extra_body={"b": 2, "c": 2})
    alone, both = (json.loads(call.request.content) for call in route.calls)
    assert alone == {**OWN_BODY[name], "brand_new": 1}
    assert both == {**OWN_BODY[name], "a": 1, "b": 2, "c": 2}  # extra_body wins on a clash


@pytest.mark.asyncio
async def test_create_sends_the_password(api: respx.MockRouter) -> None:
    route = api.post(ENDPOINTS).respond(json=endpoint(username="alice"))
    async with make_client() as client:
        ep = await client.fabric.sip_endpoints.create(username="alice", password="pw")
    assert ep.username == "alice"
    assert json.loads(route.calls.last.request.content) == {"username": "alice", "password": "pw"}


@pytest.mark.asyncio
async def test_update_can_change_the_password(api: respx.MockRouter) -> None:
    route = api.put(ONE).respond(json=endpoint())
    async with make_client() as client:
        await client.fabric.sip_endpoints.update(ENDPOINT_ID, password="new-pw")
    assert json.loads(route.calls.last.request.content) == {"password": "new-pw"}


@pytest.mark.asyncio
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    ("timeout", "phases"),
    [
        (1.5, {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}),
        (httpx.Timeout(2.0, read=9.0), {"connect": 2.0, "read": 9.0, "write": 2.0, "pool": 2.0}),
    ],
)
async def test_request_timeout_sets_this_calls_phase_timeouts(
    api: respx.MockRouter, name: str, timeout: float | httpx.Timeout, phases: dict[str, float]
) -> None:
    route = mock(api, name)
    async with make_client() as client:
        await run(client, name, request_timeout=timeout)
        await run(client, name)
    first, second = (call.request for call in route.calls)
    assert first.extensions["timeout"] == phases
    assert second.extensions["timeout"] == DEFAULT_PHASES


@pytest.mark.asyncio
@pytest.mark.parametrize("name", NAMES)
async def test_total_timeout_bounds_every_phase_of_this_call(
    api: respx.MockRouter, name: str
) -> None:
    route = mock(api, name)
    async with make_client() as client:
        await run(client, name, total_timeout=0.5)
        await run(client, name)
    first, second = (call.request for call in route.calls)
    phases = first.extensions["timeout"]
    assert 0 < phases["total"] <= 0.5
    assert all(0 < phases[phase] <= 0.5 for phase in DEFAULT_PHASES)
    assert second.extensions["timeout"] == DEFAULT_PHASES


@pytest.mark.asyncio
async def test_total_timeout_option_ends_a_stalled_call(server: LoopbackServer) -> None:
    server.stall("GET", ONE, 30.0)
    async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:
        with pytest.raises(SignalWireRestTimeoutError, match=r"total_timeout of 0\.3 s expired"):
            await client.fabric.sip_endpoints.get(ENDPOINT_ID, total_timeout=0.3)


@pytest.mark.asyncio
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("option", ["request_timeout", "total_timeout"])
@pytest.mark.parametrize("value", [0, -1.0, True])
async def test_bad_timeout_options_raise_before_sending(
    offline: respx.MockRouter, name: str, option: str, value: object
) -> None:
    async with make_client() as client:
        with pytest.raises(ValueError, match="timeout"):
            await run(client, name, **{option: value})
    assert not offline.calls


def allowed_keys(name: str) -> set[str]:
    """The keys an operation's TypeError must name: its own, or the options when it has none."""
    params_type: Any = {
        "list": PageParams,
        "list_addresses": PageParams,
        "create": SipEndpointCreateParams,
        "update": SipEndpointUpdateParams,
    }.get(name)
    if params_type is None:
        return set(OPTION_NAMES)
    return set(params_type.__required_keys__ | params_type.__optional_keys__) - OPTION_NAMES


@pytest.mark.asyncio
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("unknown", ["brand_new_field", "extra_querry"])
async def test_an_unknown_keyword_raises_type_error_naming_the_allowed_keys(
    offline: respx.MockRouter, name: str, unknown: str
) -> None:
    async with make_client() as client:
        with pytest.raises(TypeError) as caught:
            await run(client, name, **{unknown: 1})
    message = str(caught.value)
    assert unknown in message
    assert all(key in message for key in allowed_keys(name)), message
    assert "extra_body=" in message
    assert not offline.calls


@pytest.mark.asyncio
@pytest.mark.parametrize("option", ["extra_query", "extra_headers", "extra_body", "extras"])
async def test_an_option_that_is_not_a_mapping_raises_before_sending(
    offline: respx.MockRouter, option: str
) -> None:
    async with make_client() as client:
        with pytest.raises(TypeError, match=f"{option} must be a mapping"):
            await run(client, "get", **{option: [("a", "b")]})
    assert not offline.calls


# -- pagers: the options and the next links ---------------------------------------------


@pytest.mark.asyncio
async def test_a_pager_sends_extra_query_with_the_first_page_only(api: respx.MockRouter) -> None:
    next_link = f"{ENDPOINTS}?page_size=2&page_token=PA1"
    second = api.get(ENDPOINTS, params={"page_token": "PA1"}).respond(json=page([endpoint()]))
    # Answered once: were the next request sent with extra_query (which replaces the link's
    # query), it would land here again and walk forever; a 418 ends the test instead.
    answers = iter(
        [httpx.Response(200, json=page([endpoint(id="a"), endpoint(id="b")], next_link))]
    )
    first = api.get(ENDPOINTS, params={"trace": "t-1"}).mock(
        side_effect=lambda request: next(answers, httpx.Response(418, json={"error": "again"}))
    )
    async with make_client() as client:
        pager = client.fabric.sip_endpoints.list(
            page_size=2, extra_query={"trace": "t-1"}, extra_headers={"X-Trace": "t-1"}
        )
        seen = [ep.id async for ep in pager]
    assert seen == ["a", "b", ENDPOINT_ID]
    assert query_of(first.calls.last.request) == {"page_size": ["2"], "trace": ["t-1"]}
    # The next link keeps its own query, exactly; the other options still apply.
    assert second.calls.last.request.url.query == b"page_size=2&page_token=PA1"
    assert second.calls.last.request.headers["x-trace"] == "t-1"


@pytest.mark.asyncio
async def test_a_pagers_first_page_and_walk_both_send_extra_query(api: respx.MockRouter) -> None:
    route = api.get(ENDPOINTS, params={"trace": "t-1"}).respond(json=page([endpoint()]))
    async with make_client() as client:
        pager = client.fabric.sip_endpoints.list(extra_query={"trace": "t-1"})
        assert [ep.id for ep in (await pager.first_page()).data] == [ENDPOINT_ID]
        assert [ep.id async for ep in pager] == [ENDPOINT_ID]
    assert route.call_count == 2


# -- client.request() --------------------------------------------------------------------


@pytest.mark.asyncio
async def test_request_returns_the_whole_response(api: respx.MockRouter) -> None:
    route = api.get(RESOURCES, params={"page_size": "5"}).respond(
        json={"data": []}, headers={"x-request-id": "req-7"}
    )
    async with make_client() as client:
        response = await client.request("GET", RESOURCES, params={"page_size": 5})
    assert isinstance(response, httpx.Response)
    assert response.status_code == 200
    assert response.json() == {"data": []}
    assert response.headers["x-request-id"] == "req-7"
    request = route.calls.last.request
    assert request.url == f"{BASE}{RESOURCES}?page_size=5"
    assert request.headers["authorization"].startswith("Basic ")


@pytest.mark.asyncio
@pytest.mark.parametrize("method", ["GET", "get", "Get"])
async def test_request_retries_a_get_on_503_whatever_the_methods_case(
    api: respx.MockRouter, sleeps: list[float], method: str
) -> None:
    route = api.get(RESOURCES).mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json={"ok": True})]
    )
    async with make_client() as client:
        response = await client.request(method, RESOURCES)
    assert response.json() == {"ok": True}
    assert route.call_count == 2
    assert all(call.request.method == "GET" for call in route.calls)
    assert len(sleeps) == 1 and 0.25 <= sleeps[0] <= 0.5


@pytest.mark.asyncio
async def test_request_does_not_replay_a_post_on_503(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = api.post(RESOURCES).respond(503, json={"error": "busy"})
    async with make_client() as client:
        with pytest.raises(ServerError):
            await client.request("post", RESOURCES, json={"name": "n"})
    assert route.call_count == 1
    assert sleeps == []


@pytest.mark.asyncio
async def test_request_raises_the_typed_errors(api: respx.MockRouter) -> None:
    api.get(f"{RESOURCES}/nope").respond(
        404, json={"error": "Not Found"}, headers={"x-request-id": "req-404"}
    )
    async with make_client() as client:
        with pytest.raises(NotFoundError) as caught:
            await client.request("GET", f"{RESOURCES}/nope")
    error = caught.value
    assert (error.status_code, error.method, error.request_id) == (404, "GET", "req-404")
    assert error.url == f"{BASE}{RESOURCES}/nope"
    assert [e.message for e in error.errors] == ["Not Found"]


@pytest.mark.asyncio
async def test_request_sends_a_form_with_data(api: respx.MockRouter) -> None:
    route = api.post(RESOURCES).respond(201, json={"id": "r-1"})
    async with make_client() as client:
        response = await client.request(
            "POST", RESOURCES, data={"To": "+15551234567", "Body": "hi there"}, extras={"X": "1"}
        )
    assert response.status_code == 201
    request = route.calls.last.request
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.content.decode()) == {
        "To": ["+15551234567"],
        "Body": ["hi there"],
        "X": ["1"],
    }


@pytest.mark.asyncio
async def test_request_goes_through_the_clients_own_pool(server: LoopbackServer) -> None:
    in_use: list[int] = []
    async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:

        def probe(handler: Handler) -> None:  # on the server's thread, mid-request
            in_use.append(connections_in_use(client))
            answer(200, {"ok": True})(handler)

        server.route("GET", RESOURCES, probe)
        assert (await client.request("GET", RESOURCES)).json() == {"ok": True}
        assert connections_in_use(client) == 0
    assert in_use == [1]
    with pytest.raises(ClientClosedError):
        await client.request("GET", RESOURCES)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path",
    [
        "api/x",
        "",
        "https://evil.com/api/x",
        "//evil.com/x",
        "/a/../b",
        "/a/./b",
        "/..",
        "/a/%2e%2e/b",
        "/a/%2E./b",
        "/a/.%2e/b",
        "/x?y=1",
        "/x#y",
        "/x y",
        "/x\\y",
        "/x\ny",
        "/x\ry",
        "/x\x00",
        "/x\x7f",
    ],
)
async def test_request_refuses_a_path_that_could_leave_the_space(
    offline: respx.MockRouter, path: str
) -> None:
    async with make_client() as client:
        with pytest.raises(ValueError, match="path"):
            await client.request("GET", path)
    assert not offline.calls


# -- record_responses() -------------------------------------------------------------------


@pytest.mark.asyncio
async def test_record_responses_records_each_successful_response_in_the_block(
    api: respx.MockRouter,
) -> None:
    api.get(ONE).respond(json=endpoint(), headers={"x-request-id": "req-get"})
    api.delete(ONE).respond(204, headers={"x-request-id": "req-delete"})
    async with make_client() as client:
        await client.fabric.sip_endpoints.get(ENDPOINT_ID)  # before the block
        with client.record_responses() as log:
            with pytest.raises(IndexError, match="no response"):
                _ = log.last
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
            await client.fabric.sip_endpoints.delete(ENDPOINT_ID)
        await client.fabric.sip_endpoints.get(ENDPOINT_ID)  # after it
    assert len(log) == 2
    got, deleted = log
    assert (got.method, got.url, got.status_code) == ("GET", f"{BASE}{ONE}", 200)
    assert got.request_id == "req-get"
    assert got.headers["content-type"] == "application/json"
    assert (deleted.method, deleted.url, deleted.status_code) == ("DELETE", f"{BASE}{ONE}", 204)
    assert deleted.request_id == "req-delete"
    assert log.last == deleted and log[-1] == deleted and list(log[:1]) == [got]
    assert all(isinstance(info.elapsed, float) and info.elapsed >= 0 for info in log)


@pytest.mark.asyncio
async def test_record_responses_without_a_request_id_header(api: respx.MockRouter) -> None:
    api.get(ONE).respond(json=endpoint())
    async with make_client() as client:
        with client.record_responses() as log:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert log.last.request_id is None


@pytest.mark.asyncio
async def test_record_responses_records_every_page_of_a_walk(api: respx.MockRouter) -> None:
    api.get(ENDPOINTS, params={"page_token": "PA1"}).respond(
        json=page([endpoint(id="c")]), headers={"x-request-id": "req-2"}
    )
    api.get(ENDPOINTS).respond(
        json=page([endpoint(id="a"), endpoint(id="b")], f"{ENDPOINTS}?page_token=PA1"),
        headers={"x-request-id": "req-1"},
    )
    async with make_client() as client:
        with client.record_responses() as log:
            assert [ep.id async for ep in client.fabric.sip_endpoints.list()] == ["a", "b", "c"]
    assert [info.request_id for info in log] == ["req-1", "req-2"]
    assert [info.url for info in log] == [f"{BASE}{ENDPOINTS}", f"{BASE}{ENDPOINTS}?page_token=PA1"]


@pytest.mark.asyncio
async def test_record_responses_sees_views_and_raw_requests_but_not_other_clients(
    api: respx.MockRouter,
) -> None:
    api.get(ONE).respond(json=endpoint(), headers={"x-request-id": "req-one"})
    api.get(RESOURCES).respond(json={}, headers={"x-request-id": "req-raw"})
    async with make_client() as client, make_client() as other:
        view = client.with_options(max_retries=0)
        with client.record_responses() as log:
            await view.fabric.sip_endpoints.get(ENDPOINT_ID)
            await client.request("GET", RESOURCES)
            await other.fabric.sip_endpoints.get(ENDPOINT_ID)  # another client: not ours
            with other.record_responses() as other_log:
                await other.request("GET", RESOURCES)
        with view.record_responses() as view_log:  # a view's block sees the root's calls too
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert [info.request_id for info in log] == ["req-one", "req-raw"]
    assert [info.request_id for info in other_log] == ["req-raw"]
    assert [info.request_id for info in view_log] == ["req-one"]


@pytest.mark.asyncio
async def test_nested_record_responses_blocks_each_see_their_own_span(
    api: respx.MockRouter,
) -> None:
    api.get(ONE).respond(json=endpoint())
    api.delete(ONE).respond(204)
    async with make_client() as client:
        with client.record_responses() as outer:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
            with client.record_responses() as inner:
                await client.fabric.sip_endpoints.delete(ENDPOINT_ID)
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert [info.method for info in outer] == ["GET", "DELETE", "GET"]
    assert [info.method for info in inner] == ["DELETE"]


@pytest.mark.asyncio
async def test_record_responses_keeps_the_retried_attempt_and_the_success_last(
    api: respx.MockRouter, sleeps: list[float]
) -> None:
    api.get(ONE).mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(200, json=endpoint(), headers={"x-request-id": "req-ok"}),
        ]
    )
    async with make_client() as client:
        with client.record_responses() as log:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert [(info.status_code, info.request_id) for info in log] == [(503, None), (200, "req-ok")]
    assert log.last.request_id == "req-ok"


# -- total_timeout and max_response_size are checked ------------------------------------

BAD_AMOUNTS = [0, 0.0, -1, -0.5, True, False]


@pytest.mark.parametrize("value", BAD_AMOUNTS)
def test_the_clients_total_timeout_must_be_a_positive_number(value: object) -> None:
    with pytest.raises(ValueError, match="total_timeout"):
        AsyncRestClient(PROJECT, TOKEN, "example", total_timeout=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [*BAD_AMOUNTS, 1.5])
def test_the_clients_max_response_size_must_be_a_positive_int(value: object) -> None:
    with pytest.raises(ValueError, match="max_response_size"):
        AsyncRestClient(PROJECT, TOKEN, "example", max_response_size=value)  # type: ignore[arg-type]


@pytest.mark.asyncio
@pytest.mark.parametrize("value", BAD_AMOUNTS)
async def test_with_options_total_timeout_must_be_a_positive_number(value: object) -> None:
    async with make_client() as client:
        with pytest.raises(ValueError, match="total_timeout"):
            client.with_options(total_timeout=value)  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_total_timeout_of_the_client_and_of_a_view_apply(api: respx.MockRouter) -> None:
    route = mock(api, "get")
    async with make_client(total_timeout=20) as client:
        await client.fabric.sip_endpoints.get(ENDPOINT_ID)
        await client.with_options(total_timeout=0.5).fabric.sip_endpoints.get(ENDPOINT_ID)
        await client.with_options(total_timeout=None).fabric.sip_endpoints.get(ENDPOINT_ID)
        await client.with_options(max_retries=0).fabric.sip_endpoints.get(ENDPOINT_ID)
    own, shorter, none, kept = (call.request.extensions["timeout"] for call in route.calls)
    assert 19 < own["total"] <= 20 and own["read"] <= 20
    assert 0 < shorter["total"] <= 0.5 and shorter["read"] <= 0.5
    assert none == DEFAULT_PHASES  # None removes the client's total timeout
    assert 19 < kept["total"] <= 20  # a view that does not say keeps the client's


@pytest.mark.asyncio
async def test_max_response_size_bounds_the_body_read(api: respx.MockRouter) -> None:
    api.get(ONE).respond(json=endpoint())
    async with make_client(max_response_size=64) as client:
        with pytest.raises(InvalidResponseError, match="64"):
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
