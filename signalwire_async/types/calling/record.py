"""Parameters of `calling.record` and the commands that control a recording.

`calling.record()` returns the `control_id` (made fresh unless given) that `record_pause`,
`record_resume` and `record_stop` take. Every command answers with the call.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from typing import Literal, TypedDict

from typing_extensions import NotRequired, Required

from ..._options import ParamFields, RequestKeywords
from .play import CallingPlayDirection

__all__ = [
    "CallingRecordAudio",
    "CallingRecordControlParams",
    "CallingRecordFormat",
    "CallingRecordParams",
    "CallingRecordPauseBehavior",
    "CallingRecordPauseParams",
    "CallingRecordSettings",
]

CallingRecordFormat = Literal["mp3", "wav", "mp4"]
CallingRecordPauseBehavior = Literal["skip", "silence"]
"""`skip` leaves the paused time out of the file; `silence` keeps it, silent."""


class CallingRecordAudio(TypedDict, total=False):
    """How to record the call's audio; every field has a default."""

    beep: bool
    """Beep before recording (default false)."""
    format: CallingRecordFormat
    """Default `mp3`."""
    stereo: bool
    """One channel per direction (default false)."""
    direction: CallingPlayDirection
    """Default `speak`."""
    initial_timeout: float
    """Seconds to wait for the first speech (default 4)."""
    end_silence_timeout: float
    """Seconds of silence after speech that end the recording (default 0.5)."""
    max_length: int
    """Longest recording in seconds; 0: no limit (default)."""
    terminators: str
    """DTMF digits that end the recording (default `#`)."""
    input_sensitivity: float
    """Voice detection sensitivity, 0 to 100 (default 44)."""


class CallingRecordSettings(TypedDict, total=False):
    """`record` of `calling.record()`: `{"audio": {...}}`."""

    audio: Required[CallingRecordAudio]


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CallingRecordFields(ParamFields):
    control_id: NotRequired[str | None]
    """Names this recording for the commands that control it; the client makes a fresh one
    when it is not given (the spec requires it) and returns it."""
    record: NotRequired[CallingRecordSettings | None]
    """Give this or `audio`."""
    audio: NotRequired[CallingRecordAudio | None]
    """The official SDK's form: sent as `record={"audio": ...}`, where the spec has it."""
    status_url: NotRequired[str | None]
    """Where the API posts the recording's state changes."""


class CallingRecordParams(_CallingRecordFields, RequestKeywords):
    """`params` of `calling.record()`."""


class _CallingRecordPauseFields(ParamFields):
    control_id: str
    """The recording's id, as `calling.record()` returned it."""
    behavior: NotRequired[CallingRecordPauseBehavior | None]
    """Default `skip`."""


class CallingRecordPauseParams(_CallingRecordPauseFields, RequestKeywords):
    """`params` of `calling.record_pause()`."""


class _CallingRecordControlFields(ParamFields):
    control_id: str
    """The recording's id, as `calling.record()` returned it."""


class CallingRecordControlParams(_CallingRecordControlFields, RequestKeywords):
    """`params` of `calling.record_resume()` and `record_stop()`."""
