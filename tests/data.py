"""Shared test data: the seed page's SIP endpoint and the space every test talks to."""

from __future__ import annotations

from typing import Any

BASE = "https://example.signalwire.com"
PROJECT = "5f8a1c3e-0000-4000-8000-000000000001"
TOKEN = "PTsecret-token-never-shown"
ENDPOINTS = "/api/fabric/resources/sip_endpoints"
ENDPOINT_ID = "67075301-69b2-4fc3-8a2c-c95a69a5665e"


def endpoint(**changes: Any) -> dict[str, Any]:
    """A SIP endpoint as the API sends it (the seed page's example), with `changes`."""
    data: dict[str, Any] = {
        "type": "sip_endpoint",
        "id": ENDPOINT_ID,
        "username": "c3p0",
        "caller_id": "C-3P0",
        "send_as": "random",
        "ciphers": ["AEAD_AES_256_GCM_8"],
        "codecs": ["PCMU", "OPUS"],
        "encryption": "required",
        "call_handler": "ai_agent",
        "calling_handler_resource_id": "fe4093d9-58c2-4931-b4b9-5679f82652c6",
        "call_request_url": "https://example.com/voice",
        "call_request_method": "POST",
        "call_fallback_url": None,
        "call_fallback_method": "POST",
        "call_status_callback_url": None,
        "call_status_callback_method": "POST",
        "call_laml_application_id": None,
        "call_dialogflow_agent_id": None,
        "call_relay_topic": "office",
        "call_relay_topic_status_callback_url": "https://myapplication/handle_relay_callbacks",
        "call_relay_context": None,
        "call_relay_context_status_callback_url": None,
        "call_relay_application": None,
        "call_video_room_id": None,
        "call_relay_script_url": None,
    }
    data.update(changes)
    return data


def page(items: list[dict[str, Any]], next_link: str | None = None) -> dict[str, Any]:
    links = {"self": ENDPOINTS, "first": ENDPOINTS}
    if next_link is not None:
        links["next"] = next_link
    return {"data": items, "links": links}
