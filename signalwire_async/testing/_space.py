"""`FakeSpace`: an in-memory SignalWire space that answers what the client sends.

It knows every operation the client declares (`_routes`) and keeps what is created in
memory, keyed by the collection's concrete path. It is plain synchronous code behind one
lock; the in-process transport and the loopback server only carry bytes to `handle()` and
apply the delay or drop it returns.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import random
import threading
import uuid
from collections import deque
from collections.abc import Hashable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import attrs

from . import _routes
from ._routes import Kind, Route
from ._samples import Context, fields_of, now_iso, now_rfc2822, sample, shape, snake

if TYPE_CHECKING:
    from .._async._client import AsyncRestClient
    from .._sync._client import RestClient
    from ._server import ServedSpace

DEFAULT_PROJECT = "test-project"
DEFAULT_TOKEN = "test-token"
MAX_PAGE_SIZE = 1000
KEPT_REQUESTS = 100_000  # a long-running served space must not grow without bound
COMPAT_ERRORS = "https://fake.signalwire.invalid/compatibility/errors/"


@attrs.define
class Faults:
    """Faults the space injects, for resilience tests. Fractions are of all requests.

    A fault is decided before the request is processed, so a faulted write changed
    nothing. `seed` makes the sequence repeatable.
    """

    latency: float = 0.0
    """Seconds added before every answer."""
    error_rate: float = 0.0
    """Fraction answered `error_status`."""
    error_status: int = 503
    error_retry_after: float | None = None
    """`Retry-After` sent with the errors (a 503 with it says "not processed")."""
    rate_limit_rate: float = 0.0
    """Fraction answered 429 with `Retry-After: retry_after`."""
    retry_after: float = 1.0
    drop_rate: float = 0.0
    """Fraction whose connection is closed without an answer."""
    seed: int | None = None


@attrs.frozen
class RecordedRequest:
    """One request the space received (credentials left out)."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    body: bytes = attrs.field(repr=False)
    operation: str | None
    """The client's name for it (`fabric.sip_endpoints.create`); None if unknown."""

    def json(self) -> Any:
        return json.loads(self.body)


@attrs.frozen
class Reply:
    """What the space answers: a response, after `delay` seconds, or a dropped connection."""

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = attrs.field(factory=dict)
    delay: float = 0.0
    drop: bool = False


@attrs.frozen
class _Failure:
    method: str | None
    path: str | None
    operation: str | None
    status: int
    body: Any
    headers: Mapping[str, str]
    drop: bool


@attrs.define
class FaultCounts:
    """How many answers were faults, by kind."""

    errors: int = 0
    rate_limited: int = 0
    dropped: int = 0
    chosen: int = 0
    """Failed by `fail_next`."""


class FakeSpace:
    """An in-memory SignalWire space serving every operation the client declares.

    Use it in process (`space.async_client()`, `space.client()`, or `space.transport()`
    for an `httpx` client of your own) or on loopback (`with space.serve() as served:`).
    It accepts Basic credentials `project:token` (401 otherwise), and for the subscriber
    operations a Bearer token it issued (`issue_subscriber_token()`, or one a token
    operation returned).
    """

    def __init__(
        self,
        project: str = DEFAULT_PROJECT,
        token: str = DEFAULT_TOKEN,
        *,
        faults: Faults | None = None,
        host: str = "fake.signalwire.com",
    ) -> None:
        self.project = project
        self._token = token
        self.host = host
        """The host in-process clients are given (any host reaches the same space)."""
        self._lock = threading.Lock()
        self.faults = faults or Faults()
        self.fault_counts = FaultCounts()
        self.requests: deque[RecordedRequest] = deque(maxlen=KEPT_REQUESTS)
        """The requests received, oldest first (the last `KEPT_REQUESTS`)."""
        self._collections: dict[str, dict[str, dict[str, Any]]] = {}
        self._unique: dict[str, tuple[str, ...]] = {}  # collection -> its unique fields
        self._holders: dict[tuple[str, str], dict[Any, str]] = {}  # -> value -> item id
        self._singletons: dict[str, dict[str, Any]] = {}
        self._tokens: set[str] = set()
        self._failures: list[_Failure] = []

    @property
    def faults(self) -> Faults:
        """The faults injected from now on; setting them restarts their random sequence."""
        return self._faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        with self._lock:
            self._faults = faults
            self._random = random.Random(faults.seed)

    @property
    def token(self) -> str:
        """The API token the space accepts (never in its repr)."""
        return self._token

    def __repr__(self) -> str:
        count = sum(len(items) for items in self._collections.values())
        return f"<FakeSpace project={self.project!r} items={count}>"

    # -- clients ---------------------------------------------------------------------------

    def transport(self) -> Any:
        """An httpx transport (sync and async) that answers from this space, no sockets."""
        from ._transport import FakeTransport

        return FakeTransport(self)

    def async_client(self, **options: Any) -> AsyncRestClient:
        """An `AsyncRestClient` for this space, in process; `options` go to the client."""
        import httpx

        from .._async._client import AsyncRestClient

        http = httpx.AsyncClient(transport=self.transport())
        return AsyncRestClient(self.project, self._token, self.host, http_client=http, **options)

    def client(self, **options: Any) -> RestClient:
        """A `RestClient` for this space, in process; `options` go to the client."""
        import httpx

        from .._sync._client import RestClient

        http = httpx.Client(transport=self.transport())
        return RestClient(self.project, self._token, self.host, http_client=http, **options)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> ServedSpace:
        """Serve this space over HTTP on loopback, in a background thread, for a `with`
        block: `served.host` is what a client takes (`127.0.0.1:<port>`)."""
        from ._server import ServedSpace

        return ServedSpace(self, host, port)

    # -- what tests arrange and inspect ----------------------------------------------------

    def fail_next(
        self,
        method: str | None = None,
        path: str | None = None,
        *,
        operation: str | None = None,
        status: int = 500,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        drop: bool = False,
    ) -> None:
        """Fail the next request matching `method`, `path` and `operation` (None: any),
        once: answer `status` with `body` (the API's error shape by default), or with
        `drop`, close the connection. The request is not processed.

        `path` is the path sent, or a template (`/api/fabric/resources/sip_endpoints/{id}`);
        `operation` is the client's name for it (`fabric.sip_endpoints.create`). Failures
        queue up: each request takes the first that matches it.
        """
        if operation is not None and not any(r.name == operation for r in _routes.routes()):
            raise ValueError(f"the client has no operation {operation!r}")
        failure = _Failure(
            method and method.upper(), path, operation, status, body, dict(headers or {}), drop
        )
        with self._lock:
            self._failures.append(failure)

    def reset(self) -> None:
        """Forget everything stored, issued, received, queued and counted (a space shared
        by several tests starts each one empty); the credentials and faults stay."""
        with self._lock:
            self._collections.clear()
            self._unique.clear()
            self._holders.clear()
            self._singletons.clear()
            self._tokens.clear()
            self._failures.clear()
            self.requests.clear()
            self.fault_counts = FaultCounts()

    def add(self, collection: str, **fields: Any) -> dict[str, Any]:
        """Put an item into the collection at path `collection` (as the client requests
        it, `/api/video/recordings`), for collections the API fills itself. The missing
        required fields and the id are made up; returns the stored JSON."""
        route = _routes.create_route(collection.rstrip("/"))
        if route is None or route.model is None:
            raise ValueError(f"no declared collection has the path {collection!r}")
        if route.collections[0] in _routes.views():
            raise ValueError(f"{collection!r} shows other collections; add to one of them")
        with self._lock:
            return self._store(route, collection.rstrip("/"), fields)

    def items(self, collection: str) -> list[dict[str, Any]]:
        """A copy of the items stored at the collection path `collection`."""
        with self._lock:
            items = self._collections.get(collection.rstrip("/"), {})
            return [json.loads(json.dumps(item)) for item in items.values()]

    def issue_subscriber_token(self) -> str:
        """A Bearer token the subscriber operations accept."""
        with self._lock:
            return self._new_token()

    # -- serving ---------------------------------------------------------------------------

    def handle(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """Answer one request. `headers` must look names up case-insensitively (httpx's
        and aiohttp's do)."""
        parts = urlsplit(url)
        path, query = parts.path, parse_qsl(parts.query, keep_blank_values=True)
        method = method.upper()
        with self._lock:
            decoded = _decode(headers, body)
            found = _routes.match(method, path, decoded)
            route, values = found if found else (None, {})
            self.requests.append(
                RecordedRequest(method, path, tuple(query), body, route.name if route else None)
            )
            reply = self._fault(method, path, route) or self._answer(
                method, parts, query, headers, decoded, route, values
            )
            latency = self._faults.latency
        return attrs.evolve(reply, delay=latency) if latency else reply

    def _fault(self, method: str, path: str, route: Route | None) -> Reply | None:
        for failure in self._failures:
            if (
                failure.method in (None, method)
                and failure.operation in (None, route and route.name)
                and (failure.path is None or _routes.pattern(failure.path).match(path))
            ):
                self._failures.remove(failure)
                self.fault_counts.chosen += 1
                if failure.drop:
                    return Reply(0, drop=True)
                body = failure.body
                if body is None:
                    body = _error_body(route, failure.status, "Injected failure")
                return _json_reply(failure.status, body, failure.headers)
        faults = self._faults
        if not (faults.error_rate or faults.rate_limit_rate or faults.drop_rate):
            return None
        roll = self._random.random()
        if roll < faults.drop_rate:
            self.fault_counts.dropped += 1
            return Reply(0, drop=True)
        roll -= faults.drop_rate
        if roll < faults.rate_limit_rate:
            self.fault_counts.rate_limited += 1
            body = _error_body(route, 429, "Too Many Requests")
            return _json_reply(429, body, {"Retry-After": _seconds(faults.retry_after)})
        roll -= faults.rate_limit_rate
        if roll < faults.error_rate:
            self.fault_counts.errors += 1
            extra = {}
            if faults.error_retry_after is not None:
                extra["Retry-After"] = _seconds(faults.error_retry_after)
            body = _error_body(route, faults.error_status, "Service Unavailable")
            return _json_reply(faults.error_status, body, extra)
        return None

    def _answer(
        self,
        method: str,
        parts: Any,
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
        decoded: Any,
        route: Route | None,
        values: dict[str, str],
    ) -> Reply:
        auth = "project" if route is None else route.op.auth
        if not self._authorized(auth, headers.get("authorization")):
            return _json_reply(401, _error_body(route, 401, "Unauthorized"))
        if route is None:
            return _json_reply(404, _error_body(None, 404, "Not Found"))
        if decoded is _INVALID:
            return _json_reply(400, _error_body(route, 400, "The body is not valid JSON"))
        fields = _fields(route, query, decoded)
        missing = sorted(route.required - fields.keys())
        if missing:
            return _json_reply(422, _missing_body(route, missing))
        kind = route.kind
        if kind is Kind.LIST:
            return self._list(route, parts, query)
        if kind is Kind.CREATE:
            collection = parts.path.rstrip("/")
            taken = self._taken(route, collection, fields)
            if taken:
                return _json_reply(409, _error_body(route, 409, f"{taken} is already taken"))
            stored = self._store(route, collection, {**_owners(values), **fields})
            return _json_reply(201, stored)
        if kind is Kind.STATELESS:
            return self._stateless(route, parts.path, fields)
        item_id = list(values.values())[-1]
        found_item = self._find(route, values, item_id)
        if found_item is None:
            return _json_reply(404, _error_body(route, 404, "Not Found"))
        collection, item = found_item
        if kind is Kind.DELETE:
            del self._collections[collection][item_id]
            return _model_reply(route, item)
        if kind is Kind.UPDATE:
            self._change(route, item, fields)
            self._index(collection, item_id, item)
        return _model_reply(route, item)

    def _authorized(self, auth: str, header: str | None) -> bool:
        if auth == "none":
            return True
        scheme, _, credentials = (header or "").partition(" ")
        if auth == "subscriber":
            return scheme.lower() == "bearer" and credentials.strip() in self._tokens
        if scheme.lower() != "basic":
            return False
        try:
            given = base64.b64decode(credentials.strip(), validate=True)
        except (binascii.Error, ValueError):
            return False
        expected = f"{self.project}:{self._token}".encode()
        return hmac.compare_digest(given, expected)

    # -- state -----------------------------------------------------------------------------

    def _context(self, route: Route) -> Context:
        return Context(self.project, _type_name(route), route.op.form, self._new_token)

    def _new_token(self) -> str:
        token = f"fake-{uuid.uuid4().hex}"
        self._tokens.add(token)
        return token

    def _store(self, route: Route, collection: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        model = route.model
        item = sample(model, self._context(route))
        shape(model, item, fields)
        declared = fields_of(model)
        key = "sid" if "sid" in declared and "id" not in declared else "id"
        item[key] = str(uuid.uuid4())
        if "display_name" in declared and "display_name" not in item and "name" in fields:
            item["display_name"] = fields["name"]  # a Fabric envelope is named after it
        for stamp in ("created_at", "updated_at", "date_created", "date_updated"):
            if stamp in declared:
                item[stamp] = now_rfc2822() if stamp.startswith("date_") else now_iso()
        self._collections.setdefault(collection, {})[item[key]] = item
        if route.op.unique:
            self._unique[collection] = route.op.unique
            self._index(collection, item[key], item)
        return item

    def _taken(self, route: Route, collection: str, fields: Mapping[str, Any]) -> str | None:
        """The first `unique` field whose value an item of the collection already has."""
        items = self._collections.get(collection, {})
        for field in route.op.unique:
            value = fields.get(field)
            if not isinstance(value, Hashable) or value is None:
                continue
            # The index may be stale (the item deleted or changed since): check the item.
            holder = items.get(self._holders.get((collection, field), {}).get(value, ""))
            if holder is not None and holder.get(field) == value:
                return field
        return None

    def _index(self, collection: str, item_id: str, item: Mapping[str, Any]) -> None:
        """Note who holds the collection's unique values, so a create checks in O(1)."""
        for field in self._unique.get(collection, ()):
            value = item.get(field)
            if isinstance(value, Hashable) and value is not None:
                self._holders.setdefault((collection, field), {})[value] = item_id

    def _find(
        self, route: Route, values: dict[str, str], item_id: str
    ) -> tuple[str, dict[str, Any]] | None:
        """The path of the collection holding item `item_id`, and the item; None if none
        does. Through a view (`fabric.resources`), the item as the view shows it."""
        parent_values = dict(list(values.items())[:-1])
        for template in route.collections:
            if template in _routes.views():  # `fabric.resources.get(id)`: any kind
                for path in self._shown(template):
                    if item_id in self._collections[path]:
                        return path, _as_resource(self._collections[path][item_id])
                continue
            try:
                paths = [_routes.fill(template, parent_values)]
            except KeyError:  # an item on a flat path: search each nested collection
                regex = _routes.pattern(template)
                paths = [path for path in self._collections if regex.match(path)]
            for path in paths:
                if item_id in self._collections.get(path, {}):
                    return path, self._collections[path][item_id]
        return None

    def _shown(self, view: str) -> list[str]:
        """The stored collections a view shows."""
        below = _routes.views()[view]
        return [path for path in self._collections if below.match(path)]

    def _change(self, route: Route, item: dict[str, Any], fields: Mapping[str, Any]) -> None:
        model = route.model
        if model is None:  # no declared update answers nothing; the model is the shape
            return
        shape(model, item, fields)
        declared = fields_of(model)
        if "updated_at" in declared:
            item["updated_at"] = now_iso()
        if "date_updated" in declared:
            item["date_updated"] = now_rfc2822()

    def _stateless(self, route: Route, path: str, fields: Mapping[str, Any]) -> Reply:
        model = route.model
        if model is None:
            return Reply(204, headers=_headers())
        # A GET and PUT on one path (the SIP profile) is a singleton: a PUT's changes stay.
        stored = self._singletons.get(path)
        if route.op.http == "GET":
            return _json_reply(200, stored or sample(model, self._context(route)))
        answer = stored if stored is not None else sample(model, self._context(route))
        shape(model, answer, fields)
        if route.op.http in ("PUT", "PATCH"):
            self._singletons[path] = answer
        return _json_reply(200, answer)

    def _list(self, route: Route, parts: Any, query: list[tuple[str, str]]) -> Reply:
        collection = parts.path.rstrip("/")
        if collection in _routes.views():
            shown = self._shown(collection)
            items = [_as_resource(i) for path in shown for i in self._collections[path].values()]
        else:
            items = list(self._collections.get(collection, {}).values())
        params = dict(query)
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
            return _json_reply(422, _missing_body(route, [page_keys[0]], "is not valid"))
        page = items[start : start + size]
        more = start + size < len(items)
        if compat:
            return _json_reply(200, _compat_page(route, collection, page, start, size, more))
        origin = f"{parts.scheme}://{parts.netloc}{collection}"
        links = {"self": f"{origin}?{urlencode(query)}", "first": f"{origin}?page_size={size}"}
        if more:
            links["next"] = f"{origin}?page_size={size}&page_token=PA{start + size}"
        if start:
            links["prev"] = f"{origin}?page_size={size}&page_token=PA{max(start - size, 0)}"
        return _json_reply(200, {"data": page, "links": links})


def _as_resource(item: dict[str, Any]) -> dict[str, Any]:
    """An item as `/api/fabric/resources` shows it: the envelope, with the kind's own
    object under the key its `type` names (items stored as envelopes already are)."""
    kind = str(item.get("type"))
    if kind in item:
        return item
    envelope: dict[str, Any] = {
        key: item[key] for key in ("id", "type", "created_at", "updated_at") if key in item
    }
    name = item.get("display_name") or item.get("name") or item.get("username")
    return {**envelope, "display_name": name, kind: item}


def _compat_page(
    route: Route, path: str, page: list[Any], start: int, size: int, more: bool
) -> dict[str, Any]:
    number = start // size
    uri = f"{path}?PageSize={size}"
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


_INVALID = object()


def _decode(headers: Mapping[str, str], body: bytes) -> Any:
    """The request body: JSON, a form (as a dict; repeated fields as lists), or None."""
    if not body:
        return None
    if "form-urlencoded" in (headers.get("content-type") or ""):
        return _form(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    try:
        return json.loads(body)
    except ValueError:
        return _INVALID


def _form(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            previous = found[key]
            found[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            found[key] = value
    return found


def _fields(route: Route, query: list[tuple[str, str]], decoded: Any) -> dict[str, Any]:
    """The operation's own parameters, by their names in the model (snake_case for the
    Compatibility API's form names; a command's nested `params` lifted)."""
    op = route.op
    source = _form(query) if op.http == "GET" else decoded
    if not isinstance(source, dict):
        return {}
    nest = "params" if op.starts else op.nest  # a command that starts something nests too
    if nest is not None and isinstance(source.get(nest), dict):
        source = {**source, **source[nest]}
    if op.form:
        return {**source, **{snake(key): value for key, value in source.items()}}
    return source


def _owners(values: Mapping[str, str]) -> dict[str, str]:
    """The path's values as the fields that name the item's owners (`AccountSid` ->
    `account_sid`, `queue_id`): a created item keeps them where its model has them."""
    return {snake(key): value for key, value in values.items()}


def _type_name(route: Route) -> str:
    """A record's `type`: the collection's last word (else the path's), singular
    (`sip_endpoints` -> `sip_endpoint`)."""
    path = route.collections[0] if route.collections else route.op.path
    last = [word for word in path.split("/") if word and "{" not in word][-1]
    return last.removesuffix("s")


def _seconds(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _headers(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    return {"X-Request-Id": str(uuid.uuid4()), **(extra or {})}


def _json_reply(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Reply:
    data = json.dumps(body, separators=(",", ":")).encode()
    return Reply(status, data, {"Content-Type": "application/json", **_headers(headers)})


def _model_reply(route: Route, item: dict[str, Any]) -> Reply:
    if route.model is None:
        return Reply(204, headers=_headers())
    return _json_reply(200, item)


def _error_body(route: Route | None, status: int, message: str) -> dict[str, Any]:
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


def _missing_body(route: Route, fields: list[str], problem: str = "is required") -> dict[str, Any]:
    """422: the REST validation shape (the relay API's own variant under `/api/relay/rest`),
    or the Compatibility error."""
    message = f"{', '.join(fields)} {problem}"
    if route.op.form:
        return _error_body(route, 422, message)
    if route.op.path.startswith("/api/relay/rest"):
        return {
            "errors": [
                {
                    "detail": f"{f} {problem}",
                    "status": "422",
                    "title": "Invalid Parameter",
                    "code": "invalid_parameter",
                }
                for f in fields
            ]
        }
    return {
        "errors": [
            {
                "type": "validation_error",
                "code": "invalid_parameter",
                "message": f"{f} {problem}",
                "attribute": f,
                "url": "https://fake.signalwire.invalid/rest/errors/invalid_parameter",
            }
            for f in fields
        ]
    }
