"""Operation rows of `messages`: outbound SMS, MMS and WhatsApp messages."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.messages import Message

from . import Row

_ID = "5fd0d977-4049-40e7-b86e-87bdde4b8a97"
_PROJECT = "d2dd8160-933c-427e-b073-734026ed8a3d"
_BASE = "/api/messaging/messages"

_MESSAGE: dict[str, Any] = {
    "id": _ID,
    "from": "+13125550148",
    "to": "+17735550193",
    "body": "Your table for 4 at 7:30pm is confirmed. Reply C to cancel.",
    "status": "queued",
    "direction": "outbound",
    "kind": "mms",
    "media": ["https://cdn.bistro.example/menu-spring.jpg"],
    "number_of_segments": 1,
    "error_code": None,
    "error_message": None,
    "created_at": "2025-06-14T17:02:09Z",
    "project_id": _PROJECT,
    "status_callback_url": "https://bistro.example/hooks/sms-status",
    "message_uri": f"/api/messaging/logs/{_ID}",
}
_SENT: dict[str, Any] = {
    "to": "+17735550193",
    "from": "+13125550148",
    "body": "Your table for 4 at 7:30pm is confirmed. Reply C to cancel.",
    "media": ["https://cdn.bistro.example/menu-spring.jpg"],
    "status_callback": "https://bistro.example/hooks/sms-status",
    "custom_variables": {"reservation": "R-20931"},
}

ROWS = [
    Row(
        call="messages.create",
        kwargs={**{k: v for k, v in _SENT.items() if k != "from"}, "from_": "+13125550148"},
        method="POST",
        path=_BASE,
        body=_SENT,
        status=201,
        response=_MESSAGE,
        returns=Message,
    ),
    Row(
        call="messages.update",
        args=(_ID,),
        method="PATCH",
        path=f"{_BASE}/{_ID}",
        body={"body": ""},
        response={**_MESSAGE, "body": "", "status": "delivered"},
        returns=Message,
    ),
]
