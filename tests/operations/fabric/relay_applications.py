"""Operation rows of `fabric.relay_applications`: RELAY applications."""

from signalwire_async.types.fabric.addresses import FabricAddress
from signalwire_async.types.fabric.relay_applications import RelayApplication

from .. import Row

ROWS = [
    Row(
        call="fabric.relay_applications.list",
        kwargs={"page_size": 20},
        method="GET",
        path="/api/fabric/resources/relay_applications",
        query={"page_size": "20"},
        response={
            "data": [
                {
                    "id": "b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e",
                    "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
                    "display_name": "Dispatch Bot",
                    "type": "relay_application",
                    "created_at": "2025-05-14T13:37:00Z",
                    "updated_at": "2025-05-14T13:37:00Z",
                    "relay_application": {
                        "id": "0e2c4a6b-8d9f-4a1b-b3c5-d7e9f1a3b5c7",
                        "name": "Dispatch Bot",
                        "topic": "dispatch",
                        "call_status_callback_url": "https://dispatch.cityfleet.example/relay/status",
                    },
                }
            ],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/relay_applications?page_size=20",
                "first": "https://example.signalwire.com/api/fabric/resources/relay_applications?page_size=20",
            },
        },
        returns=RelayApplication,
        paged=True,
    ),
    Row(
        call="fabric.relay_applications.create",
        kwargs={
            "name": "Dispatch Bot",
            "topic": "dispatch",
            "call_status_callback_url": "https://dispatch.cityfleet.example/relay/status",
        },
        method="POST",
        path="/api/fabric/resources/relay_applications",
        body={
            "name": "Dispatch Bot",
            "topic": "dispatch",
            "call_status_callback_url": "https://dispatch.cityfleet.example/relay/status",
        },
        response={
            "id": "b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Dispatch Bot",
            "type": "relay_application",
            "created_at": "2025-05-14T13:37:00Z",
            "updated_at": "2025-05-14T13:37:00Z",
            "relay_application": {
                "id": "0e2c4a6b-8d9f-4a1b-b3c5-d7e9f1a3b5c7",
                "name": "Dispatch Bot",
                "topic": "dispatch",
                "call_status_callback_url": "https://dispatch.cityfleet.example/relay/status",
            },
        },
        returns=RelayApplication,
    ),
    Row(
        call="fabric.relay_applications.get",
        args=("b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e",),
        method="GET",
        path="/api/fabric/resources/relay_applications/b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e",
        response={
            "id": "b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Dispatch Bot",
            "type": "relay_application",
            "created_at": "2025-05-14T13:37:00Z",
            "updated_at": "2025-05-14T13:37:00Z",
            "relay_application": {
                "id": "0e2c4a6b-8d9f-4a1b-b3c5-d7e9f1a3b5c7",
                "name": "Dispatch Bot",
                "topic": "dispatch",
                "call_status_callback_url": "https://dispatch.cityfleet.example/relay/status",
            },
        },
        returns=RelayApplication,
    ),
    Row(
        call="fabric.relay_applications.update",
        args=("b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e",),
        kwargs={"topic": "dispatch-night"},
        method="PUT",
        path="/api/fabric/resources/relay_applications/b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e",
        body={"topic": "dispatch-night"},
        response={
            "id": "b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Dispatch Bot",
            "type": "relay_application",
            "created_at": "2025-05-14T13:37:00Z",
            "updated_at": "2025-05-15T22:04:18Z",
            "relay_application": {
                "id": "0e2c4a6b-8d9f-4a1b-b3c5-d7e9f1a3b5c7",
                "name": "Dispatch Bot",
                "topic": "dispatch-night",
                "call_status_callback_url": "https://dispatch.cityfleet.example/relay/status",
            },
        },
        returns=RelayApplication,
    ),
    Row(
        call="fabric.relay_applications.delete",
        args=("b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e",),
        method="DELETE",
        path="/api/fabric/resources/relay_applications/b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e",
        status=204,
    ),
    Row(
        call="fabric.relay_applications.list_addresses",
        args=("b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e",),
        kwargs={"page_size": 10},
        method="GET",
        path="/api/fabric/resources/relay_applications/b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e/addresses",
        query={"page_size": "10"},
        response={
            "data": [
                {
                    "id": "4f6a8c0e-2b4d-4f68-9a1c-3e5f7a9b1d2f",
                    "name": "dispatch-bot",
                    "display_name": "Dispatch Bot",
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
            ],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/relay_applications/b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e/addresses?page_size=10",
                "first": "https://example.signalwire.com/api/fabric/resources/relay_applications/b7c9d1e3-f5a7-4b9c-8d0e-2f4a6b8c0d1e/addresses?page_size=10",
            },
        },
        returns=FabricAddress,
        paged=True,
    ),
]
