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

from ..._options import RequestKeywords
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


class CallingAiHoldParams(RequestKeywords, total=False):
    """Parameters of `calling.ai_hold()`: pause the AI agent's conversation."""

    timeout: str
    """Seconds, as a string of digits (the API rejects a number)."""
    prompt: str
    """What the agent tells the caller before the hold."""


class CallingAiMessageReset(TypedDict, total=False):
    """Replace the agent's prompts (or all of its state, with `full_reset`)."""

    full_reset: bool
    user_prompt: str
    system_prompt: str


class CallingAiMessageParams(RequestKeywords, total=False):
    """Parameters of `calling.ai_message()`: add a message to the agent's conversation."""

    role: CallingAiRole
    message_text: str
    reset: CallingAiMessageReset
    global_data: Mapping[str, Any]
    """Values merged into the agent's global data."""


class CallingAiUnholdParams(RequestKeywords, total=False):
    """Parameters of `calling.ai_unhold()`."""

    prompt: str
    """What the agent is told as it resumes (the official SDK sends it)."""


class CallingAiStopParams(RequestKeywords, total=False):
    """Parameters of `calling.ai_stop()`."""

    control_id: str
    """Accepted, but the API ignores it: the call's AI session stops."""


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


class CallingAiSidecarParams(RequestKeywords):
    """Parameters of `calling.ai_sidecar()`: start an AI that listens to the call."""

    lang: str
    """Language code, e.g. `en-US`."""
    prompt: NotRequired[str | Mapping[str, Any]]
    """The sidecar's instructions: text, or a prompt object."""
    model: NotRequired[str]
    """E.g. `gpt-4o-mini` (the default)."""
    direction: NotRequired[Sequence[CallingTranscribeDirection]]
    """Whose speech it hears (default: both sides)."""
    customer_role: NotRequired[CallingTranscribeDirection]
    """Which side is the customer (default `remote-caller`)."""
    url: NotRequired[str]
    """Receives the sidecar's events."""
    SWAIG: NotRequired[Mapping[str, Any]]
    """Functions the sidecar may call (`defaults`, `functions`, `mcp_servers`)."""
    permissions: NotRequired[CallingAiSidecarPermissions]
    global_data: NotRequired[Mapping[str, Any]]
    hints: NotRequired[Sequence[str]]
    """Words that help speech recognition."""
    params: NotRequired[CallingAiSidecarSettings]
    action: NotRequired[CallingSummarizeAction]


class CallingAiSidecarAskParams(RequestKeywords):
    """Parameters of `calling.ai_sidecar_ask()`: ask the sidecar a question."""

    text: str


class CallingAiSidecarPokeParams(RequestKeywords):
    """Parameters of `calling.ai_sidecar_poke()`: give the sidecar text to act on."""

    text: str
