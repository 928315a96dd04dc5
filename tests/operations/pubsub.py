"""Operation rows of `pubsub`: tokens for PubSub clients."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.pubsub import PubSubToken

from . import Row

# A made-up JWT-shaped value (header {"alg":"HS256"}); not a real token.
_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwdWJzdWItdGVzdCJ9.cHVic3ViLXRlc3Qtc2lnbmF0dXJl"

_BODY: dict[str, Any] = {
    "ttl": 120,
    "channels": {"orders": {"read": True, "write": False}, "driver-updates": {"write": True}},
    "member_id": "driver-0412",
    "state": {"display_name": "Ana", "vehicle": "van-7"},
}

ROWS = [
    Row(
        call="pubsub.create_token",
        kwargs=_BODY,
        method="POST",
        path="/api/pubsub/tokens",
        body=_BODY,
        response={"token": _JWT},
        returns=PubSubToken,
    ),
]
