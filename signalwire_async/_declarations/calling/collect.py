"""Calling commands: collect digits or speech from the caller, and control the collect."""

from __future__ import annotations

from . import command

OPS = [
    command(
        "collect",
        "calling.collect",
        "CallingCollectParams",
        "collect digits, speech or both from the call",
        starts=True,
    ),
    command(
        "collect_start_input_timers",
        "calling.collect.start_input_timers",
        "CallingCollectControlParams",
        "start a collect's input timers",
    ),
    command(
        "collect_stop", "calling.collect.stop", "CallingCollectControlParams", "stop a collect"
    ),
]
