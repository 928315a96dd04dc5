"""The base of every resource: one-line operations on top of the request loop."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._models import Model
from .._options import NO_OPTIONS, CallOptions, call_options
from .._pages import PagingStyle
from .._params import check_params
from .._paths import path_segment
from .._responses import parse_model
from ._pagination import AsyncPager
from ._transport import AsyncRequester

M = TypeVar("M", bound=Model)


class AsyncResource:
    """A group of operations under one base path, e.g. `/api/fabric/resources/sip_endpoints`."""

    _base: str = ""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def _path(self, *segments: str) -> str:
        """`_base` followed by checked, percent-encoded segments."""
        return "/".join([self._base, *(path_segment(s) for s in segments)])

    @staticmethod
    def _params(
        params_type: type[Any], values: Mapping[str, Any], operation: str
    ) -> tuple[dict[str, Any], CallOptions]:
        """The operation's parameters and the request options, checked (see `_params`)."""
        return check_params(params_type, values, operation)

    @staticmethod
    def _options(values: Mapping[str, Any]) -> CallOptions:
        """Request options of an operation that has no parameters of its own."""
        return call_options(values)

    async def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        options: CallOptions = NO_OPTIONS,
    ) -> M:
        response = await self._requester.request(
            method, path, json=json, params=params, options=options
        )
        return parse_model(response, model)

    async def _call_no_content(
        self, method: str, path: str, options: CallOptions = NO_OPTIONS
    ) -> None:
        await self._requester.request(method, path, options=options)

    def _pager(
        self,
        path: str,
        model: type[M],
        paging: PagingStyle,
        params: Mapping[str, Any] | None = None,
        options: CallOptions = NO_OPTIONS,
    ) -> AsyncPager[M]:
        return AsyncPager(self._requester, path, model, paging, params or None, options)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._base}>"
