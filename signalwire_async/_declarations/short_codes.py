"""`client.short_codes`: the project's short codes (leased, so there is no create or delete)."""

from __future__ import annotations

from . import Op, Resource

B = "/api/relay/rest/short_codes"

NAMESPACE = Resource(
    "short_codes",
    "ShortCodes",
    "short codes of the project",
    [
        Op(
            "list",
            "GET",
            B,
            "ShortCode",
            "ShortCodeListParams",
            paged=True,
            summary="every short code",
        ),
        Op("get", "GET", f"{B}/{{id}}", "ShortCode", summary="one short code"),
        Op(
            "update",
            "PUT",
            f"{B}/{{id}}",
            "ShortCode",
            "ShortCodeUpdateParams",
            summary="change a short code's name and message handling",
        ),
    ],
)
