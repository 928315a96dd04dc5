"""`sip_profile`: the project's SIP profile, its SIP domain and the defaults of its endpoints.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from collections.abc import Sequence
from typing import Literal

import attrs

from .._models import Model
from .._options import ParamFields, RequestKeywords

__all__ = ["SipProfileEncryption", "SipProfileSettings", "SipProfileUpdateParams"]

SipProfileEncryption = Literal["required", "optional"]


@attrs.frozen(kw_only=True)
class SipProfileSettings(Model):
    """The project's SIP profile (one per project, without an id)."""

    domain: str | None = None
    """The profile's fully qualified SIP domain."""
    domain_identifier: str | None = None
    """The project's part of the domain (unique)."""
    default_codecs: list[str] | None = None
    """E.g. `OPUS`, `G722`, `PCMU`, `PCMA`, `VP8`, `H264`."""
    default_ciphers: list[str] | None = None
    default_encryption: str | None = None
    """`required` or `optional`."""
    default_send_as: str | None = None
    """E.164 number shown as the caller when endpoints dial the PSTN."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _SipProfileUpdateFields(ParamFields, total=False):
    domain_identifier: str | None
    """The project's part of the SIP domain (unique)."""
    default_codecs: Sequence[str] | None
    """Codecs endpoints offer by default."""
    default_ciphers: Sequence[str] | None
    """Ciphers endpoints offer by default."""
    default_encryption: SipProfileEncryption | None
    """Whether endpoints must encrypt by default."""
    default_send_as: str | None
    """E.164 number shown as the caller when endpoints dial the PSTN."""


class SipProfileUpdateParams(_SipProfileUpdateFields, RequestKeywords):
    """Body of `sip_profile.update()`; keys left out are not changed."""
