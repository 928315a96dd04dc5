"""`client.lookup`: facts about any phone number."""

from __future__ import annotations

from . import Op, Resource

NAMESPACE = Resource(
    "lookup",
    "Lookup",
    "facts about any phone number (format, validity, carrier, caller name)",
    [
        Op(
            "phone_number",
            "GET",
            "/api/relay/rest/lookup/phone_number/{e164_number}",
            "PhoneNumberLookup",
            "PhoneNumberLookupParams",
            summary="facts about one number, given in E.164",
        ),
    ],
)
