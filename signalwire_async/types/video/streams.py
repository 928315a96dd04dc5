"""`video.streams`: outbound streams (e.g. RTMP) of a room or a conference.

A stream is started with `video.rooms.create_stream()` or `video.conferences.create_stream()`
and managed here. No `from __future__ import annotations` here: `TypedDict` must see its
types at run time.
"""

import attrs

from ..._models import Model
from ..._options import ParamFields, RequestKeywords

__all__ = ["VideoStream", "VideoStreamCreateParams", "VideoStreamUpdateParams"]


@attrs.frozen(kw_only=True)
class VideoStream(Model):
    """An outbound stream (`/api/video/streams`)."""

    id: str
    """The stream's uuid."""
    url: str | None = None
    """Where the media goes, e.g. `rtmp://live.example.net/app/key`."""
    stream_type: str | None = None
    width: int | None = None
    """Frame width in pixels."""
    height: int | None = None
    """Frame height in pixels."""
    fps: int | None = None
    """Frames per second."""
    created_at: str | None = None
    updated_at: str | None = None


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _VideoStreamCreateFields(ParamFields):
    url: str
    """Where to send the media, e.g. `rtmp://live.example.net/app/key`."""


class VideoStreamCreateParams(_VideoStreamCreateFields, RequestKeywords):
    """Body of `video.rooms.create_stream()` and `video.conferences.create_stream()`."""


class _VideoStreamUpdateFields(ParamFields, total=False):
    url: str | None
    """The new destination of the media."""


class VideoStreamUpdateParams(_VideoStreamUpdateFields, RequestKeywords):
    """Body of `video.streams.update()`; keys left out are not changed."""
