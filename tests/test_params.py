"""Keyword arguments are checked against the operation's TypedDict before sending."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from signalwire_async import RequestKeywords
from signalwire_async._params import check_params
from signalwire_async.types import PageParams
from signalwire_async.types.fabric import (
    SipEndpointCreateParams,
    SipEndpointUpdateParams,
)

CREATE_KEYS = {
    "username": "alice",
    "password": "s3cret-pw",
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
    values = {"username": "alice", "password": "pw"}
    result, _ = check_params(SipEndpointCreateParams, values, "create")
    assert result == values
    assert result is not values
    result["caller_id"] = "x"
    assert "caller_id" not in values


def test_unknown_key_named_with_operation() -> None:
    with pytest.raises(TypeError, match=r"^create\(\) got unexpected .*\bpasword\b") as info:
        check_params(
            SipEndpointCreateParams, {"username": "a", "password": "p", "pasword": "x"}, "create"
        )
    assert "allowed: " in str(info.value)
    assert "caller_id" in str(info.value)
    assert "extra_body=" in str(info.value)  # the way to send what the client does not declare
    assert "request_timeout" not in str(info.value)  # options are not the operation's keys


def test_unknown_keys_reported_before_missing_ones() -> None:
    with pytest.raises(TypeError, match=r"unexpected keyword argument\(s\) a, b;"):
        check_params(SipEndpointCreateParams, {"b": 1, "a": 2}, "create")


class _TwoRequired(RequestKeywords, total=True):
    username: str
    password: str


def test_missing_required_key() -> None:
    with pytest.raises(TypeError, match=r"^create\(\) missing required .*password, username"):
        check_params(_TwoRequired, {}, "create")


def test_request_options_are_split_from_the_parameters() -> None:
    values = {"username": "a", "password": "p", "extras": {"x": 1}, "request_timeout": 2.0}
    params, options = check_params(SipEndpointCreateParams, values, "create")
    assert params == {"username": "a", "password": "p"}
    assert options.body == {"x": 1}
    assert options.timeout == httpx.Timeout(2.0)


def test_extra_body_wins_over_extras_on_a_clash() -> None:
    values = {"extras": {"a": 1, "b": 1}, "extra_body": {"b": 2}}
    _, options = check_params(SipEndpointUpdateParams, values, "update")
    assert options.body == {"a": 1, "b": 2}


@pytest.mark.parametrize(
    ("option", "value", "error"),
    [
        ("extra_headers", {"authorization": "Basic x"}, ValueError),
        ("extra_headers", {"AUTHORIZATION": "Bearer x"}, ValueError),
        ("extra_query", ["not", "a", "mapping"], TypeError),
        ("request_timeout", 0, ValueError),
        ("total_timeout", -1, ValueError),
        ("total_timeout", True, ValueError),
    ],
)
def test_bad_request_options_fail_before_sending(option: str, value: Any, error: type) -> None:
    with pytest.raises(error):
        check_params(SipEndpointUpdateParams, {option: value}, "update")


@pytest.mark.parametrize("values", [{}, {"username": "bob"}, {"calling_handler_resource_id": None}])
def test_update_params_all_optional(values: dict[str, Any]) -> None:
    assert check_params(SipEndpointUpdateParams, values, "update")[0] == values


def test_update_rejects_create_only_id() -> None:
    with pytest.raises(TypeError, match=r"^update\(\) .* id;"):
        check_params(SipEndpointUpdateParams, {"id": "x"}, "update")


def test_list_params() -> None:
    values = {"page_size": 10, "page_token": "PA1"}
    assert check_params(PageParams, values, "list")[0] == values
    with pytest.raises(TypeError, match="page_number"):
        check_params(PageParams, {"page_number": 2}, "list")


class _FromParams(PageParams, total=False):
    from_: str
    to: str


def test_a_keyword_spelt_with_a_trailing_underscore_goes_on_the_wire_without_it() -> None:
    params, _ = check_params(_FromParams, {"from_": "+15550001111", "to": "+1555"}, "mfa.sms")
    assert params == {"from": "+15550001111", "to": "+1555"}
    # official code's `**{"from": ...}` is the same field
    assert check_params(_FromParams, {"from": "+15550001111"}, "mfa.sms")[0] == {
        "from": "+15550001111"
    }
    with pytest.raises(TypeError, match="both from and from_"):
        check_params(_FromParams, {"from": "+1", "from_": "+1"}, "mfa.sms")


def test_one_of_needs_exactly_one_key() -> None:
    one_of = ("to", "from_")
    assert check_params(_FromParams, {"to": "a"}, "x", one_of)[0] == {"to": "a"}
    for values in ({}, {"to": "a", "from_": "b"}):
        with pytest.raises(TypeError, match="exactly one of to, from_"):
            check_params(_FromParams, values, "x", one_of)


def test_an_unknown_keyword_names_the_closest_field() -> None:
    from signalwire_async.types.phone_numbers import PhoneNumberSearchParams

    with pytest.raises(TypeError, match="'aeracode': did you mean 'areacode'\\?"):
        check_params(PhoneNumberSearchParams, {"aeracode": "512"}, "phone_numbers.search")
    with pytest.raises(TypeError, match="unexpected keyword argument\\(s\\) zzz; allowed"):
        check_params(PhoneNumberSearchParams, {"zzz": 1}, "phone_numbers.search")


def test_aliases_send_the_field_and_refuse_both() -> None:
    aliases = (("area_code", "areacode"), ("quantity", "max_results"))
    from signalwire_async.types.phone_numbers import PhoneNumberSearchParams

    values = {"area_code": "512", "quantity": 3}
    params, _ = check_params(PhoneNumberSearchParams, values, "search", aliases=aliases)
    assert params == {"areacode": "512", "max_results": 3}
    with pytest.raises(TypeError, match="both area_code and areacode"):
        check_params(
            PhoneNumberSearchParams, {"area_code": "1", "areacode": "1"}, "s", aliases=aliases
        )


def test_a_required_field_given_through_extras_or_extra_body_counts_as_given() -> None:
    for option in ("extras", "extra_body"):
        values = {"username": "ada", option: {"password": "pw"}}
        params, options = check_params(_TwoRequired, values, "create")
        assert params == {"username": "ada"} and options.body == {"password": "pw"}
    with pytest.raises(TypeError, match="missing required keyword argument\\(s\\) password"):
        check_params(_TwoRequired, {"username": "ada"}, "create")


def test_snake_aliases_leave_out_a_name_the_params_declare_themselves() -> None:
    from signalwire_async._params import snake_aliases

    class _Mixed(PageParams, total=False):
        StatusCallback: str
        status_callback: str
        From: str
        ApiVersion: str

    assert snake_aliases(_Mixed) == (("api_version", "ApiVersion"), ("from_", "From"))


def test_only_value_reads_a_literal_that_also_accepts_none() -> None:
    from typing import Literal

    from typing_extensions import NotRequired, TypedDict

    from signalwire_async._params import only_value
    from signalwire_async.types.messages import MessageUpdateParams

    # The functional form: its types are objects, not strings of this module.
    Both = TypedDict(  # noqa: UP013
        "Both",
        {
            "a": NotRequired[Literal["x"] | None],
            "b": NotRequired[Literal["x", "y"] | int | None],
            "c": NotRequired[str | None],
        },
    )

    assert only_value(MessageUpdateParams, "body") == ("",)
    assert only_value(Both, "a") == ("x",)
    assert only_value(Both, "b") == only_value(Both, "c") == only_value(Both, "d") == ()


def test_wire_values_make_any_sequence_a_list_and_keep_a_str_whole() -> None:
    import collections

    from signalwire_async._params import wire_values

    given = {
        "t": ("a", "b"),
        "l": ["a"],
        "r": range(3),
        "d": collections.deque(["x"]),
        "s": "PCMU",
        "b": b"raw",
        "n": None,
        "m": {"k": None},
    }
    sent = wire_values(given, no_null=False)
    assert sent == {**given, "r": [0, 1, 2], "d": ["x"]}
    assert sent["t"] is given["t"] and sent["s"] == "PCMU"  # as is: JSON and httpx take both
    assert wire_values(given, no_null=True) == {
        **{k: v for k, v in sent.items() if k != "n"},
        "m": {"k": None},  # inside a value: the caller's own structure
    }
    assert wire_values({"t": ("a", None), "l": [None]}, no_null=True) == {"t": ["a"], "l": []}
    assert wire_values({"t": ("a", None)}, no_null=False) == {"t": ("a", None)}

    class Name(str):  # a str subclass (a StrEnum member) is one value too
        pass

    assert wire_values({"n": Name("ab")}, no_null=True) == {"n": "ab"}
    assert type(wire_values({"n": Name("ab")}, no_null=True)["n"]) is Name
