"""Rows of `client.whatsapp.numbers`: numbers registered with WhatsApp."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.whatsapp.numbers import WhatsAppNumber, WhatsAppNumberList

from .. import Row

NUMBERS = "/api/messaging/whatsapp/numbers"
NUMBER_ID = "f1b84d27-6c35-4e9a-8d02-a7e53c19b640"

_NUMBER: dict[str, Any] = {
    "id": NUMBER_ID,
    "business_phone_number_id": "117364028559123",
    "phone_number": "+15125550142",
    "calling_handler_resource_id": None,
    "messaging_handler_resource_id": "2d7e9b40-51c8-4a36-9f1e-c08a47d3b5e2",
    "business_name": "Lakeside Outfitters",
    "waba_id": "208815937402615",
    "whatsapp_business_id": "9c3a7e51-0d2b-4f68-b1e9-35f8c6a04d72",
    "voice_enabled": False,
    "voice_capable": True,
    "created_at": "2026-01-20T14:30:52Z",
    "updated_at": "2026-01-22T08:12:19Z",
}

ROWS = [
    Row(
        call="whatsapp.numbers.list",
        path=NUMBERS,
        response={"data": [_NUMBER]},
        returns=WhatsAppNumberList,
    ),
    Row(
        call="whatsapp.numbers.get",
        args=(NUMBER_ID,),
        path=f"{NUMBERS}/{NUMBER_ID}",
        response=_NUMBER,
        returns=WhatsAppNumber,
    ),
]
