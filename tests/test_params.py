"""Keyword arguments are checked against the operation's TypedDict before sending."""

from __future__ import annotations

from typing import Any

import pytest

from signalwire_async._params import check_params
from signalwire_async.types.fabric import (
    SipEndpointCreateParams,
    SipEndpointListParams,
    SipEndpointUpdateParams,
)

CREATE_KEYS = {
    "username": "alice",
    "id": "7b2b5d3e-1c4a-4f2e-9a51-6a0c7d8e9f10",
    "caller_id": "Alice",
    "send_as": "+15551234567",
    "ciphers": ["AEAD_AES_256_GCM_8"],
    "codecs": ["OPUS"],
    "encryption": "required",
    "call_handler": "resource",
    "calling_handler_resource_id": None,
}


def test_all_spec_keys_accepted() -> None:
    assert check_params(SipEndpointCreateParams, CREATE_KEYS, "create")[0] == CREATE_KEYS


def test_returns_a_new_dict() -> None:
    values = {"username": "alice"}
    result, _ = check_params(SipEndpointCreateParams, values, "create")
    assert result == values
    assert result is not values
    result["caller_id"] = "x"
    assert "caller_id" not in values


def test_unknown_key_named_with_operation() -> None:
    with pytest.raises(TypeError, match=r"^create\(\) got unexpected .*\bpasword\b") as info:
        check_params(SipEndpointCreateParams, {"username": "alice", "pasword": "x"}, "create")
    assert "allowed: " in str(info.value)
    assert "caller_id" in str(info.value)


def test_unknown_keys_reported_before_missing_ones() -> None:
    with pytest.raises(TypeError, match=r"unexpected keyword argument\(s\) a, b;"):
        check_params(SipEndpointCreateParams, {"b": 1, "a": 2}, "create")


def test_missing_required_key() -> None:
    with pytest.raises(TypeError, match=r"^create\(\) missing required .*username"):
        check_params(SipEndpointCreateParams, {"caller_id": "Alice"}, "create")


@pytest.mark.parametrize("values", [{}, {"username": "bob"}, {"calling_handler_resource_id": None}])
def test_update_params_all_optional(values: dict[str, Any]) -> None:
    assert check_params(SipEndpointUpdateParams, values, "update")[0] == values


def test_update_rejects_create_only_id() -> None:
    with pytest.raises(TypeError, match=r"^update\(\) .* id;"):
        check_params(SipEndpointUpdateParams, {"id": "x"}, "update")


def test_list_params() -> None:
    values = {"page_size": 10, "page_token": "PA1"}
    assert check_params(SipEndpointListParams, values, "list")[0] == values
    with pytest.raises(TypeError, match="page_number"):
        check_params(SipEndpointListParams, {"page_number": 2}, "list")
