"""Operation rows of `fabric.swml_scripts`: SWML scripts."""

from signalwire_async.types.fabric.swml_scripts import SwmlScript

from .. import crud_rows

_BASE = "/api/fabric/resources/swml_scripts"
_ID = "8f2a4c6e-0b1d-4e3f-9a5b-7c8d0e1f2a3b"
_DETAILS_ID = "e4d3c2b1-a09f-4e8d-b7c6-5a4b3c2d1e0f"
_CREATED = "2025-01-20T11:05:44Z"
_NAME = "Main Line Router"
_NEW_NAME = "Main Line Router (closed)"
_STATUS_URL = "https://ops.riversideplumbing.example/swml/status"
_CONTENTS = {
    "version": "1.0.0",
    "sections": {
        "main": [
            {"answer": {}},
            {"play": {"url": "say:Thank you for calling Riverside Plumbing."}},
            {"connect": {"to": "+15035550172"}},
        ]
    },
}
_CLOSED_CONTENTS = {
    "version": "1.0.0",
    "sections": {
        "main": [
            {"answer": {}},
            {"play": {"url": "say:Our office is closed. Please call back tomorrow."}},
            {"hangup": {}},
        ]
    },
}

_DETAILS = {
    "id": _DETAILS_ID,
    "display_name": _NAME,
    "script_type": "calling",
    "request_url": f"https://example.signalwire.com/relay-bins/{_DETAILS_ID}",
    "contents": _CONTENTS,
    "status_callback_url": _STATUS_URL,
    "status_callback_method": "POST",
}
_SCRIPT = {
    "id": _ID,
    "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
    "display_name": _NAME,
    "type": "swml_script",
    "created_at": _CREATED,
    "updated_at": _CREATED,
    "swml_script": _DETAILS,
}
_CREATE = {
    "name": _NAME,
    "contents": _CONTENTS,
    "script_type": "calling",
    "status_callback_url": _STATUS_URL,
}
_UPDATE = {"display_name": _NEW_NAME, "contents": _CLOSED_CONTENTS}
_ADDRESS = {
    "id": "1c5e7a9b-3d2f-4b60-8e41-a2c4e6f80b13",
    "name": "main-line-router",
    "display_name": _NAME,
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
_UPDATED = {
    **_SCRIPT,
    "display_name": _NEW_NAME,
    "updated_at": "2025-01-22T18:30:02Z",
    "swml_script": {**_DETAILS, **_UPDATE},
}

ROWS = [
    *crud_rows(
        "fabric.swml_scripts",
        _BASE,
        _ID,
        SwmlScript,
        _SCRIPT,
        create=_CREATE,
        update="PUT",
        changes=_UPDATE,
        updated=_UPDATED,
        address=_ADDRESS,
    ),
]
