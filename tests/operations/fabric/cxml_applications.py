from signalwire_async.types.fabric.addresses import FabricAddress
from signalwire_async.types.fabric.cxml_applications import CxmlApplication

from .. import Row

_BASE = "/api/fabric/resources/cxml_applications"
_ID = "4f6a8c0e-2b4d-4e6f-a1c3-5e7a9c1e3b5d"
_PROJECT = "5e0b9a41-27c6-4d3f-b8e2-91a6f4c07d58"

_DETAILS = {
    "id": "8d0f2b4a-6c8e-4a1c-b3e5-7a9c1e3f5b7d",
    "project_id": _PROJECT,
    "friendly_name": "Harbor Dental IVR",
    "voice_url": "https://ivr.harbordental.example/voice",
    "voice_method": "POST",
    "voice_fallback_url": None,
    "voice_fallback_method": "POST",
    "status_callback": "https://ivr.harbordental.example/voice/status",
    "status_callback_method": "POST",
    "sms_url": "https://ivr.harbordental.example/sms",
    "sms_method": "POST",
    "sms_fallback_url": None,
    "sms_fallback_method": "POST",
    "sms_status_callback": None,
    "sms_status_callback_method": "POST",
}

_APP = {
    "id": _ID,
    "project_id": _PROJECT,
    "display_name": "Harbor Dental IVR",
    "type": "cxml_application",
    "created_at": "2024-09-30T15:40:00Z",
    "updated_at": "2024-09-30T15:40:00Z",
    "cxml_application": _DETAILS,
}

_ADDRESS = {
    "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
    "name": "harbor-dental-ivr",
    "display_name": "Harbor Dental IVR",
    "type": "app",
    "cover_url": "https://cdn.harbordental.example/ivr-cover.png",
    "preview_url": "https://cdn.harbordental.example/ivr-preview.png",
    "locked": False,
    "channels": {
        "audio": "/public/harbor-dental-ivr?channel=audio",
        "messaging": "/public/harbor-dental-ivr?channel=messaging",
    },
    "created_at": "2024-09-30T15:40:01Z",
}


def _links(path: str, query: str) -> dict[str, str]:
    url = f"https://example.signalwire.com{path}?{query}"
    return {"self": url, "first": url}


ROWS = [
    Row(
        call="fabric.cxml_applications.list",
        kwargs={"page_size": 20},
        method="GET",
        path=_BASE,
        query={"page_size": "20"},
        response={"data": [_APP], "links": _links(_BASE, "page_size=20")},
        returns=CxmlApplication,
        paged=True,
    ),
    Row(
        call="fabric.cxml_applications.get",
        args=(_ID,),
        method="GET",
        path=f"{_BASE}/{_ID}",
        response=_APP,
        returns=CxmlApplication,
    ),
    Row(
        call="fabric.cxml_applications.update",
        args=(_ID,),
        kwargs={
            "display_name": "Harbor Dental IVR v2",
            "voice_fallback_url": "https://backup.harbordental.example/voice",
            "voice_fallback_method": "GET",
        },
        method="PUT",
        path=f"{_BASE}/{_ID}",
        body={
            "display_name": "Harbor Dental IVR v2",
            "voice_fallback_url": "https://backup.harbordental.example/voice",
            "voice_fallback_method": "GET",
        },
        response={
            **_APP,
            "display_name": "Harbor Dental IVR v2",
            "updated_at": "2024-10-01T09:20:00Z",
            "cxml_application": {
                **_DETAILS,
                "friendly_name": "Harbor Dental IVR v2",
                "voice_fallback_url": "https://backup.harbordental.example/voice",
                "voice_fallback_method": "GET",
            },
        },
        returns=CxmlApplication,
    ),
    Row(
        call="fabric.cxml_applications.delete",
        args=(_ID,),
        method="DELETE",
        path=f"{_BASE}/{_ID}",
        status=204,
    ),
    Row(
        call="fabric.cxml_applications.list_addresses",
        args=(_ID,),
        kwargs={"page_size": 10},
        method="GET",
        path=f"{_BASE}/{_ID}/addresses",
        query={"page_size": "10"},
        response={"data": [_ADDRESS], "links": _links(f"{_BASE}/{_ID}/addresses", "page_size=10")},
        returns=FabricAddress,
        paged=True,
    ),
]
