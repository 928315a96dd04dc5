"""Operation rows of `fabric.cxml_webhooks`: cXML webhooks."""

from signalwire_async.types.fabric.addresses import FabricAddress
from signalwire_async.types.fabric.cxml_webhooks import CxmlWebhook

from .. import Row

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
_LIST_URL = f"https://example.signalwire.com{_BASE}?page_size=20"
_ADDRESSES_URL = f"https://example.signalwire.com{_BASE}/{_ID}/addresses?page_size=10"

ROWS = [
    Row(
        call="fabric.cxml_webhooks.list",
        kwargs={"page_size": 20},
        method="GET",
        path=_BASE,
        query={"page_size": "20"},
        response={"data": [_WEBHOOK], "links": {"self": _LIST_URL, "first": _LIST_URL}},
        returns=CxmlWebhook,
        paged=True,
    ),
    Row(
        call="fabric.cxml_webhooks.create",
        kwargs=_CREATE,
        method="POST",
        path=_BASE,
        body=_CREATE,
        status=201,
        response=_WEBHOOK,
        returns=CxmlWebhook,
    ),
    Row(
        call="fabric.cxml_webhooks.get",
        args=(_ID,),
        method="GET",
        path=f"{_BASE}/{_ID}",
        response=_WEBHOOK,
        returns=CxmlWebhook,
    ),
    Row(
        call="fabric.cxml_webhooks.update",
        args=(_ID,),
        kwargs=_UPDATE,
        method="PATCH",
        path=f"{_BASE}/{_ID}",
        body=_UPDATE,
        response={
            **_WEBHOOK,
            "updated_at": "2025-03-05T08:01:47Z",
            "cxml_webhook": {**_DETAILS, **_UPDATE},
        },
        returns=CxmlWebhook,
    ),
    Row(
        call="fabric.cxml_webhooks.delete",
        args=(_ID,),
        method="DELETE",
        path=f"{_BASE}/{_ID}",
        status=204,
    ),
    Row(
        call="fabric.cxml_webhooks.list_addresses",
        args=(_ID,),
        kwargs={"page_size": 10},
        method="GET",
        path=f"{_BASE}/{_ID}/addresses",
        query={"page_size": "10"},
        response={
            "data": [_ADDRESS],
            "links": {"self": _ADDRESSES_URL, "first": _ADDRESSES_URL},
        },
        returns=FabricAddress,
        paged=True,
    ),
]
