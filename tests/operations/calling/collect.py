"""Rows of the collect commands: a collect of digits and speech, and its controls."""

from __future__ import annotations

from typing import Any

from ._media import command_row

CONTROL = "a73c5e18-2d06-4b9f-8e41-c6f9072d3b85"

_COLLECT: dict[str, Any] = {
    "control_id": CONTROL,
    "initial_timeout": 8,
    "digits": {"max": 6, "terminators": "#", "digit_timeout": 3},
    "speech": {
        "end_silence_timeout": 1.2,
        "speech_timeout": 15,
        "language": "en-US",
        "hints": ["appointment", "cancel", "reschedule"],
        "model": "nova-3",
        "engine": "Deepgram",
    },
    "continuous": False,
    "partial_results": True,
    "send_start_of_input": True,
    "start_input_timers": False,
    "status_url": "https://hooks.lakeside-dental.example/calls/collect-results",
}

ROWS = [
    command_row("collect", "calling.collect", _COLLECT),
    command_row(
        "collect_start_input_timers", "calling.collect.start_input_timers", {"control_id": CONTROL}
    ),
    command_row("collect_stop", "calling.collect.stop", {"control_id": CONTROL}),
]
