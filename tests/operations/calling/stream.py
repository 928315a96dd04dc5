"""Rows of the stream commands: the call's audio to a WebSocket, and stopping it."""

from __future__ import annotations

from typing import Any

from ._media import command_row

CONTROL = "9f4b2d7e-8a15-4c63-b0d9-5e7a31c6f842"

_STREAM: dict[str, Any] = {
    "control_id": CONTROL,
    "url": "wss://transcriber.lakeside-dental.example/live",
    "name": "front-desk-transcriber",
    "codec": "PCMU",
    "track": "both_tracks",
    "authorization_bearer_token": "stream-token-for-tests",
    "custom_parameters": {"clinic": "austin-north", "line": "front-desk"},
    "status_url": "https://hooks.lakeside-dental.example/calls/stream-status",
    "status_url_method": "POST",
}

ROWS = [
    command_row("stream", "calling.stream", _STREAM),
    command_row("stream_stop", "calling.stream.stop", {"control_id": CONTROL}),
]
