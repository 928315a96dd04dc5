"""Rows of the tap commands: the call's audio copied to an RTP target, and stopping it."""

from __future__ import annotations

from typing import Any

from ._media import command_row

CONTROL = "3c97f0a5-6b18-4d2e-a4f7-1e5b8d93c0a2"

_TAP: dict[str, Any] = {
    "control_id": CONTROL,
    "tap": {"type": "audio", "params": {"direction": "speak"}},
    "device": {
        "type": "rtp",
        "params": {"addr": "203.0.113.58", "port": 40_000, "codec": "PCMU", "ptime": 20},
    },
    "status_url": "https://hooks.lakeside-dental.example/calls/tap-status",
}

ROWS = [
    command_row("tap", "calling.tap", _TAP),
    command_row("tap_stop", "calling.tap.stop", {"control_id": CONTROL}),
]
