"""Rows of `client.logs.conferences`: conference logs of every kind."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.logs.conferences import ConferenceLog

from .. import Row, page

HOST = "https://example.signalwire.com"
CONFERENCES = "/api/logs/conferences"

_RELAY: dict[str, Any] = {
    "id": "3b9e1f47-c2a8-4d65-b07e-8f14a6d93c21",
    "created_at": "2026-04-14T15:02:11Z",
    "project_id": "0e7a2c55-48d1-4b3f-9c6e-a1f85d2b7c90",
    "region": "us-east",
    "name": "weekly-standup",
    "status": "completed",
    "max_size": 25,
    "current_participants": 0,
    "updated_at": "2026-04-14T15:41:56Z",
    "type": "relay_conference",
    "recording_url": "https://files.example.com/recordings/weekly-standup-0414.mp3",
    "recording_duration": 2385,
    "recording_file_size": 9541376,
}
_VIDEO_SESSION: dict[str, Any] = {
    "id": "a61d0c83-5f2e-47b9-9e14-c7b28f05d3a6",
    "created_at": "2026-04-14T16:00:04Z",
    "source": "realtime_api",
    "type": "video_room_session",
    "url": "https://example.signalwire.com/api/video/room_sessions/a61d0c83-5f2e-47b9-9e14-c7b28f05d3a6",
    "room_name": "design-review",
    "status": "completed",
    "locked": False,
    "started_at": "2026-04-14T16:00:04Z",
    "ended_at": "2026-04-14T16:47:30Z",
    "charge": "0.5712",
    "charge_details": [{"description": "Video room minutes", "charge": "0.5712"}],
}

ROWS = [
    Row(
        call="logs.conferences.list",
        kwargs={"created_on": "2026-04-14", "include_deleted": True, "page_size": 100},
        path=CONFERENCES,
        query={"created_on": "2026-04-14", "include_deleted": "true", "page_size": "100"},
        response=page(
            [_RELAY, _VIDEO_SESSION],
            f"{HOST}{CONFERENCES}?created_on=2026-04-14&include_deleted=true&page_size=100",
        ),
        returns=ConferenceLog,
        paged=True,
    ),
]
