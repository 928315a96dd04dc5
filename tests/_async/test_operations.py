"""Every row of the operation tables on this client: the request sent, the answer decoded."""

from __future__ import annotations

import base64
import functools
import inspect
import json
import uuid
from typing import Any
from urllib.parse import unquote, urlencode

import pytest
import respx

from signalwire_async import AsyncPager, AsyncRestClient
from signalwire_async.types import CallControl

from ..data import PROJECT, TOKEN
from ..operations import ALL, SUBSCRIBER_TOKEN, Row, assert_decodes, resolve

BASIC = "Basic " + base64.b64encode(f"{PROJECT}:{TOKEN}".encode()).decode()
AUTHORIZATION = {"project": BASIC, "subscriber": f"Bearer {SUBSCRIBER_TOKEN}", "none": None}


def answer(row: Row) -> dict[str, Any]:
    if row.response is None:
        return {"status_code": row.status}
    return {"status_code": row.status, "json": row.response}


@pytest.mark.asyncio
@pytest.mark.parametrize("row", ALL, ids=lambda row: row.call)
async def test_the_operation_sends_its_request_and_decodes_the_answer(
    row: Row, api: respx.MockRouter
) -> None:
    # respx matches the decoded path; the raw one (as sent, `%2B` and all) is checked below.
    route = api.route(method=row.method, path=unquote(row.path)).respond(**answer(row))
    async with AsyncRestClient(PROJECT, TOKEN, "example") as client:
        method = resolve(client, row.call)
        if row.paged:
            pager = method(*row.args, **row.kwargs)
            assert isinstance(pager, AsyncPager)
            results = [item async for item in pager]
            sent = row.response[row.items]
        else:
            result = await method(*row.args, **row.kwargs)
            if isinstance(result, CallControl):  # a command that started something
                assert result.control_id == row.body["params"]["control_id"]
                result = result.call
            results = [] if row.returns is None else [result]
            sent = [] if row.returns is None else [row.response]
            if row.returns is None:
                assert result is None

    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == row.method
    assert request.url.raw_path.partition(b"?")[0].decode() == row.path
    assert dict(request.url.params) == dict(row.query)
    if row.body is None:
        assert request.content == b""
    elif row.form:
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        assert request.content == urlencode(row.body, doseq=True).encode()
    else:
        assert request.headers["content-type"] == "application/json"
        sent_body = json.loads(request.content)
        for field in row.fresh:
            assert uuid.UUID(sent_body.pop(field)).version == 4
        assert sent_body == row.body
    assert request.headers.get("authorization") == AUTHORIZATION[row.auth]
    assert len(results) == len(sent)
    for item, item_json in zip(results, sent, strict=True):
        assert row.returns is not None
        assert_decodes(item, row.returns, item_json)


@pytest.mark.asyncio
async def test_every_public_method_has_a_row() -> None:
    """A method no row lists, or a row naming a method the client lacks, fails here."""
    async with AsyncRestClient(PROJECT, TOKEN, "example") as client:
        methods = public_methods(client)
    assert methods == {row.call for row in ALL}
    assert len(ALL) == len(methods)  # one row per operation, no duplicates


def public_methods(client: AsyncRestClient) -> set[str]:
    """`namespace.resource.method` (or `resource.method`, for one right on the client)."""
    methods = set()
    for namespace_name in namespace_names(type(client)):
        namespace = getattr(client, namespace_name)
        if hasattr(type(namespace), "_name"):  # a resource (they name their place), not a namespace
            resources = {namespace_name: namespace}
        else:
            resources = {
                f"{namespace_name}.{name}": getattr(namespace, name)
                for name in vars(type(namespace))
                if not name.startswith("_")
            }
        for place, resource in resources.items():
            names = {name for name in vars(type(resource)) if not name.startswith("_")}
            # `paginate` is the official SDK's name of `list`, its row (see the test below)
            assert "paginate" not in names or "list" in names, place
            methods |= {f"{place}.{name}" for name in names - {"paginate"}}
    return methods


@pytest.mark.asyncio
async def test_every_pager_named_list_has_paginate_sending_the_same() -> None:
    """The official SDK's `paginate(**params)`: the same arguments, the same operation."""
    checked = 0
    async with AsyncRestClient(PROJECT, TOKEN, "example") as client:
        methods = public_methods(client)
        for call in sorted(m for m in methods if m.endswith(".list")):
            resource: Any = client
            for part in call.split(".")[:-1]:
                resource = getattr(resource, part)
            listing = resource.list
            if "Pager" in str(inspect.signature(listing).return_annotation):
                paginate = resource.paginate
                assert inspect.signature(paginate) == inspect.signature(listing), call
                body = inspect.getsource(paginate).strip().splitlines()[-1]
                assert body == inspect.getsource(listing).strip().splitlines()[-1], call
                checked += 1
    assert checked >= 25  # the official SDK's 25, and the Compatibility lists


def namespace_names(client_class: type[object]) -> list[str]:
    """The client's namespace properties (those its generated namespaces mixin defines)."""
    names = []
    for name in dir(client_class):
        attr = inspect.getattr_static(client_class, name)
        if isinstance(attr, functools.cached_property) and attr.func.__module__.endswith(
            "._namespaces"
        ):
            names.append(name)
    assert names
    return names
