"""`client.verified_callers`: verified caller IDs, numbers the project may call from."""

from __future__ import annotations

from . import Op, Resource

B = "/api/relay/rest/verified_caller_ids"

NAMESPACE = Resource(
    "verified_callers",
    "VerifiedCallers",
    "verified caller IDs of the project",
    [
        Op(
            "list",
            "GET",
            B,
            "VerifiedCaller",
            "VerifiedCallerListParams",
            paged=True,
            summary="every verified caller ID",
        ),
        Op(
            "create",
            "POST",
            B,
            "VerifiedCaller",
            "VerifiedCallerCreateParams",
            summary="add a caller ID (a verification call with a code follows)",
        ),
        Op("get", "GET", f"{B}/{{id}}", "VerifiedCaller", summary="one verified caller ID"),
        Op(
            "update",
            "PUT",
            f"{B}/{{id}}",
            "VerifiedCaller",
            "VerifiedCallerUpdateParams",
            summary="change a caller ID's given fields",
        ),
        Op("delete", "DELETE", f"{B}/{{id}}", None, summary="delete a verified caller ID"),
        Op(
            "redial_verification",
            "POST",
            f"{B}/{{id}}/verification",
            "VerifiedCaller",
            summary="place the verification call again",
        ),
        Op(
            "submit_verification",
            "PUT",
            f"{B}/{{id}}/verification",
            "VerifiedCaller",
            "VerifiedCallerSubmitVerificationParams",
            summary="submit the code of the verification call",
        ),
    ],
)
