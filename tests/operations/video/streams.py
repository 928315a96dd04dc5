"""Operation rows of `video.streams`: outbound streams of rooms and conferences."""

from __future__ import annotations

from signalwire_async.types.video.streams import VideoStream

from .. import Row
from ._data import STREAM, STREAM_ID, V

_ONE = f"{V}/streams/{STREAM_ID}"
_MOVED = {"url": "rtmps://backup.clinic.example:443/app/triage-desk"}

ROWS = [
    Row(
        call="video.streams.get", args=(STREAM_ID,), path=_ONE, response=STREAM, returns=VideoStream
    ),
    Row(
        call="video.streams.update",
        args=(STREAM_ID,),
        kwargs=_MOVED,
        method="PUT",
        path=_ONE,
        body=_MOVED,
        response={**STREAM, **_MOVED, "updated_at": "2025-05-12T08:19:44Z"},
        returns=VideoStream,
    ),
    Row(call="video.streams.delete", args=(STREAM_ID,), method="DELETE", path=_ONE, status=204),
]
