"""Rows of `client.logs.messages`: SMS and MMS logs."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.logs.messages import MessageLog

from .. import Row, page

HOST = "https://example.signalwire.com"
MESSAGE_LOGS = "/api/messaging/logs"
LOG_ID = "7f30b9d2-6e41-4c8a-b5f7-12a9e04c6d83"

_LOG: dict[str, Any] = {
    "id": LOG_ID,
    "from": "+15125550142",
    "to": "+13055550119",
    "status": "delivered",
    "direction": "outbound-api",
    "kind": "sms",
    "source": "realtime_api",
    "type": "relay_message",
    "url": None,
    "number_of_segments": 2,
    "charge": 0.0166,
    "charge_details": [{"description": "SMS segments", "charge": 0.0166}],
    "created_at": "2026-04-11T08:05:19Z",
    "error_message": None,
    "error_code": None,
}

ROWS = [
    Row(
        call="logs.messages.list",
        kwargs={"page_size": 200, "include_deleted": False},
        path=MESSAGE_LOGS,
        query={"page_size": "200", "include_deleted": "false"},
        response=page([_LOG], f"{HOST}{MESSAGE_LOGS}?page_size=200&include_deleted=false"),
        returns=MessageLog,
        paged=True,
    ),
    Row(
        call="logs.messages.get",
        args=(LOG_ID,),
        path=f"{MESSAGE_LOGS}/{LOG_ID}",
        response=_LOG,
        returns=MessageLog,
    ),
]
