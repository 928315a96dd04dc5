"""Operation rows of `video.room_recordings`: recordings and their events."""

from __future__ import annotations

from signalwire_async.types.video.room_recordings import VideoRoomRecording
from signalwire_async.types.video.room_sessions import VideoRoomSessionEvent

from .. import Row, page
from ._data import EVENT, HOST, RECORDING, RECORDING_ID, V

_ALL = f"{V}/room_recordings"
_ONE = f"{_ALL}/{RECORDING_ID}"

ROWS = [
    Row(
        call="video.room_recordings.list",
        kwargs={"media_ttl": 3600, "page_size": 100},
        path=_ALL,
        query={"media_ttl": "3600", "page_size": "100"},
        response=page([RECORDING], f"{HOST}{_ALL}?media_ttl=3600&page_size=100"),
        returns=VideoRoomRecording,
        paged=True,
    ),
    Row(
        call="video.room_recordings.get",
        args=(RECORDING_ID,),
        kwargs={"media_ttl": 600},
        path=_ONE,
        query={"media_ttl": "600"},
        response=RECORDING,
        returns=VideoRoomRecording,
    ),
    Row(
        call="video.room_recordings.delete",
        args=(RECORDING_ID,),
        method="DELETE",
        path=_ONE,
        status=204,
    ),
    Row(
        call="video.room_recordings.list_events",
        args=(RECORDING_ID,),
        kwargs={"page_size": 50, "page_number": 0},
        path=f"{_ONE}/events",
        query={"page_size": "50", "page_number": "0"},
        response=page([EVENT], f"{HOST}{_ONE}/events?page_size=50&page_number=0"),
        returns=VideoRoomSessionEvent,
        paged=True,
    ),
]
