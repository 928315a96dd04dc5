"""Operation rows of `fabric.sip_endpoints`: SIP endpoints."""

from signalwire_async.types.fabric.sip_endpoints import SipEndpoint

from .. import crud_rows

_EP_ID = "6c8de34d-19bb-40ec-a3d8-64c80234ec65"
_EP_BASE = "/api/fabric/resources/sip_endpoints"
_SIP_ENDPOINT = {
    "type": "sip_endpoint",
    "id": _EP_ID,
    "username": "reception-phone",
    "caller_id": "Acme Reception",
    "send_as": "+15035550142",
    "ciphers": ["AEAD_AES_256_GCM_8", "AES_CM_128_HMAC_SHA1_80"],
    "codecs": ["OPUS", "PCMU", "PCMA"],
    "encryption": "optional",
    "call_handler": "ai_agent",
    "calling_handler_resource_id": "ab24c189-b5e9-4cf2-a34d-ba29114ca4c7",
    "call_request_url": None,
    "call_request_method": None,
    "call_fallback_url": None,
    "call_fallback_method": None,
    "call_status_callback_url": None,
    "call_status_callback_method": None,
    "call_laml_application_id": None,
    "call_dialogflow_agent_id": None,
    "call_relay_topic": None,
    "call_relay_topic_status_callback_url": None,
    "call_relay_context": None,
    "call_relay_context_status_callback_url": None,
    "call_relay_application": None,
    "call_video_room_id": None,
    "call_relay_script_url": None,
}
_EP_ADDRESS = {
    "id": "5c99e01f-c8d6-4e68-800b-9750199c5bfe",
    "name": "reception-phone",
    "display_name": "Reception phone",
    "type": "call",
    "cover_url": "https://cdn.example.com/covers/reception.png",
    "preview_url": "https://cdn.example.com/previews/reception.png",
    "locked": False,
    "channels": {"audio": "/private/reception-phone?channel=audio"},
    "created_at": "2025-06-01T13:20:45Z",
}

_CREATE = {
    "username": "reception-phone",
    "password": "Wq8-Tidal-Ember-31",
    "caller_id": "Acme Reception",
    "encryption": "optional",
    "codecs": ["OPUS", "PCMU", "PCMA"],
}
_UPDATE = {"caller_id": "Acme Front Desk", "send_as": "+15035550199"}

ROWS = [
    *crud_rows(
        "fabric.sip_endpoints",
        _EP_BASE,
        _EP_ID,
        SipEndpoint,
        _SIP_ENDPOINT,
        create=_CREATE,
        update="PUT",
        changes=_UPDATE,
        updated={**_SIP_ENDPOINT, **_UPDATE},
        address=_EP_ADDRESS,
    ),
]
