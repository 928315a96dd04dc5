"""Operation rows of `fabric.conference_rooms`: conference rooms."""

from signalwire_async.types.fabric.conference_rooms import ConferenceRoom

from .. import crud_rows

_BASE = "/api/fabric/resources/conference_rooms"
_ID = "a95f0d3e-2c71-48b6-9e4a-6d0c8b2f1e73"
_ROOM_ID = "f27c4a90-8e13-4d5b-b6a1-0c9e7d3f2b48"
_PROJECT = "5e0b9a41-27c6-4d3f-b8e2-91a6f4c07d58"

_DETAILS = {
    "id": _ROOM_ID,
    "name": "weekly_standup",
    "description": "Monday stand-up of the clinic staff",
    "display_name": "Weekly stand-up",
    "max_members": 25,
    "quality": "720p",
    "fps": 20,
    "join_from": None,
    "join_until": None,
    "remove_at": None,
    "remove_after_seconds_elapsed": None,
    "layout": "grid-responsive",
    "record_on_start": False,
    "tone_on_entry_and_exit": True,
    "room_join_video_off": False,
    "user_join_video_off": True,
    "enable_room_previews": True,
    "sync_audio_video": None,
    "meta": {"team": "front-desk"},
    "prioritize_handraise": False,
}

_ROOM = {
    "id": _ID,
    "project_id": _PROJECT,
    "display_name": "Weekly stand-up",
    "type": "video_room",
    "created_at": "2025-01-20T07:45:00Z",
    "updated_at": "2025-01-20T07:45:00Z",
    "conference_room": _DETAILS,
}

_ADDRESS = {
    "id": "6e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b",
    "name": "weekly-standup",
    "display_name": "Weekly stand-up",
    "type": "room",
    "cover_url": "https://cdn.harbordental.example/room-cover.png",
    "preview_url": "https://cdn.harbordental.example/room-preview.png",
    "locked": False,
    "channels": {
        "audio": "/public/weekly-standup?channel=audio",
        "video": "/public/weekly-standup?channel=video",
    },
    "created_at": "2025-01-20T07:45:01Z",
}

_CREATE = {
    "name": "weekly_standup",
    "display_name": "Weekly stand-up",
    "max_members": 25,
    "layout": "grid-responsive",
    "enable_room_previews": True,
}
_UPDATE = {"quality": "1080p", "record_on_start": True}
_UPDATED = {
    **_ROOM,
    "updated_at": "2025-01-27T07:30:00Z",
    "conference_room": {**_DETAILS, **_UPDATE},
}

ROWS = [
    *crud_rows(
        "fabric.conference_rooms",
        _BASE,
        _ID,
        ConferenceRoom,
        _ROOM,
        create=_CREATE,
        update="PUT",
        changes=_UPDATE,
        updated=_UPDATED,
        address=_ADDRESS,
        addresses_path=f"/api/fabric/resources/conference_room/{_ID}/addresses",
    ),
]
