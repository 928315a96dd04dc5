"""Fabric addresses: `fabric.addresses` and every resource's `list_addresses()`."""

import attrs

from ..._models import Model, nested

__all__ = ["AddressChannels", "FabricAddress"]


@attrs.frozen(kw_only=True)
class AddressChannels(Model):
    """The channel URIs of a Fabric address, by kind."""

    audio: str | None = None
    """URI for audio calls."""
    video: str | None = None
    """URI for video calls."""
    messaging: str | None = None
    """URI for messaging."""


@attrs.frozen(kw_only=True)
class FabricAddress(Model):
    """A Fabric address assigned to a resource."""

    id: str
    """The address's uuid."""
    name: str | None = None
    """Address name, e.g. `justice-league`."""
    display_name: str | None = None
    """Human-readable name."""
    type: str | None = None
    """Address type (`call`, ...)."""
    cover_url: str | None = None
    """Cover image URL."""
    preview_url: str | None = None
    """Preview image URL."""
    locked: bool | None = None
    """Whether the address refuses calls."""
    channels: AddressChannels | None = nested(AddressChannels)  # noqa: RUF009 (an attrs field)
    """Channel URIs by kind (`audio`, `video`, `messaging`)."""
    created_at: str | None = None
    """Creation time (ISO 8601)."""
