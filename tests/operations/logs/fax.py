"""Rows of `client.logs.fax`: fax logs."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.logs.fax import FaxLog

from .. import Row, page

HOST = "https://example.signalwire.com"
FAX_LOGS = "/api/fax/logs"
LOG_ID = "e2c74a19-8b3d-4f06-a5c1-9d70b3e68f25"

_LOG: dict[str, Any] = {
    "id": LOG_ID,
    "from": "+15125550142",
    "to": "+16175550187",
    "status": "completed",
    "direction": "outbound-api",
    "source": "laml",
    "type": "laml_call",
    "url": "https://example.signalwire.com/api/laml/2010-04-01/Accounts/0e7a2c55-48d1-4b3f-9c6e-a1f85d2b7c90/Faxes/e2c74a19-8b3d-4f06-a5c1-9d70b3e68f25",
    "remote_station": None,
    "charge": 0.028,
    "number_of_pages": 4,
    "quality": "fine",
    "charge_details": [{"description": "Fax pages sent", "charge": 0.028}],
    "created_at": "2026-04-09T13:27:45Z",
    "error_code": None,
    "error_message": None,
}

ROWS = [
    Row(
        call="logs.fax.list",
        kwargs={"created_after": "2026-04-01", "created_before": "2026-04-30"},
        path=FAX_LOGS,
        query={"created_after": "2026-04-01", "created_before": "2026-04-30"},
        response=page(
            [_LOG], f"{HOST}{FAX_LOGS}?created_after=2026-04-01&created_before=2026-04-30"
        ),
        returns=FaxLog,
        paged=True,
    ),
    Row(
        call="logs.fax.get",
        args=(LOG_ID,),
        path=f"{FAX_LOGS}/{LOG_ID}",
        response=_LOG,
        returns=FaxLog,
    ),
]
