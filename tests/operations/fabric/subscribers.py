"""Operation rows of `fabric.subscribers`: subscribers and their SIP endpoints."""

from signalwire_async.types.fabric.subscribers import Subscriber, SubscriberSipEndpoint

from .. import Row, crud_rows

_SUB_ID = "85f1b595-0c11-47f0-836a-2a4ceac25ed3"
_SUB_BASE = "/api/fabric/resources/subscribers"
_SUB_EP_ID = "bed24833-c846-4fab-aee3-cbbd1c5aa89d"
_SUB_DETAILS = {
    "id": "f7783db3-96c7-4e08-8cdf-ed89676b1dcf",
    "email": "maria.lindqvist@example.org",
    "first_name": "Maria",
    "last_name": "Lindqvist",
    "display_name": "Maria Lindqvist",
    "job_title": "Support Lead",
    "timezone": "Europe/Stockholm",
    "country": "Sweden",
    "company_name": "Nordvik Logistics",
}
_SUBSCRIBER = {
    "id": _SUB_ID,
    "project_id": "1128da01-c361-4ea6-86ec-3f903f2c248e",
    "display_name": "Maria Lindqvist",
    "type": "subscriber",
    "created_at": "2025-01-20T10:02:33Z",
    "updated_at": "2025-01-20T10:02:33Z",
    "subscriber": _SUB_DETAILS,
}
_SUB_ADDRESS = {
    "id": "e28fb386-240c-4ec0-8f32-e6d72fa5364a",
    "name": "maria-lindqvist",
    "display_name": "Maria Lindqvist",
    "type": "subscriber",
    "cover_url": "https://cdn.example.com/covers/maria.png",
    "preview_url": "https://cdn.example.com/previews/maria.png",
    "locked": False,
    "channels": {
        "audio": "/private/maria-lindqvist?channel=audio",
        "video": "/private/maria-lindqvist?channel=video",
        "messaging": "/private/maria-lindqvist?channel=messaging",
    },
    "created_at": "2025-01-20T10:02:34Z",
}
_SUB_ENDPOINT = {
    "id": _SUB_EP_ID,
    "username": "maria-desk",
    "caller_id": "Maria Lindqvist",
    "send_as": "+46812345670",
    "ciphers": ["AEAD_AES_256_GCM_8", "AES_256_CM_HMAC_SHA1_80"],
    "codecs": ["OPUS", "G722"],
    "encryption": "required",
}
_SUB_EP_BASE = f"{_SUB_BASE}/{_SUB_ID}/sip_endpoints"

_SUB_CREATE = {
    "email": "maria.lindqvist@example.org",
    "first_name": "Maria",
    "last_name": "Lindqvist",
    "timezone": "Europe/Stockholm",
}
_SUB_UPDATE = {"job_title": "Head of Support", "company_name": "Nordvik Logistics AB"}
_SUB_UPDATED = {
    **_SUBSCRIBER,
    "updated_at": "2025-02-03T08:30:00Z",
    "subscriber": {**_SUB_DETAILS, **_SUB_UPDATE},
}

ROWS = [
    # list_addresses: the spec declares a list of pages; the API answers one page object.
    *crud_rows(
        "fabric.subscribers",
        _SUB_BASE,
        _SUB_ID,
        Subscriber,
        _SUBSCRIBER,
        create=_SUB_CREATE,
        created_status=201,
        update="PUT",
        changes=_SUB_UPDATE,
        updated=_SUB_UPDATED,
        address=_SUB_ADDRESS,
    ),
    Row(
        call="fabric.subscribers.create_sip_endpoint",
        args=(_SUB_ID,),
        kwargs={
            "username": "maria-desk",
            "password": "h4Rb0r-Lantern-92",
            "caller_id": "Maria Lindqvist",
            "encryption": "required",
        },
        method="POST",
        path=_SUB_EP_BASE,
        body={
            "username": "maria-desk",
            "password": "h4Rb0r-Lantern-92",
            "caller_id": "Maria Lindqvist",
            "encryption": "required",
        },
        status=201,
        response=_SUB_ENDPOINT,
        returns=SubscriberSipEndpoint,
    ),
    Row(
        call="fabric.subscribers.list_sip_endpoints",
        args=(_SUB_ID,),
        kwargs={"page_size": 5},
        method="GET",
        path=_SUB_EP_BASE,
        query={"page_size": "5"},
        response={
            "data": [_SUB_ENDPOINT],
            "links": {
                "self": f"https://example.signalwire.com{_SUB_EP_BASE}?page_size=5",
                "first": f"https://example.signalwire.com{_SUB_EP_BASE}?page_size=5",
            },
        },
        returns=SubscriberSipEndpoint,
        paged=True,
    ),
    Row(
        call="fabric.subscribers.get_sip_endpoint",
        args=(_SUB_ID, _SUB_EP_ID),
        method="GET",
        path=f"{_SUB_EP_BASE}/{_SUB_EP_ID}",
        response=_SUB_ENDPOINT,
        returns=SubscriberSipEndpoint,
    ),
    Row(
        call="fabric.subscribers.update_sip_endpoint",
        args=(_SUB_ID, _SUB_EP_ID),
        kwargs={"send_as": "+46812345671", "codecs": ["OPUS", "PCMA"]},
        method="PATCH",
        path=f"{_SUB_EP_BASE}/{_SUB_EP_ID}",
        body={"send_as": "+46812345671", "codecs": ["OPUS", "PCMA"]},
        response={**_SUB_ENDPOINT, "send_as": "+46812345671", "codecs": ["OPUS", "PCMA"]},
        returns=SubscriberSipEndpoint,
    ),
    Row(
        call="fabric.subscribers.delete_sip_endpoint",
        args=(_SUB_ID, _SUB_EP_ID),
        method="DELETE",
        path=f"{_SUB_EP_BASE}/{_SUB_EP_ID}",
        status=204,
        response=None,
        returns=None,
    ),
]
