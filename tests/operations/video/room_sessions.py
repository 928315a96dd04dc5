"""Operation rows of `video.room_sessions`: sessions, their events, members, recordings."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.video.room_recordings import VideoRoomRecording
from signalwire_async.types.video.room_sessions import (
    VideoRoomSession,
    VideoRoomSessionEvent,
    VideoRoomSessionMember,
)

from .. import Row, page
from ._data import (
    EVENT,
    HOST,
    MEMBER_ID,
    PARTICIPANT_ID,
    PROJECT_ID,
    RECORDING,
    ROOM_ID,
    SESSION,
    SESSION_ID,
    SESSION_LISTED,
    V,
)

_ALL = f"{V}/room_sessions"
_ONE = f"{_ALL}/{SESSION_ID}"

_JOINED: dict[str, Any] = {
    "id": "77c3e0a4-2b1d-4f6e-9a85-3d0c7b1e6f29",
    "project_id": PROJECT_ID,
    "room_id": ROOM_ID,
    "room_session_id": SESSION_ID,
    "room_participant_id": PARTICIPANT_ID,
    "level": "info",
    "name": "member.joined",
    "payload": {"member_name": "Nurse Adaeze", "join_as": "member"},
    "created_at": "2025-05-12T08:02:41Z",
}
_MEMBER: dict[str, Any] = {
    "id": MEMBER_ID,
    "room_session_id": SESSION_ID,
    "name": "Nurse Adaeze",
    "join_time": "2025-05-12T08:02:41Z",
    "leave_time": "2025-05-12T08:41:02Z",
    "duration": 2301,
    "cost_in_dollars": 0.23,
}

ROWS = [
    Row(
        call="video.room_sessions.list",
        kwargs={"room_name_matches": "clinic", "status": "completed", "page_size": 25},
        path=_ALL,
        query={"room_name_matches": "clinic", "status": "completed", "page_size": "25"},
        response=page(
            [SESSION_LISTED], f"{HOST}{_ALL}?room_name_matches=clinic&status=completed&page_size=25"
        ),
        returns=VideoRoomSession,
        paged=True,
    ),
    Row(
        call="video.room_sessions.get",
        args=(SESSION_ID,),
        path=_ONE,
        response=SESSION,
        returns=VideoRoomSession,
    ),
    Row(
        call="video.room_sessions.list_events",
        args=(SESSION_ID,),
        path=f"{_ONE}/events",
        response=page([_JOINED, EVENT], f"{HOST}{_ONE}/events"),
        returns=VideoRoomSessionEvent,
        paged=True,
    ),
    Row(
        call="video.room_sessions.list_members",
        args=(SESSION_ID,),
        kwargs={"page_size": 20},
        path=f"{_ONE}/members",
        query={"page_size": "20"},
        response=page([_MEMBER], f"{HOST}{_ONE}/members?page_size=20"),
        returns=VideoRoomSessionMember,
        paged=True,
    ),
    Row(
        call="video.room_sessions.list_recordings",
        args=(SESSION_ID,),
        kwargs={"media_ttl": 1800},
        path=f"{_ONE}/recordings",
        query={"media_ttl": "1800"},
        response=page([RECORDING], f"{HOST}{_ONE}/recordings?media_ttl=1800"),
        returns=VideoRoomRecording,
        paged=True,
    ),
]
