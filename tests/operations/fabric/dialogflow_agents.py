"""Operation rows of `fabric.dialogflow_agents`: Dialogflow agents (no create)."""

from signalwire_async.types.fabric.dialogflow_agents import DialogflowAgent

from .. import crud_rows

_BASE = "/api/fabric/resources/dialogflow_agents"
_ID = "d3b8f6a1-7c2e-4a95-b0d4-8e1f5c7a2b69"
_PROJECT = "5e0b9a41-27c6-4d3f-b8e2-91a6f4c07d58"

_DETAILS = {
    "id": "9f4e2d1c-0b3a-4c58-a7e6-5d4c3b2a1f09",
    "say_enabled": True,
    "say": "Thanks for calling Harbor Dental.",
    "voice": "en-US-Wavenet-F",
    "display_name": "Harbor Dental Dialogflow",
    "dialogflow_reference_id": "2b7c9e4f-1a3d-4e8b-9c6f-0d5a7b3e1c82",
    "dialogflow_reference_name": "harbor-dental-intake",
}

_AGENT = {
    "id": _ID,
    "project_id": _PROJECT,
    "display_name": "Harbor Dental Dialogflow",
    "type": "dialogflow_agent",
    "created_at": "2024-11-08T13:05:00Z",
    "updated_at": "2024-11-08T13:05:00Z",
    "dialogflow_agent": _DETAILS,
}

_ADDRESS = {
    "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
    "name": "harbor-dental-dialogflow",
    "display_name": "Harbor Dental Dialogflow",
    "type": "app",
    "cover_url": "https://cdn.harbordental.example/df-cover.png",
    "preview_url": "https://cdn.harbordental.example/df-preview.png",
    "locked": False,
    "channels": {"audio": "/public/harbor-dental-dialogflow?channel=audio"},
    "created_at": "2024-11-08T13:05:01Z",
}

_UPDATE = {"say": "Welcome to Harbor Dental, how can we help?", "voice": "en-US-Wavenet-D"}
_UPDATED = {
    **_AGENT,
    "updated_at": "2024-11-09T10:00:00Z",
    "dialogflow_agent": {**_DETAILS, **_UPDATE},
}

ROWS = [
    *crud_rows(
        "fabric.dialogflow_agents",
        _BASE,
        _ID,
        DialogflowAgent,
        _AGENT,
        create=None,
        update="PUT",
        changes=_UPDATE,
        updated=_UPDATED,
        address=_ADDRESS,
    ),
]
