"""Operation rows of `fabric.freeswitch_connectors`: FreeSWITCH connectors."""

from signalwire_async.types.fabric.freeswitch_connectors import FreeswitchConnector

from .. import crud_rows

_BASE = "/api/fabric/resources/freeswitch_connectors"
_ID = "d2e4f6a8-b0c2-4d4e-8f6a-1b3c5d7e9f0a"
_CREATED = "2025-06-09T06:55:41Z"
_NAME = "Datacenter PBX"

_DETAILS = {
    "id": "a1b3c5d7-e9f1-4a3b-9c5d-7e9f1a3b5c7d",
    "name": _NAME,
    "caller_id": None,
    "send_as": None,
}
_CONNECTOR = {
    "id": _ID,
    "project_id": "4b7ae8c1-2f3d-4e59-a1c6-8d0f5e2b7a94",
    "display_name": _NAME,
    "type": "freeswitch_connector",
    "created_at": _CREATED,
    "updated_at": _CREATED,
    "freeswitch_connector": _DETAILS,
}
_CREATE = {"name": _NAME, "token": "f0e1d2c3-b4a5-4968-8776-655443322110"}
_UPDATE = {"caller_id": "+13125550188", "send_as": "+13125550188"}
_ADDRESS = {
    "id": "8e0a2c4e-6f8b-4d1f-a3c5-e7a9c1e3f5b8",
    "name": "datacenter-pbx",
    "display_name": _NAME,
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
_UPDATED = {
    **_CONNECTOR,
    "updated_at": "2025-06-10T12:20:09Z",
    "freeswitch_connector": {**_DETAILS, **_UPDATE},
}

ROWS = [
    *crud_rows(
        "fabric.freeswitch_connectors",
        _BASE,
        _ID,
        FreeswitchConnector,
        _CONNECTOR,
        create=_CREATE,
        update="PUT",
        changes=_UPDATE,
        updated=_UPDATED,
        address=_ADDRESS,
    ),
]
