"""`video.room_sessions`: sessions of video rooms, with their events, members, recordings.

A session is one stretch of time a room is in use, from its first participant joining to
its end. No `from __future__ import annotations` here: `TypedDict` must see its types at
run time.
"""

from typing import Any

import attrs

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from .._common import _PageFields
from ._common import VideoRoomSessionStatus, _VideoPageFields

__all__ = [
    "VideoRoomSession",
    "VideoRoomSessionEvent",
    "VideoRoomSessionListParams",
    "VideoRoomSessionMember",
]


@attrs.frozen(kw_only=True)
class VideoRoomSession(Model):
    """A room session (`/api/video/room_sessions`).

    A list's items also carry `cost_in_dollars`, `enable_room_previews` and `locked_cover`;
    one session read by id leaves them out.
    """

    id: str
    """The session's uuid."""
    room_id: str | None = None
    """The room it runs in."""
    name: str | None = None
    """The room's name."""
    display_name: str | None = None
    max_members: int | None = None
    quality: str | None = None
    """`720p` or `1080p`."""
    fps: float | None = None
    """Frame rate: 20 or 30."""
    join_from: str | None = None
    join_until: str | None = None
    remove_at: str | None = None
    remove_after_seconds_elapsed: int | None = None
    layout: str | None = None
    """Video layout, e.g. `grid-responsive`."""
    record_on_start: bool | None = None
    tone_on_entry_and_exit: bool | None = None
    room_join_video_off: bool | None = None
    user_join_video_off: bool | None = None
    locked: bool | None = None
    """Whether no one else may join."""
    start_time: str | None = None
    end_time: str | None = None
    duration: int | None = None
    """Length in seconds."""
    status: str | None = None
    """`in-progress` or `completed`."""
    created_at: str | None = None
    updated_at: str | None = None
    preview_url: str | None = None
    """Where the live preview image is."""
    prioritize_handraise: bool | None = None
    sync_audio_video: bool | None = None
    cost_in_dollars: float | None = None
    enable_room_previews: bool | None = None
    locked_cover: str | None = None
    """Image shown while the session is locked."""


@attrs.frozen(kw_only=True)
class VideoRoomSessionEvent(Model):
    """Something that happened in a session or a recording (`room.started`, ...)."""

    id: str
    """The event's uuid."""
    project_id: str | None = None
    room_id: str | None = None
    room_session_id: str | None = None
    room_recording_id: str | None = None
    """The recording it concerns (recording events only)."""
    room_participant_id: str | None = None
    """The participant it concerns (participant events only)."""
    level: str | None = None
    """Severity, e.g. `info`."""
    name: str | None = None
    """What happened, e.g. `room.started`."""
    payload: dict[str, Any] | None = None
    """The event's own data."""
    created_at: str | None = None


@attrs.frozen(kw_only=True)
class VideoRoomSessionMember(Model):
    """A participant of a room session."""

    id: str
    """The member's uuid."""
    room_session_id: str | None = None
    name: str | None = None
    """The name the member showed."""
    join_time: str | None = None
    leave_time: str | None = None
    duration: int | None = None
    """Seconds in the session."""
    cost_in_dollars: float | None = None


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _VideoRoomSessionListFields(ParamFields, total=False):
    room_id: str | None
    """Only sessions of this room (uuid)."""
    room_name: str | None
    """Only sessions of the room with this name."""
    room_name_matches: str | None
    """Only sessions whose room name contains this text."""
    status: VideoRoomSessionStatus | None
    """Only sessions in this state."""


class VideoRoomSessionListParams(
    _VideoRoomSessionListFields, _VideoPageFields, _PageFields, RequestKeywords
):
    """Query of `video.room_sessions.list()`."""
