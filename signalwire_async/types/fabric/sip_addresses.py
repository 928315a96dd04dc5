"""`fabric.sip_addresses`: SIP addresses that route inbound SIP calls to a resource.

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Sequence
from typing import Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from .._common import _PageFields
from ._common import Cipher

__all__ = [
    "SipAddress",
    "SipAddressCodec",
    "SipAddressCreateParams",
    "SipAddressEncryption",
    "SipAddressListParams",
    "SipAddressUpdateParams",
]

# SIP addresses have their own encryption values (`forbidden`, no `default`) and codec list.
SipAddressEncryption = Literal["required", "optional", "forbidden"]
SipAddressCodec = Literal["OPUS", "G722", "PCMU", "PCMA", "G729", "VP8", "H264"]


@attrs.frozen(kw_only=True)
class SipAddress(Model):
    """A SIP address (`/api/fabric/sip_addresses`)."""

    id: str
    """The address's uuid."""
    type: str
    """What kind of record this is (`sip_address`)."""
    resource_id: str | None = None
    """The Fabric resource record of this address."""
    name: str | None = None
    display_name: str | None = None
    context: str | None = None
    """Context the address lives in, e.g. `public`."""
    uri: str | None = None
    """The full SIP URI, e.g. `sip:acme-sales@sip.signalwire.com`."""
    user: str | None = None
    """User part accepted; `*` matches any."""
    encryption: str | None = None
    """`required`, `optional` or `forbidden`."""
    codecs: list[str] | None = None
    """Codecs accepted."""
    ciphers: list[str] | None = None
    """Encryption ciphers accepted."""
    ip_auth_enabled: bool | None = None
    """Whether callers are authenticated by IP address."""
    ip_auth: list[str] | None = None
    """IP addresses or ranges allowed when IP authentication is on."""
    calling_handler_resource_id: str | None = None
    """Resource that takes the calls."""
    created_at: str | None = None
    """Creation time (ISO 8601)."""
    updated_at: str | None = None
    """Last change (ISO 8601)."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _SipAddressListFields(ParamFields, total=False):
    page_number: int | None
    """Zero-based page index."""


class SipAddressListParams(_SipAddressListFields, _PageFields, RequestKeywords):
    """Query parameters of `fabric.sip_addresses.list()`."""


class _SipAddressCreateFields(ParamFields):
    name: str
    """Address name (part of the SIP URI)."""
    calling_handler_resource_id: str
    """Resource that takes the calls."""
    user: NotRequired[str | None]
    """User part to accept (default `*`, any)."""
    context_id: NotRequired[str | None]
    """Context to create the address in."""
    ip_auth_enabled: NotRequired[bool | None]
    """Authenticate callers by IP address (default off)."""
    ip_auth: NotRequired[Sequence[str] | None]
    """IP addresses or ranges allowed."""
    codecs: NotRequired[Sequence[SipAddressCodec] | None]
    ciphers: NotRequired[Sequence[Cipher] | None]
    encryption: NotRequired[SipAddressEncryption | None]
    """Encryption policy (default `optional`)."""
    password: NotRequired[str | None]
    """Password callers authenticate with."""


class SipAddressCreateParams(_SipAddressCreateFields, RequestKeywords):
    """Body of `fabric.sip_addresses.create()`."""


class _SipAddressUpdateFields(ParamFields, total=False):
    name: str | None
    user: str | None
    context_id: str | None
    ip_auth_enabled: bool | None
    ip_auth: Sequence[str] | None
    codecs: Sequence[SipAddressCodec] | None
    ciphers: Sequence[Cipher] | None
    encryption: SipAddressEncryption | None
    password: str | None


class SipAddressUpdateParams(_SipAddressUpdateFields, RequestKeywords):
    """Body of `fabric.sip_addresses.update()`; keys left out are not changed."""
