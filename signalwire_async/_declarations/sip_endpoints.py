"""`client.sip_endpoints`: the legacy SIP endpoints API (`/api/relay/rest/endpoints/sip`).

Not `client.fabric.sip_endpoints` (Fabric's SIP credentials): this is the older, flat API.
"""

from __future__ import annotations

from . import Op, Resource, crud

B = "/api/relay/rest/endpoints/sip"

NAMESPACE = Resource(
    "sip_endpoints",
    "SipEndpoints",
    "SIP endpoints of the legacy RELAY REST API",
    [
        Op(
            "list",
            "GET",
            B,
            "RelaySipEndpoint",
            "RelaySipEndpointListParams",
            paged=True,
            summary="every SIP endpoint",
        ),
        *crud(
            B,
            "RelaySipEndpoint",
            "SIP endpoint",
            update="PUT",
            addresses=None,
            unique=("username",),
        )[1:],
    ],
)
