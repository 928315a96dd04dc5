"""`client.mfa`: one-time codes sent by text or voice call, and their checks."""

from __future__ import annotations

from . import Op, Resource

B = "/api/relay/rest/mfa"

NAMESPACE = Resource(
    "mfa",
    "Mfa",
    "multi-factor authentication codes (by text or voice call)",
    [
        Op(
            "sms",
            "POST",
            f"{B}/sms",
            "MfaRequest",
            "MfaRequestParams",
            summary="send a one-time code by text message",
        ),
        Op(
            "call",
            "POST",
            f"{B}/call",
            "MfaRequest",
            "MfaRequestParams",
            summary="read a one-time code out in a voice call",
        ),
        Op(
            "verify",
            "POST",
            f"{B}/{{mfa_request_id}}/verify",
            "MfaVerification",
            "MfaVerifyParams",
            summary="check a code the user typed in",
        ),
    ],
)
