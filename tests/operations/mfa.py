"""Operation rows of `mfa`: one-time codes by text message or voice call, and their check."""

from __future__ import annotations

from signalwire_async.types.mfa import MfaRequest, MfaVerification

from . import Row

_REQUEST_ID = "9d4f6a1e-2b7c-4e83-a5d0-6c1f8e3b7a24"
_BASE = "/api/relay/rest/mfa"
_TO = "+14155550173"
_FROM = "+14155550110"

ROWS = [
    Row(
        call="mfa.sms",
        kwargs={
            "to": _TO,
            "from_": _FROM,
            "message": "Your Harbor Bank sign-in code is:",
            "token_length": 8,
            "valid_for": 600,
        },
        method="POST",
        path=f"{_BASE}/sms",
        body={
            "to": _TO,
            "from": _FROM,
            "message": "Your Harbor Bank sign-in code is:",
            "token_length": 8,
            "valid_for": 600,
        },
        response={"id": _REQUEST_ID, "success": True, "to": _TO, "channel": "sms"},
        returns=MfaRequest,
    ),
    Row(
        call="mfa.call",
        kwargs={"to": _TO, "from_": _FROM, "max_attempts": 5, "allow_alphas": False},
        method="POST",
        path=f"{_BASE}/call",
        body={"to": _TO, "from": _FROM, "max_attempts": 5, "allow_alphas": False},
        response={"id": _REQUEST_ID, "success": True, "to": _TO, "channel": "call"},
        returns=MfaRequest,
    ),
    Row(
        call="mfa.verify",
        args=(_REQUEST_ID,),
        kwargs={"token": "48213907"},
        method="POST",
        path=f"{_BASE}/{_REQUEST_ID}/verify",
        body={"token": "48213907"},
        response={"success": True},
        returns=MfaVerification,
    ),
]
