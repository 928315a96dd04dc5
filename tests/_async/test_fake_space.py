"""Every resource the client has, walked through the fake space on this client.

For each collection the declarations know: create two items (or, where the API fills the
collection itself, put them in with `space.add`), read one back, list them page by page,
change one and read the change back, delete it and see it gone. Every stateless operation
(commands, lookups, tokens) answers something its model decodes. A view such as
`fabric.resources` shows the items of the collections below it. Arguments come from the
operation tables (`tests/operations/`); every path placeholder but the item's own is
`parent-1`, so nested collections line up.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from signalwire_async import AsyncPager, AsyncRestClient, NotFoundError
from signalwire_async._params import param_keys
from signalwire_async.testing import FakeSpace
from signalwire_async.testing._routes import Kind, Route, fill, routes, views
from signalwire_async.types import CallControl

from ..operations import ALL, Row, resolve

ROWS = {row.call: row for row in ALL}
PARENT = "parent-1"


@attrs.frozen
class Walk:
    """A collection and the operations acting on it, by kind."""

    collection: str
    creates: tuple[Route, ...]
    lists: tuple[Route, ...]
    gets: tuple[Route, ...]
    updates: tuple[Route, ...]
    deletes: tuple[Route, ...]


def _walks() -> list[Walk]:
    table = routes()
    collections = sorted({c for route in table for c in route.collections})

    def acting(kind: Kind, collection: str) -> tuple[Route, ...]:
        return tuple(r for r in table if r.kind is kind and collection in r.collections)

    return [
        Walk(
            collection=c,
            creates=acting(Kind.CREATE, c),
            lists=acting(Kind.LIST, c),
            gets=acting(Kind.GET, c),
            updates=acting(Kind.UPDATE, c),
            deletes=acting(Kind.DELETE, c),
        )
        for c in collections
    ]


WALKS = _walks()
STATELESS = [ROWS[r.name] for r in routes() if r.kind is Kind.STATELESS]


def _args(route: Route, row: Row, item: str | None = None) -> list[Any]:
    """The row's positional arguments, with every path value `parent-1` (the last one
    `item`, for an item operation)."""
    count = len(route.op.path_params)
    path = [PARENT] * count
    if item is not None:
        path[-1] = item
    return [*path, *row.args[count:]]


def _kwargs(space: FakeSpace, row: Row) -> dict[str, Any]:
    kwargs = dict(row.kwargs)
    if "subscriber_token" in kwargs:
        kwargs["subscriber_token"] = space.issue_subscriber_token()
    return kwargs


def _key(item: Any) -> str:
    return str(item["sid"] if "sid" in item and "id" not in item else item["id"])


async def _create(space: FakeSpace, client: AsyncRestClient, walk: Walk, number: int) -> str:
    """Item `number` of the collection, made the way its API makes them; its id. Fields
    that must be unique (a username) get the number appended."""
    if walk.creates:
        route = walk.creates[0]
        row = ROWS[route.name]
        kwargs = _kwargs(space, row)
        kwargs.update({key: f"{kwargs[key]}{number}" for key in route.op.unique})
        made = await resolve(client, route.name)(*_args(route, row), **kwargs)
        return _key(made.call if isinstance(made, CallControl) else made)
    concrete = fill(walk.collection, {"AccountSid": space.project}, default=PARENT)
    below = views().get(walk.collection)
    if below is not None:  # a view of other collections (`fabric.resources`): fill one
        concrete = next(c for r in routes() for c in r.collections if below.match(c))
    return _key(space.add(concrete))


def _params(route: Route) -> Any:
    return route.op.params  # the operation's `TypedDict` class


def _page_size(route: Route) -> dict[str, int]:
    """Pages of one item, where the list takes a page size (to cross a page boundary)."""
    if route.op.params is None:
        return {}
    _, allowed, _ = param_keys(_params(route))
    return {name: 1 for name in ("page_size", "PageSize") if name in allowed}


@pytest.mark.asyncio
@pytest.mark.parametrize("walk", WALKS, ids=lambda walk: walk.collection)
async def test_each_collection_keeps_what_is_created_changed_and_deleted(walk: Walk) -> None:
    space = FakeSpace()
    async with space.async_client(max_retries=0) as client:
        first = await _create(space, client, walk, 1)
        second = await _create(space, client, walk, 2)
        assert first != second

        for route in walk.gets:
            row = ROWS[route.name]
            got = await resolve(client, route.name)(
                *_args(route, row, first), **_kwargs(space, row)
            )
            assert _key(got) == first

        for route in walk.lists:
            row = ROWS[route.name]
            # The row's filters and page tokens would select other items; keep what the
            # list requires (a subscriber token) and page one item at a time.
            required = param_keys(_params(route))[0] if route.op.params else frozenset()
            kept = {*required, "subscriber_token"}
            kwargs = {k: v for k, v in _kwargs(space, row).items() if k in kept}
            kwargs.update(_page_size(route))
            pager = resolve(client, route.name)(*_args(route, row), **kwargs)
            assert isinstance(pager, AsyncPager)
            listed = [_key(item) async for item in pager]
            assert listed == [first, second]

        for route in walk.updates:
            row = ROWS[route.name]
            method = resolve(client, route.name)
            changed = await method(*_args(route, row, first), **_kwargs(space, row))
            if changed is not None:
                assert _key(changed) == first
            for get in walk.gets:
                get_row = ROWS[get.name]
                now = await resolve(client, get.name)(
                    *_args(get, get_row, first), **_kwargs(space, get_row)
                )
                for key, value in _echoed(route, row).items():
                    assert now[key] == value, f"{route.name} did not keep {key}"

        for route in walk.deletes:
            row = ROWS[route.name]
            item = first if route is walk.deletes[0] else second
            await resolve(client, route.name)(*_args(route, row, item), **_kwargs(space, row))
            for get in walk.gets:
                get_row = ROWS[get.name]
                with pytest.raises(NotFoundError):
                    await resolve(client, get.name)(
                        *_args(get, get_row, item), **_kwargs(space, get_row)
                    )


def _echoed(route: Route, row: Row) -> dict[str, Any]:
    """The update's JSON fields the model declares at its top level: what reading the
    item back must show. (Compatibility forms are strings on the wire; left out.)"""
    from signalwire_async.testing._samples import fields_of

    if route.op.form or route.model is None:
        return {}
    declared = fields_of(route.model)
    return {
        key: value
        for key, value in row.kwargs.items()
        if key in declared and declared[key].model is None and key != "subscriber_token"
    }


@pytest.mark.asyncio
@pytest.mark.parametrize("row", STATELESS, ids=lambda row: row.call)
async def test_each_stateless_operation_answers_its_model(row: Row) -> None:
    space = FakeSpace()
    async with space.async_client(max_retries=0) as client:
        result = await resolve(client, row.call)(*row.args, **_kwargs(space, row))
    if isinstance(result, CallControl):
        result = result.call
    if row.returns is None:
        assert result is None
    else:
        assert type(result) is row.returns


def test_every_operation_is_walked_or_answered() -> None:
    walked = {
        r.name for w in WALKS for r in (*w.creates, *w.lists, *w.gets, *w.updates, *w.deletes)
    }
    assert walked | {row.call for row in STATELESS} == set(ROWS)
