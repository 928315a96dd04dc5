"""Operation rows of `fabric.cxml_applications`: cXML applications (no create)."""

from signalwire_async.types.fabric.cxml_applications import CxmlApplication

from .. import crud_rows

_BASE = "/api/fabric/resources/cxml_applications"
_ID = "4f6a8c0e-2b4d-4e6f-a1c3-5e7a9c1e3b5d"
_PROJECT = "5e0b9a41-27c6-4d3f-b8e2-91a6f4c07d58"

_DETAILS = {
    "id": "8d0f2b4a-6c8e-4a1c-b3e5-7a9c1e3f5b7d",
    "project_id": _PROJECT,
    "friendly_name": "Harbor Dental IVR",
    "voice_url": "https://ivr.harbordental.example/voice",
    "voice_method": "POST",
    "voice_fallback_url": None,
    "voice_fallback_method": "POST",
    "status_callback": "https://ivr.harbordental.example/voice/status",
    "status_callback_method": "POST",
    "sms_url": "https://ivr.harbordental.example/sms",
    "sms_method": "POST",
    "sms_fallback_url": None,
    "sms_fallback_method": "POST",
    "sms_status_callback": None,
    "sms_status_callback_method": "POST",
}

_APP = {
    "id": _ID,
    "project_id": _PROJECT,
    "display_name": "Harbor Dental IVR",
    "type": "cxml_application",
    "created_at": "2024-09-30T15:40:00Z",
    "updated_at": "2024-09-30T15:40:00Z",
    "cxml_application": _DETAILS,
}

_ADDRESS = {
    "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
    "name": "harbor-dental-ivr",
    "display_name": "Harbor Dental IVR",
    "type": "app",
    "cover_url": "https://cdn.harbordental.example/ivr-cover.png",
    "preview_url": "https://cdn.harbordental.example/ivr-preview.png",
    "locked": False,
    "channels": {
        "audio": "/public/harbor-dental-ivr?channel=audio",
        "messaging": "/public/harbor-dental-ivr?channel=messaging",
    },
    "created_at": "2024-09-30T15:40:01Z",
}

_UPDATE = {
    "display_name": "Harbor Dental IVR v2",
    "voice_fallback_url": "https://backup.harbordental.example/voice",
    "voice_fallback_method": "GET",
}
_UPDATED = {
    **_APP,
    "display_name": "Harbor Dental IVR v2",
    "updated_at": "2024-10-01T09:20:00Z",
    "cxml_application": {
        **_DETAILS,
        "friendly_name": "Harbor Dental IVR v2",
        "voice_fallback_url": "https://backup.harbordental.example/voice",
        "voice_fallback_method": "GET",
    },
}

ROWS = [
    *crud_rows(
        "fabric.cxml_applications",
        _BASE,
        _ID,
        CxmlApplication,
        _APP,
        create=None,
        update="PUT",
        changes=_UPDATE,
        updated=_UPDATED,
        address=_ADDRESS,
    ),
]
