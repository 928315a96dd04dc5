"""Operation rows of `fabric.cxml_scripts`: cXML scripts."""

from signalwire_async.types.fabric.addresses import FabricAddress
from signalwire_async.types.fabric.cxml_scripts import CxmlScript

from .. import Row

ROWS = [
    Row(
        call="fabric.cxml_scripts.list",
        kwargs={"page_size": 20},
        method="GET",
        path="/api/fabric/resources/cxml_scripts",
        query={"page_size": "20"},
        response={
            "data": [
                {
                    "id": "2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56",
                    "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
                    "name": "Front Desk Greeting",
                    "type": "cxml_script",
                    "created_at": "2025-02-11T09:12:03Z",
                    "updated_at": "2025-02-11T09:12:03Z",
                    "cxml_script": {
                        "id": "c81e4f27-5b0a-4d93-8e6c-1a2b3f4d5e60",
                        "display_name": "Front Desk Greeting",
                        "contents": (
                            '<?xml version="1.0" encoding="UTF-8"?>'
                            "<Response>"
                            '<Say voice="woman">Thanks for calling Acme Dental. Please hold.</Say>'
                            "<Dial>+15125550143</Dial>"
                            "</Response>"
                        ),
                        "script_type": "calling",
                        "request_url": "https://example.signalwire.com/laml-bins/c81e4f27-5b0a-4d93-8e6c-1a2b3f4d5e60",
                        "request_count": 0,
                        "last_accessed_at": None,
                        "status_callback_url": "https://hooks.acmedental.example/cxml/status",
                        "status_callback_method": "POST",
                    },
                }
            ],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/cxml_scripts?page_size=20",
                "first": "https://example.signalwire.com/api/fabric/resources/cxml_scripts?page_size=20",
            },
        },
        returns=CxmlScript,
        paged=True,
    ),
    Row(
        call="fabric.cxml_scripts.create",
        kwargs={
            "display_name": "Front Desk Greeting",
            "contents": (
                '<?xml version="1.0" encoding="UTF-8"?>'
                "<Response>"
                '<Say voice="woman">Thanks for calling Acme Dental. Please hold.</Say>'
                "<Dial>+15125550143</Dial>"
                "</Response>"
            ),
            "status_callback_url": "https://hooks.acmedental.example/cxml/status",
            "status_callback_method": "POST",
        },
        method="POST",
        path="/api/fabric/resources/cxml_scripts",
        body={
            "display_name": "Front Desk Greeting",
            "contents": (
                '<?xml version="1.0" encoding="UTF-8"?>'
                "<Response>"
                '<Say voice="woman">Thanks for calling Acme Dental. Please hold.</Say>'
                "<Dial>+15125550143</Dial>"
                "</Response>"
            ),
            "status_callback_url": "https://hooks.acmedental.example/cxml/status",
            "status_callback_method": "POST",
        },
        response={
            "id": "2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "name": "Front Desk Greeting",
            "type": "cxml_script",
            "created_at": "2025-02-11T09:12:03Z",
            "updated_at": "2025-02-11T09:12:03Z",
            "cxml_script": {
                "id": "c81e4f27-5b0a-4d93-8e6c-1a2b3f4d5e60",
                "display_name": "Front Desk Greeting",
                "contents": (
                    '<?xml version="1.0" encoding="UTF-8"?>'
                    "<Response>"
                    '<Say voice="woman">Thanks for calling Acme Dental. Please hold.</Say>'
                    "<Dial>+15125550143</Dial>"
                    "</Response>"
                ),
                "script_type": "calling",
                "request_url": "https://example.signalwire.com/laml-bins/c81e4f27-5b0a-4d93-8e6c-1a2b3f4d5e60",
                "request_count": 0,
                "last_accessed_at": None,
                "status_callback_url": "https://hooks.acmedental.example/cxml/status",
                "status_callback_method": "POST",
            },
        },
        returns=CxmlScript,
    ),
    Row(
        call="fabric.cxml_scripts.get",
        args=("2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56",),
        method="GET",
        path="/api/fabric/resources/cxml_scripts/2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56",
        response={
            "id": "2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "name": "Front Desk Greeting",
            "type": "cxml_script",
            "created_at": "2025-02-11T09:12:03Z",
            "updated_at": "2025-02-11T09:12:03Z",
            "cxml_script": {
                "id": "c81e4f27-5b0a-4d93-8e6c-1a2b3f4d5e60",
                "display_name": "Front Desk Greeting",
                "contents": (
                    '<?xml version="1.0" encoding="UTF-8"?>'
                    "<Response>"
                    '<Say voice="woman">Thanks for calling Acme Dental. Please hold.</Say>'
                    "<Dial>+15125550143</Dial>"
                    "</Response>"
                ),
                "script_type": "calling",
                "request_url": "https://example.signalwire.com/laml-bins/c81e4f27-5b0a-4d93-8e6c-1a2b3f4d5e60",
                "request_count": 0,
                "last_accessed_at": None,
                "status_callback_url": "https://hooks.acmedental.example/cxml/status",
                "status_callback_method": "POST",
            },
        },
        returns=CxmlScript,
    ),
    Row(
        call="fabric.cxml_scripts.update",
        args=("2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56",),
        kwargs={"display_name": "Front Desk Greeting (after hours)"},
        method="PUT",
        path="/api/fabric/resources/cxml_scripts/2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56",
        body={"display_name": "Front Desk Greeting (after hours)"},
        response={
            "id": "2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "name": "Front Desk Greeting (after hours)",
            "type": "cxml_script",
            "created_at": "2025-02-11T09:12:03Z",
            "updated_at": "2025-02-12T17:40:55Z",
            "cxml_script": {
                "id": "c81e4f27-5b0a-4d93-8e6c-1a2b3f4d5e60",
                "display_name": "Front Desk Greeting (after hours)",
                "contents": (
                    '<?xml version="1.0" encoding="UTF-8"?>'
                    "<Response>"
                    '<Say voice="woman">Thanks for calling Acme Dental. Please hold.</Say>'
                    "<Dial>+15125550143</Dial>"
                    "</Response>"
                ),
                "script_type": "calling",
                "request_url": "https://example.signalwire.com/laml-bins/c81e4f27-5b0a-4d93-8e6c-1a2b3f4d5e60",
                "request_count": 14,
                "last_accessed_at": "2025-02-12T16:05:31Z",
                "status_callback_url": "https://hooks.acmedental.example/cxml/status",
                "status_callback_method": "POST",
            },
        },
        returns=CxmlScript,
    ),
    Row(
        call="fabric.cxml_scripts.delete",
        args=("2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56",),
        method="DELETE",
        path="/api/fabric/resources/cxml_scripts/2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56",
        status=204,
    ),
    Row(
        call="fabric.cxml_scripts.list_addresses",
        args=("2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56",),
        kwargs={"page_size": 10},
        method="GET",
        path="/api/fabric/resources/cxml_scripts/2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56/addresses",
        query={"page_size": "10"},
        response={
            "data": [
                {
                    "id": "7a3e9c10-4b2d-4f86-9e15-0c8d2b6a4f31",
                    "name": "front-desk-greeting",
                    "display_name": "Front Desk Greeting",
                    "type": "app",
                    "cover_url": "https://cdn.example.com/covers/front-desk-greeting.png",
                    "preview_url": "https://cdn.example.com/previews/front-desk-greeting.png",
                    "locked": False,
                    "channels": {
                        "audio": "/private/front-desk-greeting?channel=audio",
                        "messaging": "/private/front-desk-greeting?channel=messaging",
                        "video": "/private/front-desk-greeting?channel=video",
                    },
                    "created_at": "2025-02-11T09:14:27Z",
                }
            ],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/cxml_scripts/2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56/addresses?page_size=10",
                "first": "https://example.signalwire.com/api/fabric/resources/cxml_scripts/2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56/addresses?page_size=10",
            },
        },
        returns=FabricAddress,
        paged=True,
    ),
]
