"""The fake space's routing table, built from the client's own operations.

Every `Operation` the methods of the client's generated resource classes send becomes one
`Route`: the objects the client's methods send are the ones the fake serves. What the route
does to the space's state is read from the shape of the operations, not from a second table:

* a paged GET lists the collection at its path; a POST to a listed path, or an operation
  named `create`, adds to the collection at its path;
* a GET, PUT, PATCH or DELETE (and a Compatibility `update`/`delete` POST) on a collection's
  path plus one placeholder reads, changes or removes one item of it;
* anything else (calling commands, lookups, tokens, MFA, ...) is stateless: it answers a
  well-formed instance of its model.
"""

from __future__ import annotations

import enum
import functools
import importlib
import re
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

import attrs

from .._async._resource import AsyncResource
from .._async.resources._namespaces import AsyncNamespaces
from .._operation import Operation
from .._params import param_keys
from .._paths import PLACEHOLDER


class Kind(enum.Enum):
    LIST = "list"
    CREATE = "create"
    GET = "get"
    UPDATE = "update"
    DELETE = "delete"
    STATELESS = "stateless"


@attrs.frozen
class Route:
    """One operation of the client, as the fake serves it."""

    name: str
    """Its place on the client (`fabric.sip_endpoints.create`)."""
    op: Operation[Any]
    kind: Kind
    pattern: re.Pattern[str]
    collections: tuple[str, ...]
    """The path templates of the collections it acts on. Usually one; an item addressed
    by a flat path (`/api/video/streams/{id}`) may live in several nested ones
    (`/api/video/rooms/{id}/streams`, `/api/video/conferences/{id}/streams`). Empty for a
    stateless route."""
    literal_segments: int
    """How many path segments are fixed words: the most specific route wins."""

    @property
    def model(self) -> Any:
        return self.op.model

    @property
    def required(self) -> frozenset[str]:
        """The body (or query) fields a caller must send, by their names on the wire."""
        if self.op.params is None:
            return frozenset()
        required, _, renames = param_keys(self.op.params)
        return frozenset(renames.get(key, key) for key in required)


def _resource_modules(package: str, owner: type) -> Iterator[ModuleType]:
    """The generated modules of the resources below `owner` (the client's namespaces, or
    one namespace), in the order the client declares them: each `cached_property` of
    `owner` builds a resource or a namespace from the module of its name."""
    for attr, built in vars(owner).items():
        if not isinstance(built, functools.cached_property):
            continue
        module = importlib.import_module(f"{package}.{attr}")
        cls = getattr(module, built.func.__annotations__["return"])
        if issubclass(cls, AsyncResource):
            yield module
        else:
            yield from _resource_modules(module.__name__, cls)


def operations() -> Iterator[Operation[Any]]:
    """Every operation the client has, in the order each generated resource class declares
    its methods (`paginate` is `list` again: one operation)."""
    for module in _resource_modules("signalwire_async._async.resources", AsyncNamespaces):
        for cls in vars(module).values():
            if (
                isinstance(cls, type)
                and issubclass(cls, AsyncResource)
                and cls is not AsyncResource
            ):
                found = (getattr(method, "__operation__", None) for method in vars(cls).values())
                yield from dict.fromkeys(op for op in found if isinstance(op, Operation))


@functools.cache
def pattern(template: str) -> re.Pattern[str]:
    """The regex of a path template; each `{name}` matches one segment."""
    parts = re.split(r"(\{\w+\})", template)
    regex = "".join(
        f"(?P<{part[1:-1]}>[^/]+)" if PLACEHOLDER.fullmatch(part) else re.escape(part)
        for part in parts
    )
    return re.compile(regex + r"/?\Z")


def _parent(path: str) -> str | None:
    """`/x/things` for `/x/things/{id}`; None when the path does not end in a placeholder."""
    head, _, last = path.rpartition("/")
    return head if PLACEHOLDER.fullmatch(last) else None


def _item_collections(path: str, collections: set[str]) -> tuple[str, ...]:
    """The collections whose items `path` addresses: its parent, or else the nested
    collections of the same name (`.../brands/{id}/campaigns` for `.../campaigns/{id}`)."""
    parent = _parent(path)
    if parent is None:
        return ()
    if parent in collections:
        return (parent,)
    head, _, name = parent.rpartition("/")
    return tuple(
        sorted(c for c in collections if c.startswith(head + "/") and c.endswith("/" + name))
    )


def _kind(
    op: Operation[Any], listed: set[str], collections: set[str]
) -> tuple[Kind, tuple[str, ...]]:
    name = op.name.rpartition(".")[2]
    if op.paging is not None:
        return Kind.LIST, (op.path,)
    if op.http == "POST" and (op.path in listed or name == "create"):
        return Kind.CREATE, (op.path,)
    owners = _item_collections(op.path, collections)
    if owners:
        if op.http == "GET":
            return Kind.GET, owners
        if op.http in ("PUT", "PATCH") or (op.http == "POST" and name == "update"):
            return Kind.UPDATE, owners
        if op.http == "DELETE" or (op.http == "POST" and name == "delete"):
            return Kind.DELETE, owners
    return Kind.STATELESS, ()


@functools.cache
def routes() -> tuple[Route, ...]:
    """Every operation's route, most specific path first."""
    ops = list(operations())
    listed = {op.path for op in ops if op.paging is not None}
    created = {op.path for op in ops if op.http == "POST" and op.name.endswith(".create")}
    table = []
    for op in ops:
        kind, collections = _kind(op, listed, listed | created)
        literal = sum(1 for part in op.path.split("/") if part and not PLACEHOLDER.search(part))
        table.append(Route(op.name, op, kind, pattern(op.path), collections, literal))
    table.sort(key=lambda route: -route.literal_segments)
    return tuple(table)


@functools.cache
def _by_method() -> dict[str, tuple[tuple[Route, ...], ...]]:
    """Per method, the routes grouped by path template, most specific first."""
    grouped: dict[tuple[str, str], list[Route]] = {}
    for route in routes():
        grouped.setdefault((route.op.http, route.op.path), []).append(route)
    by_method: dict[str, list[tuple[Route, ...]]] = {}
    for (method, _), group in grouped.items():
        by_method.setdefault(method, []).append(tuple(group))
    return {method: tuple(groups) for method, groups in by_method.items()}


def prepare() -> None:
    """Build the tables now (importing every generated resource module takes most of a
    second): a served space does it before it listens, as a real server is warm when it
    takes its first request, so a fleet's first writes do not queue behind it."""
    _by_method()
    views()


def match(method: str, path: str, body: Any) -> tuple[Route, dict[str, str]] | None:
    """The route that serves `method path`, with its path values; None if none does.

    Operations sharing one method and path (the calling commands, the AI chat methods) are
    told apart by the fixed fields they send (`command`, `method`).
    """
    for group in _by_method().get(method, ()):
        found = group[0].pattern.match(path)
        if found is None:
            continue
        route = group[0]
        if len(group) > 1 and isinstance(body, dict):
            fitting = [r for r in group if all(body.get(k) == v for k, v in r.op.fixed)]
            route = max(fitting, key=lambda r: len(r.op.fixed), default=route)
        return route, found.groupdict()
    return None


@functools.cache
def views() -> dict[str, re.Pattern[str]]:
    """Collections nothing creates into that show the collections one word below them:
    `/api/fabric/resources` lists every Fabric resource (`.../sip_endpoints`, ...)."""
    table = routes()
    created = {r.collections[0] for r in table if r.kind is Kind.CREATE}
    found = {}
    for route in table:
        for collection in route.collections:
            if collection in created or collection in found:
                continue
            below = re.compile(re.escape(collection) + r"/[^/{}]+\Z")
            if any(below.match(c) for c in created):
                found[collection] = below
    return found


def fill(template: str, values: Mapping[str, str], default: str | None = None) -> str:
    """`template` with its placeholders filled from `values`, or `default`; KeyError if
    one is missing and there is no default."""

    def value(found: re.Match[str]) -> str:
        name = found.group(1)
        if name in values or default is None:
            return values[name]
        return default

    return PLACEHOLDER.sub(value, template)


def create_route(collection: str) -> Route | None:
    """The route that creates items in the collection at concrete path `collection`, or
    its list route when nothing creates there (the model its items have)."""
    found = None
    for route in routes():
        if route.kind in (Kind.CREATE, Kind.LIST) and pattern(route.collections[0]).match(
            collection
        ):
            if route.kind is Kind.CREATE:
                return route
            found = found or route
    return found
