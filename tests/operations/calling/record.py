"""Rows of the record commands: a recording, and the commands that control it."""

from __future__ import annotations

from typing import Any

from ._media import command_row

CONTROL = "5e29b8c0-41d7-4f63-9a8e-72c1d0b4e5a6"

_RECORD: dict[str, Any] = {
    "control_id": CONTROL,
    "record": {
        "audio": {
            "beep": True,
            "format": "wav",
            "stereo": True,
            "direction": "both",
            "initial_timeout": 6,
            "end_silence_timeout": 2.5,
            "max_length": 300,
            "terminators": "*#",
            "input_sensitivity": 50,
        }
    },
    "status_url": "https://hooks.lakeside-dental.example/calls/record-status",
}

ROWS = [
    command_row("record", "calling.record", _RECORD),
    command_row(
        "record_pause", "calling.record.pause", {"control_id": CONTROL, "behavior": "silence"}
    ),
    command_row("record_resume", "calling.record.resume", {"control_id": CONTROL}),
    command_row("record_stop", "calling.record.stop", {"control_id": CONTROL}),
]
