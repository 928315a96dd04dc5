"""The parameter TypedDicts follow the list of corrections to the spec, field by field."""

from __future__ import annotations

from typing import Any

import pytest

from signalwire_async._options import OPTION_NAMES
from signalwire_async._spec_corrections import CORRECTIONS, Correction
from signalwire_async.types.fabric import SipEndpointCreateParams, SipEndpointUpdateParams

# The parameter type of each corrected operation (the next namespaces add theirs).
PARAMS: dict[str, Any] = {
    "fabric.sip_endpoints.create": SipEndpointCreateParams,
    "fabric.sip_endpoints.update": SipEndpointUpdateParams,
}


@pytest.mark.parametrize("correction", CORRECTIONS, ids=lambda c: f"{c.operation}.{c.field}")
def test_the_params_follow_the_correction(correction: Correction) -> None:
    params = PARAMS[correction.operation]
    if correction.change == "added, required":
        assert correction.field in params.__required_keys__
    else:
        assert correction.field in params.__optional_keys__
    assert correction.reason


def test_every_corrected_operation_has_its_params_listed() -> None:
    assert {c.operation for c in CORRECTIONS} == PARAMS.keys()


def test_no_server_assigned_field_is_required() -> None:
    for params in PARAMS.values():
        assert not {"id", "created_at", "updated_at"} & params.__required_keys__


def test_request_options_shadow_no_parameter() -> None:
    for params in PARAMS.values():
        own = (params.__required_keys__ | params.__optional_keys__) - OPTION_NAMES
        assert not own & OPTION_NAMES
        assert params.__optional_keys__ >= OPTION_NAMES
