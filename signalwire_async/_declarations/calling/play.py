"""Calling commands: play audio, speech, silence or ringtones, and control the playback."""

from __future__ import annotations

from . import command

OPS = [
    command(
        "play",
        "calling.play",
        "CallingPlayParams",
        "play audio, speech, silence or ringtones on the call",
        starts=True,
    ),
    command("play_pause", "calling.play.pause", "CallingPlayControlParams", "pause a playback"),
    command(
        "play_resume", "calling.play.resume", "CallingPlayControlParams", "resume a paused playback"
    ),
    command("play_stop", "calling.play.stop", "CallingPlayControlParams", "stop a playback"),
    command(
        "play_volume",
        "calling.play.volume",
        "CallingPlayVolumeParams",
        "change a playback's volume",
    ),
]
