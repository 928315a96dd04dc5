"""Parameters of `calling.play` and the commands that control a playback.

`calling.play()` returns the `control_id` (made fresh unless given) that `play_pause`,
`play_resume`, `play_stop` and `play_volume` take. Every command answers with the call.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired, Required

from ..._options import ParamFields, RequestKeywords

__all__ = [
    "CallingPlayAudioItem",
    "CallingPlayAudioSettings",
    "CallingPlayControlParams",
    "CallingPlayDirection",
    "CallingPlayItem",
    "CallingPlayParams",
    "CallingPlayRingtoneItem",
    "CallingPlayRingtoneSettings",
    "CallingPlaySilenceItem",
    "CallingPlaySilenceSettings",
    "CallingPlayTtsItem",
    "CallingPlayTtsSettings",
    "CallingPlayVolumeParams",
    "CallingRingtoneName",
    "CallingTtsGender",
]

CallingPlayDirection = Literal["listen", "speak", "both"]
"""Which audio of the call a playback, recording or tap concerns."""
CallingTtsGender = Literal["male", "female"]
CallingRingtoneName = Literal[
    "at",
    "au",
    "be",
    "bg",
    "bong",
    "br",
    "ca",
    "ch",
    "cl",
    "cn",
    "cy",
    "cz",
    "de",
    "dk",
    "dz",
    "ee",
    "eg",
    "es",
    "fi",
    "fr",
    "gr",
    "hu",
    "il",
    "in",
    "it",
    "jp",
    "ko",
    "lt",
    "mx",
    "my",
    "nl",
    "no",
    "nz",
    "ph",
    "pk",
    "pl",
    "pt",
    "ro",
    "rs",
    "ru",
    "sa",
    "se",
    "sg",
    "th",
    "tr",
    "tw",
    "uk",
    "us",
    "ve",
    "za",
]
"""A country's ringback tone (two-letter code), or `bong`."""


class CallingPlayAudioSettings(TypedDict, total=False):
    url: Required[str]
    """The audio file to play."""


class CallingPlayAudioItem(TypedDict, total=False):
    """An audio file: `{"type": "audio", "params": {"url": ...}}`."""

    type: Required[Literal["audio"]]
    params: Required[CallingPlayAudioSettings]


class CallingPlayTtsSettings(TypedDict, total=False):
    text: Required[str]
    """What to say."""
    language: str
    """A BCP-47 tag (default: the command's `language`)."""
    gender: CallingTtsGender
    voice: str
    """A voice name such as `en-US-Wavenet-C` (default: the command's `voice`)."""


class CallingPlayTtsItem(TypedDict, total=False):
    """Text to speech: `{"type": "tts", "params": {"text": ...}}`."""

    type: Required[Literal["tts"]]
    params: Required[CallingPlayTtsSettings]


class CallingPlaySilenceSettings(TypedDict, total=False):
    duration: Required[float]
    """Seconds."""


class CallingPlaySilenceItem(TypedDict, total=False):
    """A pause: `{"type": "silence", "params": {"duration": ...}}`."""

    type: Required[Literal["silence"]]
    params: Required[CallingPlaySilenceSettings]


class CallingPlayRingtoneSettings(TypedDict, total=False):
    name: Required[CallingRingtoneName]
    duration: float
    """At most this many seconds; without it, the tone plays until stopped."""


class CallingPlayRingtoneItem(TypedDict, total=False):
    """A ringback tone: `{"type": "ringtone", "params": {"name": ...}}`."""

    type: Required[Literal["ringtone"]]
    params: Required[CallingPlayRingtoneSettings]


CallingPlayItem = (
    CallingPlayAudioItem | CallingPlayTtsItem | CallingPlaySilenceItem | CallingPlayRingtoneItem
)
"""One thing to play, by its `type`."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CallingPlayFields(ParamFields):
    control_id: NotRequired[str | None]
    """Names this playback for the commands that control it; the client makes a fresh one
    when it is not given (the spec requires it) and returns it."""
    play: Sequence[CallingPlayItem]
    """The items, played one after another."""
    volume: NotRequired[float | None]
    """Gain in dB, -40 to 40 (default 0)."""
    direction: NotRequired[CallingPlayDirection | None]
    """Default `listen`."""
    loop: NotRequired[int | None]
    """How many times to play the whole list; 0: forever (default 1)."""
    language: NotRequired[str | None]
    """Default language of the `tts` items (default `en-US`)."""
    voice: NotRequired[str | None]
    """Default voice of the `tts` items."""
    gender: NotRequired[CallingTtsGender | None]
    """Default gender of the `tts` items (default `female`)."""
    status_url: NotRequired[str | None]
    """Where the API posts the playback's state changes."""


class CallingPlayParams(_CallingPlayFields, RequestKeywords):
    """`params` of `calling.play()`: what to play, in order."""


class _CallingPlayControlFields(ParamFields):
    control_id: str
    """The playback's id, as `calling.play()` returned it."""


class CallingPlayControlParams(_CallingPlayControlFields, RequestKeywords):
    """`params` of `calling.play_pause()`, `play_resume()` and `play_stop()`."""


class _CallingPlayVolumeFields(ParamFields):
    control_id: str
    """The playback's id, as `calling.play()` returned it."""
    volume: float
    """The new gain in dB, -40 to 40."""


class CallingPlayVolumeParams(_CallingPlayVolumeFields, RequestKeywords):
    """`params` of `calling.play_volume()`."""
