"""The `fabric` namespace: resources, addresses and tokens of SignalWire's Call Fabric."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..._transport import AsyncRequester

if TYPE_CHECKING:
    from .sip_endpoints import SipEndpoints


class Fabric:
    """`client.fabric`: Call Fabric resources."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def sip_endpoints(self) -> SipEndpoints:
        """SIP endpoints: `/api/fabric/resources/sip_endpoints`."""
        from .sip_endpoints import SipEndpoints

        return SipEndpoints(self._requester)
