"""Enumerations shared by several Fabric resources."""

from typing import Literal

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
