"""Calls themselves: `calling.dial` and `calling.update`, and the commands that end, move or
signal a live call (`end`, `disconnect`, `transfer`, `refer`, `user_event`, the fax stops).

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
Every command answers the call (`CallingCall`); `disconnect` takes no parameters of its own.
A SWML document (`swml`, `to_script`, a transfer's `dest`) is a plain mapping.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from typing_extensions import NotRequired, TypedDict

from ..._options import ParamFields, RequestKeywords

__all__ = [
    "CallingDialCodec",
    "CallingDialParams",
    "CallingEndParams",
    "CallingHangupReason",
    "CallingReceiveFaxStopParams",
    "CallingReferDevice",
    "CallingReferParams",
    "CallingReferSip",
    "CallingSendFaxStopParams",
    "CallingStatusEvent",
    "CallingTransferParams",
    "CallingUpdateParams",
    "CallingUserEventParams",
]

CallingStatusEvent = Literal["created", "ringing", "answered", "ended"]

CallingDialCodec = Literal[
    "OPUS",
    "OPUS@48000H@20I",
    "OPUS@24000H@20I",
    "OPUS@16000H@20I",
    "OPUS@8000H@20I",
    "G722",
    "PCMU",
    "PCMA",
    "G729",
    "VP8",
    "H264",
]

CallingHangupReason = Literal["hangup", "cancel", "busy", "noAnswer", "decline", "error"]


class _CallingDialFields(ParamFields):
    from_: str
    """The caller (JSON key `from`): an E.164 number, or for SIP a SIP URI."""
    url: NotRequired[str | None]
    """Where the call's SWML is fetched; give this or `swml`."""
    swml: NotRequired[Mapping[str, Any] | None]
    """The call's SWML document (`{"version": ..., "sections": {...}}`); or give `url`."""
    to: NotRequired[str | None]
    """Whom to call."""
    username: NotRequired[str | None]
    """SIP credentials, for a SIP destination."""
    password: NotRequired[str | None]
    to_script: NotRequired[str | Mapping[str, Any] | None]
    """SWML run on the called leg: a document (or its text), or a URL returning one."""
    caller_id: NotRequired[str | None]
    fallback_url: NotRequired[str | None]
    """Tried when `url` fails."""
    status_url: NotRequired[str | None]
    """Receives the call's state changes."""
    status_events: NotRequired[Sequence[CallingStatusEvent] | None]
    """Which changes `status_url` hears (default: `ended` only)."""
    url_method: NotRequired[Literal["GET", "POST"] | None]
    """Default `POST`."""
    codecs: NotRequired[Sequence[CallingDialCodec] | str | None]
    """A list, or one comma-separated string."""
    timeout: NotRequired[int | None]
    """Seconds to ring (1 to 600)."""
    max_price_per_minute: NotRequired[float | None]
    send_digits: NotRequired[str | None]
    """DTMF sent once the call is answered."""
    region: NotRequired[str | Sequence[str] | None]
    """A region of the project, or several in order of preference."""
    custom_variables: NotRequired[Mapping[str, str] | None]
    """Up to 20 string values, for the call's SWML."""


class CallingDialParams(_CallingDialFields, RequestKeywords):
    """Parameters of `calling.dial()`: start an outbound call, run by `url` or `swml`."""


class _CallingUpdateFields(ParamFields):
    id: str
    """The call to update."""
    url: NotRequired[str | None]
    """Where the new SWML is fetched; give this or `swml`."""
    swml: NotRequired[Mapping[str, Any] | None]
    """The new SWML document; or give `url`."""
    fallback_url: NotRequired[str | None]
    status: NotRequired[Literal["canceled", "completed"] | None]
    """`canceled` (not yet answered) or `completed` (in progress) ends the call."""
    status_url: NotRequired[str | None]


class CallingUpdateParams(_CallingUpdateFields, RequestKeywords):
    """Parameters of `calling.update()`: change a call's SWML (`url` or `swml`) or end it."""


class _CallingEndFields(ParamFields, total=False):
    reason: CallingHangupReason | None
    """Default `hangup`."""


class CallingEndParams(_CallingEndFields, RequestKeywords):
    """Parameters of `calling.end()`: hang up."""


class _CallingTransferFields(ParamFields):
    dest: str | Mapping[str, Any]
    """A phone number, a SIP URI, a SWML URL, or a SWML document."""


class CallingTransferParams(_CallingTransferFields, RequestKeywords):
    """Parameters of `calling.transfer()`: hand the call to other SWML."""


# `from` is a Python keyword: the functional form declares that key.
_CallingReferFrom = TypedDict("_CallingReferFrom", {"from": str}, total=False)


class CallingReferSip(_CallingReferFrom):
    """Where a SIP REFER sends the call: `to` is needed."""

    to: str
    """A SIP URI."""
    username: NotRequired[str]
    password: NotRequired[str]


class CallingReferDevice(TypedDict):
    """The device a call is referred to (`{"type": "sip", "params": {...}}`)."""

    type: Literal["sip"]
    params: CallingReferSip


class _CallingReferFields(ParamFields):
    device: CallingReferDevice
    status_url: NotRequired[str | None]
    """Receives the REFER's state changes."""


class CallingReferParams(_CallingReferFields, RequestKeywords):
    """Parameters of `calling.refer()`: move a SIP call elsewhere with a REFER."""


class _CallingUserEventFields(ParamFields):
    event: Mapping[str, Any]
    """Any JSON object."""


class CallingUserEventParams(_CallingUserEventFields, RequestKeywords):
    """Parameters of `calling.user_event()`: send your own event to the call's listeners."""


class _CallingSendFaxStopFields(ParamFields):
    control_id: str
    """The fax sending to stop."""


class CallingSendFaxStopParams(_CallingSendFaxStopFields, RequestKeywords):
    """Parameters of `calling.send_fax_stop()`."""


class _CallingReceiveFaxStopFields(ParamFields):
    control_id: str
    """The fax receiving to stop."""


class CallingReceiveFaxStopParams(_CallingReceiveFaxStopFields, RequestKeywords):
    """Parameters of `calling.receive_fax_stop()`."""
