"""Operation rows of `phone_numbers`: the project's numbers, search, routing helpers, E911."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.phone_numbers import AvailableNumber, PhoneNumber

from . import Row, page

_ID = "6b1e7c52-3f0a-4d8e-9a61-2c5d8f4b7e13"
_BASE = "/api/relay/rest/phone_numbers"
_ONE = f"{_BASE}/{_ID}"
_E911_ID = "0f8a3d27-95c4-4b1e-8e6a-d47b2c9e5a01"

_NUMBER: dict[str, Any] = {
    "id": _ID,
    "number": "+15125550142",
    "name": "Austin support line",
    "capabilities": ["voice", "sms", "mms"],
    "number_type": "longcode",
    "e911_address_id": None,
    "e911_status": None,
    "created_at": "2025-01-20T15:02:44Z",
    "updated_at": "2025-01-20T15:02:44Z",
    "next_billed_at": "2025-02-20T15:02:44Z",
    "call_handler": "relay_script",
    "calling_handler_resource_id": "3d0c9b18-7e25-4f6a-b9d3-81e4a2c6f057",
    "call_receive_mode": "voice",
    "call_request_url": None,
    "call_request_method": "POST",
    "call_fallback_url": None,
    "call_fallback_method": "POST",
    "call_status_callback_url": None,
    "call_status_callback_method": "POST",
    "call_laml_application_id": None,
    "call_dialogflow_agent_id": None,
    "call_relay_topic": None,
    "call_relay_topic_status_callback_url": None,
    "call_relay_script_url": "https://ivr.example.com/swml/support.yaml",
    "call_relay_context": None,
    "call_relay_context_status_callback_url": None,
    "call_relay_application": None,
    "call_relay_connector_id": None,
    "call_sip_endpoint_id": None,
    "call_verto_resource": None,
    "call_video_room_id": None,
    "message_handler": "laml_webhooks",
    "messaging_handler_resource_id": None,
    "message_request_url": "https://sms.example.com/inbound",
    "message_request_method": "POST",
    "message_fallback_url": None,
    "message_fallback_method": "POST",
    "message_laml_application_id": None,
    "message_relay_topic": None,
    "message_relay_context": None,
    "country_code": "US",
}
_CHANGES = {"name": "Austin sales line", "message_request_url": "https://sms.example.com/sales"}
_UPDATED = {**_NUMBER, **_CHANGES, "updated_at": "2025-03-04T10:11:12Z"}

_AVAILABLE = {
    "number": "+15125550199",
    "region": "TX",
    "city": "AUSTIN",
    "rate_center": "AUSTIN",
    "lata": "558",
    "capabilities": {"voice": True, "sms": True, "mms": True, "fax": False},
}

_AGENT_ID = "a7c3e9f1-2b4d-4e6f-8a0c-5d7e9f1b3c25"
_FLOW_ID = "c19e4b7a-6d2f-4a83-b5e0-9f8c1d3a2e64"
_APP_ID = "e42b8d6c-1a9f-4c37-8e5b-0d6f2a7c9b18"


def _setter(method: str, value: str, field: str, handler: str, /, **kwargs: Any) -> Row:
    """A row of a `set_*` helper: `update` with `call_handler` fixed and one field set."""
    return Row(
        call=f"phone_numbers.{method}",
        args=(_ID, value),
        kwargs=kwargs,
        method="PUT",
        path=_ONE,
        body={**kwargs, "call_handler": handler, field: value},
        response={**_NUMBER, **kwargs, "call_handler": handler, field: value},
        returns=PhoneNumber,
    )


ROWS = [
    Row(
        call="phone_numbers.list",
        kwargs={"filter_name": "Austin", "page_size": 20},
        path=_BASE,
        query={"filter_name": "Austin", "page_size": "20"},
        response=page(
            [_NUMBER], f"https://example.signalwire.com{_BASE}?filter_name=Austin&page_size=20"
        ),
        returns=PhoneNumber,
        paged=True,
    ),
    Row(
        call="phone_numbers.create",
        kwargs={"number": "+15125550142"},
        method="POST",
        path=_BASE,
        body={"number": "+15125550142"},
        response=_NUMBER,
        returns=PhoneNumber,
    ),
    Row(call="phone_numbers.get", args=(_ID,), path=_ONE, response=_NUMBER, returns=PhoneNumber),
    Row(
        call="phone_numbers.update",
        args=(_ID,),
        kwargs=_CHANGES,
        method="PUT",
        path=_ONE,
        body=_CHANGES,
        response=_UPDATED,
        returns=PhoneNumber,
    ),
    Row(call="phone_numbers.delete", args=(_ID,), method="DELETE", path=_ONE, status=204),
    Row(
        call="phone_numbers.search",
        kwargs={"areacode": "512", "starts_with": "555", "max_results": 10},
        path=f"{_BASE}/search",
        query={"areacode": "512", "starts_with": "555", "max_results": "10"},
        response=page(
            [_AVAILABLE],
            f"https://example.signalwire.com{_BASE}/search?areacode=512&starts_with=555",
        ),
        returns=AvailableNumber,
        paged=True,
    ),
    _setter("set_ai_agent", _AGENT_ID, "call_ai_agent_id", "ai_agent"),
    _setter("set_call_flow", _FLOW_ID, "call_flow_id", "call_flow", name="Austin flow line"),
    _setter("set_cxml_application", _APP_ID, "call_laml_application_id", "laml_application"),
    _setter(
        "set_cxml_webhook",
        "https://cxml.example.com/voice",
        "call_request_url",
        "laml_webhooks",
        call_request_method="GET",
    ),
    _setter(
        "set_relay_application", "austin-dispatch", "call_relay_application", "relay_application"
    ),
    _setter("set_relay_topic", "office-austin", "call_relay_topic", "relay_topic"),
    _setter(
        "set_swml_webhook",
        "https://ivr.example.com/swml/after-hours.yaml",
        "call_relay_script_url",
        "relay_script",
    ),
    Row(
        call="phone_numbers.assign_e911_address",
        args=(_ID,),
        kwargs={"e911_address_id": _E911_ID},
        method="POST",
        path=f"{_ONE}/e911_address",
        body={"e911_address_id": _E911_ID},
        response={**_NUMBER, "e911_address_id": _E911_ID, "e911_status": "pending"},
        returns=PhoneNumber,
    ),
    Row(
        call="phone_numbers.remove_e911_address",
        args=(_ID,),
        method="DELETE",
        path=f"{_ONE}/e911_address",
        response={**_NUMBER, "e911_address_id": _E911_ID, "e911_status": "pending_removal"},
        returns=PhoneNumber,
    ),
]
