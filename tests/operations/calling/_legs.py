"""Shared data of helper A's calling rows: the call the commands act on, as the API answers
it, and the row of one command. (Modules starting with `_` hold no rows.)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from signalwire_async.types.calling import CallingCall

from .. import Row

CALLS = "/api/calling/calls"
CALL_ID = "3f9c2b71-5d84-4e0a-b6c3-8a1f7e2d9c45"
CONTROL_ID = "c7e1a9d2-4b36-4f85-9e20-6d3b8f1a5c07"


def leg(**changes: Any) -> dict[str, Any]:
    """An answered outbound phone call, as every command answers it, with `changes`."""
    data: dict[str, Any] = {
        "id": CALL_ID,
        "from": "+15125550143",
        "to": "+15125550178",
        "direction": "outbound",
        "source": "realtime_api",
        "url": "https://swml.example.com/calls/welcome.json",
        "charge": 0.0065,
        "created_at": "2025-03-14T09:26:53Z",
        "charge_details": [{"description": "Outbound PSTN minute", "charge": 0.0065}],
        "status": "answered",
        "duration": None,
        "duration_ms": None,
        "billing_ms": None,
        "type": "relay_pstn_call",
        "parent_id": None,
    }
    data.update(changes)
    return data


def command_row(
    method: str,
    command: str,
    params: Mapping[str, Any] | None = None,
    *,
    response: Mapping[str, Any] | None = None,
) -> Row:
    """`calling.<method>(CALL_ID, **params)` sends `command` on the call with `params`."""
    params = dict(params or {})
    return Row(
        call=f"calling.{method}",
        args=(CALL_ID,),
        kwargs=params,
        method="POST",
        path=CALLS,
        body={"command": command, "id": CALL_ID, "params": dict(params)},
        response=dict(response or leg()),
        returns=CallingCall,
    )
