"""Shared data of the media command rows (play, record, collect, detect, tap, stream)."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.calling import CallingCall

from .. import Row

CALLS = "/api/calling/calls"
CALL_ID = "c41f7a2e-9b3d-4e58-a6c1-0d82f5e39b17"


def leg(**changes: Any) -> dict[str, Any]:
    """An answered outbound phone call, live, as the API answers a command, with `changes`."""
    data: dict[str, Any] = {
        "id": CALL_ID,
        "from": "+15125550143",
        "to": "+16465550178",
        "direction": "outbound",
        "source": "realtime_api",
        "url": None,
        "charge": 0.0,
        "created_at": "2026-05-11T14:02:37Z",
        "charge_details": [],
        "status": "answered",
        "duration": None,
        "duration_ms": None,
        "billing_ms": None,
        "type": "relay_pstn_call",
        "parent_id": None,
    }
    data.update(changes)
    return data


def command_row(method: str, command: str, params: dict[str, Any]) -> Row:
    """The row of `calling.<method>(CALL_ID, **params)`, which sends `command`."""
    return Row(
        call=f"calling.{method}",
        args=(CALL_ID,),
        kwargs=params,
        method="POST",
        path=CALLS,
        body={"command": command, "id": CALL_ID, "params": params},
        response=leg(),
        returns=CallingCall,
    )
