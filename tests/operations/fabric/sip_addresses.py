from signalwire_async.types.fabric.sip_addresses import SipAddress

from .. import SUBSCRIBER_TOKEN, Row  # noqa: F401

_SA_ID = "e0024f29-c6fa-443f-9963-e92f9b4073c2"
_SA_BASE = "/api/fabric/sip_addresses"
_SA_HANDLER = "85b1d4c7-435b-4937-ba72-a4def1d216f5"
_SIP_ADDRESS = {
    "id": _SA_ID,
    "type": "sip_address",
    "resource_id": "7b268fb2-8a6c-48c1-963a-6cc9179da368",
    "name": "helpdesk",
    "display_name": "helpdesk",
    "context": "public",
    "uri": "sip:acme-helpdesk@sip.signalwire.com",
    "user": "*",
    "encryption": "required",
    "codecs": ["OPUS", "PCMU"],
    "ciphers": ["AEAD_AES_256_GCM_8"],
    "ip_auth_enabled": True,
    "ip_auth": ["203.0.113.0/24"],
    "calling_handler_resource_id": _SA_HANDLER,
    "created_at": "2025-04-08T07:55:10Z",
    "updated_at": "2025-04-08T07:55:10Z",
}

ROWS = [
    Row(
        call="fabric.sip_addresses.list",
        kwargs={"page_size": 25, "page_number": 1},
        method="GET",
        path=_SA_BASE,
        query={"page_size": "25", "page_number": "1"},
        response={
            "data": [_SIP_ADDRESS],
            "items_count": 1,
            "links": {
                "self": "https://example.signalwire.com/api/fabric/sip_addresses?page_number=1&page_size=25",
                "first": "https://example.signalwire.com/api/fabric/sip_addresses?page_number=0&page_size=25",
            },
        },
        returns=SipAddress,
        paged=True,
    ),
    Row(
        call="fabric.sip_addresses.create",
        kwargs={
            "name": "helpdesk",
            "calling_handler_resource_id": _SA_HANDLER,
            "encryption": "required",
            "codecs": ["OPUS", "PCMU"],
            "ip_auth_enabled": True,
            "ip_auth": ["203.0.113.0/24"],
        },
        method="POST",
        path=_SA_BASE,
        body={
            "name": "helpdesk",
            "calling_handler_resource_id": _SA_HANDLER,
            "encryption": "required",
            "codecs": ["OPUS", "PCMU"],
            "ip_auth_enabled": True,
            "ip_auth": ["203.0.113.0/24"],
        },
        status=201,
        response=_SIP_ADDRESS,
        returns=SipAddress,
    ),
    Row(
        call="fabric.sip_addresses.get",
        args=(_SA_ID,),
        method="GET",
        path=f"{_SA_BASE}/{_SA_ID}",
        response=_SIP_ADDRESS,
        returns=SipAddress,
    ),
    Row(
        call="fabric.sip_addresses.update",
        args=(_SA_ID,),
        kwargs={"user": "support", "password": "Tq7-vR2m-Lp9x"},
        method="PATCH",
        path=f"{_SA_BASE}/{_SA_ID}",
        body={"user": "support", "password": "Tq7-vR2m-Lp9x"},
        response={**_SIP_ADDRESS, "user": "support", "updated_at": "2025-04-09T12:01:44Z"},
        returns=SipAddress,
    ),
    Row(
        call="fabric.sip_addresses.delete",
        args=(_SA_ID,),
        method="DELETE",
        path=f"{_SA_BASE}/{_SA_ID}",
        status=204,
        response=None,
        returns=None,
    ),
]
