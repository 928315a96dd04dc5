"""`fabric.freeswitch_connectors`: FreeSWITCH connectors (a FreeSWITCH server linked by token).

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from ._common import FabricResourceBase

__all__ = [
    "FreeswitchConnector",
    "FreeswitchConnectorCreateParams",
    "FreeswitchConnectorDetails",
    "FreeswitchConnectorUpdateParams",
]


@attrs.frozen(kw_only=True)
class FreeswitchConnectorDetails(Model):
    """The connector settings (the `freeswitch_connector` object of a `FreeswitchConnector`)."""

    id: str
    """The connector's uuid."""
    name: str | None = None
    caller_id: str | None = None
    """Caller ID used for calls through the connector."""
    send_as: str | None = None
    """Number or identifier calls are sent as."""
    token: str | None = attrs.field(default=None, repr=False)
    """The connector's token (a secret, left out of `repr`)."""


@attrs.frozen(kw_only=True)
class FreeswitchConnector(FabricResourceBase):
    """A FreeSWITCH connector resource (`/api/fabric/resources/freeswitch_connectors`)."""

    freeswitch_connector: FreeswitchConnectorDetails | None = nested(FreeswitchConnectorDetails)  # noqa: RUF009 (an attrs field)
    """The connector settings."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _FreeswitchConnectorCreateFields(ParamFields):
    name: str
    """Name of the connector."""
    token: str
    """Token (a uuid) the FreeSWITCH server authenticates with."""


class FreeswitchConnectorCreateParams(_FreeswitchConnectorCreateFields, RequestKeywords):
    """Body of `fabric.freeswitch_connectors.create()`."""


class _FreeswitchConnectorUpdateFields(ParamFields, total=False):
    name: str | None
    caller_id: str | None
    """Caller ID used for calls through the connector."""
    send_as: str | None
    """Number or identifier calls are sent as."""


class FreeswitchConnectorUpdateParams(_FreeswitchConnectorUpdateFields, RequestKeywords):
    """Body of `fabric.freeswitch_connectors.update()`; keys left out are not changed."""
