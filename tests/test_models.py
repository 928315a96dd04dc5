"""Response models: typed attributes, the JSON kept as sent, unknown keys included."""

from __future__ import annotations

import json
import logging
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalwire_async import _models
from signalwire_async._models import Model, json_key
from signalwire_async.types import fabric
from signalwire_async.types.fabric import FabricAddress, SipEndpoint

# New names are read as `_models.x` / `fabric.x` inside the tests that use them, so that each
# test of this module can run (and fail on its own assertion) against older code.

SEED: dict[str, Any] = {
    "type": "sip_endpoint",
    "id": "7b2b5d3e-1c4a-4f2e-9a51-6a0c7d8e9f10",
    "username": "alice",
    "caller_id": "Alice",
    "send_as": "+15551234567",
    "ciphers": ["AEAD_AES_256_GCM_8", "AES_CM_128_HMAC_SHA1_80"],
    "codecs": ["OPUS", "PCMU"],
    "encryption": "optional",
    "call_handler": "laml_webhooks",
    "calling_handler_resource_id": None,
    "call_request_url": "https://example.com/voice",
    "call_request_method": "POST",
    "call_fallback_url": "https://example.com/fallback",
    "call_fallback_method": "GET",
    "call_status_callback_url": "https://example.com/status",
    "call_status_callback_method": "POST",
    "call_laml_application_id": None,
    "call_dialogflow_agent_id": None,
    "call_relay_topic": None,
    "call_relay_topic_status_callback_url": None,
    "call_relay_context": "office",
    "call_relay_context_status_callback_url": None,
    "call_relay_application": None,
    "call_video_room_id": None,
    "call_relay_script_url": None,
}
FIELDS = [f.name for f in attrs.fields(SipEndpoint) if not f.name.startswith("_")]
REQUIRED = {"type": "sip_endpoint", "id": "x", "username": "u"}
OPTIONAL = [name for name in FIELDS if name not in REQUIRED]
ADDRESS: dict[str, Any] = {
    "id": "691af061-cd86-4893-a605-173f47afc4c2",
    "name": "justice-league",
    "locked": True,
    "channels": {"audio": "/public/justice-league?channel=audio", "sip": "future-key"},
}

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)
EXTRAS = st.dictionaries(st.text().filter(lambda k: k not in SEED), JSON, max_size=5)


def test_seed_lists_every_field() -> None:
    assert list(SEED) == FIELDS
    assert len(FIELDS) == 25


def test_round_trip() -> None:
    ep = SipEndpoint.from_json(SEED)
    assert ep.to_dict() == SEED
    assert list(ep.to_dict()) == FIELDS
    assert ep.username == "alice"
    assert ep.codecs == ["OPUS", "PCMU"]


@given(EXTRAS)
def test_round_trip_keeps_unknown_keys(extras: dict[str, Any]) -> None:
    data = {**extras, **SEED}  # extras first: the output order must not follow the input
    ep = SipEndpoint.from_json(data)
    assert ep.to_dict() == data
    assert len(ep) == 25 + len(extras)
    assert list(ep) == FIELDS + list(extras)
    for name in FIELDS:
        assert getattr(ep, name) == data[name] == ep[name]
    for key, value in extras.items():
        assert key in ep
        assert ep[key] == value
        assert ep.get(key) == value


def test_unknown_key_reads_like_a_mapping() -> None:
    ep = SipEndpoint.from_json({**SEED, "x": {"nested": [1, 2]}})
    assert ep["x"] == {"nested": [1, 2]}
    assert "x" in ep
    assert ep.get("x") == {"nested": [1, 2]}
    assert "absent" not in ep
    assert ep.get("absent") is None
    with pytest.raises(KeyError):
        ep["absent"]


def test_to_dict_has_exactly_the_keys_sent() -> None:
    ep = SipEndpoint.from_json(REQUIRED)
    assert ep.to_dict() == REQUIRED
    assert list(ep) == list(ep.keys()) == ["type", "id", "username"]
    assert len(ep) == 3
    assert json.loads(json.dumps(ep.to_dict())) == REQUIRED


def test_absent_key_is_not_in_the_mapping() -> None:
    ep = SipEndpoint.from_json(REQUIRED)
    assert ep.caller_id is None
    assert "caller_id" not in ep
    assert ep.get("caller_id") is None
    assert ep.get("caller_id", "fallback") == "fallback"
    with pytest.raises(KeyError, match="caller_id"):
        ep["caller_id"]


def test_null_sent_is_present() -> None:
    ep = SipEndpoint.from_json({**REQUIRED, "caller_id": None})
    assert "caller_id" in ep
    assert ep["caller_id"] is None
    assert ep.to_dict() == {**REQUIRED, "caller_id": None}


def test_absent_list_fields_read_none() -> None:
    ep = SipEndpoint.from_json(REQUIRED)
    assert ep.ciphers is None
    assert ep.codecs is None
    assert "codecs" not in ep


@given(st.sets(st.sampled_from(OPTIONAL)), EXTRAS)
def test_any_subset_of_fields_round_trips(sent: set[str], extras: dict[str, Any]) -> None:
    data = {**extras, **REQUIRED, **{name: SEED[name] for name in sent}}
    ep = SipEndpoint.from_json(data)
    assert ep.to_dict() == data
    assert len(ep) == len(data)
    # Declared keys in declaration order, then unknown keys in the order they came.
    assert list(ep) == [n for n in FIELDS if n in data] + list(extras)
    for name in OPTIONAL:
        assert (name in ep) == (name in sent)
        assert getattr(ep, name) == data.get(name)
    for key, value in extras.items():
        assert ep[key] == value


def test_to_dict_is_a_deep_copy() -> None:
    ep = SipEndpoint.from_json({**SEED, "x": {"nested": [1]}})
    out = ep.to_dict()
    out["codecs"].append("G722")
    out["x"]["nested"].append(2)
    out["username"] = "mallory"
    assert ep.to_dict() == {**SEED, "x": {"nested": [1]}}
    assert ep.codecs == ["OPUS", "PCMU"]


def test_nested_model_is_typed_and_round_trips() -> None:
    address = FabricAddress.from_json(ADDRESS)
    channels = address.channels
    assert isinstance(channels, fabric.AddressChannels)
    assert channels.audio == "/public/justice-league?channel=audio"
    assert channels.video is None
    assert "video" not in channels
    assert channels["sip"] == "future-key"  # unknown keys are kept in nested models too
    assert address["channels"] is channels
    assert address.to_dict() == ADDRESS
    assert type(address.to_dict()["channels"]) is dict
    assert json.loads(json.dumps(address.to_dict())) == ADDRESS


def test_nested_model_absent_or_null() -> None:
    absent = FabricAddress.from_json({"id": "a"})
    assert absent.channels is None
    assert "channels" not in absent
    null = FabricAddress.from_json({"id": "a", "channels": None})
    assert null.channels is None
    assert null.to_dict() == {"id": "a", "channels": None}


def test_nested_model_that_does_not_fit() -> None:
    with pytest.raises(ValueError, match="expected a JSON object for AddressChannels"):
        FabricAddress.from_json({"id": "a", "channels": "audio"})


def test_nested_list() -> None:
    @attrs.frozen(kw_only=True)
    class Item(Model):
        n: int

    @attrs.frozen(kw_only=True)
    class Box(Model):
        parts: list[Item] | None = _models.nested_list(Item)  # noqa: RUF009 (an attrs field)

    data = {"parts": [{"n": 1}, {"n": 2, "x": True}]}
    box = Box.from_json(data)
    assert box.parts == [Item(n=1), Item.from_json({"n": 2, "x": True})]
    assert box.to_dict() == data
    assert Box.from_json({}).parts is None
    assert Box(parts=[Item(n=3)]).to_dict() == {"parts": [{"n": 3}]}
    with pytest.raises(ValueError, match="expected a JSON array of Item"):
        Box.from_json({"parts": {"n": 1}})
    # a required field missing: the item still decodes, the field reads None (issue 19)
    lacking = Box.from_json({"parts": [{}]})
    assert lacking.parts is not None and lacking.parts[0].n is None
    assert lacking.to_dict() == {"parts": [{}]}


@pytest.mark.parametrize("field", ["id", "type", "username"])
def test_missing_required_field_reads_none_and_is_logged(
    field: str, caplog: pytest.LogCaptureFixture
) -> None:
    data = {k: v for k, v in SEED.items() if k != field}
    with caplog.at_level(logging.DEBUG, logger="signalwire_async"):
        ep = SipEndpoint.from_json(data)
    assert getattr(ep, field) is None and field not in ep and ep.to_dict() == data
    (record,) = caplog.records
    assert record.getMessage() == f"SipEndpoint: the answer lacks {field}; read as None"


def test_a_value_a_field_refuses_is_still_an_error() -> None:
    """Only absent fields are forgiven: a value a field's validator refuses still fails."""

    @attrs.frozen(kw_only=True)
    class Strict(Model):
        n: int = attrs.field(validator=attrs.validators.instance_of(int))

    with pytest.raises(ValueError, match="Strict"):
        Strict.from_json({"n": "1"})
    with pytest.raises(ValueError, match="Strict"):  # None is no int either
        Strict.from_json({})


@pytest.mark.parametrize("data", [None, [], [SEED], "sip_endpoint", 1])
def test_non_object(data: Any) -> None:
    with pytest.raises(ValueError, match="expected a JSON object for SipEndpoint"):
        SipEndpoint.from_json(data)


def test_frozen() -> None:
    ep = SipEndpoint.from_json(SEED)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ep.username = "mallory"  # type: ignore[misc]
    assert ep.username == "alice"


def test_equality_includes_extras() -> None:
    assert SipEndpoint.from_json(SEED) == SipEndpoint.from_json(dict(SEED))
    assert SipEndpoint.from_json(SEED) != SipEndpoint.from_json({**SEED, "x": 1})


def test_equality_is_json_equality() -> None:
    assert SipEndpoint.from_json(REQUIRED) == SipEndpoint.from_json(dict(REQUIRED))
    # Absent and null read the same as attributes, but they are not the same JSON.
    assert SipEndpoint.from_json(REQUIRED) != SipEndpoint.from_json({**REQUIRED, "caller_id": None})
    one, two = (
        FabricAddress.from_json(ADDRESS),
        FabricAddress.from_json(json.loads(json.dumps(ADDRESS))),
    )
    assert one == two
    assert one.channels is not None and two.channels is not None
    assert hash(one.channels) == hash(two.channels)


def test_repr_shows_typed_fields_only() -> None:
    text = repr(FabricAddress.from_json(ADDRESS))
    assert text.startswith("FabricAddress(id='691af061-cd86-4893-a605-173f47afc4c2', name=")
    assert "channels=AddressChannels(audio='/public/justice-league?channel=audio'" in text
    assert text.count("justice-league?channel=audio") == 1  # the JSON is not shown again
    assert "future-key" not in text


@pytest.mark.parametrize(
    "model",
    [
        SipEndpoint.from_json(REQUIRED),
        SipEndpoint.from_json({**SEED, "x": [1]}),
        FabricAddress.from_json(ADDRESS),
    ],
    ids=["sparse", "extras", "nested"],
)
def test_pickle(model: Model) -> None:
    restored = pickle.loads(pickle.dumps(model))
    assert restored == model
    assert type(restored) is type(model)
    assert restored.to_dict() == model.to_dict()
    assert list(restored) == list(model)
    if isinstance(model, SipEndpoint):
        assert ("caller_id" in restored) == ("caller_id" in model)
    else:
        assert isinstance(restored["channels"], fabric.AddressChannels)


def test_constructor_built_model_is_its_non_default_fields() -> None:
    ep = SipEndpoint(type="sip_endpoint", id="x", username="u", codecs=["PCMU"])
    assert ep.to_dict() == {**REQUIRED, "codecs": ["PCMU"]}
    assert "caller_id" not in ep
    assert ep["codecs"] == ["PCMU"]
    assert ep == SipEndpoint.from_json({**REQUIRED, "codecs": ["PCMU"]})
    assert pickle.loads(pickle.dumps(ep)) == ep
    # A field set to its default counts as absent.
    assert "caller_id" not in SipEndpoint(type="sip_endpoint", id="x", username="u", caller_id=None)


def test_constructor_built_model_with_a_nested_model() -> None:
    channels = fabric.AddressChannels(audio="/a")
    address = FabricAddress(id="a", channels=channels)
    assert address.channels is channels
    assert address.to_dict() == {"id": "a", "channels": {"audio": "/a"}}
    assert address == FabricAddress.from_json({"id": "a", "channels": {"audio": "/a"}})
    assert json.dumps(address.to_dict()) == '{"id": "a", "channels": {"audio": "/a"}}'


@attrs.frozen(kw_only=True)
class _Message(Model):
    from_: str = attrs.field(metadata=json_key("from"))
    body: str | None = None


def test_json_key_maps_a_json_name_onto_another_attribute() -> None:
    message = _Message.from_json({"from": "+15551230000", "body": "hi", "x": 1})
    assert message.from_ == "+15551230000"
    assert message["from"] == "+15551230000"
    assert "from_" not in message
    assert list(message) == ["from", "body", "x"]
    assert message.to_dict() == {"from": "+15551230000", "body": "hi", "x": 1}


def test_json_key_with_absent_fields() -> None:
    message = _Message.from_json({"from": "+15551230000"})
    assert list(message) == ["from"]
    assert "body" not in message
    assert message.to_dict() == {"from": "+15551230000"}
    assert _Message(from_="+15551230000").to_dict() == {"from": "+15551230000"}
    assert _Message(from_="+1", body="hi") == _Message.from_json({"from": "+1", "body": "hi"})


# Models built by `from_json` fill their plain fields on first read; whatever reads them
# (attributes, equality, hashing, repr, pickling, attrs helpers) must see the same values.


def test_lazy_model_reads_like_an_eager_one() -> None:
    sent = {key: value for key, value in SEED.items() if value is not None}
    lazy = SipEndpoint.from_json(sent)
    eager = SipEndpoint(**sent)  # the constructor counts a None as absent: leave them out
    assert lazy == eager
    assert repr(lazy) == repr(eager)
    channels = fabric.AddressChannels(audio="/a", video="/v")
    assert hash(fabric.AddressChannels.from_json({"audio": "/a", "video": "/v"})) == hash(channels)
    assert attrs.asdict(lazy) == attrs.asdict(eager)


@pytest.mark.parametrize("reads", [[], ["username"], ["codecs", "caller_id"], FIELDS])
def test_any_read_order_gives_the_json_values(reads: list[str]) -> None:
    data = {**REQUIRED, "codecs": ["PCMU"], "caller_id": None}
    ep = SipEndpoint.from_json(data)
    for name in reads:
        assert getattr(ep, name) == data.get(name)
    assert {name: getattr(ep, name) for name in FIELDS} == {n: data.get(n) for n in FIELDS}
    assert ep.codecs is data["codecs"]  # the JSON value itself, not a copy
    restored = pickle.loads(pickle.dumps(ep))
    assert restored == ep
    assert restored.codecs == ["PCMU"]


def test_lazy_model_is_frozen_and_has_no_other_attributes() -> None:
    ep = SipEndpoint.from_json(dict(REQUIRED))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ep.caller_id = "x"  # type: ignore[misc]
    assert ep.caller_id is None
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        ep.nonexistent  # type: ignore[attr-defined]  # noqa: B018


def test_type_hints_are_the_declared_ones() -> None:
    import typing

    hints = typing.get_type_hints(SipEndpoint)
    assert hints["username"] is str
    assert hints["codecs"] == (list[str] | None)
    assert "_read_once" not in hints


def test_the_list_path_reads_a_missing_required_field_as_none_too() -> None:
    # As `from_json` does: a 2xx is a success even when the spec's required field is absent.
    lacking = {"id": "x", "type": "t"}
    [_, short] = _models.from_json_list(SipEndpoint, [dict(SEED), lacking])
    assert short.username is None
    assert short == SipEndpoint.from_json(lacking)
    assert "username" not in short
    with pytest.raises(ValueError, match="expected a JSON object for SipEndpoint"):
        _models.from_json_list(SipEndpoint, [dict(SEED), "x"])
    built = _models.from_json_list(SipEndpoint, [dict(SEED), dict(REQUIRED)])
    assert [m.username for m in built] == ["alice", "u"]
    assert built[1].to_dict() == REQUIRED


def test_nested_default_goes_through_the_converter() -> None:
    address = FabricAddress.from_json({"id": "a"})
    assert address.channels is None
    assert address == FabricAddress(id="a")
