"""Operation rows of `verified_callers`: verified caller IDs and their verification call."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.verified_callers import VerifiedCaller

from . import Row, crud_rows

_ID = "eb692d21-4dcb-4051-b9e5-99fcc4808664"
_BASE = "/api/relay/rest/verified_caller_ids"
_VERIFY = f"{_BASE}/{_ID}/verification"

_CREATE: dict[str, Any] = {"number": "+14155550136", "name": "Reception desk", "extension": "204"}
_AWAITING: dict[str, Any] = {
    "type": "verified_caller_id",
    "id": _ID,
    **_CREATE,
    "verified": False,
    "verified_at": None,
    "status": "Awaiting Verification",
}
_VERIFIED: dict[str, Any] = {
    **_AWAITING,
    "verified": True,
    "verified_at": "2025-06-03T14:27:51Z",
    "status": "Verified",
}

ROWS = [
    *crud_rows(
        "verified_callers",
        _BASE,
        _ID,
        VerifiedCaller,
        _AWAITING,
        create=_CREATE,
        created_status=201,
        update="PUT",
        changes={"name": "Front office"},
        updated={**_AWAITING, "name": "Front office"},
    ),
    Row(
        call="verified_callers.redial_verification",
        args=(_ID,),
        method="POST",
        path=_VERIFY,
        response=_AWAITING,
        returns=VerifiedCaller,
    ),
    Row(
        call="verified_callers.submit_verification",
        args=(_ID,),
        kwargs={"verification_code": "483920"},
        method="PUT",
        path=_VERIFY,
        body={"verification_code": "483920"},
        response=_VERIFIED,
        returns=VerifiedCaller,
    ),
]
