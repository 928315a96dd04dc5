"""`video.rooms`: video rooms, read by id or by their unique name, and their streams.

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Mapping
from typing import Any

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from .._common import _PageFields
from ._common import (
    VideoActiveSession,
    VideoLayout,
    VideoQuality,
    _VideoPageFields,
)

__all__ = [
    "VideoRoom",
    "VideoRoomCreateParams",
    "VideoRoomGetParams",
    "VideoRoomListParams",
    "VideoRoomUpdateParams",
]


@attrs.frozen(kw_only=True)
class VideoRoom(Model):
    """A video room (`/api/video/rooms`)."""

    id: str
    """The room's uuid."""
    name: str | None = None
    """Its unique name, e.g. `support_desk`."""
    display_name: str | None = None
    description: str | None = None
    max_members: int | None = None
    """Most participants at once."""
    quality: str | None = None
    """`720p` or `1080p`."""
    fps: int | None = None
    """Frame rate."""
    join_from: str | None = None
    """Time from which participants may join (ISO 8601), or `None`."""
    join_until: str | None = None
    """Time after which participants may not join (ISO 8601), or `None`."""
    remove_at: str | None = None
    """Time at which participants are removed (ISO 8601), or `None`."""
    remove_after_seconds_elapsed: int | None = None
    """Seconds after joining at which a participant is removed, or `None`."""
    layout: str | None = None
    """Video layout, e.g. `grid-responsive`."""
    record_on_start: bool | None = None
    tone_on_entry_and_exit: bool | None = None
    room_join_video_off: bool | None = None
    """Whether the room's video is off for a participant who joins."""
    user_join_video_off: bool | None = None
    """Whether a participant's own video is off when they join."""
    enable_room_previews: bool | None = None
    sync_audio_video: bool | None = None
    meta: dict[str, Any] | None = None
    """Free-form metadata."""
    prioritize_handraise: bool | None = None
    """Whether participants with a raised hand are shown first."""
    active_session: VideoActiveSession | None = nested(VideoActiveSession)  # noqa: RUF009 (an attrs field)
    """The session running now (only with `include_active_session=True`)."""
    created_at: str | None = None
    updated_at: str | None = None


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _VideoRoomListFields(ParamFields, total=False):
    include_active_session: bool | None
    """Add each room's running session (`active_session`)."""
    starts_after: str | None
    """Only rooms whose `join_from` is at or after this time (RFC 3339, or a date)."""
    ends_before: str | None
    """Only rooms whose `join_until` is at or before this time (RFC 3339, or a date)."""


class VideoRoomListParams(_VideoRoomListFields, _VideoPageFields, _PageFields, RequestKeywords):
    """Query of `video.rooms.list()`."""


class _VideoRoomGetFields(ParamFields, total=False):
    include_active_session: bool | None
    """Add the running session (`active_session`)."""


class VideoRoomGetParams(_VideoRoomGetFields, RequestKeywords):
    """Query of `video.rooms.get()` and `video.rooms.get_by_name()`."""


class _VideoRoomCreateFields(ParamFields):
    name: str
    """The room's unique name, e.g. `support_desk`."""
    display_name: NotRequired[str | None]
    description: NotRequired[str | None]
    max_members: NotRequired[int | None]
    """Most participants at once (1 to 300; default 20)."""
    quality: NotRequired[VideoQuality | None]
    """Default `720p`."""
    join_from: NotRequired[str | None]
    """Time from which participants may join (ISO 8601)."""
    join_until: NotRequired[str | None]
    """Time after which participants may not join (ISO 8601)."""
    remove_at: NotRequired[str | None]
    """Time at which participants are removed (ISO 8601)."""
    remove_after_seconds_elapsed: NotRequired[int | None]
    """Seconds after joining at which a participant is removed (1 to 200000)."""
    layout: NotRequired[VideoLayout | None]
    """Default `grid-responsive`."""
    record_on_start: NotRequired[bool | None]
    enable_room_previews: NotRequired[bool | None]
    meta: NotRequired[Mapping[str, Any] | None]
    """Free-form metadata."""
    sync_audio_video: NotRequired[bool | None]


class VideoRoomCreateParams(_VideoRoomCreateFields, RequestKeywords):
    """Body of `video.rooms.create()`."""


class _VideoRoomUpdateFields(ParamFields, total=False):
    display_name: str | None
    description: str | None
    max_members: int | None
    """Most participants at once (1 to 300)."""
    quality: VideoQuality | None
    join_from: str | None
    """Time from which participants may join (ISO 8601)."""
    join_until: str | None
    """Time after which participants may not join (ISO 8601)."""
    remove_at: str | None
    """Time at which participants are removed (ISO 8601)."""
    remove_after_seconds_elapsed: int | None
    """Seconds after joining at which a participant is removed (1 to 200000)."""
    layout: VideoLayout | None
    record_on_start: bool | None
    enable_room_previews: bool | None
    meta: Mapping[str, Any] | None
    """Free-form metadata."""
    sync_audio_video: bool | None


class VideoRoomUpdateParams(_VideoRoomUpdateFields, RequestKeywords):
    """Body of `video.rooms.update()`; keys left out are not changed."""
