"""`client.fabric.sip_endpoints`: SIP endpoints (the spec calls them SIP credentials)."""

from __future__ import annotations

from typing_extensions import Unpack

from ...._options import RequestOptions
from ...._pages import LINKS
from ....types.fabric import (
    FabricAddress,
    SipEndpoint,
    SipEndpointCreateParams,
    SipEndpointListParams,
    SipEndpointUpdateParams,
)
from ..._pagination import AsyncPager
from ..._resource import AsyncResource


class SipEndpoints(AsyncResource):
    """SIP endpoints: `/api/fabric/resources/sip_endpoints`."""

    _base = "/api/fabric/resources/sip_endpoints"

    def list(self, **params: Unpack[SipEndpointListParams]) -> AsyncPager[SipEndpoint]:
        """`GET /api/fabric/resources/sip_endpoints`: every SIP endpoint of the project.

        Iterate with `async for endpoint in ...`; `await pager` gives the first page.
        """
        query, options = self._params(SipEndpointListParams, params, "list")
        return self._pager(self._base, SipEndpoint, LINKS, query, options)

    async def create(self, **body: Unpack[SipEndpointCreateParams]) -> SipEndpoint:
        """`POST /api/fabric/resources/sip_endpoints`: create a SIP endpoint."""
        payload, options = self._params(SipEndpointCreateParams, body, "create")
        return await self._call("POST", self._base, SipEndpoint, json=payload, options=options)

    async def get(self, id: str, **options: Unpack[RequestOptions]) -> SipEndpoint:
        """`GET /api/fabric/resources/sip_endpoints/{id}`: one SIP endpoint."""
        return await self._call("GET", self._path(id), SipEndpoint, options=self._options(options))

    async def update(self, id: str, **body: Unpack[SipEndpointUpdateParams]) -> SipEndpoint:
        """`PUT /api/fabric/resources/sip_endpoints/{id}`: change the given fields."""
        path = self._path(id)
        payload, options = self._params(SipEndpointUpdateParams, body, "update")
        return await self._call("PUT", path, SipEndpoint, json=payload, options=options)

    async def delete(self, id: str, **options: Unpack[RequestOptions]) -> None:
        """`DELETE /api/fabric/resources/sip_endpoints/{id}`: delete a SIP endpoint."""
        await self._call_no_content("DELETE", self._path(id), self._options(options))

    def list_addresses(
        self, id: str, **params: Unpack[SipEndpointListParams]
    ) -> AsyncPager[FabricAddress]:
        """`GET /api/fabric/resources/sip_endpoints/{id}/addresses`: the endpoint's addresses."""
        path = self._path(id, "addresses")
        query, options = self._params(SipEndpointListParams, params, "list_addresses")
        return self._pager(path, FabricAddress, LINKS, query, options)
