"""The API as data: every operation of the client, declared once.

Each module of this package declares one `NAMESPACE`, which `namespaces()` finds (a new
namespace is a new module, nothing else). `scripts/generate.py` turns the declarations into
the async resource modules and their sync twins, the lazy exports of `signalwire_async.types`
and the API reference `api.md`. One operation is one `Op`; the shape most resources share
(list, create, get, update, delete, list_addresses) is one call to `crud()`. Models and
parameter `TypedDict`s are written by hand in `signalwire_async/types/`; the declarations name
them, and the generator finds the module whose `__all__` lists each name. The fake space
(`signalwire_async.testing`) serves every operation from them at run time; nothing else in the
package imports them.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
from collections.abc import Iterable, Sequence
from typing import Any, Literal

Auth = Literal["project", "subscriber", "none"]
"""Who the operation authenticates as: the project's Basic credentials (nearly everything),
a subscriber's Bearer token (an explicit `subscriber_token=` argument), or nobody."""

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
ACCOUNT = "AccountSid"
"""The Compatibility API's account placeholder: the project, or the subaccount of a
namespace's `for_account(sid)` view."""


@dataclasses.dataclass(frozen=True)
class Op:
    """One HTTP operation as one Python method."""

    name: str
    """The method name, as in API_SURFACE.md (`list_addresses`)."""
    http: str
    """The HTTP method, exactly as the spec says (PUT and PATCH are not interchangeable)."""
    path: str
    """The full path template; each `{placeholder}` becomes a positional argument, in order."""
    returns: str | None
    """The model's name (of each item, for a pager); None: the answer has no content."""
    params: str | None = None
    """The `TypedDict` of its keyword arguments: the query of a GET, the JSON body otherwise.
    None: request options only."""
    paged: bool = False
    """A list operation: the method returns a pager that follows `links.next`."""
    auth: Auth = "project"
    one_of: tuple[str, ...] = ()
    """Body fields of which the caller must give exactly one (a oneOf body)."""
    exclusive: tuple[str, ...] = ()
    """Body fields of which the caller may give one at most (none is fine)."""
    body_args: tuple[tuple[str, str], ...] = ()
    """Positional arguments after the path's, each `(argument, body field)`: a wrapper such
    as `phone_numbers.set_ai_agent(resource_id, agent_id)` sends `agent_id` as a field."""
    fixed: tuple[tuple[str, str], ...] = ()
    """Body fields with a value the method always sends, `(field, value)`."""
    form: bool = False
    """Compatibility API parameters: a form body (not JSON), and booleans, dates and lists
    encoded as that API reads them, in the body or the query."""
    nest: str | None = None
    """The keyword arguments go inside this body field (a command's `params`), beside the
    `fixed` and `body_args` fields."""
    starts: bool = False
    """A calling command that starts something: its `params.control_id` is made fresh when
    the caller gives none, and the method returns `CallControl[<returns>]` with it."""
    fresh_id: str | None = None
    """A body field the client fills with a fresh uuid on each call (a JSON-RPC `id`)."""
    items: str | None = None
    """For a Compatibility list: the key of its items (`calls`); it pages by
    `next_page_uri`. None: a REST list, paged by `links.next`."""
    unique: tuple[str, ...] = ()
    """For a create: fields no two items of the collection may share (a SIP endpoint's
    `username`); the API answers 409, and so does the fake space."""
    aliases: tuple[tuple[str, str], ...] = ()
    """Keyword names accepted besides the fields, each `(alias, field)`: the official SDK's
    (`set_cxml_webhook(fallback_url=)`) and the reference's (`search(area_code=)`). Each
    alias is a key of the params `TypedDict` too, so that it is typed."""
    body_arg: bool = False
    """The official SDK takes the body as one positional dict (`brands.create(body)`): the
    method gets a `body` argument after the path's, typed as the params `TypedDict`."""
    summary: str = ""
    """What it does, in a few words of our own (for the docstring and api.md)."""

    @property
    def path_params(self) -> list[str]:
        """The path's placeholders but `{AccountSid}`, which the client fills itself."""
        return [p for p in _PLACEHOLDER.findall(self.path) if p != ACCOUNT]

    @property
    def positional(self) -> list[str]:
        """The method's positional arguments: the path's, then `body_args`."""
        return [*self.path_params, *(arg for arg, _ in self.body_args)]

    def __post_init__(self) -> None:
        if self.http not in ("GET", "POST", "PUT", "PATCH", "DELETE"):
            raise ValueError(f"{self.name}: unknown HTTP method {self.http}")
        if self.paged and (self.http != "GET" or self.returns is None):
            raise ValueError(f"{self.name}: a pager is a GET that returns items")
        if (self.fixed or self.body_args) and (self.paged or self.returns is None):
            raise ValueError(f"{self.name}: fixed body fields need an operation with an answer")
        if self.starts and (self.http != "POST" or self.params is None):
            raise ValueError(f"{self.name}: a command that starts something is a POST with params")
        if self.items is not None and not self.paged:
            raise ValueError(f"{self.name}: an items key belongs to a list")


@dataclasses.dataclass(frozen=True)
class Resource:
    """A group of operations: `client.<namespace>.<attr>`."""

    attr: str
    """The attribute on the namespace (`sip_gateways`); also the resource's module name."""
    cls: str
    """The class name (`SipGateways`)."""
    summary: str
    """A few words: what the resource is."""
    ops: Sequence[Op]


@dataclasses.dataclass(frozen=True)
class Namespace:
    """`client.<attr>`: a set of resources (`client.fabric.sip_gateways`)."""

    attr: str
    cls: str
    summary: str
    resources: Sequence[Resource]
    per_account: bool = False
    """Compatibility resources live under an account: the namespace gets `for_account(sid)`,
    a view of the same resources for a subaccount."""


Top = Namespace | Resource
"""What a declarations module names as its `NAMESPACE`: a namespace of resources, or a
resource right on the client (`client.phone_numbers`)."""


ADDRESS = "FabricAddress"  # what every `list_addresses` returns


def crud(
    base: str,
    model: str,
    noun: str,
    *,
    update: Literal["PUT", "PATCH"],
    create: bool = True,
    item: str = "{id}",
    addresses: str | None = "{id}/addresses",
    unique: tuple[str, ...] = (),
) -> list[Op]:
    """The common shape: list, create, get, update, delete, and list_addresses.

    `base` is the collection path; `model` the model name, whose params are
    `<model>CreateParams` and `<model>UpdateParams`; `noun` names one item in the
    summaries ("SIP gateway"). `update` is the spec's method. `addresses` is the address
    list path relative to `base` (some resources spell it differently; give the full path
    with a leading `/`), or None when the resource has none. `unique` goes to the create.
    """
    one = f"{base}/{item}"
    ops = [Op("list", "GET", base, model, "PageParams", paged=True, summary=f"every {noun}")]
    if create:
        ops.append(
            Op(
                "create",
                "POST",
                base,
                model,
                f"{model}CreateParams",
                unique=unique,
                summary=f"create a {noun}",
            )
        )
    ops += [
        Op("get", "GET", one, model, summary=f"one {noun}"),
        Op(
            "update",
            update,
            one,
            model,
            f"{model}UpdateParams",
            summary=f"change a {noun}'s given fields",
        ),
        Op("delete", "DELETE", one, None, summary=f"delete a {noun}"),
    ]
    if addresses is not None:
        path = addresses if addresses.startswith("/") else f"{base}/{addresses}"
        ops.append(
            Op(
                "list_addresses",
                "GET",
                path,
                ADDRESS,
                "PageParams",
                paged=True,
                summary=f"the {noun}'s addresses",
            )
        )
    return ops


def members(package: str, path: Iterable[str], name: str) -> list[Any]:
    """Attribute `name` of every module of `package` (at `path`) not named `_...`, in name
    order: how a namespace split over modules, and the generator, find their parts."""
    return [
        getattr(importlib.import_module(f"{package}.{info.name}"), name)
        for info in sorted(pkgutil.iter_modules(path), key=lambda info: info.name)
        if not info.name.startswith("_")
    ]


def namespaces() -> list[Top]:
    """The `NAMESPACE` of every module of this package, by attribute name."""
    found = members(__name__, __path__, "NAMESPACE")
    # A namespace whose resources are all still to come is left out until one lands.
    found = [top for top in found if (top.ops if isinstance(top, Resource) else top.resources)]
    return sorted(found, key=lambda top: top.attr)
