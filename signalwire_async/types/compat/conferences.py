"""`compat.conferences`: conferences, their participants, recordings and media streams.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import datetime
from typing import Any, Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from ._common import _CompatPageFields
from ._shared import (
    _CompatMethod,
    _CompatPauseBehavior,
    _CompatRecording,
    _CompatRecordingUpdateParams,
    _CompatRecordingUpdateStatus,
    _CompatStream,
    _CompatStreamCreateParams,
    _CompatStreamStopStatus,
    _CompatStreamTrack,
    _CompatStreamUpdateParams,
)

__all__ = [
    "CompatConference",
    "CompatConferenceDate",
    "CompatConferenceListParams",
    "CompatConferenceMethod",
    "CompatConferenceParticipant",
    "CompatConferenceParticipantListParams",
    "CompatConferenceParticipantUpdateParams",
    "CompatConferencePauseBehavior",
    "CompatConferenceRecording",
    "CompatConferenceRecordingListParams",
    "CompatConferenceRecordingUpdateParams",
    "CompatConferenceRecordingUpdateStatus",
    "CompatConferenceStatus",
    "CompatConferenceStream",
    "CompatConferenceStreamCodec",
    "CompatConferenceStreamCreateParams",
    "CompatConferenceStreamStopStatus",
    "CompatConferenceStreamTrack",
    "CompatConferenceStreamUpdateParams",
    "CompatConferenceUpdateParams",
    "CompatConferenceUpdateStatus",
]

CompatConferenceMethod = _CompatMethod
"""How the API requests a URL (announcement, hold or wait music, callbacks)."""
CompatConferenceStatus = Literal["init", "in-progress", "completed"]
CompatConferenceUpdateStatus = Literal["completed"]
"""`completed` ends the conference for everyone."""
CompatConferenceRecordingUpdateStatus = _CompatRecordingUpdateStatus
"""`in-progress` resumes a paused recording."""
CompatConferencePauseBehavior = _CompatPauseBehavior
CompatConferenceStreamTrack = _CompatStreamTrack
CompatConferenceStreamCodec = Literal["PCMU", "PCMA", "L16", "L16@16000h", "L16@24000h"]
CompatConferenceStreamStopStatus = _CompatStreamStopStatus

CompatConferenceDate = str | datetime.date | datetime.datetime
"""A date filter: a `date` or `datetime` is sent as ISO 8601, a `str` as it is."""


@attrs.frozen(kw_only=True)
class CompatConference(Model):
    """A conference."""

    sid: str
    """The conference's uuid."""
    account_sid: str | None = None
    """The uuid of the account it belongs to."""
    date_created: str | None = None
    """When it started (RFC 2822)."""
    date_updated: str | None = None
    friendly_name: str | None = None
    """The name the `<Conference>` verb gave it."""
    status: str | None = None
    """`init`, `in-progress` or `completed`."""
    api_version: str | None = None
    region: str | None = None
    uri: str | None = None
    """This conference's own path."""
    subresource_uris: dict[str, Any] | None = None
    """Paths of its lists, by name (`participants`, `recordings`)."""


@attrs.frozen(kw_only=True)
class CompatConferenceParticipant(Model):
    """A call taking part in a conference (it has no sid of its own: `call_sid` names it)."""

    account_sid: str | None = None
    call_sid: str | None = None
    """The participant's call."""
    call_sid_to_coach: str | None = None
    """The participant this one coaches, when coaching."""
    coaching: bool | None = None
    """Heard only by the participant it coaches."""
    conference_sid: str | None = None
    date_created: str | None = None
    status: str | None = None
    """`in-progress` or `completed`."""
    date_updated: str | None = None
    end_conference_on_exit: bool | None = None
    """The conference ends when this participant leaves."""
    muted: bool | None = None
    hold: bool | None = None
    start_conference_on_enter: bool | None = None
    """The conference starts when this participant joins."""
    uri: str | None = None
    """This participant's own path."""


@attrs.frozen(kw_only=True)
class CompatConferenceRecording(_CompatRecording):
    """A recording of a conference.

    `conference_sid` is the conference recorded; `source` says what started it (`Conference`
    or `StartConferenceRecording`).
    """


@attrs.frozen(kw_only=True)
class CompatConferenceStream(_CompatStream):
    """A media stream of a conference's audio to a WebSocket."""

    conference_sid: str | None = None
    """The conference streamed."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CompatConferenceListFields(ParamFields, total=False):
    DateCreated: CompatConferenceDate | None
    """Only conferences started on this day."""
    DateUpdated: CompatConferenceDate | None
    """Only conferences last changed on this day."""
    FriendlyName: str | None
    """Only conferences with exactly this name."""
    Status: CompatConferenceStatus | None


class CompatConferenceListParams(_CompatConferenceListFields, _CompatPageFields, RequestKeywords):
    """Query of `compat.conferences.list()`.

    The range filters (`DateCreated>`, `DateUpdated<`, ...) go in `extra_query`.
    """


class _CompatConferenceUpdateFields(ParamFields, total=False):
    Status: CompatConferenceUpdateStatus | None
    AnnounceUrl: str | None
    """URL of the audio or cXML (`<Play>`, `<Say>`) to announce."""
    AnnounceMethod: CompatConferenceMethod | None


class CompatConferenceUpdateParams(_CompatConferenceUpdateFields, RequestKeywords):
    """Form of `compat.conferences.update()`: end it, or play an announcement to everyone."""


class _CompatConferenceParticipantListFields(ParamFields, total=False):
    Muted: bool | None
    """Only the participants that are (or are not) muted."""
    Hold: bool | None
    """Only the participants that are (or are not) on hold."""


class CompatConferenceParticipantListParams(
    _CompatConferenceParticipantListFields, _CompatPageFields, RequestKeywords
):
    """Query of `compat.conferences.list_participants()`."""


class _CompatConferenceParticipantUpdateFields(ParamFields, total=False):
    AnnounceUrl: str | None
    """URL of the audio or cXML to announce to this participant."""
    AnnounceMethod: CompatConferenceMethod | None
    Coaching: bool | None
    """Make the participant a coach (heard only by `CallSidToCoach`)."""
    CallSidToCoach: str | None
    """The call of the participant to coach."""
    Hold: bool | None
    HoldUrl: str | None
    """Music played while on hold."""
    HoldMethod: CompatConferenceMethod | None
    Muted: bool | None
    WaitUrl: str | None
    """Music played while the conference has not started."""
    WaitMethod: CompatConferenceMethod | None


class CompatConferenceParticipantUpdateParams(
    _CompatConferenceParticipantUpdateFields, RequestKeywords
):
    """Form of `compat.conferences.update_participant()`: mute, hold, coach or announce."""


class _CompatConferenceRecordingListFields(ParamFields, total=False):
    DateCreated: CompatConferenceDate | None
    """Only recordings made on this day."""


class CompatConferenceRecordingListParams(
    _CompatConferenceRecordingListFields, _CompatPageFields, RequestKeywords
):
    """Query of `compat.conferences.list_recordings()`.

    The range filters (`DateCreated>`, `DateCreated<`) go in `extra_query`.
    """


class CompatConferenceRecordingUpdateParams(
    _CompatRecordingUpdateParams, RequestKeywords, total=False
):
    """Form of `compat.conferences.update_recording()`: pause, resume or stop it."""


class _CompatConferenceStreamCreateFields(ParamFields):
    StreamCodec: NotRequired[CompatConferenceStreamCodec | None]
    """Audio encoding of the stream."""
    StreamRealTime: NotRequired[bool | None]


class CompatConferenceStreamCreateParams(
    _CompatConferenceStreamCreateFields, _CompatStreamCreateParams, RequestKeywords
):
    """Form of `compat.conferences.start_stream()`.

    Custom parameters (`Parameter1.Name`, `Parameter1.Value`, ...) go in `extra_body`.
    """


class CompatConferenceStreamUpdateParams(_CompatStreamUpdateParams, RequestKeywords):
    """Form of `compat.conferences.stop_stream()`."""
