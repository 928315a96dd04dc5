"""Enumerations and the resource envelope shared by several Fabric resources.

No `from __future__ import annotations` here: the modules importing these names need their
types at run time.
"""

from typing import Literal

import attrs

from ..._models import Model

__all__ = ["Cipher", "Codec", "Encryption", "FabricResourceBase"]

# Enum-like fields: strict in what we send (Literal), lenient in what we read (str).
Cipher = Literal[
    "AEAD_AES_256_GCM_8",
    "AES_256_CM_HMAC_SHA1_80",
    "AES_CM_128_HMAC_SHA1_80",
    "AES_256_CM_HMAC_SHA1_32",
    "AES_CM_128_HMAC_SHA1_32",
]
Codec = Literal[
    "PCMU",
    "PCMA",
    "G722",
    "G729",
    "OPUS",
    "OPUS@48000H@20I",
    "OPUS@24000H@20I",
    "OPUS@16000H@20I",
    "OPUS@8000H@20I",
    "VP8",
    "H264",
]
Encryption = Literal["required", "optional", "default"]


@attrs.frozen(kw_only=True)
class FabricResourceBase(Model):
    """The fields every Fabric resource answer carries, around its kind's own settings."""

    id: str
    """The resource's uuid."""
    type: str
    """What kind of resource this is (`sip_gateway`, `ai_agent`, ...)."""
    project_id: str | None = None
    """The project the resource belongs to."""
    display_name: str | None = None
    """The resource's name."""
    created_at: str | None = None
    """Creation time (ISO 8601)."""
    updated_at: str | None = None
    """Last change (ISO 8601)."""
