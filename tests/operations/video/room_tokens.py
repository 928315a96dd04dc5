"""Operation rows of `video.room_tokens`: tokens to join a room."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.video.room_tokens import VideoRoomToken

from .. import Row
from ._data import ROOM_NAME, V

_CREATE: dict[str, Any] = {
    "room_name": ROOM_NAME,
    "user_name": "Dr. Lindqvist",
    "permissions": ["room.self.audio_mute", "room.self.audio_unmute", "room.member.remove"],
    "join_until": "2025-05-12T19:00:00Z",
    "remove_after_seconds_elapsed": 5400,
    "join_video_muted": True,
    "auto_create_room": False,
    "join_as": "member",
    "media_allowed": "all",
    "meta": {"role": "physician"},
}

ROWS = [
    Row(
        call="video.room_tokens.create",
        kwargs=_CREATE,
        method="POST",
        path=f"{V}/room_tokens",
        body=_CREATE,
        response={
            "token": "eyJ0eXAiOiJWUlQiLCJhbGciOiJIUzUxMiJ9.eyJyIjoiY2xpbmljX3RyaWFnZSJ9."
            "q3Xv0cN8dW1kR7mZpL2sYh6TjB9fAe4uGi5oKw0nVr8"
        },
        returns=VideoRoomToken,
    ),
]
