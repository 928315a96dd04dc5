"""`client.pubsub`: tokens for PubSub clients (`/api/pubsub/tokens`)."""

from __future__ import annotations

from . import Op, Resource

NAMESPACE = Resource(
    "pubsub",
    "PubSub",
    "access tokens for PubSub clients",
    [
        Op(
            "create_token",
            "POST",
            "/api/pubsub/tokens",
            "PubSubToken",
            "PubSubTokenCreateParams",
            summary="a token that lets a client use the given PubSub channels",
        ),
    ],
)
