"""Operation rows of `fabric.sip_gateways`: SIP gateways."""

from signalwire_async.types.fabric.sip_gateways import SipGateway

from .. import crud_rows

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

_CREATE = {
    "name": "Berlin PBX trunk",
    "uri": "trunk@pbx.berlin.example.net",
    "encryption": "optional",
    "ciphers": ["AES_CM_128_HMAC_SHA1_80", "AEAD_AES_256_GCM_8"],
    "codecs": ["OPUS", "PCMA"],
}
_UPDATE = {"name": "Berlin PBX trunk (backup)", "codecs": ["PCMA", "G722"]}
_UPDATED = {
    **_GATEWAY,
    "display_name": "Berlin PBX trunk (backup)",
    "updated_at": "2025-03-02T16:40:05Z",
    "sip_gateway": {**_GW_DETAILS, **_UPDATE},
}

ROWS = [
    *crud_rows(
        "fabric.sip_gateways",
        _GW_BASE,
        _GW_ID,
        SipGateway,
        _GATEWAY,
        create=_CREATE,
        created_status=201,
        update="PATCH",
        changes=_UPDATE,
        updated=_UPDATED,
        address=_GW_ADDRESS,
    ),
]
