"""Operation rows of `fabric.swml_webhooks`: SWML webhooks."""

from signalwire_async.types.fabric.addresses import FabricAddress
from signalwire_async.types.fabric.swml_webhooks import SwmlWebhook

from .. import Row

ROWS = [
    Row(
        call="fabric.swml_webhooks.list",
        kwargs={"page_size": 20},
        method="GET",
        path="/api/fabric/resources/swml_webhooks",
        query={"page_size": "20"},
        response={
            "data": [
                {
                    "id": "3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",
                    "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
                    "display_name": "Support Queue",
                    "type": "swml_webhook",
                    "created_at": "2025-04-02T07:48:19Z",
                    "updated_at": "2025-04-02T07:48:19Z",
                    "swml_webhook": {
                        "id": "3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",
                        "name": "Support Queue",
                        "used_for": "calling",
                        "primary_request_url": "https://voice.helpdesk.example/swml",
                        "primary_request_method": "POST",
                        "fallback_request_url": None,
                        "fallback_request_method": "POST",
                        "status_callback_url": "https://voice.helpdesk.example/swml/status",
                        "status_callback_method": "POST",
                    },
                }
            ],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/swml_webhooks?page_size=20",
                "first": "https://example.signalwire.com/api/fabric/resources/swml_webhooks?page_size=20",
            },
        },
        returns=SwmlWebhook,
        paged=True,
    ),
    Row(
        call="fabric.swml_webhooks.create",
        kwargs={
            "primary_request_url": "https://voice.helpdesk.example/swml",
            "name": "Support Queue",
            "status_callback_url": "https://voice.helpdesk.example/swml/status",
        },
        method="POST",
        path="/api/fabric/resources/swml_webhooks",
        body={
            "primary_request_url": "https://voice.helpdesk.example/swml",
            "name": "Support Queue",
            "status_callback_url": "https://voice.helpdesk.example/swml/status",
        },
        status=201,
        response={
            "id": "3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Support Queue",
            "type": "swml_webhook",
            "created_at": "2025-04-02T07:48:19Z",
            "updated_at": "2025-04-02T07:48:19Z",
            "swml_webhook": {
                "id": "3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",
                "name": "Support Queue",
                "used_for": "calling",
                "primary_request_url": "https://voice.helpdesk.example/swml",
                "primary_request_method": "POST",
                "fallback_request_url": None,
                "fallback_request_method": "POST",
                "status_callback_url": "https://voice.helpdesk.example/swml/status",
                "status_callback_method": "POST",
            },
        },
        returns=SwmlWebhook,
    ),
    Row(
        call="fabric.swml_webhooks.get",
        args=("3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",),
        method="GET",
        path="/api/fabric/resources/swml_webhooks/3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",
        response={
            "id": "3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Support Queue",
            "type": "swml_webhook",
            "created_at": "2025-04-02T07:48:19Z",
            "updated_at": "2025-04-02T07:48:19Z",
            "swml_webhook": {
                "id": "3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",
                "name": "Support Queue",
                "used_for": "calling",
                "primary_request_url": "https://voice.helpdesk.example/swml",
                "primary_request_method": "POST",
                "fallback_request_url": None,
                "fallback_request_method": "POST",
                "status_callback_url": "https://voice.helpdesk.example/swml/status",
                "status_callback_method": "POST",
            },
        },
        returns=SwmlWebhook,
    ),
    Row(
        call="fabric.swml_webhooks.update",
        args=("3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",),
        kwargs={
            "fallback_request_url": "https://voice-backup.helpdesk.example/swml",
            "fallback_request_method": "GET",
        },
        method="PATCH",
        path="/api/fabric/resources/swml_webhooks/3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",
        body={
            "fallback_request_url": "https://voice-backup.helpdesk.example/swml",
            "fallback_request_method": "GET",
        },
        response={
            "id": "3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Support Queue",
            "type": "swml_webhook",
            "created_at": "2025-04-02T07:48:19Z",
            "updated_at": "2025-04-03T10:12:36Z",
            "swml_webhook": {
                "id": "3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",
                "name": "Support Queue",
                "used_for": "calling",
                "primary_request_url": "https://voice.helpdesk.example/swml",
                "primary_request_method": "POST",
                "fallback_request_url": "https://voice-backup.helpdesk.example/swml",
                "fallback_request_method": "GET",
                "status_callback_url": "https://voice.helpdesk.example/swml/status",
                "status_callback_method": "POST",
            },
        },
        returns=SwmlWebhook,
    ),
    Row(
        call="fabric.swml_webhooks.delete",
        args=("3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",),
        method="DELETE",
        path="/api/fabric/resources/swml_webhooks/3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",
        status=204,
    ),
    Row(
        call="fabric.swml_webhooks.list_addresses",
        args=("3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6",),
        kwargs={"page_size": 10},
        method="GET",
        path="/api/fabric/resources/swml_webhooks/3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6/addresses",
        query={"page_size": "10"},
        response={
            "data": [
                {
                    "id": "6d8f0a2c-4e1b-4a97-b3c5-e7f9a1b3c5d7",
                    "name": "support-queue",
                    "display_name": "Support Queue",
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
            ],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/swml_webhooks/3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6/addresses?page_size=10",
                "first": "https://example.signalwire.com/api/fabric/resources/swml_webhooks/3a9e5c1f-7b2d-4c84-9f06-d1e2a3b4c5d6/addresses?page_size=10",
            },
        },
        returns=FabricAddress,
        paged=True,
    ),
]
