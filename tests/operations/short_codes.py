"""Operation rows of `short_codes`: the project's short codes."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.short_codes import ShortCode

from . import Row, page

_ID = "87a453f2-1550-4253-9335-f0641c354343"
_BASE = "/api/relay/rest/short_codes"
_ONE = f"{_BASE}/{_ID}"

_SHORT_CODE: dict[str, Any] = {
    "id": _ID,
    "name": "Spring promo",
    "number": "48213",
    "capabilities": ["sms", "mms"],
    "number_type": "shortcode",
    "code_type": "random",
    "country_code": "US",
    "created_at": "2024-11-04T16:30:00Z",
    "updated_at": "2025-01-15T09:12:44Z",
    "next_billed_at": "2025-11-04T16:30:00Z",
    "lease_duration": "12 months",
    "message_handler": "relay_context",
    "message_request_url": None,
    "message_request_method": None,
    "message_fallback_url": None,
    "message_fallback_method": None,
    "message_laml_application_id": None,
    "message_relay_context": "promo-inbound",
}
_CHANGES: dict[str, Any] = {
    "name": "Summer promo",
    "message_handler": "laml_webhooks",
    "message_request_url": "https://sms.shop.example/inbound",
    "message_request_method": "POST",
    "message_fallback_url": "https://sms-backup.shop.example/inbound",
}
_UPDATED: dict[str, Any] = {
    **_SHORT_CODE,
    **_CHANGES,
    "message_fallback_method": "POST",
    "message_relay_context": None,
    "updated_at": "2025-05-20T11:48:03Z",
}

ROWS = [
    Row(
        call="short_codes.list",
        kwargs={"filter_number": "482", "page_size": 10, "page_number": 0},
        path=_BASE,
        query={"filter_number": "482", "page_size": "10", "page_number": "0"},
        response=page(
            [_SHORT_CODE],
            f"https://example.signalwire.com{_BASE}?filter_number=482&page_size=10&page_number=0",
        ),
        returns=ShortCode,
        paged=True,
    ),
    Row(call="short_codes.get", args=(_ID,), path=_ONE, response=_SHORT_CODE, returns=ShortCode),
    Row(
        call="short_codes.update",
        args=(_ID,),
        kwargs=_CHANGES,
        method="PUT",
        path=_ONE,
        body=_CHANGES,
        response=_UPDATED,
        returns=ShortCode,
    ),
]
