"""Rows of `client.logs.video`: video room session logs."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.logs.video import VideoLog

from .. import Row, page

HOST = "https://example.signalwire.com"
VIDEO_LOGS = "/api/video/logs"
LOG_ID = "c94e2a07-3d18-4b5f-8a6c-e0f71b92d4a3"

_LOG: dict[str, Any] = {
    "id": LOG_ID,
    "source": "realtime_api",
    "type": "video_room_session",
    "url": "https://example.signalwire.com/api/video/room_sessions/c94e2a07-3d18-4b5f-8a6c-e0f71b92d4a3",
    "room_name": "onboarding-cohort-12",
    "status": "completed",
    "locked": True,
    "started_at": "2026-04-12T17:00:02Z",
    "ended_at": "2026-04-12T18:02:47Z",
    "charge": 1.2553,
    "created_at": "2026-04-12T17:00:02Z",
    "charge_details": [{"description": "Video room minutes", "charge": 1.2553}],
}
_DISCARDED: dict[str, Any] = {
    "id": "1a5f8e3c-70b2-4d94-9c61-b3e07d28f5a9",
    "discarded_at": "2026-04-13T09:00:00Z",
    "created_at": "2026-04-10T12:31:08Z",
}

ROWS = [
    Row(
        call="logs.video.list",
        kwargs={"include_deleted": True},
        path=VIDEO_LOGS,
        query={"include_deleted": "true"},
        response=page([_LOG, _DISCARDED], f"{HOST}{VIDEO_LOGS}?include_deleted=true"),
        returns=VideoLog,
        paged=True,
    ),
    Row(
        call="logs.video.get",
        args=(LOG_ID,),
        path=f"{VIDEO_LOGS}/{LOG_ID}",
        response=_LOG,
        returns=VideoLog,
    ),
]
