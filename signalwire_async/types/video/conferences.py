"""`video.conferences`: video conferences (a room with tokens and a look of its own).

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from typing import Any, Literal

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


class _VideoConferenceListFields(ParamFields, total=False):
    starts_after: str | None
    """Only conferences whose `join_from` is at or after this time (RFC 3339, or Unix time)."""
    ends_before: str | None
    """Only conferences whose `join_until` is at or before this time (RFC 3339, or Unix
    time)."""
    include_active_session: bool | None
    """Add each conference's running session (`active_session`)."""


class VideoConferenceListParams(
    _VideoConferenceListFields, _VideoPageFields, _PageFields, RequestKeywords
):
    """Query of `video.conferences.list()`."""


class _VideoConferenceGetFields(ParamFields, total=False):
    include_active_session: bool | None
    """Add the running session (`active_session`)."""


class VideoConferenceGetParams(_VideoConferenceGetFields, RequestKeywords):
    """Query of `video.conferences.get()`."""


class _VideoConferenceCreateFields(ParamFields):
    display_name: str
    """The name people see."""
    name: NotRequired[str | None]
    """A unique name, e.g. `quarterly_review`."""
    description: NotRequired[str | None]
    join_from: NotRequired[str | None]
    """Time from which participants may join (ISO 8601)."""
    join_until: NotRequired[str | None]
    """Time after which participants may not join (ISO 8601)."""
    quality: NotRequired[VideoQuality | None]
    """Default `720p`."""
    layout: NotRequired[VideoLayout | None]
    """Default `grid-responsive`."""
    size: NotRequired[VideoConferenceSize | None]
    """Default `medium`."""
    record_on_start: NotRequired[bool | None]
    enable_room_previews: NotRequired[bool | None]
    enable_chat: NotRequired[bool | None]
    """Default True."""
    dark_primary: NotRequired[str | None]
    """Colours of the dark theme (`#RRGGBB`)."""
    dark_background: NotRequired[str | None]
    dark_foreground: NotRequired[str | None]
    dark_success: NotRequired[str | None]
    dark_negative: NotRequired[str | None]
    light_primary: NotRequired[str | None]
    """Colours of the light theme (`#RRGGBB`)."""
    light_background: NotRequired[str | None]
    light_foreground: NotRequired[str | None]
    light_success: NotRequired[str | None]
    light_negative: NotRequired[str | None]


class VideoConferenceCreateParams(_VideoConferenceCreateFields, RequestKeywords):
    """Body of `video.conferences.create()`."""


class _VideoConferenceUpdateFields(ParamFields, total=False):
    display_name: str | None
    description: str | None
    join_from: str | None
    """Time from which participants may join (ISO 8601)."""
    join_until: str | None
    """Time after which participants may not join (ISO 8601)."""
    quality: VideoQuality | None
    layout: VideoLayout | None
    size: VideoConferenceSize | None
    record_on_start: bool | None
    tone_on_entry_and_exit: bool | None
    room_join_video_off: bool | None
    user_join_video_off: bool | None
    enable_room_previews: bool | None
    enable_chat: bool | None
    dark_primary: str | None
    dark_background: str | None
    dark_foreground: str | None
    dark_success: str | None
    dark_negative: str | None
    light_primary: str | None
    light_background: str | None
    light_foreground: str | None
    light_success: str | None
    light_negative: str | None


class VideoConferenceUpdateParams(_VideoConferenceUpdateFields, RequestKeywords):
    """Body of `video.conferences.update()`; keys left out are not changed."""
