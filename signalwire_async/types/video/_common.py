"""What the `video` types share: enums, a room's live session, the query of a list.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from typing import Literal

import attrs

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from .._common import _PageFields

__all__ = [
    "VideoActiveSession",
    "VideoLayout",
    "VideoPageParams",
    "VideoQuality",
    "VideoRoomSessionStatus",
]

VideoQuality = Literal["720p", "1080p"]
VideoLayout = Literal[
    "grid-responsive",
    "grid-responsive-mobile",
    "highlight-1-responsive",
    "1x1",
    "2x1",
    "2x2",
    "5up",
    "3x3",
    "4x4",
    "5x5",
    "6x6",
    "8x8",
    "10x10",
]
VideoRoomSessionStatus = Literal["in-progress", "completed"]


@attrs.frozen(kw_only=True)
class VideoActiveSession(Model):
    """The session running in a room or conference now (`active_session`, on request)."""

    id: str | None = None
    """The room session's uuid."""
    room_id: str | None = None
    name: str | None = None
    display_name: str | None = None
    join_from: str | None = None
    """Time from which participants may join (ISO 8601)."""
    join_until: str | None = None
    """Time after which participants may not join (ISO 8601)."""
    remove_at: str | None = None
    """Time at which participants are removed (ISO 8601)."""
    remove_after_seconds_elapsed: int | None = None
    """Seconds after joining at which a participant is removed."""
    layout: str | None = None
    """Video layout, e.g. `grid-responsive`."""
    max_members: int | None = None
    fps: float | None = None
    """Frame rate: 20 or 30."""
    quality: str | None = None
    """`720p` or `1080p`."""
    start_time: str | None = None
    end_time: str | None = None
    duration: int | None = None
    """Length in seconds."""
    status: str | None = None
    """`in-progress` or `completed`."""
    record_on_start: bool | None = None
    enable_room_previews: bool | None = None
    preview_url: str | None = None
    """Where the live preview image is."""
    audio_video_sync: bool | None = None
    """Whether audio and video are synced (this object spells it so; rooms say
    `sync_audio_video`)."""


class _VideoPageFields(ParamFields, total=False):
    page_number: int | None
    """Page to return, from 0 (above 0 only together with `page_token`)."""


class VideoPageParams(_VideoPageFields, _PageFields, RequestKeywords):
    """Query of a `video` list that also takes a page number."""
