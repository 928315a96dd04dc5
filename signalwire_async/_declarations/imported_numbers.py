"""`client.imported_numbers`: numbers hosted elsewhere, brought into the project."""

from __future__ import annotations

from . import Op, Resource

NAMESPACE = Resource(
    "imported_numbers",
    "ImportedNumbers",
    "numbers hosted with another carrier, imported into the project",
    [
        Op(
            "create",
            "POST",
            "/api/relay/rest/imported_phone_numbers",
            "PhoneNumber",
            "ImportedNumberCreateParams",
            summary="import a number hosted elsewhere",
        ),
    ],
)
