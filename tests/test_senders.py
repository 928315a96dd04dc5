"""Each generated method is replaced by its sender when its class is made (see
`tests/_async/test_senders.py` for the calls): what introspection sees stays the source's."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest


def _resource(tree: str) -> Any:
    module = importlib.import_module(f"signalwire_async.{tree}.resources.fabric.sip_endpoints")
    cls: Any = module.SipEndpoints
    return cls


@pytest.mark.parametrize("tree", ["_async", "_sync"])
def test_a_sender_keeps_the_declared_name_signature_and_kind(tree: str) -> None:
    get = _resource(tree).get
    assert (get.__name__, get.__qualname__) == ("get", "SipEndpoints.get")
    assert get.__module__ == f"signalwire_async.{tree}.resources.fabric.sip_endpoints"
    assert list(inspect.signature(get).parameters) == ["self", "id", "options"]
    assert inspect.iscoroutinefunction(get) is (tree == "_async")
    assert not inspect.iscoroutinefunction(_resource(tree).list)
    assert get.__doc__ is not None and "/api/fabric/resources/sip_endpoints/{id}" in get.__doc__
    assert "Parameters:" in get.__doc__


@pytest.mark.parametrize("tree", ["_async", "_sync"])
def test_paginate_is_list_under_the_official_name(tree: str) -> None:
    paginate, listing = _resource(tree).paginate, _resource(tree).list
    assert paginate.__operation__ is listing.__operation__
    assert (paginate.__name__, paginate.__qualname__) == ("paginate", "SipEndpoints.paginate")
    assert paginate.__doc__ is not None and "official SDK's name of `list()`" in paginate.__doc__
    assert inspect.signature(paginate) == inspect.signature(listing)
