"""Parameters of `calling.tap` (copy the call's audio to an RTP or WebSocket target) and
`tap_stop`.

`calling.tap()` returns the `control_id` (made fresh unless given) that `tap_stop` takes.
Every command answers with the call.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from typing import Literal, TypedDict

from typing_extensions import NotRequired, Required

from ..._options import ParamFields, RequestKeywords
from .play import CallingPlayDirection

__all__ = [
    "CallingTapAudio",
    "CallingTapAudioSettings",
    "CallingTapCodec",
    "CallingTapControlParams",
    "CallingTapDevice",
    "CallingTapParams",
    "CallingTapPtime",
    "CallingTapRtpDevice",
    "CallingTapRtpSettings",
    "CallingTapWsDevice",
    "CallingTapWsSettings",
]

CallingTapCodec = Literal["PCMA", "PCMU", "pcma", "pcmu", "OPUS", "opus"]
CallingTapPtime = Literal[10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]
"""Packet time in milliseconds."""


class CallingTapAudioSettings(TypedDict, total=False):
    direction: Required[CallingPlayDirection]


class CallingTapAudio(TypedDict, total=False):
    """`tap` of `calling.tap()`: `{"type": "audio", "params": {"direction": ...}}`."""

    type: Required[Literal["audio"]]
    params: Required[CallingTapAudioSettings]


class CallingTapRtpSettings(TypedDict, total=False):
    addr: Required[str]
    """A public IPv4 address."""
    port: Required[int]
    """A UDP port."""
    codec: CallingTapCodec
    """Default: the call's codec."""
    ptime: CallingTapPtime
    """Default: the call's."""


class CallingTapRtpDevice(TypedDict, total=False):
    """`{"type": "rtp", "params": {"addr": ..., "port": ...}}`."""

    type: Required[Literal["rtp"]]
    params: Required[CallingTapRtpSettings]


class CallingTapWsSettings(TypedDict, total=False):
    uri: Required[str]
    """A `ws://` or `wss://` URI."""
    codec: CallingTapCodec
    """Default: the call's codec."""


class CallingTapWsDevice(TypedDict, total=False):
    """`{"type": "ws", "params": {"uri": ...}}`."""

    type: Required[Literal["ws"]]
    params: Required[CallingTapWsSettings]


CallingTapDevice = CallingTapRtpDevice | CallingTapWsDevice
"""Where the tapped audio goes, by its `type`."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CallingTapFields(ParamFields):
    control_id: NotRequired[str | None]
    """Names this tap for `tap_stop`; the client makes a fresh one when it is not given
    (the spec requires it) and returns it."""
    tap: CallingTapAudio
    """What to copy."""
    device: CallingTapDevice
    """Where to send it."""
    status_url: NotRequired[str | None]
    """Where the API posts the tap's state changes."""


class CallingTapParams(_CallingTapFields, RequestKeywords):
    """`params` of `calling.tap()`."""


class _CallingTapControlFields(ParamFields):
    control_id: str
    """The tap's id, as `calling.tap()` returned it."""


class CallingTapControlParams(_CallingTapControlFields, RequestKeywords):
    """`params` of `calling.tap_stop()`."""
