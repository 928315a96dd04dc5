"""The generated operation tables say what the declarations say, and the fake space serves
exactly the operations the client has."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import inspect
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

from signalwire_async import AsyncRestClient, RestClient, _declarations
from signalwire_async._async._resource import AsyncResource
from signalwire_async._operation import LINKS, CompatPaging, Operation
from signalwire_async._sync._resource import Resource as SyncResource
from signalwire_async.testing import _routes

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("operation_tables", SCRIPTS / "generate_api.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate_api = _load_script()
INDEX = generate_api.type_index()


def _declared() -> list[tuple[str, str, _declarations.Op]]:
    """(module under `resources/`, place on the client, declaration) of every operation."""
    found = []
    for top in _declarations.namespaces():
        if isinstance(top, _declarations.Resource):
            found += [(top.attr, top.attr, op) for op in top.ops]
            continue
        for r in top.resources:
            place = f"{top.attr}.{r.attr}"
            found += [(place, place, op) for op in r.ops]
    return found


DECLARED = _declared()


def _table(tree: str, module: str) -> dict[str, Operation[Any]]:
    """The operations of a generated module, by the name of the method that sends each."""
    found = vars(importlib.import_module(f"signalwire_async.{tree}.resources.{module}"))
    classes = [
        v for v in found.values() if inspect.isclass(v) and v.__module__ == found["__name__"]
    ]
    return {
        name: method.__operation__
        for cls in classes
        for name, method in vars(cls).items()
        if isinstance(getattr(method, "__operation__", None), Operation) and name != "paginate"
    }


def test_every_operation_is_declared_once() -> None:
    assert len(DECLARED) == len({(place, op.name) for _, place, op in DECLARED}) == 385


@pytest.mark.parametrize("tree", ["_async", "_sync"])
@pytest.mark.parametrize(("module", "place", "op"), DECLARED, ids=lambda v: getattr(v, "name", v))
def test_the_table_entry_is_what_the_declaration_says(
    tree: str, module: str, place: str, op: _declarations.Op
) -> None:
    entry = _table(tree, module)[op.name]
    assert entry.name == f"{place}.{op.name}"
    assert (entry.http, entry.path) == (op.http, op.path)
    assert getattr(entry.model, "__name__", None) == op.returns
    assert getattr(entry.params, "__name__", None) == op.params
    if not op.paged:
        assert entry.paging is None
    else:
        assert entry.paging == (LINKS if op.items is None else CompatPaging(op.items))
    facts = ("auth", "form", "one_of", "fixed", "body_args", "nest", "starts", "fresh_id")
    for fact in (*facts, "unique"):
        assert getattr(entry, fact) == getattr(op, fact), fact
    # everything at once, through the generator's own conversion; the summary is the
    # method's docstring's, beside the route
    expected = generate_api.operation(place, op, INDEX)
    assert entry == attrs.evolve(expected, summary="")
    cls = next(
        v
        for v in vars(
            importlib.import_module(f"signalwire_async.{tree}.resources.{module}")
        ).values()
        if inspect.isclass(v) and issubclass(v, (AsyncResource, SyncResource)) and v._name == place
    )
    doc = " ".join(inspect.getdoc(getattr(cls, op.name)).split())  # type: ignore[union-attr]
    summary = " ".join(op.summary.split())
    assert op.path in doc
    assert summary in doc or f"{summary[0].upper()}{summary[1:]}" in doc


@pytest.mark.parametrize("tree", ["_async", "_sync"])
def test_a_table_holds_only_declared_operations(tree: str) -> None:
    declared = {(module, op.name) for module, _, op in DECLARED}
    tabled = {
        (module, name) for module in {m for m, _, _ in DECLARED} for name in _table(tree, module)
    }
    assert tabled == declared


def _client_operations(owner: Any) -> set[str]:
    """`place.method` of every public method of every resource reachable from `owner` (a
    client or a namespace) through its properties."""
    if isinstance(owner, (AsyncResource, SyncResource)):
        methods = [m for m, f in vars(type(owner)).items() if inspect.isfunction(f)]
        # `paginate`: the official SDK's name of `list`, whose route it is
        return {f"{owner._name}.{m}" for m in methods if not m.startswith("_") and m != "paginate"}
    found: set[str] = set()
    for cls in type(owner).__mro__:  # a client's namespaces come from a mixin
        for attr, built in vars(cls).items():
            if isinstance(built, functools.cached_property) and not attr.startswith("_"):
                found |= _client_operations(getattr(owner, attr))
    return found


def test_the_fake_space_knows_exactly_the_operations_the_client_has() -> None:
    routes = [route.name for route in _routes.routes()]
    assert len(routes) == len(set(routes)) == len(DECLARED)
    async_client = AsyncRestClient("p", "t", "example")
    sync_client = RestClient("p", "t", "example")
    try:
        assert _client_operations(async_client) == set(routes)
        assert _client_operations(sync_client) == set(routes)
    finally:
        sync_client.close()


def test_the_fake_space_serves_the_objects_the_client_sends() -> None:
    for route in _routes.routes():
        module, _, name = route.name.rpartition(".")
        assert _table("_async", module)[name] is route.op
