"""`fabric.sip_gateways`: SIP gateways, resources that forward calls to an external SIP URI.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from collections.abc import Sequence

import attrs

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from ._common import Cipher, Codec, Encryption, FabricResourceBase

__all__ = ["SipGateway", "SipGatewayCreateParams", "SipGatewayDetails", "SipGatewayUpdateParams"]


@attrs.frozen(kw_only=True)
class SipGatewayDetails(Model):
    """The gateway settings inside a `SipGateway` resource."""

    id: str
    """The gateway's uuid."""
    uri: str | None = None
    """External SIP URI calls are sent to, e.g. `alice@sip.example.com`."""
    name: str | None = None
    ciphers: list[str] | None = None
    """Encryption ciphers offered."""
    codecs: list[str] | None = None
    """Codecs offered."""
    encryption: str | None = None
    """`required`, `optional` or `default`."""


@attrs.frozen(kw_only=True)
class SipGateway(FabricResourceBase):
    """A SIP gateway resource (`/api/fabric/resources/sip_gateways`)."""

    sip_gateway: SipGatewayDetails | None = nested(SipGatewayDetails)  # noqa: RUF009 (an attrs field)
    """The gateway's own settings."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _SipGatewayCreateFields(ParamFields):
    name: str
    """Display name of the gateway."""
    uri: str
    """External SIP URI to forward calls to."""
    encryption: Encryption
    """Encryption policy."""
    ciphers: Sequence[Cipher]
    """Ciphers to offer."""
    codecs: Sequence[Codec]
    """Codecs to offer."""


class SipGatewayCreateParams(_SipGatewayCreateFields, RequestKeywords):
    """Body of `fabric.sip_gateways.create()`."""


class _SipGatewayUpdateFields(ParamFields, total=False):
    name: str | None
    uri: str | None
    encryption: Encryption | None
    ciphers: Sequence[Cipher] | None
    codecs: Sequence[Codec] | None


class SipGatewayUpdateParams(_SipGatewayUpdateFields, RequestKeywords):
    """Body of `fabric.sip_gateways.update()`; keys left out are not changed."""
