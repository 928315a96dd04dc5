"""`calling.ai_*`: an AI agent on a call (hold, message, stop), and the AI sidecar that
listens to a call beside it.

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
Every command answers the call (`CallingCall`); `ai_unhold`, `ai_sidecar_status` and
`ai_sidecar_stop` take no parameters of their own. The sidecar's prompt and SWAIG functions
are large or open-ended structures: plain mappings.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from typing_extensions import NotRequired, TypedDict

from ..._options import ParamFields, RequestKeywords
from .transcribe import CallingSpeechEngine, CallingSummarizeAction, CallingTranscribeDirection

__all__ = [
    "CallingAiHoldParams",
    "CallingAiMessageParams",
    "CallingAiMessageReset",
    "CallingAiRole",
    "CallingAiSidecarAskParams",
    "CallingAiSidecarParams",
    "CallingAiSidecarPermissions",
    "CallingAiSidecarPokeParams",
    "CallingAiSidecarSettings",
    "CallingAiStopParams",
    "CallingAiUnholdParams",
]

CallingAiRole = Literal["system", "user", "assistant"]


class _CallingAiHoldFields(ParamFields, total=False):
    timeout: str | None
    """Seconds, as a string of digits (the API rejects a number)."""
    prompt: str | None
    """What the agent tells the caller before the hold."""


class CallingAiHoldParams(_CallingAiHoldFields, RequestKeywords):
    """Parameters of `calling.ai_hold()`: pause the AI agent's conversation."""


class CallingAiMessageReset(TypedDict, total=False):
    """Replace the agent's prompts (or all of its state, with `full_reset`)."""

    full_reset: bool
    user_prompt: str
    system_prompt: str


class _CallingAiMessageFields(ParamFields, total=False):
    role: CallingAiRole | None
    message_text: str | None
    reset: CallingAiMessageReset | None
    global_data: Mapping[str, Any] | None
    """Values merged into the agent's global data."""


class CallingAiMessageParams(_CallingAiMessageFields, RequestKeywords):
    """Parameters of `calling.ai_message()`: add a message to the agent's conversation."""


class _CallingAiUnholdFields(ParamFields, total=False):
    prompt: str | None
    """What the agent is told as it resumes (the official SDK sends it)."""


class CallingAiUnholdParams(_CallingAiUnholdFields, RequestKeywords):
    """Parameters of `calling.ai_unhold()`."""


class _CallingAiStopFields(ParamFields, total=False):
    control_id: str | None
    """Accepted, but the API ignores it: the call's AI session stops."""


class CallingAiStopParams(_CallingAiStopFields, RequestKeywords):
    """Parameters of `calling.ai_stop()`."""


class CallingAiSidecarPermissions(TypedDict, total=False):
    """What the sidecar's SWAIG functions may do (each defaults to `True`)."""

    swaig_allow_swml: bool
    swaig_allow_settings: bool
    swaig_set_global_data: bool


class CallingAiSidecarSettings(TypedDict, total=False):
    """The sidecar's tuning (its `params`): timing, summaries, speech recognition, debug."""

    idle_timeout_ms: int
    min_interval_ms: int
    max_iters_per_tick: int
    max_history_tokens: int
    act_on_channel: bool
    final_summary: bool
    ai_summary: bool
    ai_summary_prompt: str
    summary_model: str
    """E.g. `gpt-4o-mini` (the default)."""
    live_events: bool
    verbose_utterances: bool
    speech_engine: CallingSpeechEngine
    speech_timeout: int
    vad_silence_ms: int
    vad_thresh: int
    debug_level: int
    debug: bool
    transcribe_prompt: str


class _CallingAiSidecarFields(ParamFields):
    lang: str
    """Language code, e.g. `en-US`."""
    prompt: NotRequired[str | Mapping[str, Any] | None]
    """The sidecar's instructions: text, or a prompt object."""
    model: NotRequired[str | None]
    """E.g. `gpt-4o-mini` (the default)."""
    direction: NotRequired[Sequence[CallingTranscribeDirection] | None]
    """Whose speech it hears (default: both sides)."""
    customer_role: NotRequired[CallingTranscribeDirection | None]
    """Which side is the customer (default `remote-caller`)."""
    url: NotRequired[str | None]
    """Receives the sidecar's events."""
    SWAIG: NotRequired[Mapping[str, Any] | None]
    """Functions the sidecar may call (`defaults`, `functions`, `mcp_servers`)."""
    permissions: NotRequired[CallingAiSidecarPermissions | None]
    global_data: NotRequired[Mapping[str, Any] | None]
    hints: NotRequired[Sequence[str] | None]
    """Words that help speech recognition."""
    params: NotRequired[CallingAiSidecarSettings | None]
    action: NotRequired[CallingSummarizeAction | None]


class CallingAiSidecarParams(_CallingAiSidecarFields, RequestKeywords):
    """Parameters of `calling.ai_sidecar()`: start an AI that listens to the call."""


class _CallingAiSidecarAskFields(ParamFields):
    text: str


class CallingAiSidecarAskParams(_CallingAiSidecarAskFields, RequestKeywords):
    """Parameters of `calling.ai_sidecar_ask()`: ask the sidecar a question."""


class _CallingAiSidecarPokeFields(ParamFields):
    text: str


class CallingAiSidecarPokeParams(_CallingAiSidecarPokeFields, RequestKeywords):
    """Parameters of `calling.ai_sidecar_poke()`: give the sidecar text to act on."""
