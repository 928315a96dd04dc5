"""Calling commands: stream the call's audio to a WebSocket, and stop the stream."""

from __future__ import annotations

from . import command

OPS = [
    command(
        "stream",
        "calling.stream",
        "CallingStreamParams",
        "stream the call's audio to a WebSocket",
        starts=True,
    ),
    command("stream_stop", "calling.stream.stop", "CallingStreamControlParams", "stop a stream"),
]
