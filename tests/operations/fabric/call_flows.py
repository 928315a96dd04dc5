"""Operation rows of `fabric.call_flows`: call flows and their versions."""

from typing import Any

from signalwire_async.types.fabric.call_flows import CallFlow, CallFlowVersion

from .. import Row, crud_rows

_BASE = "/api/fabric/resources/call_flows"
_ID = "7b3e91c4-0f2a-4d86-a5c7-3e8d1f6b9a20"
_ONE = f"/api/fabric/resources/call_flow/{_ID}"
_PROJECT = "5e0b9a41-27c6-4d3f-b8e2-91a6f4c07d58"
_VERSION_ID = "e4a2c8f1-9b37-4c05-8d6e-1f2a3b4c5d6e"

_SWML = {
    "version": "1.0.0",
    "sections": {
        "main": [
            {"answer": {}},
            {"play": {"url": "https://cdn.harbordental.example/audio/welcome.mp3"}},
            {"hangup": {}},
        ]
    },
}
_FLOW_DATA = {"nodes": [{"id": "start", "type": "answer"}], "edges": []}

_FLOW: dict[str, Any] = {
    "id": _ID,
    "project_id": _PROJECT,
    "display_name": "After-hours greeting",
    "type": "call_flow",
    "created_at": "2025-03-04T18:30:00Z",
    "updated_at": "2025-03-04T18:30:00Z",
    "call_flow": {
        "id": _ID,
        "title": "After-hours greeting",
        "flow_data": _FLOW_DATA,
        "relayml": _SWML,
        "document_version": 1,
    },
}

_ADDRESS = {
    "id": "3c9d7e21-5a4b-4f08-9e36-b1d2c3e4f5a6",
    "name": "after-hours-greeting",
    "display_name": "After-hours greeting",
    "type": "app",
    "cover_url": "https://cdn.harbordental.example/flow-cover.png",
    "preview_url": "https://cdn.harbordental.example/flow-preview.png",
    "locked": False,
    "channels": {"audio": "/public/after-hours-greeting?channel=audio"},
    "created_at": "2025-03-04T18:30:01Z",
}


def _links(path: str, query: str) -> dict[str, str]:
    url = f"https://example.signalwire.com{path}?{query}"
    return {"self": url, "first": url}


_CREATE = {"title": "After-hours greeting", "flow_data": _FLOW_DATA, "relayml": _SWML}
_UPDATE = {
    "title": "After-hours greeting (holidays)",
    "document_version": 2,
    "flow_data": _FLOW_DATA,
    "relayml": _SWML,
}
_UPDATED = {
    **_FLOW,
    "display_name": "After-hours greeting (holidays)",
    "updated_at": "2025-03-05T08:12:44Z",
    "call_flow": {
        **_FLOW["call_flow"],
        "title": "After-hours greeting (holidays)",
        "document_version": 2,
    },
}

ROWS = [
    *crud_rows(
        "fabric.call_flows",
        _BASE,
        _ID,
        CallFlow,
        _FLOW,
        create=_CREATE,
        created_status=201,
        update="PUT",
        changes=_UPDATE,
        updated=_UPDATED,
        address=_ADDRESS,
        addresses_path=f"{_ONE}/addresses",
    ),
    Row(
        call="fabric.call_flows.deploy_version",
        args=(_ID,),
        kwargs={"document_version": 2},
        method="POST",
        path=f"{_ONE}/versions",
        body={"document_version": 2},
        status=201,
        response={
            "id": _VERSION_ID,
            "created_at": "2025-03-05T08:15:00Z",
            "updated_at": "2025-03-05T08:15:00Z",
            "document_version": 2,
            "flow_data": _FLOW_DATA,
            "relayml": _SWML,
        },
        returns=CallFlowVersion,
    ),
    Row(
        call="fabric.call_flows.list_versions",
        args=(_ID,),
        kwargs={"page_size": 5},
        method="GET",
        path=f"{_ONE}/versions",
        query={"page_size": "5"},
        response={
            "data": [
                {
                    "id": _VERSION_ID,
                    "version": "2",
                    "created_at": "2025-03-05T08:15:00Z",
                    "updated_at": "2025-03-05T08:15:00Z",
                    "flow_data": _FLOW_DATA,
                    "relayml": _SWML,
                }
            ],
            "links": _links(f"{_ONE}/versions", "page_size=5"),
        },
        returns=CallFlowVersion,
        paged=True,
    ),
]
