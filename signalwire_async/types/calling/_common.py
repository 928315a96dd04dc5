"""The call a calling command acts on, as the API answers every command with it.

No `from __future__ import annotations` here, as in every types module.
"""

from typing import Any

import attrs

from ..._models import Model, json_key

__all__ = ["CallingCall"]


@attrs.frozen(kw_only=True)
class CallingCall(Model):
    """A call leg (a phone or SIP call, or a Fabric device's leg), after a command."""

    id: str
    """The call's uuid: the `call_id` of the next command."""
    from_: str | None = attrs.field(default=None, metadata=json_key("from"))
    """The caller (JSON key `from`)."""
    to: str | None = None
    direction: str | None = None
    """`inbound` or `outbound`."""
    source: str | None = None
    """What started the call (`realtime_api`, ...)."""
    url: str | None = None
    charge: float | None = None
    created_at: str | None = None
    charge_details: list[dict[str, Any]] | None = None
    status: str | None = None
    """`created`, `ringing`, `answered`, `ending`, `ended`, ... (None for a device leg)."""
    duration: int | None = None
    """Seconds, once the call has ended."""
    duration_ms: int | None = None
    billing_ms: int | None = None
    type: str | None = None
    """`relay_pstn_call`, `relay_sip_call`, `relay_webrtc_call`, ..."""
    parent_id: str | None = None
    """The call this leg was dialled from."""
