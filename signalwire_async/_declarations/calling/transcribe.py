"""Speech to text (whole-call and live), live translation, and noise reduction."""

from __future__ import annotations

from . import command
from .control import bare

OPS = [
    command(
        "transcribe",
        "calling.transcribe",
        "CallingTranscribeParams",
        "transcribe the whole call",
        starts=True,
    ),
    command(
        "transcribe_stop",
        "calling.transcribe.stop",
        "CallingTranscribeStopParams",
        "stop a transcription",
    ),
    command(
        "live_transcribe",
        "calling.live_transcribe",
        "CallingLiveTranscribeParams",
        "start, summarize or stop live transcription",
    ),
    command(
        "live_translate",
        "calling.live_translate",
        "CallingLiveTranslateParams",
        "start, summarize, inject into or stop live translation",
    ),
    bare("denoise", "calling.denoise", "reduce the call's background noise"),
    bare("denoise_stop", "calling.denoise.stop", "stop reducing noise"),
]
