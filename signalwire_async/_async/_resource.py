"""The base of every resource: what one generated operation method calls, in one line.

Resource modules are generated (see `resources/__init__.py`); each method checks its
keyword arguments against its `TypedDict`, fills its path, and calls one of `_send`,
`_send_empty` or `_list` here.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs
import httpx

from .._form import form_fields
from .._models import Model
from .._options import CallOptions, Credentials, call_options
from .._pages import LINKS, PagingStyle
from .._params import check_params
from .._paths import build_path
from .._responses import parse_model
from ..types._common import CallControl
from ._pagination import AsyncPager
from ._request_loop import AsyncRequester

M = TypeVar("M", bound=Model)


class AsyncResource:
    """A group of operations, e.g. `client.fabric.sip_endpoints`."""

    _name: str = ""
    """Its place on the client (`fabric.sip_endpoints`), for messages."""

    def __init__(self, requester: AsyncRequester, account_sid: str | None = None) -> None:
        self._requester = requester
        # The Compatibility API's `{AccountSid}`: the project, or a subaccount (`for_account`).
        self._account_sid = account_sid or requester.config.project

    def _path(self, template: str, **values: str) -> str:
        """`template` with each `{name}` replaced by a checked, percent-encoded id."""
        if "{AccountSid}" in template:
            values["AccountSid"] = self._account_sid
        return build_path(template, **values)

    def _split(
        self,
        operation: str,
        values: Mapping[str, Any],
        params_type: Any,
        one_of: tuple[str, ...],
        credentials: Credentials | None,
        fixed: Mapping[str, Any] | None = None,
        form: bool = False,
        nest: str | None = None,
        fresh_id: str | None = None,
    ) -> tuple[dict[str, Any] | None, CallOptions]:
        """The operation's own parameters (None when it has none) and the request options.

        `fixed` holds fields the method sends itself (a wrapper's fixed values and the fields
        its positional arguments fill); a keyword argument may not set them too. `form`: the
        values are encoded as the Compatibility API reads them (`_form`). `nest`: the
        keyword arguments go inside that body field (a command's `params`). `fresh_id`: a
        body field given a new uuid on each call (a JSON-RPC request id).
        """
        params: dict[str, Any] | None = None
        if params_type is None:
            options = call_options(values)
        else:
            params, options = check_params(params_type, values, f"{self._name}.{operation}", one_of)
        if nest is not None:
            params = {nest: params or {}}
        if fixed:
            clash = sorted(fixed.keys() & (params or {}).keys())
            if clash:
                raise TypeError(f"{self._name}.{operation}() sets {', '.join(clash)} itself")
            params = {**(params or {}), **fixed}
        if fresh_id is not None:
            params = {**(params or {}), fresh_id: str(uuid.uuid4())}
        if credentials is not None:
            options = attrs.evolve(options, credentials=credentials)
        if form and params:
            params = form_fields(params)
        return params, options

    async def _send(
        self,
        operation: str,
        method: str,
        path: str,
        model: type[M],
        values: Mapping[str, Any],
        params_type: Any = None,
        *,
        one_of: tuple[str, ...] = (),
        fixed: Mapping[str, Any] | None = None,
        form: bool = False,
        nest: str | None = None,
        fresh_id: str | None = None,
        credentials: Credentials | None = None,
    ) -> M:
        """Send one request and decode its answer as `model`. The parameters are the query
        of a GET, and the JSON body (or with `form`, the form body) of any other method."""
        params, options = self._split(
            operation, values, params_type, one_of, credentials, fixed, form, nest, fresh_id
        )
        return parse_model(await self._request(method, path, params, form, options), model)

    async def _start(
        self,
        operation: str,
        path: str,
        model: type[M],
        values: Mapping[str, Any],
        params_type: Any,
        *,
        fixed: Mapping[str, Any],
    ) -> CallControl[M]:
        """A calling command that starts something: its keyword arguments go in `params`,
        with a fresh `control_id` unless the caller gave one, which is returned with the call."""
        control_id = values.get("control_id") or str(uuid.uuid4())
        values = {**values, "control_id": control_id}
        call = await self._send(
            operation, "POST", path, model, values, params_type, fixed=fixed, nest="params"
        )
        return CallControl(control_id, call)

    async def _send_empty(
        self,
        operation: str,
        method: str,
        path: str,
        values: Mapping[str, Any],
        params_type: Any = None,
        *,
        form: bool = False,
        credentials: Credentials | None = None,
    ) -> None:
        """Send one request whose answer has no content (a delete)."""
        params, options = self._split(operation, values, params_type, (), credentials, None, form)
        await self._request(method, path, params, form, options)

    async def _request(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        form: bool,
        options: CallOptions,
    ) -> httpx.Response:
        """Send `params` as the query of a GET, else as the form or JSON body."""
        if method == "GET":
            return await self._requester.request(method, path, params=params, options=options)
        if form:
            return await self._requester.request(method, path, data=params, options=options)
        return await self._requester.request(method, path, json=params, options=options)

    def _list(
        self,
        operation: str,
        path: str,
        model: type[M],
        values: Mapping[str, Any],
        params_type: Any,
        *,
        paging: PagingStyle = LINKS,
        form: bool = False,
        credentials: Credentials | None = None,
    ) -> AsyncPager[M]:
        """A pager over `path`; nothing is sent until it is iterated or awaited."""
        query, options = self._split(operation, values, params_type, (), credentials, None, form)
        return AsyncPager(self._requester, path, model, paging, query or None, options)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._name}>"
