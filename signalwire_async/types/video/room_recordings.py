"""`video.room_recordings`: recordings made in video room sessions.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from .._common import _PageFields
from ._common import _VideoPageFields

__all__ = ["VideoRoomRecording", "VideoRoomRecordingGetParams", "VideoRoomRecordingListParams"]


@attrs.frozen(kw_only=True)
class VideoRoomRecording(Model):
    """A room recording (`/api/video/room_recordings`)."""

    id: str
    """The recording's uuid."""
    room_session_id: str | None = None
    """The session it was made in."""
    status: str | None = None
    """`recording`, `paused`, `processing` or `completed`."""
    started_at: str | None = None
    finished_at: str | None = None
    duration: int | None = None
    """Length in seconds."""
    size_in_bytes: int | None = None
    format: str | None = None
    """MIME type of the file, e.g. `video/mp4`."""
    cost_in_dollars: float | None = None
    uri: str | None = None
    """A temporary link to the file (see `media_ttl`)."""
    created_at: str | None = None
    updated_at: str | None = None


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _VideoRoomRecordingListFields(ParamFields, total=False):
    media_ttl: int | None
    """Seconds the answer's media links stay valid (the API's default: 900)."""


class VideoRoomRecordingListParams(
    _VideoRoomRecordingListFields, _VideoPageFields, _PageFields, RequestKeywords
):
    """Query of `video.room_recordings.list()` and `video.room_sessions.list_recordings()`."""


class _VideoRoomRecordingGetFields(ParamFields, total=False):
    media_ttl: int | None
    """Seconds the answer's media link stays valid (the API's default: 900)."""


class VideoRoomRecordingGetParams(_VideoRoomRecordingGetFields, RequestKeywords):
    """Query of `video.room_recordings.get()`."""
