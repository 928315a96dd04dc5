"""One operation of the client as one frozen object: what a generated method sends.

Each method of a generated resource class is declared with `@operation(...)`: its
signature and docstring are the source's, and the class, when it is made, completes the
operation and puts in the method's place one that passes it and the caller's arguments to
`AsyncResource._call` (or `_call_empty`, `_page`, `_start`), which read everything else from
the object. The fake space (`signalwire_async.testing`) serves the same objects, and `api.md`
is rendered from them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Generic, Literal, TypeVar

import attrs

from ._pages import LINKS, CompatPaging, PagingStyle
from ._paths import template_parts

__all__ = ["LINKS", "Auth", "CompatPaging", "Declared", "Operation", "operation"]

M = TypeVar("M")

Auth = Literal["project", "subscriber", "none"]
"""Who the operation authenticates as: the project's Basic credentials (nearly everything),
a subscriber's Bearer token (an explicit `subscriber_token=` argument), or nobody."""

ACCOUNT = "AccountSid"
"""The Compatibility API's account placeholder, which the resource fills itself."""


@attrs.frozen
class Operation(Generic[M]):
    """One HTTP operation: `M` is its model (of each item, for a pager)."""

    name: str
    """Its place on the client (`fabric.sip_endpoints.create`), for messages."""
    http: str
    """The HTTP method, exactly as the spec says."""
    path: str
    """The full path template; each `{placeholder}` but `{AccountSid}` is a positional
    argument, in order."""
    model: type[M] | None
    """What the answer decodes to (each item, for a pager); None: no content."""
    params: Any = None
    """The `TypedDict` of its keyword arguments (the query of a GET, the body otherwise);
    None: request options only."""
    paging: PagingStyle | None = None
    """None, or how its pages are read: `LINKS` (REST) or `CompatPaging(items_key)`."""
    auth: Auth = "project"
    form: bool = False
    """Compatibility API parameters: a form body, values encoded as that API reads them."""
    one_of: tuple[str, ...] = ()
    """Body fields of which the caller must give exactly one."""
    exclusive: tuple[str, ...] = ()
    """Body fields of which the caller may give one at most."""
    fixed: tuple[tuple[str, str], ...] = ()
    """Body fields the method always sends, `(field, value)`."""
    body_args: tuple[tuple[str, str], ...] = ()
    """Positional arguments after the path's, each `(argument, body field)`."""
    nest: str | None = None
    """The keyword arguments go inside this body field (a command's `params`)."""
    starts: bool = False
    """A calling command that starts something: a fresh `params.control_id` unless the
    caller gives one, returned with the call as `CallControl`."""
    fresh_id: str | None = None
    """A body field filled with a fresh uuid on each call (a JSON-RPC `id`)."""
    unique: tuple[str, ...] = ()
    """For a create: fields no two items of the collection may share (the fake space's 409)."""
    aliases: tuple[tuple[str, str], ...] = ()
    """Other keyword names the method accepts, each `(alias, field)`: the official SDK's and
    the reference's names (`area_code` for `areacode`); the field is what is sent."""
    body_arg: bool = False
    """The official SDK takes this operation's body as one positional dict (`create(body)`):
    the method accepts it before the keywords, which win on a clash."""
    summary: str = ""
    """What it does, in a few words, as api.md says it. A generated method's operation leaves
    it empty: the method's docstring carries it, next to the route."""

    @property
    def path_params(self) -> tuple[str, ...]:
        """The path's placeholders but `{AccountSid}`, which the client fills itself (made
        once per template: every call reads them)."""
        return _path_params(self.path)

    @property
    def positional(self) -> tuple[str, ...]:
        """Its method's positional arguments, in order: the path's, then the `body_args`."""
        return (*_path_params(self.path), *(arg for arg, _ in self.body_args))

    @property
    def items(self) -> str | None:
        """A Compatibility list's items key (`calls`); None for any other operation."""
        return self.paging.items_key if isinstance(self.paging, CompatPaging) else None


@functools.lru_cache(maxsize=4096)
def _path_params(path: str) -> tuple[str, ...]:
    return tuple(p for p in template_parts(path)[1] if p != ACCOUNT)


F = TypeVar("F", bound=Callable[..., Any])


@attrs.frozen
class Declared:
    """What `@operation(...)` records on a method: its operation but for the parts the
    resource class says once for all its methods (where it sits on the client, the base of
    its paths and the fields its operations share), which it adds when it is made."""

    http: str
    path: str
    model: Any
    params: Any
    paging: PagingStyle | None
    fields: dict[str, Any]

    def complete(self, place: str, base: str, name: str, shared: dict[str, Any]) -> Operation[Any]:
        """The operation `name` of the resource at `place`, its path under `base`."""
        fields = {**shared, **self.fields}
        return Operation(
            f"{place}.{name}", self.http, base + self.path, self.model, self.params, self.paging,
            **fields,
        )  # fmt: skip


def operation(
    http: str,
    path: str = "",
    model: type[Any] | None = None,
    params: Any = None,
    paging: PagingStyle | None = None,
    **fields: Any,
) -> Callable[[F], F]:
    """Declares the decorated method of a resource class as one operation: `path` is
    relative to the class's `base`, and `fields` are `Operation`'s. The method itself is a
    signature and a docstring; the class replaces it by one that sends its operation."""

    def declare(method: F) -> F:
        method.__declared__ = Declared(http, path, model, params, paging, fields)  # type: ignore[attr-defined]
        return method

    return declare
