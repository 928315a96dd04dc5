"""Calling commands: record the call's audio, and control the recording."""

from __future__ import annotations

from .. import Op
from . import CALL, CALLS, command

OPS = [
    Op(
        "record",
        "POST",
        CALLS,
        "CallingCall",
        "CallingRecordParams",
        body_args=CALL,
        fixed=(("command", "calling.record"),),
        starts=True,
        one_of=("record", "audio"),
        # the official SDK's `audio=`, sent where the spec has it: `record.audio`
        aliases=(("audio", "record.audio"),),
        summary="record the call's audio",
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
