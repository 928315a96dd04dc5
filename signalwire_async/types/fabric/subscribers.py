"""`fabric.subscribers`: subscribers (end users) and their own SIP endpoints.

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Sequence

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from ._common import Cipher, Codec, Encryption, FabricResourceBase

__all__ = [
    "Subscriber",
    "SubscriberCreateParams",
    "SubscriberDetails",
    "SubscriberSipEndpoint",
    "SubscriberSipEndpointCreateParams",
    "SubscriberSipEndpointUpdateParams",
    "SubscriberUpdateParams",
]


@attrs.frozen(kw_only=True)
class SubscriberDetails(Model):
    """The person's details inside a `Subscriber` resource."""

    id: str
    """The subscriber's uuid."""
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    display_name: str | None = None
    job_title: str | None = None
    timezone: str | None = None
    """IANA time zone, e.g. `Europe/Berlin`."""
    country: str | None = None
    company_name: str | None = None


@attrs.frozen(kw_only=True)
class Subscriber(FabricResourceBase):
    """A subscriber resource (`/api/fabric/resources/subscribers`)."""

    subscriber: SubscriberDetails | None = nested(SubscriberDetails)  # noqa: RUF009 (an attrs field)
    """The subscriber's own details."""


@attrs.frozen(kw_only=True)
class SubscriberSipEndpoint(Model):
    """A SIP endpoint of a subscriber (`.../subscribers/{id}/sip_endpoints`)."""

    id: str
    """The endpoint's uuid."""
    username: str | None = None
    """SIP username."""
    caller_id: str | None = None
    """Caller ID shown when dialing out."""
    send_as: str | None = None
    """Number or name presented to the called party."""
    ciphers: list[str] | None = None
    """Encryption ciphers the endpoint supports."""
    codecs: list[str] | None = None
    """Codecs the endpoint supports."""
    encryption: str | None = None
    """`required`, `optional` or `default`."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _SubscriberCreateFields(ParamFields):
    email: str
    """The subscriber's email address (their sign-in name)."""
    password: NotRequired[str | None]
    first_name: NotRequired[str | None]
    last_name: NotRequired[str | None]
    display_name: NotRequired[str | None]
    job_title: NotRequired[str | None]
    timezone: NotRequired[str | None]
    """IANA time zone, e.g. `Europe/Berlin`."""
    country: NotRequired[str | None]
    region: NotRequired[str | None]
    company_name: NotRequired[str | None]


class SubscriberCreateParams(_SubscriberCreateFields, RequestKeywords):
    """Body of `fabric.subscribers.create()`."""


class _SubscriberUpdateFields(ParamFields, total=False):
    email: str | None
    password: str | None
    first_name: str | None
    last_name: str | None
    display_name: str | None
    job_title: str | None
    timezone: str | None
    country: str | None
    region: str | None
    company_name: str | None


class SubscriberUpdateParams(_SubscriberUpdateFields, RequestKeywords):
    """Body of `fabric.subscribers.update()` (a PUT); keys left out are not sent."""


class _SubscriberSipEndpointCreateFields(ParamFields):
    username: str
    """SIP username."""
    password: str
    """Password the endpoint registers with."""
    caller_id: NotRequired[str | None]
    """Caller ID shown when dialing out."""
    send_as: NotRequired[str | None]
    """Number or name presented to the called party."""
    ciphers: NotRequired[Sequence[Cipher] | None]
    codecs: NotRequired[Sequence[Codec] | None]
    encryption: NotRequired[Encryption | None]
    """Encryption policy (default `default`)."""


class SubscriberSipEndpointCreateParams(_SubscriberSipEndpointCreateFields, RequestKeywords):
    """Body of `fabric.subscribers.create_sip_endpoint()`."""


class _SubscriberSipEndpointUpdateFields(ParamFields, total=False):
    username: str | None
    password: str | None
    caller_id: str | None
    send_as: str | None
    ciphers: Sequence[Cipher] | None
    codecs: Sequence[Codec] | None
    encryption: Encryption | None


class SubscriberSipEndpointUpdateParams(_SubscriberSipEndpointUpdateFields, RequestKeywords):
    """Body of `fabric.subscribers.update_sip_endpoint()`; keys left out are not changed."""
