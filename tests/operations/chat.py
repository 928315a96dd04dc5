"""Operation rows of `chat`: tokens for Chat clients."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.chat import ChatToken

from . import Row

# A made-up JWT-shaped value (header {"alg":"HS256"}); not a real token.
_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaGF0LXRlc3QifQ.Y2hhdC10ZXN0LXNpZ25hdHVyZQ"

_BODY: dict[str, Any] = {
    "ttl": 60,
    "channels": {"support-4711": {"read": True, "write": True}, "announcements": {"read": True}},
    "member_id": "b4d0ae07-2f9f-4523-946b-02d84b9c1b2a",
    "state": {"nickname": "Jonas", "plan": "pro"},
}

ROWS = [
    Row(
        call="chat.create_token",
        kwargs=_BODY,
        method="POST",
        path="/api/chat/tokens",
        body=_BODY,
        response={"token": _JWT},
        returns=ChatToken,
    ),
]
