"""Operation rows of `video.rooms`: rooms, by id or by name, and their streams."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.video.rooms import VideoRoom
from signalwire_async.types.video.streams import VideoStream

from .. import Row, crud_rows, page
from ._data import ACTIVE_SESSION, HOST, ROOM, ROOM_ID, ROOM_NAME, STREAM, V

_ALL = f"{V}/rooms"
_ONE = f"{_ALL}/{ROOM_ID}"

_CREATE: dict[str, Any] = {
    "name": ROOM_NAME,
    "display_name": "Clinic triage desk",
    "description": "Nurses see walk-in patients here before a doctor joins.",
    "max_members": 6,
    "quality": "720p",
    "join_from": "2025-05-12T07:30:00Z",
    "join_until": "2025-05-12T19:00:00Z",
    "remove_after_seconds_elapsed": 3600,
    "layout": "2x2",
    "record_on_start": True,
    "enable_room_previews": True,
    "meta": {"site": "north-clinic", "floor": 2},
    "sync_audio_video": True,
}
_CHANGES: dict[str, Any] = {"max_members": 8, "layout": "3x3", "record_on_start": False}

ROWS = [
    *crud_rows(
        "video.rooms",
        _ALL,
        ROOM_ID,
        VideoRoom,
        ROOM,
        update="PUT",
        create=_CREATE,
        changes=_CHANGES,
        updated={**ROOM, **_CHANGES, "updated_at": "2025-05-12T06:58:12Z"},
    ),
    Row(
        call="video.rooms.create_stream",
        args=(ROOM_ID,),
        kwargs={"url": "rtmp://live.clinic.example/app/triage-desk"},
        method="POST",
        path=f"{_ONE}/streams",
        body={"url": "rtmp://live.clinic.example/app/triage-desk"},
        status=201,
        response=STREAM,
        returns=VideoStream,
    ),
    Row(
        call="video.rooms.list_streams",
        args=(ROOM_ID,),
        kwargs={"page_size": 5},
        path=f"{_ONE}/streams",
        query={"page_size": "5"},
        response=page([STREAM], f"{HOST}{_ONE}/streams?page_size=5"),
        returns=VideoStream,
        paged=True,
    ),
    Row(
        call="video.rooms.get_by_name",
        args=(ROOM_NAME,),
        kwargs={"include_active_session": True},
        path=f"{_ALL}/{ROOM_NAME}",
        query={"include_active_session": "true"},
        response={**ROOM, "active_session": ACTIVE_SESSION},
        returns=VideoRoom,
    ),
]
