"""What calls, conferences and recordings share: the recording and media stream shapes.

Private: the public classes of `calls`, `conferences` and `recordings` subclass these and add
only what is their own.
No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from typing import Any, Literal

import attrs
from typing_extensions import NotRequired, Required

from ..._models import Model
from ..._options import ParamFields

__all__: list[str] = []  # nothing public: the public modules build on these

_CompatMethod = Literal["GET", "POST"]
_CompatRecordingUpdateStatus = Literal["paused", "in-progress", "stopped"]
_CompatPauseBehavior = Literal["skip", "silence"]
_CompatStreamTrack = Literal["inbound_track", "outbound_track", "both_tracks"]
_CompatStreamStopStatus = Literal["stopped"]


@attrs.frozen(kw_only=True)
class _CompatRecording(Model):
    """A recording of a call or a conference: the same fields wherever it is read."""

    sid: str
    """The recording's uuid."""
    account_sid: str | None = None
    api_version: str | None = None
    call_sid: str | None = None
    """The call recorded, if a call."""
    conference_sid: str | None = None
    """The conference recorded, if a conference."""
    channel: str | None = None
    """`1` (mono) or `2` (stereo), as a string."""
    channels: str | None = None
    """The same as `channel`."""
    date_created: str | None = None
    date_updated: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    duration: int | None = None
    """Seconds recorded."""
    price: str | None = None
    price_unit: str | None = None
    source: str | None = None
    """What started it: `DialVerb`, `Conference`, `OutBoundApi`, `Trunking`, `RecordVerb`,
    `StartCallRecordingApi` or `StartConferenceRecording`."""
    status: str | None = None
    """`queued`, `in-progress`, `paused`, `resumed`, `completed`, `absent` or `stopped`."""
    error_code: str | None = None
    uri: str | None = None
    """This recording's own path."""
    subresource_uris: dict[str, Any] | None = None
    """Paths of the recording's sub-resources (`transcriptions`)."""
    encryption_details: str | None = None
    trim: str | None = None
    """Whether silence at either end is trimmed, e.g. `do-not-trim`."""


@attrs.frozen(kw_only=True)
class _CompatStream(Model):
    """A media stream to a WebSocket; the subclass adds what it streams (`call_sid`, ...)."""

    sid: str
    """The stream's uuid."""
    account_sid: str | None = None
    name: str | None = None
    status: str | None = None
    """`queued`, `in-progress` or `stopped`."""
    date_updated: str | None = None
    uri: str | None = None
    """This stream's own path."""


class _CompatRecordingUpdateParams(ParamFields, total=False):
    """Form of an `update_recording()`: pause, resume or stop it."""

    Status: Required[_CompatRecordingUpdateStatus]
    """The state to put the recording in."""
    PauseBehavior: _CompatPauseBehavior | None
    """While paused: leave the time out (`skip`) or record silence."""


class _CompatStreamCreateParams(ParamFields):
    """Form of a `start_stream()`.

    Custom parameters (`Parameter1.Name`, `Parameter1.Value`, ...) go in `extra_body`.
    """

    Url: str
    """The WebSocket URL (`wss://`) to stream to."""
    Name: NotRequired[str | None]
    """A name for the stream, unique on the call (or in the conference)."""
    Track: NotRequired[_CompatStreamTrack | None]
    StatusCallback: NotRequired[str | None]
    """URL to tell of the stream's progress."""
    StatusCallbackMethod: NotRequired[_CompatMethod | None]
    AuthorizationBearerToken: NotRequired[str | None]
    """Bearer token sent to the WebSocket server."""


class _CompatStreamUpdateParams(ParamFields):
    """Form of a `stop_stream()`."""

    Status: _CompatStreamStopStatus
    """`stopped`."""
