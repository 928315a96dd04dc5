"""Operation rows of `sip_profile`: the project's one SIP profile (no id)."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.sip_profile import SipProfileSettings

from . import Row

_PATH = "/api/relay/rest/sip_profile"

_PROFILE: dict[str, Any] = {
    "domain": "acme-support.sip.signalwire.com",
    "domain_identifier": "acme-support",
    "default_codecs": ["OPUS", "G722", "PCMU"],
    "default_ciphers": ["AEAD_AES_256_GCM_8", "AES_CM_128_HMAC_SHA1_80"],
    "default_encryption": "optional",
    "default_send_as": "+13125550187",
}
_CHANGES: dict[str, Any] = {
    "default_codecs": ["OPUS", "PCMA"],
    "default_encryption": "required",
}

ROWS = [
    Row(call="sip_profile.get", path=_PATH, response=_PROFILE, returns=SipProfileSettings),
    Row(
        call="sip_profile.update",
        kwargs=_CHANGES,
        method="PUT",
        path=_PATH,
        body=_CHANGES,
        status=201,
        response={**_PROFILE, **_CHANGES},
        returns=SipProfileSettings,
    ),
]
