"""Calling commands: detect an answering machine, a fax tone or digits, and stop detecting."""

from __future__ import annotations

from . import command

OPS = [
    command(
        "detect",
        "calling.detect",
        "CallingDetectParams",
        "detect an answering machine, a fax tone or digits on the call",
        starts=True,
    ),
    command("detect_stop", "calling.detect.stop", "CallingDetectControlParams", "stop a detection"),
]
