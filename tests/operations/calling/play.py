"""Rows of the play commands: a playback, and the commands that control it."""

from __future__ import annotations

from typing import Any

from ._media import command_row

CONTROL = "0b6f3d21-7c84-4a9e-b512-e8d04c7a6f39"

_PLAY: dict[str, Any] = {
    "control_id": CONTROL,
    "play": [
        {
            "type": "tts",
            "params": {
                "text": "Thanks for calling Lakeside Dental. Please hold.",
                "gender": "male",
            },
        },
        {"type": "silence", "params": {"duration": 1.5}},
        {"type": "audio", "params": {"url": "https://cdn.lakeside-dental.example/hold-music.mp3"}},
        {"type": "ringtone", "params": {"name": "uk", "duration": 6}},
    ],
    "volume": -3.5,
    "direction": "listen",
    "loop": 2,
    "language": "en-GB",
    "status_url": "https://hooks.lakeside-dental.example/calls/play-status",
}

ROWS = [
    command_row("play", "calling.play", _PLAY),
    command_row("play_pause", "calling.play.pause", {"control_id": CONTROL}),
    command_row("play_resume", "calling.play.resume", {"control_id": CONTROL}),
    command_row("play_stop", "calling.play.stop", {"control_id": CONTROL}),
    command_row("play_volume", "calling.play.volume", {"control_id": CONTROL, "volume": 6}),
]
