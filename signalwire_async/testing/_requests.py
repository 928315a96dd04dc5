"""What a request to the fake space says: its parts parsed once, its body decoded, its
fields named as the models name them, and the record tests inspect afterwards."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult, parse_qsl, urlsplit

import attrs

from ._samples import snake

if TYPE_CHECKING:
    from ._routes import Route

INVALID = object()
"""The decoded body of a request whose JSON does not parse."""
TOO_DEEP = object()
"""The decoded body of a request whose JSON nests deeper than `MAX_DEPTH`."""
MAX_DEPTH = 100
"""How deep a JSON body may nest (arrays and objects): Ruby's JSON parser's default
`max_nesting`, and far below the depth at which Python's parser gives up."""


@attrs.frozen
class RecordedRequest:
    """One request the space received (credentials left out). The body of a request
    refused for its credentials (401) is not kept: `b""`."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    body: bytes = attrs.field(repr=False)
    operation: str | None
    """The client's name for it (`fabric.sip_endpoints.create`); None if unknown."""

    def json(self) -> Any:
        return json.loads(self.body)


@attrs.frozen
class Incoming:
    """One request as it arrived, parsed once for routing, faults and the answer."""

    method: str
    url: SplitResult
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    body: bytes
    decoded: Any
    """The body: JSON, a form (as a dict), None when empty, or `INVALID`."""

    @classmethod
    def parse(cls, method: str, url: str, headers: Mapping[str, str], body: bytes) -> Incoming:
        parts = urlsplit(url)
        query = tuple(parse_qsl(parts.query, keep_blank_values=True))
        return cls(method.upper(), parts, query, headers, body, _decode(headers, body))

    @property
    def path(self) -> str:
        return self.url.path

    def recorded(self, route: Route | None, keep_body: bool = True) -> RecordedRequest:
        """Its record; without its body (`b""`) unless `keep_body`."""
        body = self.body if keep_body else b""
        return RecordedRequest(
            self.method, self.path, self.query, body, route.name if route else None
        )


def _decode(headers: Mapping[str, str], body: bytes) -> Any:
    """The request body: JSON, a form (as a dict; repeated fields as lists), None, or
    `INVALID`/`TOO_DEEP` for JSON the space answers 400."""
    if not body:
        return None
    if "form-urlencoded" in (headers.get("content-type") or ""):
        return form(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    try:
        decoded = json.loads(body)
    except RecursionError:  # nested deeper than the interpreter's stack allows
        return TOO_DEEP
    except ValueError:
        return INVALID
    # Deep JSON that did parse could still exhaust the stack when the answer is encoded.
    if body.count(b"[") + body.count(b"{") > MAX_DEPTH and _deeper_than(decoded, MAX_DEPTH):
        return TOO_DEEP
    return decoded


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether arrays and objects in `value` nest deeper than `limit`; walked with a
    stack of its own, not by recursion."""
    stack = [(value, 1)] if isinstance(value, (list, dict)) else []
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, (list, dict)))
    return False


def form(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Form fields as a dict, a repeated field's values as a list."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            previous = found[key]
            found[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            found[key] = value
    return found


def fields(route: Route, request: Incoming) -> dict[str, Any]:
    """The operation's own parameters, by their names in the model (snake_case for the
    Compatibility API's form names; a command's nested `params` lifted)."""
    op = route.op
    source = form(request.query) if op.http == "GET" else request.decoded
    if not isinstance(source, dict):
        return {}
    nest = "params" if op.starts else op.nest  # a command that starts something nests too
    if nest is not None and isinstance(source.get(nest), dict):
        source = {**source, **source[nest]}
    if op.form:
        return {**source, **{snake(key): value for key, value in source.items()}}
    return source


def owners(values: Mapping[str, str]) -> dict[str, str]:
    """The path's values as the fields that name the item's owners (`AccountSid` ->
    `account_sid`, `queue_id`): a created item keeps them where its model has them."""
    return {snake(key): value for key, value in values.items()}


def size(record: RecordedRequest) -> int:
    """About how many bytes a record holds: its body, path and query."""
    return len(record.body) + len(record.path) + sum(len(k) + len(v) for k, v in record.query)
