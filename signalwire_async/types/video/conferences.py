"""`video.conferences`: video conferences (a room with tokens and a look of its own).

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from typing import Any, Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested
from ..._options import RequestKeywords
from ._common import VideoActiveSession, VideoLayout, VideoPageParams, VideoQuality

__all__ = [
    "VideoConference",
    "VideoConferenceCreateParams",
    "VideoConferenceGetParams",
    "VideoConferenceListParams",
    "VideoConferenceSize",
    "VideoConferenceUpdateParams",
]

VideoConferenceSize = Literal["small", "medium", "large"]


@attrs.frozen(kw_only=True)
class VideoConference(Model):
    """A video conference (`/api/video/conferences`)."""

    id: str
    """The conference's uuid."""
    name: str | None = None
    """Its unique name, e.g. `quarterly_review`."""
    display_name: str | None = None
    description: str | None = None
    join_from: str | None = None
    """Time from which participants may join (ISO 8601), or `None`."""
    join_until: str | None = None
    """Time after which participants may not join (ISO 8601), or `None`."""
    quality: str | None = None
    """`720p` or `1080p`."""
    layout: str | None = None
    """Video layout, e.g. `grid-responsive`."""
    size: str | None = None
    """`small`, `medium` or `large`."""
    record_on_start: bool | None = None
    tone_on_entry_and_exit: bool | None = None
    user_join_video_off: bool | None = None
    """Whether a participant's own video is off when they join."""
    room_join_video_off: bool | None = None
    """Whether the room's video is off for a participant who joins."""
    enable_chat: bool | None = None
    enable_room_previews: bool | None = None
    dark_primary: str | None = None
    """Colours of the dark theme (`#RRGGBB`)."""
    dark_background: str | None = None
    dark_foreground: str | None = None
    dark_success: str | None = None
    dark_negative: str | None = None
    light_primary: str | None = None
    """Colours of the light theme (`#RRGGBB`)."""
    light_background: str | None = None
    light_foreground: str | None = None
    light_success: str | None = None
    light_negative: str | None = None
    meta: dict[str, Any] | None = None
    """Free-form metadata."""
    created_at: str | None = None
    updated_at: str | None = None
    active_session: VideoActiveSession | None = nested(VideoActiveSession)  # noqa: RUF009 (an attrs field)
    """The session running now (only with `include_active_session=True`)."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class VideoConferenceListParams(VideoPageParams, total=False):
    """Query of `video.conferences.list()`."""

    starts_after: str
    """Only conferences whose `join_from` is at or after this time (RFC 3339, or Unix time)."""
    ends_before: str
    """Only conferences whose `join_until` is at or before this time (RFC 3339, or Unix
    time)."""
    include_active_session: bool
    """Add each conference's running session (`active_session`)."""


class VideoConferenceGetParams(RequestKeywords, total=False):
    """Query of `video.conferences.get()`."""

    include_active_session: bool
    """Add the running session (`active_session`)."""


class VideoConferenceCreateParams(RequestKeywords):
    """Body of `video.conferences.create()`."""

    display_name: str
    """The name people see."""
    name: NotRequired[str]
    """A unique name, e.g. `quarterly_review`."""
    description: NotRequired[str]
    join_from: NotRequired[str]
    """Time from which participants may join (ISO 8601)."""
    join_until: NotRequired[str]
    """Time after which participants may not join (ISO 8601)."""
    quality: NotRequired[VideoQuality]
    """Default `720p`."""
    layout: NotRequired[VideoLayout]
    """Default `grid-responsive`."""
    size: NotRequired[VideoConferenceSize]
    """Default `medium`."""
    record_on_start: NotRequired[bool]
    enable_room_previews: NotRequired[bool]
    enable_chat: NotRequired[bool]
    """Default True."""
    dark_primary: NotRequired[str]
    """Colours of the dark theme (`#RRGGBB`)."""
    dark_background: NotRequired[str]
    dark_foreground: NotRequired[str]
    dark_success: NotRequired[str]
    dark_negative: NotRequired[str]
    light_primary: NotRequired[str]
    """Colours of the light theme (`#RRGGBB`)."""
    light_background: NotRequired[str]
    light_foreground: NotRequired[str]
    light_success: NotRequired[str]
    light_negative: NotRequired[str]


class VideoConferenceUpdateParams(RequestKeywords, total=False):
    """Body of `video.conferences.update()`; keys left out are not changed."""

    display_name: str
    description: str
    join_from: str
    """Time from which participants may join (ISO 8601)."""
    join_until: str
    """Time after which participants may not join (ISO 8601)."""
    quality: VideoQuality
    layout: VideoLayout
    size: VideoConferenceSize
    record_on_start: bool
    tone_on_entry_and_exit: bool
    room_join_video_off: bool
    user_join_video_off: bool
    enable_room_previews: bool
    enable_chat: bool
    dark_primary: str
    dark_background: str
    dark_foreground: str
    dark_success: str
    dark_negative: str
    light_primary: str
    light_background: str
    light_foreground: str
    light_success: str
    light_negative: str
