"""`fabric.conference_rooms`: conference rooms (video rooms as Fabric resources).

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Mapping
from typing import Any, Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from ._common import FabricResourceBase

__all__ = [
    "ConferenceRoom",
    "ConferenceRoomCreateParams",
    "ConferenceRoomDetails",
    "ConferenceRoomLayout",
    "ConferenceRoomQuality",
    "ConferenceRoomUpdateParams",
]

ConferenceRoomQuality = Literal["1080p", "720p"]
ConferenceRoomLayout = Literal[
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


@attrs.frozen(kw_only=True)
class ConferenceRoomDetails(Model):
    """The room's settings (the `conference_room` object of a conference room resource)."""

    id: str
    """The room's uuid."""
    name: str | None = None
    """Room name, e.g. `weekly_standup`."""
    description: str | None = None
    display_name: str | None = None
    max_members: int | None = None
    """Most participants at once (up to 300)."""
    quality: str | None = None
    """Video quality: `1080p` or `720p`."""
    fps: float | None = None
    """Video frame rate (`30` or `20`)."""
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
    """Whether recording starts with the room."""
    tone_on_entry_and_exit: bool | None = None
    """Whether a tone plays when someone joins or leaves."""
    room_join_video_off: bool | None = None
    """Whether the room video is off for a participant who joins."""
    user_join_video_off: bool | None = None
    """Whether a participant's own video is off when they join."""
    enable_room_previews: bool | None = None
    """Whether live room previews are produced."""
    sync_audio_video: bool | None = None
    """Whether participants' audio and video are synced."""
    meta: dict[str, Any] | None = None
    """Free-form metadata."""
    prioritize_handraise: bool | None = None
    """Whether participants with a raised hand are shown first."""


@attrs.frozen(kw_only=True)
class ConferenceRoom(FabricResourceBase):
    """A conference room resource (`/api/fabric/resources/conference_rooms`).

    Its `type` is `video_room`.
    """

    conference_room: ConferenceRoomDetails | None = nested(ConferenceRoomDetails)  # noqa: RUF009 (an attrs field)
    """The room's settings."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _ConferenceRoomCreateFields(ParamFields):
    name: str
    """Room name, e.g. `weekly_standup`."""
    enable_room_previews: NotRequired[bool | None]
    """Produce live room previews (the spec requires it; a flag with a default)."""
    display_name: NotRequired[str | None]
    description: NotRequired[str | None]
    join_from: NotRequired[str | None]
    """Time from which participants may join (ISO 8601)."""
    join_until: NotRequired[str | None]
    """Time after which participants may not join (ISO 8601)."""
    max_members: NotRequired[int | None]
    """Most participants at once (0 to 300)."""
    quality: NotRequired[ConferenceRoomQuality | None]
    """Video quality (default `720p`)."""
    remove_at: NotRequired[str | None]
    """Time at which participants are removed (ISO 8601)."""
    remove_after_seconds_elapsed: NotRequired[int | None]
    """Seconds after joining at which a participant is removed."""
    layout: NotRequired[ConferenceRoomLayout | None]
    record_on_start: NotRequired[bool | None]
    meta: NotRequired[Mapping[str, Any] | None]
    """Free-form metadata."""
    sync_audio_video: NotRequired[bool | None]
    tone_on_entry_and_exit: NotRequired[bool | None]
    room_join_video_off: NotRequired[bool | None]
    user_join_video_off: NotRequired[bool | None]


class ConferenceRoomCreateParams(_ConferenceRoomCreateFields, RequestKeywords):
    """Body of `fabric.conference_rooms.create()`."""


class _ConferenceRoomUpdateFields(ParamFields, total=False):
    name: str | None
    display_name: str | None
    description: str | None
    join_from: str | None
    join_until: str | None
    max_members: int | None
    quality: ConferenceRoomQuality | None
    remove_at: str | None
    remove_after_seconds_elapsed: int | None
    layout: ConferenceRoomLayout | None
    record_on_start: bool | None
    enable_room_previews: bool | None
    meta: Mapping[str, Any] | None
    sync_audio_video: bool | None
    tone_on_entry_and_exit: bool | None
    room_join_video_off: bool | None
    user_join_video_off: bool | None


class ConferenceRoomUpdateParams(_ConferenceRoomUpdateFields, RequestKeywords):
    """Body of `fabric.conference_rooms.update()`; keys left out are not changed."""
