"""Rows of the detect commands: answering machine detection, and stopping it."""

from __future__ import annotations

from typing import Any

from ._media import command_row

CONTROL = "e1d84a6b-3f20-4c97-b5e3-98a7c2f01d64"

_DETECT: dict[str, Any] = {
    "control_id": CONTROL,
    "detect": {
        "type": "machine",
        "params": {
            "initial_timeout": 5,
            "end_silence_timeout": 1.5,
            "machine_voice_threshold": 1.5,
            "machine_words_threshold": 8,
            "detect_interruptions": True,
            "detect_message_end": True,
        },
    },
    "timeout": 45,
    "status_url": "https://hooks.lakeside-dental.example/calls/amd",
}

ROWS = [
    command_row("detect", "calling.detect", _DETECT),
    command_row("detect_stop", "calling.detect.stop", {"control_id": CONTROL}),
]
