"""`to_json()`: the JSON text of `to_dict()`, on every public model, pages and `CallControl`."""

from __future__ import annotations

import importlib
import json
import pkgutil
import typing
from typing import Any

import httpx
import pytest

import signalwire_async.types as types_package
from signalwire_async import Page
from signalwire_async._models import Model
from signalwire_async.testing._samples import Context, _value, fields_of
from signalwire_async.types import CallControl
from signalwire_async.types.fabric import AddressChannels, FabricAddress, SipEndpoint


def _public_models() -> list[type[Model]]:
    found: dict[str, type[Model]] = {}
    for info in pkgutil.walk_packages(types_package.__path__, f"{types_package.__name__}."):
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if isinstance(value, type) and issubclass(value, Model):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[key] for key in sorted(found)]


MODELS = _public_models()
EXTRA = {"x_not_declared": {"naïve": ["é", 1, None, True]}}


def _full_json(model: type[Model]) -> dict[str, Any]:
    """Every declared field filled (nested models too), and a key the model does not declare."""
    context = Context(project="p", type_name="t")
    data = {key: _value(key, field.type, context) for key, field in fields_of(model).items()}
    return {**data, **EXTRA}


def test_there_are_public_models() -> None:
    assert len(MODELS) > 100
    assert SipEndpoint in MODELS


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_s_json_text_round_trips_unread(model: type[Model]) -> None:
    sent = _full_json(model)
    built = model.from_json(sent)
    text = built.to_json()  # before any field is read: a lazy model's JSON as it came
    assert json.loads(text) == sent
    assert json.loads(text) == built.to_dict()
    assert typing.get_type_hints(model)  # introspection still works on each


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_s_json_text_round_trips_after_reading(model: type[Model]) -> None:
    built = model.from_json(_full_json(model))
    for name in fields_of(model):
        built.get(name)
    assert json.loads(built.to_json(indent=2)) == built.to_dict()
    assert model.from_json(json.loads(built.to_json())) == built


def test_indent_and_text_as_itself() -> None:
    ep = SipEndpoint.from_json({"id": "e", "type": "sip_endpoint", "username": "zoë"})
    assert ep.to_json() == '{"type": "sip_endpoint", "id": "e", "username": "zoë"}'
    assert ep.to_json(indent=2).splitlines()[1] == '  "type": "sip_endpoint",'


def test_constructor_built_model_with_nested_models() -> None:
    address = FabricAddress(id="a", name="n", channels=AddressChannels(audio="/x"))
    sent = {"id": "a", "name": "n", "channels": {"audio": "/x"}}
    assert json.loads(address.to_json()) == address.to_dict() == sent
    ep = SipEndpoint(id="e", type="t", username="u", codecs=["PCMU"])
    assert json.loads(ep.to_json()) == {"id": "e", "type": "t", "username": "u", "codecs": ["PCMU"]}


def test_page_and_call_control() -> None:
    body = {"data": [{"id": "a"}], "links": {"next": None}, "note": "é"}
    page = Page(data=[FabricAddress.from_json({"id": "a"})], next_url=None, body=body)
    assert json.loads(page.to_json()) == page.to_dict() == body
    assert page.to_json(indent=1).startswith('{\n "data"')
    linked: Page[FabricAddress] = Page(
        data=[], next_url=httpx.URL("https://x.example/n"), body={"data": []}
    )
    assert linked.to_json() == '{"data": []}'

    call = SipEndpoint.from_json({"id": "c", "type": "t", "username": "u"})
    control = CallControl("ctl", call)
    assert json.loads(control.to_json()) == control.to_dict()
    assert json.loads(control.to_json())["control_id"] == "ctl"
