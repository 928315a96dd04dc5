"""Parameters as editors list them: an operation's own first, then the request options.

Pyright (Pylance) lists a `TypedDict`'s keys base by base in the order the bases are
written, each class's own keys after its bases'; at run time `__annotations__` is merged
the same way, so its order is the one editors show (`test_editor_order.py` asks pyright
itself). Optional parameters accept None, and lists any sequence.
"""

from __future__ import annotations

import importlib
import pkgutil
import typing
from collections.abc import Sequence
from typing import Any

import pytest
import typing_extensions

import signalwire_async.types as types_package
from signalwire_async._options import OPTION_NAMES, ParamFields, RequestKeywords
from signalwire_async.testing import _routes
from signalwire_async.types import PageParams
from signalwire_async.types.compat import CompatCallListParams
from signalwire_async.types.fabric import SipEndpointCreateParams, SipEndpointUpdateParams
from signalwire_async.types.sip_endpoints import RelaySipEndpointCreateParams

OPTIONS = list(RequestKeywords.__annotations__)


def _is_params(value: Any) -> bool:
    return isinstance(value, type) and set(getattr(value, "__annotations__", ())) >= OPTION_NAMES


def _public_params() -> dict[str, Any]:
    """Every public parameters class (with the request options) of `signalwire_async.types`,
    and every one an operation names."""
    found: dict[str, Any] = {}
    for info in pkgutil.walk_packages(types_package.__path__, f"{types_package.__name__}."):
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", ()):
            if _is_params(value := getattr(module, name)):
                found[f"{value.__module__}.{name}"] = value
    for op in _routes.operations():
        if op.params is not None:
            found[f"{op.params.__module__}.{op.params.__name__}"] = op.params
    return dict(sorted(found.items()))


PARAMS = _public_params()


def test_every_operation_s_params_are_found() -> None:
    assert len(PARAMS) > 150
    assert set(OPTIONS) == OPTION_NAMES


@pytest.mark.parametrize("params", PARAMS.values(), ids=list(PARAMS))
def test_own_parameters_come_first_and_the_options_last(params: Any) -> None:
    keys = list(params.__annotations__)
    assert keys[len(keys) - len(OPTIONS) :] == OPTIONS, keys


def test_the_order_of_a_few_operations() -> None:
    assert list(SipEndpointCreateParams.__annotations__) == [
        *("username", "password", "id", "caller_id", "send_as", "ciphers", "codecs"),
        *("encryption", "call_handler", "calling_handler_resource_id"),
        *OPTIONS,
    ]
    assert list(PageParams.__annotations__) == ["page_size", "page_token", *OPTIONS]
    # A list's filters, then its paging; a create's own required fields before the shared ones.
    assert list(CompatCallListParams.__annotations__)[:8] == [
        *("To", "From", "ParentCallSid", "Status", "StartTime", "EndTime", "Page", "PageSize"),
    ]
    assert list(RelaySipEndpointCreateParams.__annotations__)[:3] == [
        *("username", "password", "caller_id"),
    ]


def _optional_and_required(params: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    hints = typing_extensions.get_type_hints(params)  # without `NotRequired` on 3.10 too
    own = {k: v for k, v in hints.items() if k not in OPTION_NAMES}
    optional = {k: v for k, v in own.items() if k in params.__optional_keys__}
    required = {k: v for k, v in own.items() if k in params.__required_keys__}
    return optional, required


def _allows_none(hint: Any) -> bool:
    return hint is Any or type(None) in typing.get_args(hint)


@pytest.mark.parametrize("params", PARAMS.values(), ids=list(PARAMS))
def test_optional_parameters_accept_none_and_lists_any_sequence(params: Any) -> None:
    optional, _ = _optional_and_required(params)
    assert all(_allows_none(hint) for hint in optional.values()), optional
    assert "list[" not in repr(params.__annotations__)  # `Sequence[...]`: tuples too


def test_required_parameters_stay_not_none() -> None:
    optional, required = _optional_and_required(SipEndpointCreateParams)
    assert required == {"username": str}
    codecs, none = typing.get_args(optional["codecs"])
    assert typing.get_origin(codecs) is Sequence and none is type(None)
    optional, required = _optional_and_required(SipEndpointUpdateParams)
    assert not required and optional["username"] == (str | None)


def test_param_fields_is_a_root_without_keys() -> None:
    assert not ParamFields.__annotations__
