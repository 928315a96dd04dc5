"""Operation tables: one row per operation of the API, checked by `test_operations.py`.

A row says what calling one client method must send (method, path, query, body, auth) and
what the client must make of a realistic answer. Each namespace has its own module or
package of rows (`fabric/`, `phone_numbers.py`, ...), found by name; `ALL` joins them. A
method missing from the client, or one that sends anything other than its row, fails; so
does a public method no row lists.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Literal

Auth = Literal["project", "subscriber", "none"]

SUBSCRIBER_TOKEN = "subscriber-token-for-tests"


@dataclasses.dataclass(frozen=True)
class Row:
    call: str
    """The client attribute path, as in API_SURFACE: `fabric.sip_gateways.get`."""
    args: tuple[Any, ...] = ()
    """Positional arguments (path parameters, in path order)."""
    kwargs: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    """Keyword arguments (query or body fields, `subscriber_token=`)."""
    method: str = "GET"
    path: str = ""
    """The path sent, exactly as on the wire (percent-encoded)."""
    query: Mapping[str, str] = dataclasses.field(default_factory=dict)
    body: Any = None
    """The JSON body the request must carry (the form fields, with `form`); None: no body."""
    status: int = 200
    response: Any = None
    """The JSON answered; for a pager, one page `{"data": [...], "links": {...}}`."""
    returns: type[Any] | None = None
    """The model of the result (of each item, for a pager); None for an empty answer."""
    paged: bool = False
    items: str = "data"
    """The key of a page's items: `data` (REST), or the resource's own (`calls`, ...)."""
    form: bool = False
    """The body is a form: `body` is its fields, in order (a list value repeats the field)."""
    auth: Auth = "project"
    fresh: tuple[str, ...] = ()
    """Body fields the client fills with a fresh uuid (a JSON-RPC `id`): checked to be one,
    then left out of the comparison with `body`."""

    @property
    def id(self) -> str:
        return self.call


def page(items: list[Any], url: str) -> dict[str, Any]:
    """A last page of a `links.next` list: `items`, with no next link."""
    return {"data": items, "links": {"self": url, "first": url}}


def compat_page(key: str, items: list[Any], uri: str) -> dict[str, Any]:
    """A last page of a Compatibility list: `items` under `key`, no `next_page_uri`."""
    return {
        key: items,
        "uri": uri,
        "first_page_uri": uri,
        "next_page_uri": None,
        "previous_page_uri": None,
        "page": 0,
        "page_size": 50,
    }


def crud_rows(
    call: str,
    base: str,
    item_id: str,
    model: type[Any],
    answer: Mapping[str, Any],
    *,
    update: Literal["PUT", "PATCH"],
    changes: Mapping[str, Any],
    updated: Mapping[str, Any],
    create: Mapping[str, Any] | None = None,
    created_status: int = 200,
    address: Mapping[str, Any] | None = None,
    addresses_path: str | None = None,
) -> list[Row]:
    """The rows of the common shape, as `crud()` declares it: list, create, get, update,
    delete, and list_addresses (when `address` is given).

    `call` is the resource (`fabric.sip_gateways`); `answer` the item as the API sends it,
    `create` the create body (None: no create), `changes` the update body and `updated` its
    answer. `addresses_path` is the full address list path when it is not
    `{base}/{item_id}/addresses`. Lists send `page_size=20`.
    """
    from signalwire_async.types.fabric import FabricAddress

    one = f"{base}/{item_id}"
    rows = [
        Row(
            call=f"{call}.list",
            kwargs={"page_size": 20},
            path=base,
            query={"page_size": "20"},
            response=page([answer], f"https://example.signalwire.com{base}?page_size=20"),
            returns=model,
            paged=True,
        )
    ]
    if create is not None:
        rows.append(
            Row(
                call=f"{call}.create",
                kwargs=create,
                method="POST",
                path=base,
                body=create,
                status=created_status,
                response=answer,
                returns=model,
            )
        )
    rows += [
        Row(call=f"{call}.get", args=(item_id,), path=one, response=answer, returns=model),
        Row(
            call=f"{call}.update",
            args=(item_id,),
            kwargs=changes,
            method=update,
            path=one,
            body=changes,
            response=updated,
            returns=model,
        ),
        Row(call=f"{call}.delete", args=(item_id,), method="DELETE", path=one, status=204),
    ]
    if address is not None:
        path = addresses_path or f"{one}/addresses"
        rows.append(
            Row(
                call=f"{call}.list_addresses",
                args=(item_id,),
                kwargs={"page_size": 20},
                path=path,
                query={"page_size": "20"},
                response=page([address], f"https://example.signalwire.com{path}?page_size=20"),
                returns=FabricAddress,
                paged=True,
            )
        )
    return rows


def resolve(client: Any, call: str) -> Any:
    """The bound method `call` names on `client` (`fabric.sip_gateways.get`)."""
    target = client
    for part in call.split("."):
        target = getattr(target, part)
    return target


def params_type(resource_class: type[Any], method: str) -> Any:
    """The `TypedDict` of a method's `**kwargs` (`Unpack[X]` -> X), or None."""
    import typing

    import typing_extensions

    function = getattr(resource_class, method)
    # A method that also takes a positional body dict has two overloads: the keywords' one
    # (`**fields: Unpack[X]`) is the last.
    for candidate in [*typing_extensions.get_overloads(function)[::-1], function]:
        hints = typing.get_type_hints(candidate, include_extras=True)
        for name, hint in hints.items():
            if name in ("body", "params", "fields") and typing.get_args(hint):
                return typing.get_args(hint)[0]
    return None


def assert_decodes(result: Any, model: type[Any], sent: Any) -> None:
    """`result` is a `model` that reads exactly like the JSON `sent`, typed fields included."""
    import attrs

    from signalwire_async._models import Model

    assert type(result) is model
    assert result.to_dict() == sent
    for field in attrs.fields(model):
        if field.name == "_raw":
            continue
        key = field.metadata.get("json", field.name)
        value = getattr(result, field.name)
        if key not in sent:
            assert value is None or value == field.default
        elif isinstance(value, Model):
            assert value.to_dict() == sent[key]
        elif isinstance(value, list) and value and isinstance(value[0], Model):
            assert [v.to_dict() for v in value] == sent[key]
        else:
            assert value == sent[key], f"{model.__name__}.{field.name}"


def rows_of(package: str, path: Any) -> list[Row]:
    """The `ROWS` of every module of `package` (at `path`), in name order; modules named
    `_...` hold shared data and are skipped. Each namespace's package joins its rows so."""
    import importlib
    import pkgutil

    rows: list[Row] = []
    for info in sorted(pkgutil.iter_modules(path), key=lambda info: info.name):
        if not info.name.startswith("_"):
            rows += importlib.import_module(f"{package}.{info.name}").ROWS
    return rows


ALL: list[Row] = rows_of(__name__, __path__)
