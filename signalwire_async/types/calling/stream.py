"""Parameters of `calling.stream` (the call's audio to a WebSocket) and `stream_stop`.

`calling.stream()` returns the `control_id` (made fresh unless given) that `stream_stop`
takes. Every command answers with the call.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Mapping
from typing import Any, Literal

from typing_extensions import NotRequired

from ..._options import ParamFields, RequestKeywords

__all__ = [
    "CallingStreamControlParams",
    "CallingStreamParams",
    "CallingStreamStatusMethod",
    "CallingStreamTrack",
]

CallingStreamTrack = Literal["inbound_track", "outbound_track", "both_tracks"]
CallingStreamStatusMethod = Literal["GET", "POST"]


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CallingStreamFields(ParamFields):
    control_id: NotRequired[str | None]
    """Names this stream for `stream_stop`; the client makes a fresh one when it is not
    given (the spec requires it) and returns it."""
    url: str
    """The WebSocket to stream to (`wss://` only)."""
    name: NotRequired[str | None]
    """A name the endpoint sees."""
    codec: NotRequired[str | None]
    """E.g. `PCMU`, `PCMA`, `OPUS`."""
    track: NotRequired[CallingStreamTrack | None]
    """Default `inbound_track`."""
    authorization_bearer_token: NotRequired[str | None]
    """Sent as `Authorization: Bearer ...` when connecting."""
    custom_parameters: NotRequired[Mapping[str, Any] | None]
    """Passed to the endpoint as they are."""
    status_url: NotRequired[str | None]
    """Where the API posts the stream's state changes."""
    status_url_method: NotRequired[CallingStreamStatusMethod | None]
    """Default `POST`."""


class CallingStreamParams(_CallingStreamFields, RequestKeywords):
    """`params` of `calling.stream()`."""


class _CallingStreamControlFields(ParamFields):
    control_id: str
    """The stream's id, as `calling.stream()` returned it."""


class CallingStreamControlParams(_CallingStreamControlFields, RequestKeywords):
    """`params` of `calling.stream_stop()`."""
