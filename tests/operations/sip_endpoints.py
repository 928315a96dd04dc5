"""Operation rows of `sip_endpoints`: the legacy SIP endpoints API (not `fabric.sip_endpoints`)."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.sip_endpoints import RelaySipEndpoint

from . import Row, crud_rows, page

_ID = "f1d8b3a6-4e27-4c90-8b5d-2a6e9c0f7d13"
_BASE = "/api/relay/rest/endpoints/sip"

_ENDPOINT: dict[str, Any] = {
    "type": "sip_endpoint",
    "id": _ID,
    "username": "warehouse-desk-7",
    "caller_id": "Acme Warehouse",
    "send_as": "+16175550126",
    "ciphers": ["AEAD_AES_256_GCM_8", "AES_CM_128_HMAC_SHA1_80"],
    "codecs": ["PCMU", "OPUS"],
    "encryption": "default",
    "call_handler": "laml_webhooks",
    "calling_handler_resource_id": None,
    "call_request_url": "https://ivr.example.com/cxml/warehouse",
    "call_request_method": "POST",
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
_CREATE = {
    "username": "warehouse-desk-7",
    "password": "Granite-Otter-5512",
    "caller_id": "Acme Warehouse",
    "send_as": "+16175550126",
    "codecs": ["PCMU", "OPUS"],
    "call_handler": "laml_webhooks",
    "call_request_url": "https://ivr.example.com/cxml/warehouse",
    "call_request_method": "POST",
}
_CHANGES = {"password": "Basalt-Heron-0937", "caller_id": "Acme Loading Dock"}
_UPDATED = {**_ENDPOINT, "caller_id": "Acme Loading Dock"}

ROWS = [
    Row(
        call="sip_endpoints.list",
        kwargs={"page_size": 20, "filter_username": "warehouse"},
        path=_BASE,
        query={"page_size": "20", "filter_username": "warehouse"},
        response=page(
            [_ENDPOINT],
            f"https://example.signalwire.com{_BASE}?filter_username=warehouse&page_size=20",
        ),
        returns=RelaySipEndpoint,
        paged=True,
    ),
    *crud_rows(
        "sip_endpoints",
        _BASE,
        _ID,
        RelaySipEndpoint,
        _ENDPOINT,
        update="PUT",
        create=_CREATE,
        changes=_CHANGES,
        updated=_UPDATED,
    )[1:],
]
