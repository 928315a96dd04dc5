"""Operation rows of `domain_applications`: SIP domain applications of the Space."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.domain_applications import DomainApplication

from . import Row, crud_rows, page

_ID = "a4f9c2e7-5b13-4d86-9e2a-7c1d8f3b6e05"
_BASE = "/api/relay/rest/domain_applications"

_APPLICATION: dict[str, Any] = {
    "id": _ID,
    "type": "domain_application",
    "domain": "frontdesk-acme.dapp.signalwire.com",
    "name": "Front desk phones",
    "identifier": "frontdesk",
    "user": "*",
    "ip_auth_enabled": True,
    "ip_auth": ["203.0.113.0/24"],
    "call_handler": "relay_context",
    "calling_handler_resource_id": None,
    "call_relay_topic": None,
    "call_relay_topic_status_callback_url": None,
    "call_relay_context": "frontdesk",
    "call_relay_context_status_callback_url": "https://hooks.example.com/sip/status",
    "call_request_url": None,
    "call_request_method": None,
    "call_fallback_url": None,
    "call_fallback_method": None,
    "call_status_callback_url": None,
    "call_status_callback_method": None,
    "call_laml_application_id": None,
    "call_video_room_id": None,
    "call_relay_script_url": None,
    "encryption": "optional",
    "codecs": ["PCMU", "PCMA", "OPUS"],
    "ciphers": ["AEAD_AES_256_GCM_8", "AES_CM_128_HMAC_SHA1_80"],
}
_CREATE = {
    "name": "Front desk phones",
    "identifier": "frontdesk",
    "ip_auth_enabled": True,
    "ip_auth": ["203.0.113.0/24"],
    "codecs": ["PCMU", "PCMA", "OPUS"],
    "call_handler": "relay_context",
    "call_relay_context": "frontdesk",
    "call_relay_context_status_callback_url": "https://hooks.example.com/sip/status",
}
_CHANGES = {
    "call_handler": "laml_webhooks",
    "call_request_url": "https://ivr.example.com/cxml/frontdesk",
    "call_request_method": "POST",
}
_UPDATED = {
    **_APPLICATION,
    **_CHANGES,
    "call_relay_context": None,
    "call_relay_context_status_callback_url": None,
}

ROWS = [
    Row(
        call="domain_applications.list",
        kwargs={"page_size": 20, "filter_domain": "frontdesk"},
        path=_BASE,
        query={"page_size": "20", "filter_domain": "frontdesk"},
        response=page(
            [_APPLICATION],
            f"https://example.signalwire.com{_BASE}?filter_domain=frontdesk&page_size=20",
        ),
        returns=DomainApplication,
        paged=True,
    ),
    *crud_rows(
        "domain_applications",
        _BASE,
        _ID,
        DomainApplication,
        _APPLICATION,
        update="PUT",
        create=_CREATE,
        created_status=201,
        changes=_CHANGES,
        updated=_UPDATED,
    )[1:],
]
