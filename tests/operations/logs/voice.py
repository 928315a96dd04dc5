"""Rows of `client.logs.voice`: call logs and their events."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.logs.voice import VoiceLog, VoiceLogEventList

from .. import Row, page

HOST = "https://example.signalwire.com"
VOICE_LOGS = "/api/voice/logs"
LOG_ID = "4d8b1c6e-92f7-4a30-b5e8-07c3f9a12d64"
PROJECT_ID = "0e7a2c55-48d1-4b3f-9c6e-a1f85d2b7c90"

_LOG: dict[str, Any] = {
    "id": LOG_ID,
    "from": "+15125550142",
    "to": "sip:frontdesk@clinic.example.com",
    "source": "realtime_api",
    "charge": 0.0124,
    "charge_details": [{"description": "SIP call minutes", "charge": 0.0124}],
    "created_at": "2026-04-15T10:22:08Z",
    "type": "relay_sip_call",
    "url": None,
    "direction": "outbound",
    "status": "completed",
    "duration": 184,
    "duration_ms": 183712,
    "billing_ms": 184000,
    "parent_id": None,
}
_DIALOGFLOW: dict[str, Any] = {
    "id": "8e2f5a91-c73d-4b06-a9e4-51d0b7c3f28a",
    "from": "+13055550119",
    "to": "+15125550142",
    "source": "dialogflow",
    "charge": 0.02,
    "charge_details": [{"description": "Dialogflow call minutes", "charge": 0.02}],
    "created_at": "2026-04-15T11:03:40Z",
    "type": "dialogflow_call",
    "url": None,
    "status": "completed",
    "duration": 95,
}
_EVENTS: dict[str, Any] = {
    "data": [
        {
            "event_at": "2026-04-15T10:22:08Z",
            "level": "info",
            "name": "calling_call_initiated",
            "details": {},
            "project_id": PROJECT_ID,
            "log_id": LOG_ID,
        },
        {
            "event_at": "2026-04-15T10:25:12Z",
            "level": "info",
            "name": "calling_call_ended",
            "details": {"end_reason": "hangup"},
            "project_id": PROJECT_ID,
            "log_id": LOG_ID,
        },
    ]
}

ROWS = [
    Row(
        call="logs.voice.list",
        kwargs={"created_on": "2026-04-15", "page_size": 50, "page_number": 0},
        path=VOICE_LOGS,
        query={"created_on": "2026-04-15", "page_size": "50", "page_number": "0"},
        response=page(
            [_LOG, _DIALOGFLOW],
            f"{HOST}{VOICE_LOGS}?created_on=2026-04-15&page_size=50&page_number=0",
        ),
        returns=VoiceLog,
        paged=True,
    ),
    Row(
        call="logs.voice.get",
        args=(LOG_ID,),
        path=f"{VOICE_LOGS}/{LOG_ID}",
        response=_LOG,
        returns=VoiceLog,
    ),
    Row(
        call="logs.voice.list_events",
        args=(LOG_ID,),
        path=f"{VOICE_LOGS}/{LOG_ID}/events",
        response=_EVENTS,
        returns=VoiceLogEventList,
    ),
]
