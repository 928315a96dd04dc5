"""`video.room_tokens`: tokens that let one person join a video room (a JWT each).

Tokens are secrets: `token` is left out of `repr()`, and is required: an answer without one
is not a token. No `from __future__ import annotations` here: `TypedDict` must see
`NotRequired` at run time.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model
from ..._options import ParamFields, RequestKeywords

__all__ = [
    "VideoRoomToken",
    "VideoRoomTokenCreateParams",
    "VideoRoomTokenJoinAs",
    "VideoRoomTokenMediaAllowed",
    "VideoRoomTokenPermission",
]

VideoRoomTokenPermission = Literal[
    "room.member.audio_mute",
    "room.member.audio_unmute",
    "room.member.video_mute",
    "room.member.video_unmute",
    "room.member.deaf",
    "room.member.undeaf",
    "room.member.set_input_volume",
    "room.member.set_output_volume",
    "room.member.set_input_sensitivity",
    "room.member.set_position",
    "room.member.set_meta",
    "room.member.raisehand",
    "room.member.lowerhand",
    "room.member.remove",
    "room.member.promote",
    "room.member.demote",
    "room.hide_video_muted",
    "room.list_available_layouts",
    "room.lock",
    "room.playback",
    "room.playback_seek",
    "room.prioritize_handraise",
    "room.recording",
    "room.set_layout",
    "room.set_position",
    "room.set_meta",
    "room.show_video_muted",
    "room.stream",
    "room.unlock",
    "room.self.audio_mute",
    "room.self.audio_unmute",
    "room.self.video_mute",
    "room.self.video_unmute",
    "room.self.deaf",
    "room.self.undeaf",
    "room.self.set_input_volume",
    "room.self.set_output_volume",
    "room.self.set_input_sensitivity",
    "room.self.set_position",
    "room.self.set_meta",
    "room.self.raisehand",
    "room.self.lowerhand",
    "room.self.screenshare",
    "room.self.additional_source",
]
VideoRoomTokenJoinAs = Literal["audience", "member"]
VideoRoomTokenMediaAllowed = Literal["all", "video-only", "audio-only"]


@attrs.frozen(kw_only=True)
class VideoRoomToken(Model):
    """A room token (`/api/video/room_tokens`)."""

    token: str = attrs.field(repr=False)
    """The token (a JWT) a browser or app joins the room with."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _VideoRoomTokenCreateFields(ParamFields):
    room_name: str
    """The room's unique name (letters, digits, `_` and `-`; up to 100 characters)."""
    user_name: NotRequired[str | None]
    """The name the user shows (up to 100 characters)."""
    permissions: NotRequired[Sequence[VideoRoomTokenPermission] | None]
    """What the user may do in the room (none for the audience)."""
    join_from: NotRequired[str | None]
    """No joining before this time (RFC 3339, or a date)."""
    join_until: NotRequired[str | None]
    """No joining after this time (RFC 3339, or a date)."""
    remove_at: NotRequired[str | None]
    """The user is removed at this time (RFC 3339, or a date)."""
    remove_after_seconds_elapsed: NotRequired[int | None]
    """The user is removed after this many seconds in the room."""
    join_audio_muted: NotRequired[bool | None]
    join_video_muted: NotRequired[bool | None]
    auto_create_room: NotRequired[bool | None]
    """Create the room on joining if it does not exist (default True)."""
    enable_room_previews: NotRequired[bool | None]
    """Previews of a room this token creates."""
    room_display_name: NotRequired[str | None]
    """Display name of a room this token creates (default: `room_name`)."""
    end_room_session_on_leave: NotRequired[bool | None]
    """End the session when this user leaves."""
    join_as: NotRequired[VideoRoomTokenJoinAs | None]
    """`member` (default) or `audience` (watch only)."""
    media_allowed: NotRequired[VideoRoomTokenMediaAllowed | None]
    """What media the user receives (default `all`)."""
    room_meta: NotRequired[Mapping[str, Any] | None]
    """Metadata to set on the room."""
    meta: NotRequired[Mapping[str, Any] | None]
    """Metadata of the member."""
    sync_audio_video: NotRequired[bool | None]
    """Sync audio and video with a jitter buffer."""


class VideoRoomTokenCreateParams(_VideoRoomTokenCreateFields, RequestKeywords):
    """Body of `video.room_tokens.create()`."""
