"""The base of every resource: what one generated operation method calls, in one line.

Resource modules are generated (see `resources/__init__.py`); each holds a table of its
`Operation`s, and each method passes its operation and the caller's arguments to one of
`_call`, `_call_empty`, `_page` or `_start` here, which read everything else from it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs
import httpx

from .._form import form_fields
from .._models import Model
from .._operation import Operation
from .._options import NO_CREDENTIALS, CallOptions, bearer, call_options
from .._pages import LINKS
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
        self, op: Operation[Any], values: Mapping[str, Any], args: tuple[str, ...], token: Any
    ) -> tuple[str, dict[str, Any] | None, CallOptions]:
        """The operation's filled path, its own parameters (None when it has none) and the
        request options: `args` fill the path's placeholders, then the `body_args` fields;
        `token` is the subscriber token of a `subscriber` operation."""
        names = op.path_params
        path = self._path(op.path, **dict(zip(names, args, strict=False)))
        credentials = None
        if op.auth == "subscriber":
            credentials = bearer(token)  # checks it, before anything else is
        elif op.auth == "none":
            credentials = NO_CREDENTIALS
        params: dict[str, Any] | None = None
        if op.params is None:
            options = call_options(values)
        else:
            params, options = check_params(op.params, values, op.name, op.one_of)
        filled = zip(op.body_args, args[len(names) :], strict=True)
        params = _body(op, params, {**dict(op.fixed), **{field: a for (_, field), a in filled}})
        if credentials is not None:
            options = attrs.evolve(options, credentials=credentials)
        return path, params, options

    async def _call(
        self, op: Operation[M], values: Mapping[str, Any], *args: str, token: Any = None
    ) -> M:
        """Send one request and decode its answer as the operation's model. The parameters
        are the query of a GET, and the JSON body (or with `form`, the form body) otherwise."""
        path, params, options = self._split(op, values, args, token)
        response = await self._request(op.http, path, params, op.form, options, op.name)
        return parse_model(response, op.model)  # type: ignore[arg-type]  # M has a model

    async def _start(
        self, op: Operation[M], values: Mapping[str, Any], *args: str
    ) -> CallControl[M]:
        """A calling command that starts something: its keyword arguments go in `params`,
        with a fresh `control_id` unless the caller gave one, which is returned with the call."""
        control_id = values.get("control_id") or str(uuid.uuid4())
        call = await self._call(op, {**values, "control_id": control_id}, *args)
        return CallControl(control_id, call)

    async def _call_empty(
        self, op: Operation[None], values: Mapping[str, Any], *args: str, token: Any = None
    ) -> None:
        """Send one request whose answer has no content (a delete)."""
        path, params, options = self._split(op, values, args, token)
        await self._request(op.http, path, params, op.form, options, op.name)

    async def _request(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        form: bool,
        options: CallOptions,
        operation: str,
    ) -> httpx.Response:
        """Send `params` as the query of a GET, else as the form or JSON body."""
        request = self._requester.request
        if method == "GET":
            return await request(method, path, params=params, options=options, operation=operation)
        if form:
            return await request(method, path, data=params, options=options, operation=operation)
        return await request(method, path, json=params, options=options, operation=operation)

    def _page(
        self, op: Operation[M], values: Mapping[str, Any], *args: str, token: Any = None
    ) -> AsyncPager[M]:
        """A pager over the operation's path; nothing is sent until it is iterated or awaited."""
        path, query, options = self._split(op, values, args, token)
        model, paging = op.model, op.paging or LINKS
        return AsyncPager(self._requester, path, model, paging, query or None, options)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._name}>"


def _body(
    op: Operation[Any], params: dict[str, Any] | None, fixed: dict[str, Any]
) -> dict[str, Any] | None:
    """The parameters as sent: nested (`nest`; `params` for a command that starts
    something), beside the `fixed` fields the method sets itself (its wrapper's values and
    positional arguments; a keyword argument may not set them too), with a `fresh_id`, and
    form-encoded for the Compatibility API."""
    nest = "params" if op.starts else op.nest
    if nest is not None:
        params = {nest: params or {}}
    if fixed:
        clash = sorted(fixed.keys() & (params or {}).keys())
        if clash:
            raise TypeError(f"{op.name}() sets {', '.join(clash)} itself")
        params = {**(params or {}), **fixed}
    if op.fresh_id is not None:
        params = {**(params or {}), op.fresh_id: str(uuid.uuid4())}
    if op.form and params:
        params = form_fields(params)
    return params
