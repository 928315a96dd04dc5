"""Operation rows of `fabric.cxml_webhooks`: cXML webhooks."""

from signalwire_async.types.fabric.cxml_webhooks import CxmlWebhook

from .. import crud_rows

_BASE = "/api/fabric/resources/cxml_webhooks"
_ID = "5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04"
_CREATED = "2025-03-04T14:22:10Z"
_NAME = "Order Status Line"
_PRIMARY_URL = "https://ivr.shopfront.example/cxml/inbound"
_FALLBACK_URL = "https://backup.shopfront.example/cxml/inbound"
_STATUS_URL = "https://ivr.shopfront.example/cxml/status"

_DETAILS = {
    "id": _ID,
    "name": _NAME,
    "used_for": "calling",
    "primary_request_url": _PRIMARY_URL,
    "primary_request_method": "POST",
    "fallback_request_url": _FALLBACK_URL,
    "fallback_request_method": "POST",
    "status_callback_url": None,
    "status_callback_method": "POST",
}
_WEBHOOK = {
    "id": _ID,
    "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
    "display_name": _NAME,
    "type": "cxml_webhook",
    "created_at": _CREATED,
    "updated_at": _CREATED,
    "cxml_webhook": _DETAILS,
}
_CREATE = {
    "primary_request_url": _PRIMARY_URL,
    "name": _NAME,
    "used_for": "calling",
    "fallback_request_url": _FALLBACK_URL,
}
_UPDATE = {"primary_request_method": "GET", "status_callback_url": _STATUS_URL}
_ADDRESS = {
    "id": "9b1f6d3e-2a7c-4e05-8d94-6c3a1e7f2b58",
    "name": "order-status-line",
    "display_name": _NAME,
    "type": "app",
    "cover_url": "https://cdn.example.com/covers/order-status-line.png",
    "preview_url": "https://cdn.example.com/previews/order-status-line.png",
    "locked": False,
    "channels": {
        "audio": "/private/order-status-line?channel=audio",
        "messaging": "/private/order-status-line?channel=messaging",
        "video": "/private/order-status-line?channel=video",
    },
    "created_at": "2025-02-11T09:14:27Z",
}
_UPDATED = {
    **_WEBHOOK,
    "updated_at": "2025-03-05T08:01:47Z",
    "cxml_webhook": {**_DETAILS, **_UPDATE},
}

ROWS = [
    *crud_rows(
        "fabric.cxml_webhooks",
        _BASE,
        _ID,
        CxmlWebhook,
        _WEBHOOK,
        create=_CREATE,
        created_status=201,
        update="PATCH",
        changes=_UPDATE,
        updated=_UPDATED,
        address=_ADDRESS,
    ),
]
