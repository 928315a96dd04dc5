"""What the fake space answers: the `Reply` type and the bodies the real API sends.

Kept apart from the space so that the transport and the server, which only carry a
`Reply` back to the client, depend on this small module and not on the space itself.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import attrs

if TYPE_CHECKING:
    from ._routes import Route

COMPAT_ERRORS = "https://fake.signalwire.invalid/compatibility/errors/"
REST_ERRORS = "https://fake.signalwire.invalid/rest/errors/"


@attrs.frozen
class Reply:
    """What the space answers: a response, after `delay` seconds, or a dropped connection."""

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = attrs.field(factory=dict)
    delay: float = 0.0
    drop: bool = False


DROPPED = Reply(0, drop=True)
"""The connection closed without an answer."""


def reply_headers(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every answer carries a request id, as the API's do."""
    return {"X-Request-Id": str(uuid.uuid4()), **(extra or {})}


def json_reply(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Reply:
    data = json.dumps(body, separators=(",", ":")).encode()
    return Reply(status, data, {"Content-Type": "application/json", **reply_headers(headers)})


def model_reply(route: Route, item: dict[str, Any]) -> Reply:
    """The item, or 204 for an operation that declares no answer."""
    if route.model is None:
        return Reply(204, headers=reply_headers())
    return json_reply(200, item)


def error_reply(route: Route | None, status: int, message: str) -> Reply:
    return json_reply(status, error_body(route, status, message))


def error_body(route: Route | None, status: int, message: str) -> dict[str, Any]:
    """The API's error body for `status`: Compatibility or REST."""
    if route is not None and route.op.form:
        code = 20000 + status
        return {
            "code": code,
            "message": message,
            "more_info": f"{COMPAT_ERRORS}{code}",
            "status": status,
        }
    return {"error": message}


def missing_body(route: Route, fields: list[str], problem: str = "is required") -> dict[str, Any]:
    """422: the REST validation shape (the relay API's own variant under `/api/relay/rest`),
    or the Compatibility error."""
    message = f"{', '.join(fields)} {problem}"
    if route.op.form:
        return error_body(route, 422, message)
    if route.op.path.startswith("/api/relay/rest"):
        return {"errors": [_relay_error(field, problem) for field in fields]}
    return {"errors": [_rest_error(field, problem) for field in fields]}


def _relay_error(field: str, problem: str) -> dict[str, Any]:
    return {
        "detail": f"{field} {problem}",
        "status": "422",
        "title": "Invalid Parameter",
        "code": "invalid_parameter",
    }


def _rest_error(field: str, problem: str) -> dict[str, Any]:
    return {
        "type": "validation_error",
        "code": "invalid_parameter",
        "message": f"{field} {problem}",
        "attribute": field,
        "url": f"{REST_ERRORS}invalid_parameter",
    }


def compat_page(
    route: Route,
    path: str,
    kept: Sequence[tuple[str, str]],
    page: list[Any],
    start: int,
    size: int,
    more: bool,
) -> dict[str, Any]:
    """A page as the Compatibility API shapes it: items under the operation's own key,
    with page numbers and the neighbouring pages' URIs. Each URI keeps the query's
    `kept` parameters (its filters), so the next page is a page of the same list."""
    number = start // size
    uri = f"{path}?{urlencode([*kept, ('PageSize', size)])}"
    return {
        route.op.items or "items": page,
        "uri": f"{uri}&Page={number}",
        "first_page_uri": f"{uri}&Page=0",
        "next_page_uri": f"{uri}&Page={number + 1}&PageToken=PA{start + size}" if more else None,
        "previous_page_uri": (
            f"{uri}&Page={number - 1}&PageToken=PA{max(start - size, 0)}" if start else None
        ),
        "page": number,
        "page_size": size,
        "start": start,
        "end": start + len(page) - 1 if page else start,
    }


def rest_page(
    origin: str,
    query: Sequence[tuple[str, str]],
    kept: Sequence[tuple[str, str]],
    page: list[Any],
    start: int,
    size: int,
    more: bool,
) -> dict[str, Any]:
    """A page as the REST APIs shape it: `data`, and `links` to the neighbouring pages,
    which keep the query's `kept` parameters (its filters)."""
    base = f"{origin}?{urlencode([*kept, ('page_size', size)])}"
    links = {"self": f"{origin}?{urlencode(query)}", "first": base}
    if more:
        links["next"] = f"{base}&page_token=PA{start + size}"
    if start:
        links["prev"] = f"{base}&page_token=PA{max(start - size, 0)}"
    return {"data": page, "links": links}


def seconds(value: float) -> str:
    """A `Retry-After` value: whole seconds without a fraction."""
    return str(int(value)) if value == int(value) else str(value)
