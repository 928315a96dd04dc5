"""`fabric.tokens`: embed, guest, invite and subscriber tokens.

Tokens are secrets: their attributes are left out of `repr()`. `token` is required: an
answer without one is not a token.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Sequence
from typing import Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model
from ..._options import ParamFields, RequestKeywords

__all__ = [
    "EmbedToken",
    "EmbedTokenCreateParams",
    "GuestToken",
    "GuestTokenCreateParams",
    "GuestTokenRegion",
    "InviteToken",
    "InviteTokenCreateParams",
    "RefreshedSubscriberToken",
    "SubscriberToken",
    "SubscriberTokenCreateParams",
    "SubscriberTokenRefreshParams",
    "SubscriberTokenRegion",
    "SubscriberTokenScope",
]

GuestTokenRegion = Literal["us-central"]
SubscriberTokenRegion = Literal["us-central"]
SubscriberTokenScope = Literal["sat:refresh"]


@attrs.frozen(kw_only=True)
class EmbedToken(Model):
    """A short-lived guest token for a click-to-call embed."""

    token: str = attrs.field(repr=False)
    """The token (a JWT)."""


@attrs.frozen(kw_only=True)
class GuestToken(Model):
    """A guest token, limited to a set of addresses."""

    token: str = attrs.field(repr=False)
    """The access token (a JWT)."""
    refresh_token: str | None = attrs.field(default=None, repr=False)
    """Token that gets a new access token (a JWT)."""


@attrs.frozen(kw_only=True)
class InviteToken(Model):
    """An invite token for one address, made by a subscriber."""

    token: str = attrs.field(repr=False)
    """The token (a JWT)."""


@attrs.frozen(kw_only=True)
class SubscriberToken(Model):
    """A subscriber access token, with the subscriber it belongs to."""

    subscriber_id: str | None = None
    """The subscriber's uuid (created when the reference is new)."""
    token: str = attrs.field(repr=False)
    """The access token (a JWT)."""
    refresh_token: str | None = attrs.field(default=None, repr=False)
    """Token that gets a new access token (a JWT)."""


@attrs.frozen(kw_only=True)
class RefreshedSubscriberToken(Model):
    """A new subscriber access token, from a refresh token."""

    token: str = attrs.field(repr=False)
    """The access token (a JWT)."""
    refresh_token: str | None = attrs.field(default=None, repr=False)
    """The next refresh token (a JWT)."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _EmbedTokenCreateFields(ParamFields):
    token: str
    """The click-to-call token of the embed (`c2c_...`)."""


class EmbedTokenCreateParams(_EmbedTokenCreateFields, RequestKeywords):
    """Body of `fabric.tokens.create_embed_token()` (sent without credentials)."""


class _GuestTokenCreateFields(ParamFields):
    allowed_addresses: Sequence[str]
    """uuids of the addresses the guest may reach."""
    expire_at: NotRequired[int | None]
    """Expiry, in Unix seconds."""
    region: NotRequired[GuestTokenRegion | None]
    """Regional cluster override."""
    ch: NotRequired[GuestTokenRegion | None]
    """Regional cluster endpoint override (the token's `ch` claim)."""


class GuestTokenCreateParams(_GuestTokenCreateFields, RequestKeywords):
    """Body of `fabric.tokens.create_guest_token()`."""


class _InviteTokenCreateFields(ParamFields):
    address_id: str
    """uuid of the address the invite is for."""
    expires_at: NotRequired[int | None]
    """Expiry, in Unix seconds."""


class InviteTokenCreateParams(_InviteTokenCreateFields, RequestKeywords):
    """Body of `fabric.tokens.create_invite_token()` (made with a subscriber token)."""


class _SubscriberTokenCreateFields(ParamFields):
    reference: str
    """Your identifier for the subscriber, e.g. an email address."""
    expire_at: NotRequired[int | None]
    """Expiry, in Unix seconds."""
    application_id: NotRequired[str | None]
    """The application the token is for."""
    password: NotRequired[str | None]
    """Sets the subscriber's password."""
    fingerprint: NotRequired[str | None]
    """Device fingerprint bound to the token."""
    scope: NotRequired[SubscriberTokenScope | None]
    """`sat:refresh`: the SDK client may refresh the token itself."""
    first_name: NotRequired[str | None]
    last_name: NotRequired[str | None]
    display_name: NotRequired[str | None]
    job_title: NotRequired[str | None]
    time_zone: NotRequired[str | None]
    """IANA time zone, e.g. `Europe/Berlin`."""
    country: NotRequired[str | None]
    region: NotRequired[SubscriberTokenRegion | None]
    """Regional cluster override."""
    company_name: NotRequired[str | None]


class SubscriberTokenCreateParams(_SubscriberTokenCreateFields, RequestKeywords):
    """Body of `fabric.tokens.create_subscriber_token()`."""


class _SubscriberTokenRefreshFields(ParamFields):
    refresh_token: str
    """The refresh token of an earlier `create_subscriber_token()`."""


class SubscriberTokenRefreshParams(_SubscriberTokenRefreshFields, RequestKeywords):
    """Body of `fabric.tokens.refresh_subscriber_token()`."""
