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
from ._requests import INVALID, MAX_DEPTH, TOO_DEEP, Incoming, fields, owners
from ._routes import Kind, Route
from ._samples import fields_of, snake
from ._state import State

MAX_PAGE_SIZE = 1000


def answer(
    state: State,
    request: Incoming,
    route: Route | None,
    values: dict[str, str],
    allowed: bool,
) -> Reply:
    """The answer to `request`, routed to `route` with the path's `values`; `allowed`
    says whether its credentials passed (`authorized()`)."""
    if not allowed:
        return error_reply(route, 401, "Unauthorized")
    if route is None:
        return error_reply(None, 404, "Not Found")
    if request.decoded is INVALID:
        return error_reply(route, 400, "The body is not valid JSON")
    if request.decoded is TOO_DEEP:
        return error_reply(route, 400, f"The body nests deeper than {MAX_DEPTH} levels")
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


def authorized(state: State, route: Route | None, request: Incoming, basic: bytes) -> bool:
    """Whether `request` carries the credentials `route` wants; `basic` is the
    `project:token` the space accepts (an unknown path wants them too)."""
    auth = "project" if route is None else route.op.auth
    return _authorized(state, auth, request.headers.get("authorization"), basic)


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
    taken = state.taken(collection, given) if route.op.unique else None
    if taken:
        return error_reply(route, 409, f"{taken} is already taken")
    return json_reply(201, state.store(route, collection, {**owners(values), **given}))


def _on_item(state: State, route: Route, values: dict[str, str], given: Mapping[str, Any]) -> Reply:
    """Read, change or delete the item the path's last value names. An update may not
    take a unique value another item holds (409, as a create)."""
    item_id = list(values.values())[-1]
    found = state.find(route, values, item_id)
    if found is None:
        return error_reply(route, 404, "Not Found")
    collection, item = found
    if route.kind is Kind.DELETE:
        state.delete(collection, item_id)
    elif route.kind is Kind.UPDATE:
        taken = state.taken(collection, given, item_id)
        if taken:
            return error_reply(route, 409, f"{taken} is already taken")
        state.change(route, collection, item_id, item, given)
    return model_reply(route, item)


def _list(state: State, route: Route, request: Incoming) -> Reply:
    """A page of the collection, filtered by the model's fields the query names. The
    links to other pages keep the query's other parameters, so every page is filtered
    alike and a page token counts within the filtered list."""
    collection = request.path.rstrip("/")
    items = state.listed(collection)
    declared = fields_of(route.model)
    compat = route.op.items is not None
    page_keys = ("PageSize", "Page", "PageToken") if compat else ("page_size", "page_token")
    kept = [(key, value) for key, value in request.query if key not in page_keys]
    for key, wanted in dict(kept).items():
        field = snake(key) if compat else key
        if field in declared:
            items = [item for item in items if str(item.get(field)) == wanted]
    window = _window(dict(request.query), page_keys)
    if isinstance(window, str):
        return json_reply(422, missing_body(route, [window], "is not valid"))
    start, size = window
    page = items[start : start + size]
    more = start + size < len(items)
    if compat:
        return json_reply(200, compat_page(route, collection, kept, page, start, size, more))
    origin = f"{request.url.scheme}://{request.url.netloc}{collection}"
    return json_reply(200, rest_page(origin, request.query, kept, page, start, size, more))


def _window(params: Mapping[str, str], page_keys: tuple[str, ...]) -> tuple[int, int] | str:
    """Where the page starts and its size, or the name of the parameter that is not valid
    (a size out of range; a token this space did not give, negative ones included)."""
    size_key, token_key = page_keys[0], page_keys[-1]
    try:
        size = int(params.get(size_key, "50"))
    except ValueError:
        return size_key
    if not 1 <= size <= MAX_PAGE_SIZE:
        return size_key
    token = params.get(token_key)
    if token is None:
        return 0, size
    digits = token[2:]
    # One spelling per page (`PA01` is not `PA1`), and no sign, blank or huge number.
    well_formed = digits.isascii() and digits.isdigit() and len(digits) < 19
    if not (token.startswith("PA") and well_formed and digits == str(int(digits))):
        return token_key
    return int(digits), size
