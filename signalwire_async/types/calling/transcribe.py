"""`calling.transcribe`, `calling.live_transcribe`, `calling.live_translate` and
`calling.denoise`: speech to text, live translation and noise reduction on a call.

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
Every command answers the call (`CallingCall`); `denoise` and `denoise_stop` take no
parameters of their own.
"""

from collections.abc import Sequence
from typing import Literal

from typing_extensions import NotRequired, TypedDict

from ..._options import ParamFields, RequestKeywords

__all__ = [
    "CallingLiveTranscribeAction",
    "CallingLiveTranscribeParams",
    "CallingLiveTranscribeStart",
    "CallingLiveTranscribeStartAction",
    "CallingLiveTranslateAction",
    "CallingLiveTranslateInject",
    "CallingLiveTranslateInjectAction",
    "CallingLiveTranslateParams",
    "CallingLiveTranslateStart",
    "CallingLiveTranslateStartAction",
    "CallingSpeechEngine",
    "CallingSummarize",
    "CallingSummarizeAction",
    "CallingTranscribeDirection",
    "CallingTranscribeParams",
    "CallingTranscribeStopParams",
    "CallingTranslationFilter",
]

CallingTranscribeDirection = Literal["remote-caller", "local-caller"]
"""Whose speech: the far party's (`remote-caller`) or the near party's (`local-caller`)."""

CallingSpeechEngine = Literal["deepgram", "google"]

CallingTranslationFilter = Literal["polite", "rude", "professional", "shakespeare", "gen-z"]
"""The preset tones of a translation; `prompt:<text>` (any string) gives a tone of your own."""


class _CallingTranscribeFields(ParamFields):
    control_id: NotRequired[str | None]
    """Names this transcription for `transcribe_stop`; the client makes a fresh one when
    left out, and returns it."""
    status_url: NotRequired[str | None]
    """Receives the transcription's state changes."""


class CallingTranscribeParams(_CallingTranscribeFields, RequestKeywords):
    """Parameters of `calling.transcribe()`: record the call's speech as text."""


class _CallingTranscribeStopFields(ParamFields):
    control_id: str
    """The `control_id` that `transcribe` returned."""


class CallingTranscribeStopParams(_CallingTranscribeStopFields, RequestKeywords):
    """Parameters of `calling.transcribe_stop()`."""


class CallingSummarize(TypedDict, total=False):
    """Where (and how) to summarize what was said so far."""

    webhook: str
    """Receives the summary."""
    prompt: str
    """Instructions for the summary."""


class CallingSummarizeAction(TypedDict):
    """The `summarize` action: `{"summarize": {...}}`."""

    summarize: CallingSummarize


class CallingLiveTranscribeStart(TypedDict):
    """How to transcribe live: `lang` and `direction` are needed."""

    lang: str
    """Language code, e.g. `en-US`."""
    direction: Sequence[CallingTranscribeDirection]
    webhook: NotRequired[str]
    """Receives the transcription events."""
    live_events: NotRequired[bool]
    ai_summary: NotRequired[bool]
    ai_summary_prompt: NotRequired[str]
    speech_engine: NotRequired[CallingSpeechEngine]
    """Default `deepgram`."""
    speech_timeout: NotRequired[int]
    """Milliseconds."""
    vad_silence_ms: NotRequired[int]
    vad_thresh: NotRequired[int]
    debug_level: NotRequired[int]


class CallingLiveTranscribeStartAction(TypedDict):
    """The `start` action of `live_transcribe`: `{"start": {...}}`."""

    start: CallingLiveTranscribeStart


CallingLiveTranscribeAction = (
    CallingLiveTranscribeStartAction | CallingSummarizeAction | Literal["stop"]
)
"""Start transcribing, summarize, or `"stop"`."""


class _CallingLiveTranscribeFields(ParamFields):
    action: CallingLiveTranscribeAction


class CallingLiveTranscribeParams(_CallingLiveTranscribeFields, RequestKeywords):
    """Parameters of `calling.live_transcribe()`."""


class CallingLiveTranslateStart(TypedDict):
    """How to translate live: `from_lang`, `to_lang` and `direction` are needed."""

    from_lang: str
    """The speakers' language code, e.g. `en-US`."""
    to_lang: str
    """The language to translate into, e.g. `es-ES`."""
    direction: Sequence[CallingTranscribeDirection]
    from_voice: NotRequired[str]
    to_voice: NotRequired[str]
    filter_from: NotRequired[CallingTranslationFilter | str]
    """A preset tone, or `prompt:<text>`."""
    filter_to: NotRequired[CallingTranslationFilter | str]
    webhook: NotRequired[str]
    """Receives the translation events."""
    live_events: NotRequired[bool]
    ai_summary: NotRequired[bool]
    ai_summary_prompt: NotRequired[str]
    speech_engine: NotRequired[CallingSpeechEngine]
    """Default `deepgram`."""
    speech_timeout: NotRequired[int]
    """Milliseconds."""
    vad_silence_ms: NotRequired[int]
    vad_thresh: NotRequired[int]
    debug_level: NotRequired[int]


class CallingLiveTranslateStartAction(TypedDict):
    """The `start` action of `live_translate`: `{"start": {...}}`."""

    start: CallingLiveTranslateStart


class CallingLiveTranslateInject(TypedDict):
    """A message to speak, translated, to one side of the call."""

    message: str
    direction: CallingTranscribeDirection


class CallingLiveTranslateInjectAction(TypedDict):
    """The `inject` action of `live_translate`: `{"inject": {...}}`."""

    inject: CallingLiveTranslateInject


CallingLiveTranslateAction = (
    CallingLiveTranslateStartAction
    | CallingSummarizeAction
    | CallingLiveTranslateInjectAction
    | Literal["stop"]
)
"""Start translating, summarize, inject a message, or `"stop"`."""


class _CallingLiveTranslateFields(ParamFields):
    action: CallingLiveTranslateAction
    status_url: NotRequired[str | None]
    """Receives the translation's state changes."""


class CallingLiveTranslateParams(_CallingLiveTranslateFields, RequestKeywords):
    """Parameters of `calling.live_translate()`."""
