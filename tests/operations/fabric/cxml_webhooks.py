"""Operation rows of `fabric.cxml_webhooks`: cXML webhooks."""

from signalwire_async.types.fabric.addresses import FabricAddress
from signalwire_async.types.fabric.cxml_webhooks import CxmlWebhook

from .. import Row

ROWS = [
    Row(
        call="fabric.cxml_webhooks.list",
        kwargs={"page_size": 20},
        method="GET",
        path="/api/fabric/resources/cxml_webhooks",
        query={"page_size": "20"},
        response={
            "data": [
                {
                    "id": "5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",
                    "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
                    "display_name": "Order Status Line",
                    "type": "cxml_webhook",
                    "created_at": "2025-03-04T14:22:10Z",
                    "updated_at": "2025-03-04T14:22:10Z",
                    "cxml_webhook": {
                        "id": "5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",
                        "name": "Order Status Line",
                        "used_for": "calling",
                        "primary_request_url": "https://ivr.shopfront.example/cxml/inbound",
                        "primary_request_method": "POST",
                        "fallback_request_url": "https://backup.shopfront.example/cxml/inbound",
                        "fallback_request_method": "POST",
                        "status_callback_url": None,
                        "status_callback_method": "POST",
                    },
                }
            ],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/cxml_webhooks?page_size=20",
                "first": "https://example.signalwire.com/api/fabric/resources/cxml_webhooks?page_size=20",
            },
        },
        returns=CxmlWebhook,
        paged=True,
    ),
    Row(
        call="fabric.cxml_webhooks.create",
        kwargs={
            "primary_request_url": "https://ivr.shopfront.example/cxml/inbound",
            "name": "Order Status Line",
            "used_for": "calling",
            "fallback_request_url": "https://backup.shopfront.example/cxml/inbound",
        },
        method="POST",
        path="/api/fabric/resources/cxml_webhooks",
        body={
            "primary_request_url": "https://ivr.shopfront.example/cxml/inbound",
            "name": "Order Status Line",
            "used_for": "calling",
            "fallback_request_url": "https://backup.shopfront.example/cxml/inbound",
        },
        status=201,
        response={
            "id": "5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Order Status Line",
            "type": "cxml_webhook",
            "created_at": "2025-03-04T14:22:10Z",
            "updated_at": "2025-03-04T14:22:10Z",
            "cxml_webhook": {
                "id": "5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",
                "name": "Order Status Line",
                "used_for": "calling",
                "primary_request_url": "https://ivr.shopfront.example/cxml/inbound",
                "primary_request_method": "POST",
                "fallback_request_url": "https://backup.shopfront.example/cxml/inbound",
                "fallback_request_method": "POST",
                "status_callback_url": None,
                "status_callback_method": "POST",
            },
        },
        returns=CxmlWebhook,
    ),
    Row(
        call="fabric.cxml_webhooks.get",
        args=("5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",),
        method="GET",
        path="/api/fabric/resources/cxml_webhooks/5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",
        response={
            "id": "5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Order Status Line",
            "type": "cxml_webhook",
            "created_at": "2025-03-04T14:22:10Z",
            "updated_at": "2025-03-04T14:22:10Z",
            "cxml_webhook": {
                "id": "5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",
                "name": "Order Status Line",
                "used_for": "calling",
                "primary_request_url": "https://ivr.shopfront.example/cxml/inbound",
                "primary_request_method": "POST",
                "fallback_request_url": "https://backup.shopfront.example/cxml/inbound",
                "fallback_request_method": "POST",
                "status_callback_url": None,
                "status_callback_method": "POST",
            },
        },
        returns=CxmlWebhook,
    ),
    Row(
        call="fabric.cxml_webhooks.update",
        args=("5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",),
        kwargs={
            "primary_request_method": "GET",
            "status_callback_url": "https://ivr.shopfront.example/cxml/status",
        },
        method="PATCH",
        path="/api/fabric/resources/cxml_webhooks/5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",
        body={
            "primary_request_method": "GET",
            "status_callback_url": "https://ivr.shopfront.example/cxml/status",
        },
        response={
            "id": "5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Order Status Line",
            "type": "cxml_webhook",
            "created_at": "2025-03-04T14:22:10Z",
            "updated_at": "2025-03-05T08:01:47Z",
            "cxml_webhook": {
                "id": "5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",
                "name": "Order Status Line",
                "used_for": "calling",
                "primary_request_url": "https://ivr.shopfront.example/cxml/inbound",
                "primary_request_method": "GET",
                "fallback_request_url": "https://backup.shopfront.example/cxml/inbound",
                "fallback_request_method": "POST",
                "status_callback_url": "https://ivr.shopfront.example/cxml/status",
                "status_callback_method": "POST",
            },
        },
        returns=CxmlWebhook,
    ),
    Row(
        call="fabric.cxml_webhooks.delete",
        args=("5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",),
        method="DELETE",
        path="/api/fabric/resources/cxml_webhooks/5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",
        status=204,
    ),
    Row(
        call="fabric.cxml_webhooks.list_addresses",
        args=("5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04",),
        kwargs={"page_size": 10},
        method="GET",
        path="/api/fabric/resources/cxml_webhooks/5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04/addresses",
        query={"page_size": "10"},
        response={
            "data": [
                {
                    "id": "9b1f6d3e-2a7c-4e05-8d94-6c3a1e7f2b58",
                    "name": "order-status-line",
                    "display_name": "Order Status Line",
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
            ],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/cxml_webhooks/5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04/addresses?page_size=10",
                "first": "https://example.signalwire.com/api/fabric/resources/cxml_webhooks/5e0c7a92-1d4b-4f38-a6e7-3b9d2c8f1a04/addresses?page_size=10",
            },
        },
        returns=FabricAddress,
        paged=True,
    ),
]
