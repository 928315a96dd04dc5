"""One operation of the client as one frozen object: what a generated method sends.

Each generated resource module holds a table of `Operation`s, one per method; the method
passes its operation and the caller's arguments to `AsyncResource._call` (or `_call_empty`,
`_page`, `_start`), which reads everything else from the object. The fake space
(`signalwire_async.testing`) serves the same objects, and `api.md` is rendered from them.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Generic, Literal, TypeVar, overload

import attrs

from ._pages import LINKS, CompatPaging, PagingStyle

__all__ = ["LINKS", "Auth", "CompatPaging", "Operation", "Operations"]

M = TypeVar("M")

Auth = Literal["project", "subscriber", "none"]
"""Who the operation authenticates as: the project's Basic credentials (nearly everything),
a subscriber's Bearer token (an explicit `subscriber_token=` argument), or nobody."""

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
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
    """What it does, in a few words, as api.md says it. A generated table leaves it empty:
    the method's docstring carries it, next to the route."""

    @property
    def path_params(self) -> list[str]:
        """The path's placeholders but `{AccountSid}`, which the client fills itself."""
        return list(_path_params(self.path))

    @property
    def items(self) -> str | None:
        """A Compatibility list's items key (`calls`); None for any other operation."""
        return self.paging.items_key if isinstance(self.paging, CompatPaging) else None


@functools.lru_cache(maxsize=4096)
def _path_params(path: str) -> tuple[str, ...]:
    return tuple(p for p in _PLACEHOLDER.findall(path) if p != ACCOUNT)  # once per template


class Operations:
    """Builds the operations of one resource module: each named under `place`, its path
    under `base`, and the `shared` fields (`form=True`, ...) unless it gives its own."""

    __slots__ = ("base", "place", "shared")

    def __init__(self, place: str, base: str = "", **shared: Any) -> None:
        self.place = place
        self.base = base
        self.shared = shared

    @overload
    def __call__(
        self, name: str, http: str, path: str, model: None = None, params: Any = None, **fields: Any
    ) -> Operation[None]: ...

    @overload
    def __call__(
        self,
        name: str,
        http: str,
        path: str,
        model: type[M],
        params: Any = None,
        paging: PagingStyle | None = None,
        **fields: Any,
    ) -> Operation[M]: ...

    def __call__(
        self,
        name: str,
        http: str,
        path: str,
        model: type[M] | None = None,
        params: Any = None,
        paging: PagingStyle | None = None,
        **fields: Any,
    ) -> Operation[Any]:
        """The operation `name` of this resource; `path` is relative to `base`."""
        name = f"{self.place}.{name}"
        fields = {**self.shared, **fields}
        return Operation(name, http, self.base + path, model, params, paging, **fields)
