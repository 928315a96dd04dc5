"""Rows of `compat.tokens`: the project's API tokens (the update alone sends JSON)."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.compat.tokens import CompatToken

from ...data import PROJECT
from .. import Row

_TOKENS = f"/api/laml/2010-04-01/Accounts/{PROJECT}/tokens"
_ID = "b62d9e04-17a3-4c5f-9e8b-3d0a6f2c71e8"
_ONE = f"{_TOKENS}/{_ID}"

_TOKEN: dict[str, Any] = {
    "id": _ID,
    "name": "reporting service",
    "permissions": ["calling", "messaging"],
    "token": "PT4f2c8a1e9d3b7065c1e4a8f2d6b0c3e9a7f15d42b8",
}

ROWS = [
    Row(
        call="compat.tokens.create",
        kwargs={
            "name": "reporting service",
            "permissions": ["calling", "messaging"],
            "subproject_id": "d1e8f3a0-6b27-4c94-a5d1-0e7b9c3f2a68",
        },
        method="POST",
        path=_TOKENS,
        form=True,
        body={
            "name": "reporting service",
            "permissions": ["calling", "messaging"],
            "subproject_id": "d1e8f3a0-6b27-4c94-a5d1-0e7b9c3f2a68",
        },
        response=_TOKEN,
        returns=CompatToken,
    ),
    Row(
        call="compat.tokens.update",
        args=(_ID,),
        kwargs={"permissions": ["calling", "messaging", "numbers"]},
        method="PATCH",
        path=_ONE,
        body={"permissions": ["calling", "messaging", "numbers"]},
        response={**_TOKEN, "permissions": ["calling", "messaging", "numbers"]},
        returns=CompatToken,
    ),
    Row(call="compat.tokens.delete", args=(_ID,), method="DELETE", path=_ONE, status=204),
]
