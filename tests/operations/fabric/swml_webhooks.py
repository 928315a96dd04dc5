"""Operation rows of `fabric.swml_webhooks`: SWML webhooks."""

from signalwire_async.types.fabric.swml_webhooks import SwmlWebhook

from .. import crud_rows

_BASE = "/api/fabric/resources/swml_webhooks"
_ID = "3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6"
_CREATED = "2025-04-02T07:48:19Z"
_NAME = "Support Queue"
_PRIMARY_URL = "https://voice.helpdesk.example/swml"
_STATUS_URL = "https://voice.helpdesk.example/swml/status"

_DETAILS = {
    "id": _ID,
    "name": _NAME,
    "used_for": "calling",
    "primary_request_url": _PRIMARY_URL,
    "primary_request_method": "POST",
    "fallback_request_url": None,
    "fallback_request_method": "POST",
    "status_callback_url": _STATUS_URL,
    "status_callback_method": "POST",
}
_WEBHOOK = {
    "id": _ID,
    "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
    "display_name": _NAME,
    "type": "swml_webhook",
    "created_at": _CREATED,
    "updated_at": _CREATED,
    "swml_webhook": _DETAILS,
}
_CREATE = {
    "primary_request_url": _PRIMARY_URL,
    "name": _NAME,
    "status_callback_url": _STATUS_URL,
}
_UPDATE = {
    "fallback_request_url": "https://voice-backup.helpdesk.example/swml",
    "fallback_request_method": "GET",
}
_ADDRESS = {
    "id": "6d8f0a2c-4e1b-4a97-b3c5-e7f9a1b3c5d7",
    "name": "support-queue",
    "display_name": _NAME,
    "type": "app",
    "cover_url": "https://cdn.example.com/covers/support-queue.png",
    "preview_url": "https://cdn.example.com/previews/support-queue.png",
    "locked": False,
    "channels": {
        "audio": "/private/support-queue?channel=audio",
        "messaging": "/private/support-queue?channel=messaging",
        "video": "/private/support-queue?channel=video",
    },
    "created_at": "2025-02-11T09:14:27Z",
}
_UPDATED = {
    **_WEBHOOK,
    "updated_at": "2025-04-03T10:12:36Z",
    "swml_webhook": {**_DETAILS, **_UPDATE},
}

ROWS = [
    *crud_rows(
        "fabric.swml_webhooks",
        _BASE,
        _ID,
        SwmlWebhook,
        _WEBHOOK,
        create=_CREATE,
        created_status=201,
        update="PATCH",
        changes=_UPDATE,
        updated=_UPDATED,
        address=_ADDRESS,
    ),
]
