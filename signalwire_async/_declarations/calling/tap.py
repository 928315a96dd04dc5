"""Calling commands: copy the call's audio to an RTP or WebSocket target, and stop the tap."""

from __future__ import annotations

from . import command

OPS = [
    command(
        "tap",
        "calling.tap",
        "CallingTapParams",
        "copy the call's audio to an RTP or WebSocket target",
        starts=True,
    ),
    command("tap_stop", "calling.tap.stop", "CallingTapControlParams", "stop a tap"),
]
