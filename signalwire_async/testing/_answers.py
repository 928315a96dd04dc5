"""How the fake space answers a request no fault took: check the credentials and the
fields, then list, create, read, change or delete in the `State`, or answer a stateless
operation, and shape the reply as the real API would."""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Mapping
from typing import Any

from ._replies import (
    Reply,
    compat_page,
    error_reply,
    json_reply,
    missing_body,
    model_reply,
    reply_headers,
    rest_page,
)
from ._requests import INVALID, Incoming, fields, owners
from ._routes import Kind, Route
from ._samples import fields_of, snake
from ._state import State

MAX_PAGE_SIZE = 1000


def answer(
    state: State,
    request: Incoming,
    route: Route | None,
    values: dict[str, str],
    basic: bytes,
) -> Reply:
    """The answer to `request`, routed to `route` with the path's `values`; `basic` is
    the `project:token` the space accepts."""
    auth = "project" if route is None else route.op.auth
    if not _authorized(state, auth, request.headers.get("authorization"), basic):
        return error_reply(route, 401, "Unauthorized")
    if route is None:
        return error_reply(None, 404, "Not Found")
    if request.decoded is INVALID:
        return error_reply(route, 400, "The body is not valid JSON")
    given = fields(route, request)
    missing = sorted(route.required - given.keys())
    if missing:
        return json_reply(422, missing_body(route, missing))
    if route.kind is Kind.LIST:
        return _list(state, route, request)
    if route.kind is Kind.CREATE:
        return _create(state, route, request.path.rstrip("/"), values, given)
    if route.kind is Kind.STATELESS:
        body = state.stateless(route, request.path, given)
        return Reply(204, headers=reply_headers()) if body is None else json_reply(200, body)
    return _on_item(state, route, values, given)


def _authorized(state: State, auth: str, header: str | None, basic: bytes) -> bool:
    if auth == "none":
        return True
    scheme, _, credentials = (header or "").partition(" ")
    if auth == "subscriber":
        return scheme.lower() == "bearer" and credentials.strip() in state.tokens
    if scheme.lower() != "basic":
        return False
    try:
        given = base64.b64decode(credentials.strip(), validate=True)
    except (binascii.Error, ValueError):
        return False
    return hmac.compare_digest(given, basic)


def _create(
    state: State,
    route: Route,
    collection: str,
    values: Mapping[str, str],
    given: Mapping[str, Any],
) -> Reply:
    """A new item, unless a unique field's value is taken; the path's values name its
    owners."""
    taken = state.taken(route, collection, given)
    if taken:
        return error_reply(route, 409, f"{taken} is already taken")
    return json_reply(201, state.store(route, collection, {**owners(values), **given}))


def _on_item(state: State, route: Route, values: dict[str, str], given: Mapping[str, Any]) -> Reply:
    """Read, change or delete the item the path's last value names."""
    item_id = list(values.values())[-1]
    found = state.find(route, values, item_id)
    if found is None:
        return error_reply(route, 404, "Not Found")
    collection, item = found
    if route.kind is Kind.DELETE:
        state.delete(collection, item_id)
    elif route.kind is Kind.UPDATE:
        state.change(route, collection, item_id, item, given)
    return model_reply(route, item)


def _list(state: State, route: Route, request: Incoming) -> Reply:
    """A page of the collection, filtered by the model's fields the query names."""
    collection = request.path.rstrip("/")
    items = state.listed(collection)
    params = dict(request.query)
    declared = fields_of(route.model)
    compat = route.op.items is not None
    page_keys = ("PageSize", "Page", "PageToken") if compat else ("page_size", "page_token")
    for key, wanted in params.items():
        field = snake(key) if compat else key
        if key not in page_keys and field in declared:
            items = [item for item in items if str(item.get(field)) == wanted]
    try:
        size = int(params.get(page_keys[0], "50"))
        token = params.get(page_keys[-1])
        start = int(token[2:]) if token else 0
        if not (1 <= size <= MAX_PAGE_SIZE and token in (None, f"PA{start}")):
            raise ValueError
    except ValueError:
        return json_reply(422, missing_body(route, [page_keys[0]], "is not valid"))
    page = items[start : start + size]
    more = start + size < len(items)
    if compat:
        return json_reply(200, compat_page(route, collection, page, start, size, more))
    origin = f"{request.url.scheme}://{request.url.netloc}{collection}"
    return json_reply(200, rest_page(origin, request.query, page, start, size, more))
