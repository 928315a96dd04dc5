"""`fabric.relay_applications`: RELAY applications (calls routed to a RELAY topic).

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from ._common import FabricResourceBase

__all__ = [
    "RelayApplication",
    "RelayApplicationCreateParams",
    "RelayApplicationDetails",
    "RelayApplicationUpdateParams",
]


@attrs.frozen(kw_only=True)
class RelayApplicationDetails(Model):
    """The application settings (the `relay_application` object of a `RelayApplication`)."""

    id: str
    """The application's uuid."""
    name: str | None = None
    topic: str | None = None
    """RELAY topic that receives the calls."""
    call_status_callback_url: str | None = None
    """URL that receives call status changes."""


@attrs.frozen(kw_only=True)
class RelayApplication(FabricResourceBase):
    """A RELAY application resource (`/api/fabric/resources/relay_applications`)."""

    relay_application: RelayApplicationDetails | None = nested(RelayApplicationDetails)  # noqa: RUF009 (an attrs field)
    """The application settings."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _RelayApplicationCreateFields(ParamFields):
    name: str
    """Name of the application."""
    topic: str
    """RELAY topic that receives the calls."""
    call_status_callback_url: NotRequired[str | None]
    """URL that receives call status changes."""


class RelayApplicationCreateParams(_RelayApplicationCreateFields, RequestKeywords):
    """Body of `fabric.relay_applications.create()`."""


class _RelayApplicationUpdateFields(ParamFields, total=False):
    name: str | None
    topic: str | None
    """RELAY topic that receives the calls."""
    call_status_callback_url: str | None
    """URL that receives call status changes."""


class RelayApplicationUpdateParams(_RelayApplicationUpdateFields, RequestKeywords):
    """Body of `fabric.relay_applications.update()`; keys left out are not changed."""
