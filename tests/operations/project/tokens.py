"""Operation rows of `project.tokens`: the project's API tokens."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.project.tokens import ProjectToken

from .. import Row

_ID = "4b22a00e-4195-46ae-bc35-169b69fb80ce"
_SUBPROJECT = "83225674-1dee-42fc-b9e4-c21bbafab083"
_BASE = "/api/project/tokens"
_ONE = f"{_BASE}/{_ID}"
# A made-up value shaped like an API token; not a real one.
_SECRET = "PT7c1e4b2a9d3f6e8b0a5c7d9e1f3a5b7c9d0e2f4a6b8c0d1e"

_CREATE: dict[str, Any] = {
    "name": "Billing exporter",
    "permissions": ["messaging", "numbers"],
    "subproject_id": _SUBPROJECT,
}
_TOKEN: dict[str, Any] = {
    "id": _ID,
    "name": "Billing exporter",
    "permissions": ["messaging", "numbers"],
    "token": _SECRET,
}
_CHANGES: dict[str, Any] = {"name": "Billing exporter (read-only)", "permissions": ["numbers"]}

ROWS = [
    Row(
        call="project.tokens.create",
        kwargs=_CREATE,
        method="POST",
        path=_BASE,
        body=_CREATE,
        response=_TOKEN,
        returns=ProjectToken,
    ),
    Row(
        call="project.tokens.update",
        args=(_ID,),
        kwargs=_CHANGES,
        method="PATCH",
        path=_ONE,
        body=_CHANGES,
        response={**_TOKEN, **_CHANGES},
        returns=ProjectToken,
    ),
    Row(call="project.tokens.delete", args=(_ID,), method="DELETE", path=_ONE, status=204),
]
