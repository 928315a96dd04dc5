"""The parameter TypedDicts follow the list of corrections to the spec, field by field."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from signalwire_async._async._resource import AsyncResource
from signalwire_async._options import OPTION_NAMES

from .operations import ALL, params_type
from .spec_corrections import CORRECTIONS, Correction


def resource_class(operation: str) -> type[Any]:
    place = operation.rsplit(".", 1)[0]  # `fabric.sip_gateways`, or `phone_numbers`
    module = importlib.import_module(f"signalwire_async._async.resources.{place}")
    (cls,) = [
        c
        for c in vars(module).values()
        if isinstance(c, type) and issubclass(c, AsyncResource) and c is not AsyncResource
    ]
    return cls


def params_of(operation: str) -> Any:
    return params_type(resource_class(operation), operation.rsplit(".", 1)[1])


# Every parameter type of every operation in the tables.
ALL_PARAMS = {row.call: p for row in ALL if (p := params_of(row.call)) is not None}


@pytest.mark.parametrize("correction", CORRECTIONS, ids=lambda c: f"{c.operation}.{c.field}")
def test_the_params_follow_the_correction(correction: Correction) -> None:
    params = params_of(correction.operation)
    if correction.change == "added, required":
        assert correction.field in params.__required_keys__
    elif correction.change == "values added":
        assert correction.field in params.__required_keys__ | params.__optional_keys__
    else:
        assert correction.field in params.__optional_keys__
    assert correction.reason


def test_corrections_name_real_operations_once_per_field() -> None:
    assert {c.operation for c in CORRECTIONS} <= ALL_PARAMS.keys()
    pairs = [(c.operation, c.field) for c in CORRECTIONS]
    assert len(pairs) == len(set(pairs))


# Where `id` is the caller's to give: the call a command acts on, a conversation the caller
# names (the spec requires it on every AI chat method).
CALLER_IDS = ("calling.", "ai.chat.")


def test_no_server_assigned_field_is_required() -> None:
    for operation, params in ALL_PARAMS.items():
        server_assigned = {"created_at", "updated_at"}
        if not operation.startswith(CALLER_IDS):
            server_assigned.add("id")
        assert not server_assigned & params.__required_keys__, operation


@pytest.mark.parametrize("operation", sorted(ALL_PARAMS))
def test_request_options_shadow_no_parameter(operation: str) -> None:
    params = ALL_PARAMS[operation]
    own = (params.__required_keys__ | params.__optional_keys__) - OPTION_NAMES
    assert not own & OPTION_NAMES
    assert params.__optional_keys__ >= OPTION_NAMES


@pytest.mark.parametrize(
    "operation",
    sorted(
        op
        for op in ALL_PARAMS
        if op.rsplit(".", 1)[1].startswith("update") and not op.startswith(("compat.", "calling."))
    ),
)
def test_updates_require_nothing(operation: str) -> None:
    """A REST update (PUT or PATCH) sends only the fields given. Compatibility updates are
    POSTed actions whose point is a field (a recording's `Status`, a message's `Body`), and
    `calling.update` is a command on one call, so they keep the spec's required fields."""
    assert not ALL_PARAMS[operation].__required_keys__ - OPTION_NAMES
