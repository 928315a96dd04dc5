"""`client.compat.tokens`: the project's API tokens."""

from __future__ import annotations

from .. import Op, Resource
from . import ACCOUNT

TOKENS = f"{ACCOUNT}/tokens"
ONE = f"{TOKENS}/{{token_id}}"

RESOURCE = Resource(
    "tokens",
    "CompatTokens",
    "API tokens of the project and their permissions",
    [
        Op(
            "create",
            "POST",
            TOKENS,
            "CompatToken",
            "CompatTokenCreateParams",
            form=True,
            summary="generate an API token",
        ),
        # The spec's only JSON body in this API: the update is a PATCH with a JSON object.
        Op(
            "update",
            "PATCH",
            ONE,
            "CompatToken",
            "CompatTokenUpdateParams",
            summary="rename a token or change its permissions",
        ),
        Op("delete", "DELETE", ONE, None, form=True, summary="delete an API token"),
    ],
)
