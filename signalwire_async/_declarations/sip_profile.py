"""`client.sip_profile`: the project's SIP profile, one per project (no id)."""

from __future__ import annotations

from . import Op, Resource

B = "/api/relay/rest/sip_profile"

NAMESPACE = Resource(
    "sip_profile",
    "SipProfile",
    "the project's SIP profile (its domain and SIP defaults)",
    [
        Op("get", "GET", B, "SipProfileSettings", summary="the project's SIP profile"),
        Op(
            "update",
            "PUT",
            B,
            "SipProfileSettings",
            "SipProfileUpdateParams",
            summary="change the SIP profile's given settings",
        ),
    ],
)
