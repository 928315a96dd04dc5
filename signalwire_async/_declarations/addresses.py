"""`client.addresses`: E911 addresses (`/api/relay/rest/addresses`; not Fabric's addresses)."""

from __future__ import annotations

from . import Op, Resource

BASE = "/api/relay/rest/addresses"
ONE = f"{BASE}/{{id}}"

NAMESPACE = Resource(
    "addresses",
    "Addresses",
    "E911 addresses of the project, assignable to its phone numbers",
    [
        Op(
            "list",
            "GET",
            BASE,
            "Address",
            "AddressListParams",
            paged=True,
            summary="every E911 address",
        ),
        Op(
            "create",
            "POST",
            BASE,
            "Address",
            "AddressCreateParams",
            summary="create (and validate) an E911 address",
        ),
        Op("get", "GET", ONE, "Address", summary="one E911 address"),
        Op(
            "update",
            "PUT",
            ONE,
            "Address",
            "AddressUpdateParams",
            summary="change an E911 address's given fields",
        ),
        Op("delete", "DELETE", ONE, None, summary="delete an E911 address"),
    ],
)
