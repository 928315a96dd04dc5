"""`client.chat`: tokens for Chat clients (`/api/chat/tokens`)."""

from __future__ import annotations

from . import Op, Resource

NAMESPACE = Resource(
    "chat",
    "Chat",
    "access tokens for Chat clients",
    [
        Op(
            "create_token",
            "POST",
            "/api/chat/tokens",
            "ChatToken",
            "ChatTokenCreateParams",
            summary="a token that lets a client use the given Chat channels",
        ),
    ],
)
