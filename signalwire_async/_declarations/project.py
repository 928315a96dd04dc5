"""`client.project`: the project's API tokens (`/api/project/tokens`)."""

from __future__ import annotations

from . import Namespace, Op, Resource

TOKENS = "/api/project/tokens"

TOKENS_RESOURCE = Resource(
    "tokens",
    "ProjectTokens",
    "API tokens of the project and its subprojects",
    [
        Op(
            "create",
            "POST",
            TOKENS,
            "ProjectToken",
            "ProjectTokenCreateParams",
            summary="make an API token with the given scopes",
        ),
        Op(
            "update",
            "PATCH",
            f"{TOKENS}/{{token_id}}",
            "ProjectToken",
            "ProjectTokenUpdateParams",
            summary="rename an API token or change its scopes",
        ),
        Op(
            "delete",
            "DELETE",
            f"{TOKENS}/{{token_id}}",
            None,
            summary="revoke an API token",
        ),
    ],
)

NAMESPACE = Namespace(
    "project", "Project", "the project's own settings: its API tokens", [TOKENS_RESOURCE]
)
