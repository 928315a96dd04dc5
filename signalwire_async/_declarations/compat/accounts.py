"""`client.compat.accounts`: the project and its subprojects (no `{AccountSid}` in the path)."""

from __future__ import annotations

from .. import Op, Resource
from . import BASE

ALL = f"{BASE}/Accounts"
ONE = f"{ALL}/{{sid}}"

RESOURCE = Resource(
    "accounts",
    "CompatAccounts",
    "the project and its subprojects, as accounts",
    [
        Op(
            "list",
            "GET",
            ALL,
            "CompatAccount",
            "CompatAccountListParams",
            paged=True,
            form=True,
            items="accounts",
            summary="the project's account and its subprojects",
        ),
        Op(
            "create",
            "POST",
            ALL,
            "CompatAccount",
            "CompatAccountCreateParams",
            form=True,
            summary="make a subproject",
        ),
        Op("get", "GET", ONE, "CompatAccount", form=True, summary="one account"),
        Op(
            "update",
            "POST",
            ONE,
            "CompatAccount",
            "CompatAccountUpdateParams",
            form=True,
            summary="rename an account",
        ),
    ],
)
