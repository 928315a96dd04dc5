"""Operation rows of `fabric.cxml_scripts`: cXML scripts."""

from signalwire_async.types.fabric.cxml_scripts import CxmlScript

from .. import crud_rows

_BASE = "/api/fabric/resources/cxml_scripts"
_ID = "2d6f0b84-93c1-4a7e-b5d2-7e1f3c9a0b56"
_DETAILS_ID = "c81e4f27-5b0a-4d93-8e6c-1a2b3f4d5e60"
_CREATED = "2025-02-11T09:12:03Z"
_NAME = "Front Desk Greeting"
_NEW_NAME = "Front Desk Greeting (after hours)"
_STATUS_URL = "https://hooks.acmedental.example/cxml/status"
_CONTENTS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    "<Response>"
    '<Say voice="woman">Thanks for calling Acme Dental. Please hold.</Say>'
    "<Dial>+15125550143</Dial>"
    "</Response>"
)

_DETAILS = {
    "id": _DETAILS_ID,
    "display_name": _NAME,
    "contents": _CONTENTS,
    "script_type": "calling",
    "request_url": f"https://example.signalwire.com/laml-bins/{_DETAILS_ID}",
    "request_count": 0,
    "last_accessed_at": None,
    "status_callback_url": _STATUS_URL,
    "status_callback_method": "POST",
}
_SCRIPT = {
    "id": _ID,
    "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
    "name": _NAME,
    "type": "cxml_script",
    "created_at": _CREATED,
    "updated_at": _CREATED,
    "cxml_script": _DETAILS,
}
_CREATE = {
    "display_name": _NAME,
    "contents": _CONTENTS,
    "status_callback_url": _STATUS_URL,
    "status_callback_method": "POST",
}
_UPDATE = {"display_name": _NEW_NAME}
_ADDRESS = {
    "id": "7a3e9c10-4b2d-4f86-9e15-0c8d2b6a4f31",
    "name": "front-desk-greeting",
    "display_name": _NAME,
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
_UPDATED = {
    **_SCRIPT,
    "name": _NEW_NAME,
    "updated_at": "2025-02-12T17:40:55Z",
    "cxml_script": {
        **_DETAILS,
        "display_name": _NEW_NAME,
        "request_count": 14,
        "last_accessed_at": "2025-02-12T16:05:31Z",
    },
}

ROWS = [
    *crud_rows(
        "fabric.cxml_scripts",
        _BASE,
        _ID,
        CxmlScript,
        _SCRIPT,
        create=_CREATE,
        update="PUT",
        changes=_UPDATE,
        updated=_UPDATED,
        address=_ADDRESS,
    ),
]
