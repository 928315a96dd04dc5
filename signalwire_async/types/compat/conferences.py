"""`compat.conferences`: conferences, their participants, recordings and media streams.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import datetime
from typing import Any, Literal

import attrs
from typing_extensions import NotRequired, Required

from ..._models import Model
from ..._options import RequestOptions
from ._common import CompatPageParams

CompatConferenceMethod = Literal["GET", "POST"]
"""How the API requests a URL (announcement, hold or wait music, callbacks)."""
CompatConferenceStatus = Literal["init", "in-progress", "completed"]
CompatConferenceUpdateStatus = Literal["completed"]
"""`completed` ends the conference for everyone."""
CompatConferenceRecordingUpdateStatus = Literal["paused", "in-progress", "stopped"]
"""`in-progress` resumes a paused recording."""
CompatConferencePauseBehavior = Literal["skip", "silence"]
CompatConferenceStreamTrack = Literal["inbound_track", "outbound_track", "both_tracks"]
CompatConferenceStreamCodec = Literal["PCMU", "PCMA", "L16", "L16@16000h", "L16@24000h"]
CompatConferenceStreamStopStatus = Literal["stopped"]

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
class CompatConferenceRecording(Model):
    """A recording of a conference."""

    sid: str
    """The recording's uuid."""
    account_sid: str | None = None
    api_version: str | None = None
    call_sid: str | None = None
    conference_sid: str | None = None
    """The conference recorded."""
    channel: str | None = None
    """`1` or `2`."""
    channels: str | None = None
    date_created: str | None = None
    date_updated: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    duration: int | None = None
    """Seconds recorded."""
    price: str | None = None
    price_unit: str | None = None
    source: str | None = None
    """`Conference` or `StartConferenceRecording`."""
    status: str | None = None
    """`in-progress`, `paused`, `stopped`, `completed`, ..."""
    error_code: str | None = None
    uri: str | None = None
    """This recording's own path."""
    subresource_uris: dict[str, Any] | None = None
    encryption_details: str | None = None
    trim: str | None = None


@attrs.frozen(kw_only=True)
class CompatConferenceStream(Model):
    """A media stream of a conference's audio to a WebSocket."""

    sid: str
    """The stream's uuid."""
    account_sid: str | None = None
    conference_sid: str | None = None
    """The conference streamed."""
    date_updated: str | None = None
    name: str | None = None
    status: str | None = None
    """`queued`, `in-progress` or `stopped`."""
    uri: str | None = None
    """This stream's own path."""


# Parameters follow `signalwire_async._spec_corrections` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class CompatConferenceListParams(CompatPageParams, total=False):
    """Query of `compat.conferences.list()`.

    The range filters (`DateCreated>`, `DateUpdated<`, ...) go in `extra_query`.
    """

    DateCreated: CompatConferenceDate
    """Only conferences started on this day."""
    DateUpdated: CompatConferenceDate
    """Only conferences last changed on this day."""
    FriendlyName: str
    """Only conferences with exactly this name."""
    Status: CompatConferenceStatus


class CompatConferenceUpdateParams(RequestOptions, total=False):
    """Form of `compat.conferences.update()`: end it, or play an announcement to everyone."""

    Status: CompatConferenceUpdateStatus
    AnnounceUrl: str
    """URL of the audio or cXML (`<Play>`, `<Say>`) to announce."""
    AnnounceMethod: CompatConferenceMethod


class CompatConferenceParticipantListParams(CompatPageParams, total=False):
    """Query of `compat.conferences.list_participants()`."""

    Muted: bool
    """Only the participants that are (or are not) muted."""
    Hold: bool
    """Only the participants that are (or are not) on hold."""


class CompatConferenceParticipantUpdateParams(RequestOptions, total=False):
    """Form of `compat.conferences.update_participant()`: mute, hold, coach or announce."""

    AnnounceUrl: str
    """URL of the audio or cXML to announce to this participant."""
    AnnounceMethod: CompatConferenceMethod
    Coaching: bool
    """Make the participant a coach (heard only by `CallSidToCoach`)."""
    CallSidToCoach: str
    """The call of the participant to coach."""
    Hold: bool
    HoldUrl: str
    """Music played while on hold."""
    HoldMethod: CompatConferenceMethod
    Muted: bool
    WaitUrl: str
    """Music played while the conference has not started."""
    WaitMethod: CompatConferenceMethod


class CompatConferenceRecordingListParams(CompatPageParams, total=False):
    """Query of `compat.conferences.list_recordings()`.

    The range filters (`DateCreated>`, `DateCreated<`) go in `extra_query`.
    """

    DateCreated: CompatConferenceDate
    """Only recordings made on this day."""


class CompatConferenceRecordingUpdateParams(RequestOptions, total=False):
    """Form of `compat.conferences.update_recording()`: pause, resume or stop it."""

    Status: Required[CompatConferenceRecordingUpdateStatus]
    """The state to put the recording in."""
    PauseBehavior: CompatConferencePauseBehavior
    """While paused: leave the time out (`skip`) or record silence."""


class CompatConferenceStreamCreateParams(RequestOptions):
    """Form of `compat.conferences.start_stream()`.

    Custom parameters (`Parameter1.Name`, `Parameter1.Value`, ...) go in `extra_body`.
    """

    Url: str
    """The WebSocket URL (`wss://`) to stream to."""
    Name: NotRequired[str]
    """A name for the stream, unique in the conference."""
    Track: NotRequired[CompatConferenceStreamTrack]
    StatusCallback: NotRequired[str]
    """URL to tell of the stream's progress."""
    StatusCallbackMethod: NotRequired[CompatConferenceMethod]
    StreamCodec: NotRequired[CompatConferenceStreamCodec]
    """Audio encoding of the stream."""
    StreamRealTime: NotRequired[bool]
    AuthorizationBearerToken: NotRequired[str]
    """Bearer token sent to the WebSocket server."""


class CompatConferenceStreamUpdateParams(RequestOptions):
    """Form of `compat.conferences.stop_stream()`."""

    Status: CompatConferenceStreamStopStatus
    """`stopped`."""
