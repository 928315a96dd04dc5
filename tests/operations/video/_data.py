"""Answers shared by the rows of `video`: a room, its session, a recording, a stream, a
conference and its tokens."""

from __future__ import annotations

from typing import Any

V = "/api/video"
HOST = "https://example.signalwire.com"

PROJECT_ID = "dea2f06f-5de1-4724-9a18-2c52f3ccc6a5"
ROOM_ID = "a7e894aa-c000-4311-8e78-0596e2cfe722"
SESSION_ID = "e58a7997-ccaf-4c72-8b05-1f4f33147acc"
RECORDING_ID = "0bf75768-b42b-4771-ad18-5608ae4aa3c1"
CONFERENCE_ID = "522c3e57-aaeb-4f48-ad7f-023aaf46c606"
MODERATOR_TOKEN_ID = "0a25c167-342f-4e23-a86d-59c86c462c9f"
GUEST_TOKEN_ID = "86c76807-7101-4e66-bdae-67770d10067d"
STREAM_ID = "5e8d8553-9e05-47c8-b37f-2dcc802b99d3"
MEMBER_ID = "4f8854df-154d-4b58-bdc9-b28436f5ef20"
EVENT_ID = "fd427876-7886-4d98-ac01-c12c8345d409"
PARTICIPANT_ID = "ba62469a-423d-45c7-8055-952b1be6ce26"

ROOM_NAME = "clinic_triage"

ACTIVE_SESSION: dict[str, Any] = {
    "id": SESSION_ID,
    "room_id": ROOM_ID,
    "name": ROOM_NAME,
    "display_name": "Clinic triage desk",
    "join_from": "2025-05-12T07:30:00Z",
    "join_until": "2025-05-12T19:00:00Z",
    "remove_at": "2025-05-12T19:30:00Z",
    "remove_after_seconds_elapsed": 3600,
    "layout": "2x2",
    "max_members": 6,
    "fps": 30,
    "quality": "720p",
    "start_time": "2025-05-12T08:02:41Z",
    "status": "in-progress",
    "record_on_start": True,
    "enable_room_previews": True,
    "preview_url": f"{HOST}{V}/room_sessions/{SESSION_ID}/preview.jpg",
    "audio_video_sync": True,
}

ROOM: dict[str, Any] = {
    "id": ROOM_ID,
    "name": ROOM_NAME,
    "display_name": "Clinic triage desk",
    "description": "Nurses see walk-in patients here before a doctor joins.",
    "max_members": 6,
    "quality": "720p",
    "fps": 30,
    "join_from": "2025-05-12T07:30:00Z",
    "join_until": "2025-05-12T19:00:00Z",
    "remove_at": None,
    "remove_after_seconds_elapsed": 3600,
    "layout": "2x2",
    "record_on_start": True,
    "tone_on_entry_and_exit": True,
    "room_join_video_off": False,
    "user_join_video_off": False,
    "enable_room_previews": True,
    "sync_audio_video": True,
    "meta": {"site": "north-clinic", "floor": 2},
    "prioritize_handraise": False,
    "created_at": "2025-04-30T14:11:05Z",
    "updated_at": "2025-05-02T09:47:18Z",
}

SESSION: dict[str, Any] = {
    "id": SESSION_ID,
    "room_id": ROOM_ID,
    "name": ROOM_NAME,
    "display_name": "Clinic triage desk",
    "max_members": 6,
    "quality": "720p",
    "fps": 30,
    "join_from": "2025-05-12T07:30:00Z",
    "join_until": "2025-05-12T19:00:00Z",
    "remove_at": None,
    "remove_after_seconds_elapsed": 3600,
    "layout": "2x2",
    "record_on_start": True,
    "tone_on_entry_and_exit": True,
    "room_join_video_off": False,
    "user_join_video_off": False,
    "locked": False,
    "start_time": "2025-05-12T08:02:41Z",
    "end_time": "2025-05-12T08:41:09Z",
    "duration": 2308,
    "status": "completed",
    "created_at": "2025-05-12T08:02:41Z",
    "updated_at": "2025-05-12T08:41:09Z",
    "preview_url": None,
    "prioritize_handraise": False,
    "sync_audio_video": True,
}
"""One session as `room_sessions.get` answers it; list items add the fields below."""

SESSION_LISTED: dict[str, Any] = {
    **SESSION,
    "cost_in_dollars": 0.46,
    "enable_room_previews": True,
    "locked_cover": "https://cdn.clinic.example/video/locked.png",
}

RECORDING: dict[str, Any] = {
    "id": RECORDING_ID,
    "room_session_id": SESSION_ID,
    "status": "completed",
    "started_at": "2025-05-12T08:02:43Z",
    "finished_at": "2025-05-12T08:41:07Z",
    "duration": 2304,
    "size_in_bytes": 318804217,
    "format": "video/mp4",
    "cost_in_dollars": 0.12,
    "uri": f"https://files.signalwire.example/recordings/{RECORDING_ID}.mp4?expires=1747040400",
    "created_at": "2025-05-12T08:02:43Z",
    "updated_at": "2025-05-12T08:43:30Z",
}

EVENT: dict[str, Any] = {
    "id": EVENT_ID,
    "project_id": PROJECT_ID,
    "room_id": ROOM_ID,
    "room_session_id": SESSION_ID,
    "room_recording_id": RECORDING_ID,
    "level": "info",
    "name": "recording.started",
    "payload": {"format": "mp4", "layout": "2x2"},
    "created_at": "2025-05-12T08:02:43Z",
}

STREAM: dict[str, Any] = {
    "id": STREAM_ID,
    "url": "rtmp://live.clinic.example/app/triage-desk",
    "stream_type": "rtmp",
    "width": 1280,
    "height": 720,
    "fps": 30,
    "created_at": "2025-05-12T08:05:12Z",
    "updated_at": "2025-05-12T08:05:12Z",
}

CONFERENCE: dict[str, Any] = {
    "id": CONFERENCE_ID,
    "name": "town_hall_q2",
    "display_name": "Q2 town hall",
    "description": "Quarterly all-hands for the clinic network.",
    "join_from": "2025-06-20T15:45:00Z",
    "join_until": "2025-06-20T18:00:00Z",
    "quality": "1080p",
    "layout": "highlight-1-responsive",
    "size": "large",
    "record_on_start": True,
    "tone_on_entry_and_exit": False,
    "user_join_video_off": True,
    "room_join_video_off": False,
    "enable_chat": True,
    "enable_room_previews": None,
    "dark_primary": "#2F6FED",
    "dark_background": "#101418",
    "dark_foreground": "#F2F4F7",
    "dark_success": "#22A06B",
    "dark_negative": "#E5484D",
    "light_primary": "#2F6FED",
    "light_background": "#FFFFFF",
    "light_foreground": "#1B1F24",
    "light_success": "#22A06B",
    "light_negative": "#E5484D",
    "meta": None,
    "created_at": "2025-05-28T10:20:31Z",
    "updated_at": "2025-05-28T10:20:31Z",
}

MODERATOR_TOKEN: dict[str, Any] = {
    "id": MODERATOR_TOKEN_ID,
    "name": "Moderator",
    "token": "vpt_8d1e5b0c4f7a2e9b6c3d0a1f5e8b2c7d",
    "scopes": ["room.member.remove", "room.set_layout", "room.recording", "room.lock"],
}
GUEST_TOKEN: dict[str, Any] = {
    "id": GUEST_TOKEN_ID,
    "name": "Guest",
    "token": "vpt_3c9a7e1d5b2f8a4c6e0d9b7a1f3e5c2d",
    "scopes": ["room.self.audio_mute", "room.self.audio_unmute", "room.self.raisehand"],
}
