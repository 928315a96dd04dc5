"""`compat.calls`: voice calls, and the recordings and media streams started on them.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import datetime
from collections.abc import Sequence
from typing import Any, Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model, json_key
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
    "CompatCall",
    "CompatCallCreateParams",
    "CompatCallDate",
    "CompatCallListParams",
    "CompatCallMachineDetection",
    "CompatCallMethod",
    "CompatCallPauseBehavior",
    "CompatCallRecording",
    "CompatCallRecordingChannels",
    "CompatCallRecordingCreateParams",
    "CompatCallRecordingTrack",
    "CompatCallRecordingUpdateParams",
    "CompatCallRecordingUpdateStatus",
    "CompatCallStatus",
    "CompatCallStream",
    "CompatCallStreamCreateParams",
    "CompatCallStreamStopStatus",
    "CompatCallStreamTrack",
    "CompatCallStreamUpdateParams",
    "CompatCallTrim",
    "CompatCallUpdateParams",
    "CompatCallUpdateStatus",
]

CompatCallMethod = _CompatMethod
"""How the API requests a URL of the call (cXML, fallback, callbacks)."""
CompatCallStatus = Literal[
    "queued", "ringing", "in-progress", "canceled", "completed", "busy", "failed", "no-answer"
]
CompatCallUpdateStatus = Literal["canceled", "completed"]
"""`canceled` ends a call that is not answered yet, `completed` hangs up a live one."""
CompatCallMachineDetection = Literal["Enable", "DetectMessageEnd", "none"]
CompatCallRecordingChannels = Literal["mono", "dual"]
CompatCallRecordingTrack = Literal["inbound", "outbound", "both"]
CompatCallTrim = Literal["trim-silence", "do-not-trim"]
CompatCallRecordingUpdateStatus = _CompatRecordingUpdateStatus
"""`in-progress` resumes a paused recording."""
CompatCallPauseBehavior = _CompatPauseBehavior
CompatCallStreamTrack = _CompatStreamTrack
CompatCallStreamStopStatus = _CompatStreamStopStatus

CompatCallDate = str | datetime.date | datetime.datetime
"""A date filter: a `date` or `datetime` is sent as ISO 8601, a `str` as it is."""


@attrs.frozen(kw_only=True)
class CompatCall(Model):
    """A voice call."""

    sid: str
    """The call's uuid."""
    account_sid: str | None = None
    """The uuid of the account it belongs to."""
    date_created: str | None = None
    """When it was made (RFC 2822)."""
    date_updated: str | None = None
    parent_call_sid: str | None = None
    """The call that started this one (a `<Dial>` leg), if any."""
    to: str | None = None
    """Who was called (number, SIP URI or client)."""
    formatted_to: str | None = None
    to_formatted: str | None = None
    from_: str | None = attrs.field(default=None, metadata=json_key("from"))
    """Who called (sent as `from`)."""
    formatted_from: str | None = None
    from_formatted: str | None = None
    phone_number_sid: str | None = None
    """The uuid of the project's number on the call, if any."""
    status: str | None = None
    """`queued`, `ringing`, `in-progress`, `completed`, `busy`, `failed`, ..."""
    start_time: str | None = None
    end_time: str | None = None
    duration: int | None = None
    """Seconds the call lasted."""
    price: float | None = None
    price_unit: str | None = None
    """Currency of `price` (`USD`)."""
    direction: str | None = None
    """`inbound` or `outbound`."""
    answered_by: str | None = None
    """`human` or `machine`, when machine detection ran."""
    api_version: str | None = None
    forwarded_from: str | None = None
    caller_name: str | None = None
    uri: str | None = None
    """This call's own path."""
    subresource_uris: dict[str, Any] | None = None
    """Paths of the call's lists, by name (`recordings`, ...)."""
    annotation: str | None = None
    group_sid: str | None = None
    audio_in_mos: float | None = None
    """Mean opinion score of the incoming audio."""
    sip_result_code: str | None = None
    audio_rtt_avg: int | None = None
    """Round-trip times in milliseconds: average, least, most."""
    audio_rtt_min: int | None = None
    audio_rtt_max: int | None = None
    audio_out_jitter_min: int | None = None
    """Jitter of the outgoing audio in milliseconds: least, most, average."""
    audio_out_jitter_max: int | None = None
    audio_out_jitter_avg: int | None = None
    audio_out_lost: int | None = None
    """Outgoing audio packets lost."""


@attrs.frozen(kw_only=True)
class CompatCallRecording(_CompatRecording):
    """A recording of a call, as started or changed through the call.

    `call_sid` is the call recorded; `source` says what started it (`StartCallRecordingApi`,
    `DialVerb`, ...).
    """


@attrs.frozen(kw_only=True)
class CompatCallStream(_CompatStream):
    """A media stream of a call's audio to a WebSocket."""

    call_sid: str | None = None
    """The call streamed."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CompatCallListFields(ParamFields, total=False):
    To: str | None
    """Only calls to this number, SIP URI or client."""
    From: str | None
    """Only calls from this number, SIP URI or client."""
    ParentCallSid: str | None
    """Only the legs started by this call."""
    Status: CompatCallStatus | None
    StartTime: CompatCallDate | None
    """Only calls that started on this day."""
    EndTime: CompatCallDate | None
    """Only calls that ended on this day."""


class CompatCallListParams(_CompatCallListFields, _CompatPageFields, RequestKeywords):
    """Query of `compat.calls.list()`.

    The range filters (`StartTime>`, `EndTime<`, ...) go in `extra_query`.
    """


class _CompatCallCreateFields(ParamFields):
    To: str
    """Who to call: an E.164 number, a SIP URI or a client."""
    From: str
    """The caller: a number of the project (E.164) or a SIP identity."""
    Url: NotRequired[str | None]
    """URL to fetch the call's cXML from once it is answered."""
    ApplicationSid: NotRequired[str | None]
    """A cXML application to run instead of `Url`."""
    Method: NotRequired[CompatCallMethod | None]
    FallbackUrl: NotRequired[str | None]
    """URL to fetch when `Url` fails."""
    FallbackMethod: NotRequired[CompatCallMethod | None]
    StatusCallback: NotRequired[str | None]
    """URL to tell of the call's progress."""
    StatusCallbackMethod: NotRequired[CompatCallMethod | None]
    StatusCallbackEvent: NotRequired[Sequence[str] | None]
    """Events to tell (`initiated`, `ringing`, `answered`, `completed`); one field each."""
    CallerId: NotRequired[str | None]
    """Caller id shown for a SIP call."""
    SendDigits: NotRequired[str | None]
    """DTMF digits to play once answered (`w` waits half a second)."""
    Timeout: NotRequired[int | None]
    """Seconds to let it ring."""
    MachineDetection: NotRequired[CompatCallMachineDetection | None]
    MachineDetectionTimeout: NotRequired[int | None]
    """Seconds to try detecting a machine."""
    MachineDetectionSpeechThreshold: NotRequired[int | None]
    """Milliseconds of speech after which a greeting counts as a machine's."""
    MachineDetectionSpeechEndThreshold: NotRequired[int | None]
    """Milliseconds of silence that end a greeting."""
    MachineDetectionSilenceTimeout: NotRequired[int | None]
    """Milliseconds of initial silence before giving up."""
    MachineWordsThreshold: NotRequired[int | None]
    """Words in a greeting after which it counts as a machine's."""
    AsyncAmd: NotRequired[bool | None]
    """Detect in the background and report to `AsyncAmdStatusCallback`."""
    AsyncAmdStatusCallback: NotRequired[str | None]
    AsyncAmdStatusCallbackMethod: NotRequired[CompatCallMethod | None]
    AsyncAmdPartialResults: NotRequired[bool | None]
    Record: NotRequired[bool | None]
    """Record the call."""
    RecordingChannels: NotRequired[CompatCallRecordingChannels | None]
    RecordingTrack: NotRequired[CompatCallRecordingTrack | None]
    RecordingStatusCallback: NotRequired[str | None]
    RecordingStatusCallbackMethod: NotRequired[CompatCallMethod | None]
    RecordingStatusCallbackEvent: NotRequired[str | None]
    """Recording events to tell, space-separated (`in-progress completed`)."""
    Trim: NotRequired[CompatCallTrim | None]
    SipAuthUsername: NotRequired[str | None]
    """Username for a SIP `To` that asks for authentication."""
    SipAuthPassword: NotRequired[str | None]
    MaxPricePerMinute: NotRequired[str | None]
    """The most the call may cost per minute; a dearer call is not placed."""


class CompatCallCreateParams(_CompatCallCreateFields, RequestKeywords):
    """Form of `compat.calls.create()`: place an outbound call.

    Give `Url` (where to fetch cXML) or `ApplicationSid`.
    """


class _CompatCallUpdateFields(ParamFields, total=False):
    Url: str | None
    """New cXML to run, from this URL."""
    Method: CompatCallMethod | None
    Status: CompatCallUpdateStatus | None
    FallbackUrl: str | None
    FallbackMethod: CompatCallMethod | None
    StatusCallback: str | None
    StatusCallbackMethod: CompatCallMethod | None


class CompatCallUpdateParams(_CompatCallUpdateFields, RequestKeywords):
    """Form of `compat.calls.update()`: redirect a live call, or end it."""


class _CompatCallRecordingCreateFields(ParamFields, total=False):
    RecordingChannels: CompatCallRecordingChannels | None
    RecordingStatusCallback: str | None
    """URL to tell of the recording's progress."""
    RecordingStatusCallbackEvent: str | None
    """Events to tell, space-separated (`in-progress completed absent`)."""
    RecordingStatusCallbackMethod: CompatCallMethod | None
    RecordingTrack: CompatCallRecordingTrack | None
    Trim: CompatCallTrim | None


class CompatCallRecordingCreateParams(_CompatCallRecordingCreateFields, RequestKeywords):
    """Form of `compat.calls.start_recording()`."""


class CompatCallRecordingUpdateParams(_CompatRecordingUpdateParams, RequestKeywords, total=False):
    """Form of `compat.calls.update_recording()`: pause, resume or stop it."""


class CompatCallStreamCreateParams(_CompatStreamCreateParams, RequestKeywords):
    """Form of `compat.calls.start_stream()`.

    Custom parameters (`Parameter1.Name`, `Parameter1.Value`, ...) go in `extra_body`.
    """


class CompatCallStreamUpdateParams(_CompatStreamUpdateParams, RequestKeywords):
    """Form of `compat.calls.stop_stream()`."""
