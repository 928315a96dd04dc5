"""Response models: typed attributes, the JSON kept as sent, unknown keys included."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalwire_async._models import Model, json_key
from signalwire_async.types.fabric import SipEndpoint

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
FIELDS = [f.name for f in attrs.fields(SipEndpoint) if f.name != "_extra"]

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


def test_optional_fields_default() -> None:
    ep = SipEndpoint.from_json({"type": "sip_endpoint", "id": "1", "username": "bob"})
    assert ep.caller_id is None
    assert ep.ciphers == []
    assert ep["codecs"] == []
    assert len(ep) == 25


@pytest.mark.parametrize("field", ["id", "type", "username"])
def test_missing_required_field(field: str) -> None:
    data = {k: v for k, v in SEED.items() if k != field}
    with pytest.raises(ValueError, match=f"SipEndpoint.*{field}"):
        SipEndpoint.from_json(data)


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
