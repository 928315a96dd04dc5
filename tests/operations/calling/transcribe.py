"""Rows of `calling`: transcription, live translation and noise reduction."""

from __future__ import annotations

from ._legs import CONTROL_ID, command_row

ROWS = [
    command_row(
        "transcribe",
        "calling.transcribe",
        {"control_id": CONTROL_ID, "status_url": "https://hooks.example.com/calls/transcripts"},
    ),
    command_row("transcribe_stop", "calling.transcribe.stop", {"control_id": CONTROL_ID}),
    command_row(
        "live_transcribe",
        "calling.live_transcribe",
        {
            "action": {
                "start": {
                    "lang": "en-US",
                    "direction": ["remote-caller"],
                    "webhook": "https://hooks.example.com/calls/live-text",
                    "live_events": True,
                    "speech_engine": "google",
                }
            }
        },
    ),
    command_row(
        "live_translate",
        "calling.live_translate",
        {
            "action": {
                "start": {
                    "from_lang": "en-US",
                    "to_lang": "es-MX",
                    "direction": ["remote-caller", "local-caller"],
                    "filter_to": "professional",
                    "ai_summary": True,
                }
            },
            "status_url": "https://hooks.example.com/calls/translation",
        },
    ),
    command_row("denoise", "calling.denoise"),
    command_row("denoise_stop", "calling.denoise.stop"),
]
