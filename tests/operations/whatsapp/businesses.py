"""Rows of `client.whatsapp.businesses`: the connected WhatsApp Business Accounts."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.whatsapp.businesses import WhatsAppBusinessList

from .. import Row

BUSINESS_ID = "9c3a7e51-0d2b-4f68-b1e9-35f8c6a04d72"

_LIST: dict[str, Any] = {
    "data": [
        {
            "whatsapp_business_id": BUSINESS_ID,
            "business_name": "Lakeside Outfitters",
            "business_portfolio_id": "4410982736150284",
            "waba_id": "208815937402615",
            "created_at": "2026-01-20T14:11:05Z",
            "updated_at": "2026-02-03T09:47:31Z",
        }
    ]
}

ROWS = [
    Row(
        call="whatsapp.businesses.list",
        path="/api/messaging/whatsapp/businesses",
        response=_LIST,
        returns=WhatsAppBusinessList,
    ),
]
