"""Calling commands: record the call's audio, and control the recording."""

from __future__ import annotations

from . import command

OPS = [
    command(
        "record", "calling.record", "CallingRecordParams", "record the call's audio", starts=True
    ),
    command(
        "record_pause", "calling.record.pause", "CallingRecordPauseParams", "pause a recording"
    ),
    command(
        "record_resume",
        "calling.record.resume",
        "CallingRecordControlParams",
        "resume a paused recording",
    ),
    command("record_stop", "calling.record.stop", "CallingRecordControlParams", "stop a recording"),
]
