"""Operation rows of `fabric.relay_applications`: RELAY applications."""

from signalwire_async.types.fabric.relay_applications import RelayApplication

from .. import crud_rows

_BASE = "/api/fabric/resources/relay_applications"
_ID = "b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e"
_CREATED = "2025-05-14T13:37:00Z"
_NAME = "Dispatch Bot"

_CREATE = {
    "name": _NAME,
    "topic": "dispatch",
    "call_status_callback_url": "https://dispatch.cityfleet.example/relay/status",
}
_DETAILS = {"id": "0e2c4a6b-8d9f-4a1b-b3c5-d7e9f1a3b5c7", **_CREATE}
_APPLICATION = {
    "id": _ID,
    "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
    "display_name": _NAME,
    "type": "relay_application",
    "created_at": _CREATED,
    "updated_at": _CREATED,
    "relay_application": _DETAILS,
}
_UPDATE = {"topic": "dispatch-night"}
_ADDRESS = {
    "id": "4f6a8c0e-2b4d-4f68-9a1c-3e5f7a9b1d2f",
    "name": "dispatch-bot",
    "display_name": _NAME,
    "type": "app",
    "cover_url": "https://cdn.example.com/covers/dispatch-bot.png",
    "preview_url": "https://cdn.example.com/previews/dispatch-bot.png",
    "locked": False,
    "channels": {
        "audio": "/private/dispatch-bot?channel=audio",
        "messaging": "/private/dispatch-bot?channel=messaging",
        "video": "/private/dispatch-bot?channel=video",
    },
    "created_at": "2025-02-11T09:14:27Z",
}
_UPDATED = {
    **_APPLICATION,
    "updated_at": "2025-05-15T22:04:18Z",
    "relay_application": {**_DETAILS, **_UPDATE},
}

ROWS = [
    *crud_rows(
        "fabric.relay_applications",
        _BASE,
        _ID,
        RelayApplication,
        _APPLICATION,
        create=_CREATE,
        update="PUT",
        changes=_UPDATE,
        updated=_UPDATED,
        address=_ADDRESS,
    ),
]
