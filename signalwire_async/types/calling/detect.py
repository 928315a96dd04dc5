"""Parameters of `calling.detect` (answering machine, fax tone or digits) and `detect_stop`.

`calling.detect()` returns the `control_id` (made fresh unless given) that `detect_stop`
takes. Results arrive at `status_url`; every command answers with the call.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from typing import Literal, TypedDict

from typing_extensions import NotRequired, Required

from ..._options import ParamFields, RequestKeywords

__all__ = [
    "CallingDetectControlParams",
    "CallingDetectDigit",
    "CallingDetectDigitSettings",
    "CallingDetectFax",
    "CallingDetectFaxSettings",
    "CallingDetectMachine",
    "CallingDetectMachineSettings",
    "CallingDetectParams",
    "CallingDetector",
    "CallingFaxTone",
]

CallingFaxTone = Literal["CNG", "CED", "cng", "ced"]


class CallingDetectMachineSettings(TypedDict, total=False):
    """Answering machine detection tuning; every field has a default."""

    initial_timeout: float
    """Seconds to wait for a voice (default 4.5)."""
    end_silence_timeout: float
    """Seconds of silence after the voice that settle the result (default 1)."""
    machine_ready_timeout: float
    """Seconds to wait for the greeting to be ready (default: `end_silence_timeout`)."""
    machine_voice_threshold: float
    """Seconds of voice that make it a machine (default 1.25)."""
    machine_words_threshold: int
    """Words that make it a machine (default 6)."""
    detect_interruptions: bool
    """Default false."""
    detect_message_end: bool
    """Report when the machine's greeting ends (default true)."""


class CallingDetectMachine(TypedDict, total=False):
    """`{"type": "machine", "params": {...}}`."""

    type: Required[Literal["machine"]]
    params: CallingDetectMachineSettings


class CallingDetectFaxSettings(TypedDict, total=False):
    tone: CallingFaxTone
    """Without it, either tone matches."""


class CallingDetectFax(TypedDict, total=False):
    """`{"type": "fax", "params": {"tone": ...}}`."""

    type: Required[Literal["fax"]]
    params: CallingDetectFaxSettings


class CallingDetectDigitSettings(TypedDict, total=False):
    digits: str
    """The DTMF digits to match (`""`: any)."""


class CallingDetectDigit(TypedDict, total=False):
    """`{"type": "digit", "params": {"digits": ...}}`."""

    type: Required[Literal["digit"]]
    params: CallingDetectDigitSettings


CallingDetector = CallingDetectMachine | CallingDetectFax | CallingDetectDigit
"""What to detect, by its `type`."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CallingDetectFields(ParamFields):
    control_id: NotRequired[str | None]
    """Names this detection for `detect_stop`; the client makes a fresh one when it is not
    given (the spec requires it) and returns it."""
    detect: CallingDetector
    timeout: NotRequired[float | None]
    """Longest run in seconds (default 30)."""
    status_url: NotRequired[str | None]
    """Where the API posts the results."""


class CallingDetectParams(_CallingDetectFields, RequestKeywords):
    """`params` of `calling.detect()`."""


class _CallingDetectControlFields(ParamFields):
    control_id: str
    """The detection's id, as `calling.detect()` returned it."""


class CallingDetectControlParams(_CallingDetectControlFields, RequestKeywords):
    """`params` of `calling.detect_stop()`."""
