"""Parameters of `calling.collect` (digits, speech or both) and the commands that control it.

`calling.collect()` returns the `control_id` (made fresh unless given) that
`collect_start_input_timers` and `collect_stop` take. Results arrive at `status_url`;
every command answers with the call.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired, Required

from ..._options import ParamFields, RequestKeywords

__all__ = [
    "CallingCollectControlParams",
    "CallingCollectDigits",
    "CallingCollectParams",
    "CallingCollectSpeech",
    "CallingCollectSpeechEngine",
]

CallingCollectSpeechEngine = Literal["Google", "Google.V2", "Deepgram"]


class CallingCollectDigits(TypedDict, total=False):
    """DTMF input to collect."""

    max: Required[int]
    """The most digits to collect."""
    terminators: str
    """Digits that end the input (`""`: none)."""
    digit_timeout: float
    """Seconds to wait between two digits."""


class CallingCollectSpeech(TypedDict, total=False):
    """Speech input to collect; every field is optional."""

    end_silence_timeout: float
    """Seconds of silence after speech that end the input."""
    speech_timeout: float
    """Longest wait for speech, in seconds."""
    language: str
    """A BCP-47 tag (`en-US`), or `engine:tag` (`Deepgram:en-US`)."""
    hints: Sequence[str]
    """Words or phrases the recognizer should expect."""
    model: str
    """The engine's model name (e.g. `nova-3`)."""
    engine: CallingCollectSpeechEngine


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CallingCollectFields(ParamFields):
    control_id: NotRequired[str | None]
    """Names this collect for the commands that control it; the client makes a fresh one
    when it is not given (the spec requires it) and returns it."""
    initial_timeout: NotRequired[float | None]
    """Seconds to wait for the first input."""
    digits: NotRequired[CallingCollectDigits | None]
    speech: NotRequired[CallingCollectSpeech | None]
    continuous: NotRequired[bool | None]
    """Collect again after each result until `collect_stop` (default false)."""
    partial_results: NotRequired[bool | None]
    """Also report partial results (default false)."""
    send_start_of_input: NotRequired[bool | None]
    """Report when input starts (default false)."""
    start_input_timers: NotRequired[bool | None]
    """false (the default): the initial timeout waits for `collect_start_input_timers`."""
    status_url: NotRequired[str | None]
    """Where the API posts the results."""


class CallingCollectParams(_CallingCollectFields, RequestKeywords):
    """`params` of `calling.collect()`: give `digits`, `speech` or both (the API refuses
    neither)."""


class _CallingCollectControlFields(ParamFields):
    control_id: str
    """The collect's id, as `calling.collect()` returned it."""


class CallingCollectControlParams(_CallingCollectControlFields, RequestKeywords):
    """`params` of `calling.collect_start_input_timers()` and `collect_stop()`."""
