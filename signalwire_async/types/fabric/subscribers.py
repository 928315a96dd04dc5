"""`fabric.subscribers`: subscribers (end users) and their own SIP endpoints.

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested
from ..._options import RequestKeywords
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


class SubscriberCreateParams(RequestKeywords):
    """Body of `fabric.subscribers.create()`."""

    email: str
    """The subscriber's email address (their sign-in name)."""
    password: NotRequired[str]
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    display_name: NotRequired[str]
    job_title: NotRequired[str]
    timezone: NotRequired[str]
    """IANA time zone, e.g. `Europe/Berlin`."""
    country: NotRequired[str]
    region: NotRequired[str]
    company_name: NotRequired[str]


class SubscriberUpdateParams(RequestKeywords, total=False):
    """Body of `fabric.subscribers.update()` (a PUT); keys left out are not sent."""

    email: str
    password: str
    first_name: str
    last_name: str
    display_name: str
    job_title: str
    timezone: str
    country: str
    region: str
    company_name: str


class SubscriberSipEndpointCreateParams(RequestKeywords):
    """Body of `fabric.subscribers.create_sip_endpoint()`."""

    username: str
    """SIP username."""
    password: str
    """Password the endpoint registers with."""
    caller_id: NotRequired[str]
    """Caller ID shown when dialing out."""
    send_as: NotRequired[str]
    """Number or name presented to the called party."""
    ciphers: NotRequired[list[Cipher]]
    codecs: NotRequired[list[Codec]]
    encryption: NotRequired[Encryption]
    """Encryption policy (default `default`)."""


class SubscriberSipEndpointUpdateParams(RequestKeywords, total=False):
    """Body of `fabric.subscribers.update_sip_endpoint()`; keys left out are not changed."""

    username: str
    password: str
    caller_id: str
    send_as: str
    ciphers: list[Cipher]
    codecs: list[Codec]
    encryption: Encryption
