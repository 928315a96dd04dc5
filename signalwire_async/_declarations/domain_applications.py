"""`client.domain_applications`: SIP domain applications of the Space and their call handlers."""

from __future__ import annotations

from . import Op, Resource, crud

B = "/api/relay/rest/domain_applications"

NAMESPACE = Resource(
    "domain_applications",
    "DomainApplications",
    "domain applications (SIP domains that take calls)",
    [
        Op(
            "list",
            "GET",
            B,
            "DomainApplication",
            "DomainApplicationListParams",
            paged=True,
            summary="every domain application",
        ),
        *crud(B, "DomainApplication", "domain application", update="PUT", addresses=None)[1:],
    ],
)
