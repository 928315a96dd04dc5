"""`client.compat.applications`: cXML applications of the account."""

from __future__ import annotations

from .. import Op, Resource
from . import ACCOUNT

ALL = f"{ACCOUNT}/Applications"
ONE = f"{ALL}/{{sid}}"
MODEL = "CompatApplication"

RESOURCE = Resource(
    "applications",
    "CompatApplications",
    "voice and messaging applications (cXML)",
    [
        Op(
            "list",
            "GET",
            ALL,
            MODEL,
            "CompatApplicationListParams",
            paged=True,
            form=True,
            items="applications",
            summary="every application of the account",
        ),
        Op(
            "create",
            "POST",
            ALL,
            MODEL,
            "CompatApplicationCreateParams",
            form=True,
            summary="make an application",
        ),
        Op("get", "GET", ONE, MODEL, form=True, summary="one application"),
        Op(
            "update",
            "POST",
            ONE,
            MODEL,
            "CompatApplicationUpdateParams",
            form=True,
            summary="change an application's given fields",
        ),
        Op("delete", "DELETE", ONE, None, form=True, summary="delete an application"),
    ],
)
