"""Operation rows of `imported_numbers`: numbers hosted elsewhere, imported."""

from __future__ import annotations

from signalwire_async.types.phone_numbers import PhoneNumber

from . import Row

_BODY = {"number": "+13125550176", "number_type": "longcode", "capabilities": ["voice", "sms"]}

ROWS = [
    Row(
        call="imported_numbers.create",
        kwargs=_BODY,
        method="POST",
        path="/api/relay/rest/imported_phone_numbers",
        body=_BODY,
        status=201,
        response={
            "id": "5d2e8a41-7c93-4f06-b1e8-3a9d6c2f4b70",
            "number": "+13125550176",
            "name": None,
            "capabilities": ["voice", "sms"],
            "number_type": "longcode",
            "e911_address_id": None,
            "e911_status": None,
            "created_at": "2025-02-03T12:00:09Z",
            "updated_at": "2025-02-03T12:00:09Z",
            "next_billed_at": None,
            "call_handler": None,
            "calling_handler_resource_id": None,
            "call_receive_mode": "voice",
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
            "call_relay_script_url": None,
            "call_relay_context": None,
            "call_relay_context_status_callback_url": None,
            "call_relay_application": None,
            "call_relay_connector_id": None,
            "call_sip_endpoint_id": None,
            "call_verto_resource": None,
            "call_video_room_id": None,
            "message_handler": None,
            "messaging_handler_resource_id": None,
            "message_request_url": None,
            "message_request_method": None,
            "message_fallback_url": None,
            "message_fallback_method": None,
            "message_laml_application_id": None,
            "message_relay_topic": None,
            "message_relay_context": None,
            "country_code": "US",
        },
        returns=PhoneNumber,
    ),
]
