"""Operation rows of `video.conferences`: conferences, their tokens and streams."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.video.conference_tokens import VideoConferenceToken
from signalwire_async.types.video.conferences import VideoConference
from signalwire_async.types.video.streams import VideoStream

from .. import Row, page
from ._data import (
    ACTIVE_SESSION,
    CONFERENCE,
    CONFERENCE_ID,
    GUEST_TOKEN,
    HOST,
    MODERATOR_TOKEN,
    STREAM,
    V,
)

_ALL = f"{V}/conferences"
_ONE = f"{_ALL}/{CONFERENCE_ID}"

_CREATE: dict[str, Any] = {
    "display_name": "Q2 town hall",
    "name": "town_hall_q2",
    "description": "Quarterly all-hands for the clinic network.",
    "join_from": "2025-06-20T15:45:00Z",
    "join_until": "2025-06-20T18:00:00Z",
    "quality": "1080p",
    "layout": "highlight-1-responsive",
    "size": "large",
    "record_on_start": True,
    "enable_chat": True,
    "dark_primary": "#2F6FED",
    "dark_background": "#101418",
    "light_primary": "#2F6FED",
}
_CHANGES: dict[str, Any] = {
    "description": "Quarterly all-hands; questions go in the chat.",
    "join_until": "2025-06-20T18:30:00Z",
    "user_join_video_off": False,
}
_LIVE = {**CONFERENCE, "active_session": {**ACTIVE_SESSION, "name": "town_hall_q2"}}

ROWS = [
    Row(
        call="video.conferences.list",
        kwargs={"starts_after": "2025-06-01T00:00:00Z", "include_active_session": True},
        path=_ALL,
        query={"starts_after": "2025-06-01T00:00:00Z", "include_active_session": "true"},
        response=page(
            [_LIVE],
            f"{HOST}{_ALL}?starts_after=2025-06-01T00%3A00%3A00Z&include_active_session=true",
        ),
        returns=VideoConference,
        paged=True,
    ),
    Row(
        call="video.conferences.create",
        kwargs=_CREATE,
        method="POST",
        path=_ALL,
        body=_CREATE,
        response=CONFERENCE,
        returns=VideoConference,
    ),
    Row(
        call="video.conferences.get",
        args=(CONFERENCE_ID,),
        kwargs={"include_active_session": True},
        path=_ONE,
        query={"include_active_session": "true"},
        response=_LIVE,
        returns=VideoConference,
    ),
    Row(
        call="video.conferences.update",
        args=(CONFERENCE_ID,),
        kwargs=_CHANGES,
        method="PUT",
        path=_ONE,
        body=_CHANGES,
        response={**CONFERENCE, **_CHANGES, "updated_at": "2025-06-02T08:14:50Z"},
        returns=VideoConference,
    ),
    Row(
        call="video.conferences.delete",
        args=(CONFERENCE_ID,),
        method="DELETE",
        path=_ONE,
        status=204,
    ),
    Row(
        call="video.conferences.list_conference_tokens",
        args=(CONFERENCE_ID,),
        kwargs={"page_size": 10},
        path=f"{_ONE}/conference_tokens",
        query={"page_size": "10"},
        response={
            "data": [MODERATOR_TOKEN, GUEST_TOKEN],
            "links": {
                "self": f"{HOST}{_ONE}/conference_tokens?page_size=10",
                "first": f"{HOST}{_ONE}/conference_tokens?page_size=10",
            },
        },
        returns=VideoConferenceToken,
        paged=True,
    ),
    Row(
        call="video.conferences.create_stream",
        args=(CONFERENCE_ID,),
        kwargs={"url": "rtmp://live.clinic.example/app/town-hall"},
        method="POST",
        path=f"{_ONE}/streams",
        body={"url": "rtmp://live.clinic.example/app/town-hall"},
        response={**STREAM, "url": "rtmp://live.clinic.example/app/town-hall"},
        returns=VideoStream,
    ),
    Row(
        call="video.conferences.list_streams",
        args=(CONFERENCE_ID,),
        path=f"{_ONE}/streams",
        response=page([STREAM], f"{HOST}{_ONE}/streams"),
        returns=VideoStream,
        paged=True,
    ),
]
