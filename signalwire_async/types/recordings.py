"""`recordings`: recordings of calls (PSTN, SIP, WebRTC legs) and of conferences.

No `from __future__ import annotations` here, as in every type module.
"""

import attrs

from .._models import Model

__all__ = ["Recording"]


@attrs.frozen(kw_only=True)
class Recording(Model):
    """A recording; exactly one of the `relay_*_id` fields says what was recorded."""

    id: str
    """The recording's uuid."""
    project_id: str | None = None
    """The project it belongs to."""
    created_at: str | None = None
    """Creation time (ISO 8601)."""
    updated_at: str | None = None
    """Last change (ISO 8601)."""
    duration_in_seconds: int | None = None
    """Length, in seconds."""
    error_code: str | None = None
    """Why recording failed, when it did."""
    price: float | None = None
    """What it cost."""
    price_unit: str | None = None
    """Currency of `price` (`USD`)."""
    status: str | None = None
    """Recording state."""
    url: str | None = None
    """Where to download the audio."""
    stereo: bool | None = None
    """Recorded in two channels."""
    byte_size: int | None = None
    """File size, in bytes."""
    track: str | None = None
    """Which side of the audio was recorded."""
    relay_conference_id: str | None = None
    """The conference recorded (or the one the leg was in)."""
    relay_pstn_leg_id: str | None = None
    """The PSTN call leg recorded."""
    relay_sip_leg_id: str | None = None
    """The SIP call leg recorded."""
    relay_webrtc_leg_id: str | None = None
    """The WebRTC call leg recorded."""
