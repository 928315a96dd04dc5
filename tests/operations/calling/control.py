"""Rows of `calling`: dial, update, and the commands that end, move or signal a call."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.calling import CallingCall

from .. import Row
from ._legs import CALL_ID, CALLS, command_row, leg

_SWML: dict[str, Any] = {
    "version": "1.0.0",
    "sections": {
        "main": [
            {"play": {"url": "say:Thanks for calling Harbor Dental. Please hold."}},
            {"connect": {"to": "+15125550199"}},
        ]
    },
}

_DIAL: dict[str, Any] = {
    "to": "+15125550178",
    "caller_id": "+15125550143",
    "url": "https://swml.example.com/calls/welcome.json",
    "status_url": "https://hooks.example.com/calls/status",
    "status_events": ["answered", "ended"],
    "codecs": ["OPUS", "PCMU"],
    "timeout": 30,
    "custom_variables": {"ticket": "HD-20417"},
}

_UPDATE: dict[str, Any] = {
    "id": CALL_ID,
    "swml": _SWML,
    "status_url": "https://hooks.example.com/calls/status",
}

ROWS = [
    Row(
        call="calling.dial",
        kwargs={"from_": "+15125550143", **_DIAL},
        method="POST",
        path=CALLS,
        body={"command": "dial", "params": {"from": "+15125550143", **_DIAL}},
        response=leg(status="queued"),
        returns=CallingCall,
    ),
    Row(
        call="calling.update",
        kwargs=_UPDATE,
        method="POST",
        path=CALLS,
        body={"command": "update", "params": _UPDATE},
        response=leg(url=None),
        returns=CallingCall,
    ),
    command_row("end", "calling.end", {"reason": "busy"}, response=leg(status="ending")),
    command_row("disconnect", "calling.disconnect"),
    command_row(
        "transfer", "calling.transfer", {"dest": "sip:frontdesk@harbor.sip.signalwire.com"}
    ),
    command_row(
        "refer",
        "calling.refer",
        {
            "device": {
                "type": "sip",
                "params": {
                    "to": "sip:billing@pbx.harbordental.example",
                    "from": "sip:reception@harbor.sip.signalwire.com",
                },
            },
            "status_url": "https://hooks.example.com/calls/refer",
        },
        response=leg(type="relay_sip_call", to="sip:reception@harbor.sip.signalwire.com"),
    ),
    command_row(
        "user_event",
        "calling.user_event",
        {"event": {"kind": "queue_position", "position": 3}},
    ),
    command_row("send_fax_stop", "calling.send_fax.stop", {"control_id": "fax-out-8841"}),
    command_row("receive_fax_stop", "calling.receive_fax.stop", {"control_id": "fax-in-2207"}),
]
