from signalwire_async.types.fabric.addresses import FabricAddress
from signalwire_async.types.fabric.sip_gateways import SipGateway

from .. import SUBSCRIBER_TOKEN, Row  # noqa: F401

_GW_ID = "99da4957-892d-4d80-a47f-42d30c528d6e"
_GW_BASE = "/api/fabric/resources/sip_gateways"
_GW_DETAILS = {
    "id": "acd4f12f-6382-4b02-aa46-319d9738456a",
    "uri": "trunk@pbx.berlin.example.net",
    "name": "Berlin PBX trunk",
    "ciphers": ["AES_CM_128_HMAC_SHA1_80", "AEAD_AES_256_GCM_8"],
    "codecs": ["OPUS", "PCMA"],
    "encryption": "optional",
}
_GATEWAY = {
    "id": _GW_ID,
    "project_id": "1128da01-c361-4ea6-86ec-3f903f2c248e",
    "display_name": "Berlin PBX trunk",
    "type": "sip_gateway",
    "created_at": "2025-02-11T09:14:27Z",
    "updated_at": "2025-02-11T09:14:27Z",
    "sip_gateway": _GW_DETAILS,
}
_GW_ADDRESS = {
    "id": "37b55233-04a1-4744-b5be-a563b78a79bf",
    "name": "berlin-pbx-trunk",
    "display_name": "Berlin PBX trunk",
    "type": "call",
    "cover_url": "https://cdn.example.com/covers/berlin-pbx.png",
    "preview_url": "https://cdn.example.com/previews/berlin-pbx.png",
    "locked": False,
    "channels": {"audio": "/public/berlin-pbx-trunk?channel=audio"},
    "created_at": "2025-02-11T09:14:28Z",
}

ROWS = [
    Row(
        call="fabric.sip_gateways.list",
        kwargs={"page_size": 20},
        method="GET",
        path=_GW_BASE,
        query={"page_size": "20"},
        response={
            "data": [_GATEWAY],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/sip_gateways?page_size=20",
                "first": "https://example.signalwire.com/api/fabric/resources/sip_gateways?page_size=20",
            },
        },
        returns=SipGateway,
        paged=True,
    ),
    Row(
        call="fabric.sip_gateways.create",
        kwargs={
            "name": "Berlin PBX trunk",
            "uri": "trunk@pbx.berlin.example.net",
            "encryption": "optional",
            "ciphers": ["AES_CM_128_HMAC_SHA1_80", "AEAD_AES_256_GCM_8"],
            "codecs": ["OPUS", "PCMA"],
        },
        method="POST",
        path=_GW_BASE,
        body={
            "name": "Berlin PBX trunk",
            "uri": "trunk@pbx.berlin.example.net",
            "encryption": "optional",
            "ciphers": ["AES_CM_128_HMAC_SHA1_80", "AEAD_AES_256_GCM_8"],
            "codecs": ["OPUS", "PCMA"],
        },
        status=201,
        response=_GATEWAY,
        returns=SipGateway,
    ),
    Row(
        call="fabric.sip_gateways.get",
        args=(_GW_ID,),
        method="GET",
        path=f"{_GW_BASE}/{_GW_ID}",
        response=_GATEWAY,
        returns=SipGateway,
    ),
    Row(
        call="fabric.sip_gateways.update",
        args=(_GW_ID,),
        kwargs={"name": "Berlin PBX trunk (backup)", "codecs": ["PCMA", "G722"]},
        method="PATCH",
        path=f"{_GW_BASE}/{_GW_ID}",
        body={"name": "Berlin PBX trunk (backup)", "codecs": ["PCMA", "G722"]},
        response={
            **_GATEWAY,
            "display_name": "Berlin PBX trunk (backup)",
            "updated_at": "2025-03-02T16:40:05Z",
            "sip_gateway": {
                **_GW_DETAILS,
                "name": "Berlin PBX trunk (backup)",
                "codecs": ["PCMA", "G722"],
            },
        },
        returns=SipGateway,
    ),
    Row(
        call="fabric.sip_gateways.delete",
        args=(_GW_ID,),
        method="DELETE",
        path=f"{_GW_BASE}/{_GW_ID}",
        status=204,
        response=None,
        returns=None,
    ),
    Row(
        call="fabric.sip_gateways.list_addresses",
        args=(_GW_ID,),
        kwargs={"page_size": 10},
        method="GET",
        path=f"{_GW_BASE}/{_GW_ID}/addresses",
        query={"page_size": "10"},
        response={
            "data": [_GW_ADDRESS],
            "links": {
                "self": f"https://example.signalwire.com{_GW_BASE}/{_GW_ID}/addresses?page_size=10",
                "first": f"https://example.signalwire.com{_GW_BASE}/{_GW_ID}/addresses?page_size=10",
            },
        },
        returns=FabricAddress,
        paged=True,
    ),
]
