"""Operation rows of `fabric.swml_scripts`: SWML scripts."""

from signalwire_async.types.fabric.addresses import FabricAddress
from signalwire_async.types.fabric.swml_scripts import SwmlScript

from .. import Row

ROWS = [
    Row(
        call="fabric.swml_scripts.list",
        kwargs={"page_size": 20},
        method="GET",
        path="/api/fabric/resources/swml_scripts",
        query={"page_size": "20"},
        response={
            "data": [
                {
                    "id": "8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b",
                    "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
                    "display_name": "Main Line Router",
                    "type": "swml_script",
                    "created_at": "2025-01-20T11:05:44Z",
                    "updated_at": "2025-01-20T11:05:44Z",
                    "swml_script": {
                        "id": "e4d3c2b1-a09f-4e8d-b7c6-5a4b3c2d1e0f",
                        "display_name": "Main Line Router",
                        "script_type": "calling",
                        "request_url": "https://example.signalwire.com/relay-bins/e4d3c2b1-a09f-4e8d-b7c6-5a4b3c2d1e0f",
                        "contents": {
                            "version": "1.0.0",
                            "sections": {
                                "main": [
                                    {"answer": {}},
                                    {
                                        "play": {
                                            "url": "say:Thank you for calling Riverside Plumbing."
                                        }
                                    },
                                    {"connect": {"to": "+15035550172"}},
                                ]
                            },
                        },
                        "status_callback_url": "https://ops.riversideplumbing.example/swml/status",
                        "status_callback_method": "POST",
                    },
                }
            ],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/swml_scripts?page_size=20",
                "first": "https://example.signalwire.com/api/fabric/resources/swml_scripts?page_size=20",
            },
        },
        returns=SwmlScript,
        paged=True,
    ),
    Row(
        call="fabric.swml_scripts.create",
        kwargs={
            "name": "Main Line Router",
            "contents": {
                "version": "1.0.0",
                "sections": {
                    "main": [
                        {"answer": {}},
                        {"play": {"url": "say:Thank you for calling Riverside Plumbing."}},
                        {"connect": {"to": "+15035550172"}},
                    ]
                },
            },
            "script_type": "calling",
            "status_callback_url": "https://ops.riversideplumbing.example/swml/status",
        },
        method="POST",
        path="/api/fabric/resources/swml_scripts",
        body={
            "name": "Main Line Router",
            "contents": {
                "version": "1.0.0",
                "sections": {
                    "main": [
                        {"answer": {}},
                        {"play": {"url": "say:Thank you for calling Riverside Plumbing."}},
                        {"connect": {"to": "+15035550172"}},
                    ]
                },
            },
            "script_type": "calling",
            "status_callback_url": "https://ops.riversideplumbing.example/swml/status",
        },
        response={
            "id": "8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Main Line Router",
            "type": "swml_script",
            "created_at": "2025-01-20T11:05:44Z",
            "updated_at": "2025-01-20T11:05:44Z",
            "swml_script": {
                "id": "e4d3c2b1-a09f-4e8d-b7c6-5a4b3c2d1e0f",
                "display_name": "Main Line Router",
                "script_type": "calling",
                "request_url": "https://example.signalwire.com/relay-bins/e4d3c2b1-a09f-4e8d-b7c6-5a4b3c2d1e0f",
                "contents": {
                    "version": "1.0.0",
                    "sections": {
                        "main": [
                            {"answer": {}},
                            {"play": {"url": "say:Thank you for calling Riverside Plumbing."}},
                            {"connect": {"to": "+15035550172"}},
                        ]
                    },
                },
                "status_callback_url": "https://ops.riversideplumbing.example/swml/status",
                "status_callback_method": "POST",
            },
        },
        returns=SwmlScript,
    ),
    Row(
        call="fabric.swml_scripts.get",
        args=("8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b",),
        method="GET",
        path="/api/fabric/resources/swml_scripts/8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b",
        response={
            "id": "8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Main Line Router",
            "type": "swml_script",
            "created_at": "2025-01-20T11:05:44Z",
            "updated_at": "2025-01-20T11:05:44Z",
            "swml_script": {
                "id": "e4d3c2b1-a09f-4e8d-b7c6-5a4b3c2d1e0f",
                "display_name": "Main Line Router",
                "script_type": "calling",
                "request_url": "https://example.signalwire.com/relay-bins/e4d3c2b1-a09f-4e8d-b7c6-5a4b3c2d1e0f",
                "contents": {
                    "version": "1.0.0",
                    "sections": {
                        "main": [
                            {"answer": {}},
                            {"play": {"url": "say:Thank you for calling Riverside Plumbing."}},
                            {"connect": {"to": "+15035550172"}},
                        ]
                    },
                },
                "status_callback_url": "https://ops.riversideplumbing.example/swml/status",
                "status_callback_method": "POST",
            },
        },
        returns=SwmlScript,
    ),
    Row(
        call="fabric.swml_scripts.update",
        args=("8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b",),
        kwargs={
            "display_name": "Main Line Router (closed)",
            "contents": {
                "version": "1.0.0",
                "sections": {
                    "main": [
                        {"answer": {}},
                        {"play": {"url": "say:Our office is closed. Please call back tomorrow."}},
                        {"hangup": {}},
                    ]
                },
            },
        },
        method="PUT",
        path="/api/fabric/resources/swml_scripts/8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b",
        body={
            "display_name": "Main Line Router (closed)",
            "contents": {
                "version": "1.0.0",
                "sections": {
                    "main": [
                        {"answer": {}},
                        {"play": {"url": "say:Our office is closed. Please call back tomorrow."}},
                        {"hangup": {}},
                    ]
                },
            },
        },
        response={
            "id": "8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b",
            "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
            "display_name": "Main Line Router (closed)",
            "type": "swml_script",
            "created_at": "2025-01-20T11:05:44Z",
            "updated_at": "2025-01-22T18:30:02Z",
            "swml_script": {
                "id": "e4d3c2b1-a09f-4e8d-b7c6-5a4b3c2d1e0f",
                "display_name": "Main Line Router (closed)",
                "script_type": "calling",
                "request_url": "https://example.signalwire.com/relay-bins/e4d3c2b1-a09f-4e8d-b7c6-5a4b3c2d1e0f",
                "contents": {
                    "version": "1.0.0",
                    "sections": {
                        "main": [
                            {"answer": {}},
                            {
                                "play": {
                                    "url": "say:Our office is closed. Please call back tomorrow."
                                }
                            },
                            {"hangup": {}},
                        ]
                    },
                },
                "status_callback_url": "https://ops.riversideplumbing.example/swml/status",
                "status_callback_method": "POST",
            },
        },
        returns=SwmlScript,
    ),
    Row(
        call="fabric.swml_scripts.delete",
        args=("8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b",),
        method="DELETE",
        path="/api/fabric/resources/swml_scripts/8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b",
        status=204,
    ),
    Row(
        call="fabric.swml_scripts.list_addresses",
        args=("8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b",),
        kwargs={"page_size": 10},
        method="GET",
        path="/api/fabric/resources/swml_scripts/8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b/addresses",
        query={"page_size": "10"},
        response={
            "data": [
                {
                    "id": "1c5e7a9b-3d2f-4b60-8e41-a2c4e6f80b13",
                    "name": "main-line-router",
                    "display_name": "Main Line Router",
                    "type": "app",
                    "cover_url": "https://cdn.example.com/covers/main-line-router.png",
                    "preview_url": "https://cdn.example.com/previews/main-line-router.png",
                    "locked": False,
                    "channels": {
                        "audio": "/private/main-line-router?channel=audio",
                        "messaging": "/private/main-line-router?channel=messaging",
                        "video": "/private/main-line-router?channel=video",
                    },
                    "created_at": "2025-02-11T09:14:27Z",
                }
            ],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/swml_scripts/8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b/addresses?page_size=10",
                "first": "https://example.signalwire.com/api/fabric/resources/swml_scripts/8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b/addresses?page_size=10",
            },
        },
        returns=FabricAddress,
        paged=True,
    ),
]
