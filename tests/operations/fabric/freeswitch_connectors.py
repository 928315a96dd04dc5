"""Operation rows of `fabric.freeswitch_connectors`: FreeSWITCH connectors."""

from signalwire_async.types.fabric.addresses import FabricAddress
from signalwire_async.types.fabric.freeswitch_connectors import FreeswitchConnector

from .. import Row

ROWS = [
    Row(
        call="fabric.freeswitch_connectors.list",
        kwargs={"page_size": 20},
        method="GET",
        path="/api/fabric/resources/freeswitch_connectors",
        query={"page_size": "20"},
        response={
            "data": [
                {
                    "id": "d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a",
                    "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
                    "display_name": "Datacenter PBX",
                    "type": "freeswitch_connector",
                    "created_at": "2025-06-09T06:55:41Z",
                    "updated_at": "2025-06-09T06:55:41Z",
                    "freeswitch_connector": {
                        "id": "a1b3c5d7-e9f1-4a3b-9c5d-7e9f1a3b5c7d",
                        "name": "Datacenter PBX",
                        "caller_id": None,
                        "send_as": None,
                    },
                }
            ],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/freeswitch_connectors?page_size=20",
                "first": "https://example.signalwire.com/api/fabric/resources/freeswitch_connectors?page_size=20",
            },
        },
        returns=FreeswitchConnector,
        paged=True,
    ),
    Row(
        call="fabric.freeswitch_connectors.create",
        kwargs={"name": "Datacenter PBX", "token": "f0e1d2c3-b4a5-4968-8776-655443322110"},
        method="POST",
        path="/api/fabric/resources/freeswitch_connectors",
        body={"name": "Datacenter PBX", "token": "f0e1d2c3-b4a5-4968-8776-655443322110"},
        response={
            "id": "d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Datacenter PBX",
            "type": "freeswitch_connector",
            "created_at": "2025-06-09T06:55:41Z",
            "updated_at": "2025-06-09T06:55:41Z",
            "freeswitch_connector": {
                "id": "a1b3c5d7-e9f1-4a3b-9c5d-7e9f1a3b5c7d",
                "name": "Datacenter PBX",
                "caller_id": None,
                "send_as": None,
            },
        },
        returns=FreeswitchConnector,
    ),
    Row(
        call="fabric.freeswitch_connectors.get",
        args=("d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a",),
        method="GET",
        path="/api/fabric/resources/freeswitch_connectors/d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a",
        response={
            "id": "d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Datacenter PBX",
            "type": "freeswitch_connector",
            "created_at": "2025-06-09T06:55:41Z",
            "updated_at": "2025-06-09T06:55:41Z",
            "freeswitch_connector": {
                "id": "a1b3c5d7-e9f1-4a3b-9c5d-7e9f1a3b5c7d",
                "name": "Datacenter PBX",
                "caller_id": None,
                "send_as": None,
            },
        },
        returns=FreeswitchConnector,
    ),
    Row(
        call="fabric.freeswitch_connectors.update",
        args=("d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a",),
        kwargs={"caller_id": "+13125550188", "send_as": "+13125550188"},
        method="PUT",
        path="/api/fabric/resources/freeswitch_connectors/d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a",
        body={"caller_id": "+13125550188", "send_as": "+13125550188"},
        response={
            "id": "d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Datacenter PBX",
            "type": "freeswitch_connector",
            "created_at": "2025-06-09T06:55:41Z",
            "updated_at": "2025-06-10T12:20:09Z",
            "freeswitch_connector": {
                "id": "a1b3c5d7-e9f1-4a3b-9c5d-7e9f1a3b5c7d",
                "name": "Datacenter PBX",
                "caller_id": "+13125550188",
                "send_as": "+13125550188",
            },
        },
        returns=FreeswitchConnector,
    ),
    Row(
        call="fabric.freeswitch_connectors.delete",
        args=("d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a",),
        method="DELETE",
        path="/api/fabric/resources/freeswitch_connectors/d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a",
        status=204,
    ),
    Row(
        call="fabric.freeswitch_connectors.list_addresses",
        args=("d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a",),
        kwargs={"page_size": 10},
        method="GET",
        path="/api/fabric/resources/freeswitch_connectors/d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a/addresses",
        query={"page_size": "10"},
        response={
            "data": [
                {
                    "id": "8e0a2c4e-6f8b-4d1f-a3c5-e7a9c1e3f5b8",
                    "name": "datacenter-pbx",
                    "display_name": "Datacenter PBX",
                    "type": "call",
                    "cover_url": "https://cdn.example.com/covers/datacenter-pbx.png",
                    "preview_url": "https://cdn.example.com/previews/datacenter-pbx.png",
                    "locked": False,
                    "channels": {
                        "audio": "/private/datacenter-pbx?channel=audio",
                        "messaging": "/private/datacenter-pbx?channel=messaging",
                        "video": "/private/datacenter-pbx?channel=video",
                    },
                    "created_at": "2025-02-11T09:14:27Z",
                }
            ],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/freeswitch_connectors/d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a/addresses?page_size=10",
                "first": "https://example.signalwire.com/api/fabric/resources/freeswitch_connectors/d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a/addresses?page_size=10",
            },
        },
        returns=FabricAddress,
        paged=True,
    ),
]
