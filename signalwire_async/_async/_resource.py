"""The base of every resource: what each generated operation method sends through.

Resource modules are generated (see CONTRIBUTING.md). A resource class says where it sits on
the client and the base of its paths; each method is a signature and a docstring, declared
with `@operation(...)`. When the class is made, each declared method is replaced by a sender
that passes its `Operation` and the caller's arguments to one of `_call`, `_call_empty`,
`_page` or `_start` here, which read everything else from the operation.
"""

from __future__ import annotations

import functools
import inspect
import uuid
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import httpx
from typing_extensions import Unpack

from .._docs import document
from .._form import form_fields
from .._models import Model
from .._operation import CompatPaging, Declared, Operation, operation
from .._options import (
    NO_CREDENTIALS,
    NO_OPTIONS,
    CallOptions,
    RequestKeywords,
    Secret,
    bearer,
    call_options,
)
from .._pages import LINKS
from .._params import check_params, only_value, snake_aliases, wire_values
from .._paths import build_path, fill_path
from .._responses import parse_model
from ..types._common import CallControl
from ._pagination import AsyncPager
from ._request_loop import AsyncRequester

# What a generated resource module imports from here, in one line.
__all__ = [
    "LINKS",
    "AsyncPager",
    "AsyncResource",
    "CallControl",
    "CompatPaging",
    "RequestKeywords",
    "Unpack",
    "operation",
]

M = TypeVar("M", bound=Model)

FORM_TYPE = "application/x-www-form-urlencoded"
SUBSCRIBER_HINT = (
    "this operation expects a subscriber token: pass subscriber_token= (it was sent with "
    "the project's credentials)"
)


class AsyncResource:
    """A group of operations, e.g. `client.fabric.sip_endpoints`."""

    _name: str = ""
    """Its place on the client (`fabric.sip_endpoints`), for messages."""

    def __init_subclass__(cls, place: str = "", base: str = "", **shared: Any) -> None:
        """A generated resource class names its `place` on the client, the `base` of its
        paths and the `Operation` fields most of its operations share (`form=True`, ...);
        each method declared with `@operation(...)` is completed with them and replaced by
        its sender (`paginate = list` stays one operation)."""
        super().__init_subclass__()
        if place:
            cls._name = place
            ops: dict[Callable[..., Any], Operation[Any]] = {}
            for attr, value in list(vars(cls).items()):
                declared = getattr(value, "__declared__", None)
                if isinstance(declared, Declared):
                    if value not in ops:
                        ops[value] = declared.complete(place, base, value.__name__, shared)
                    setattr(cls, attr, _sender(ops[value], value, attr))
        document(cls)  # `help()` lists each method's parameters, read from its operation

    def __init__(self, requester: AsyncRequester, account_sid: str | None = None) -> None:
        self._requester = requester
        # The Compatibility API's `{AccountSid}`: the project, or a subaccount (`for_account`).
        self._account_sid = account_sid or requester.config.project

    @staticmethod
    def _hold(token: str | None) -> Secret | None:
        """A subscriber token out of sight (a generated method then deletes its own name)."""
        return None if token is None else Secret(token)

    def _path(self, template: str, names: tuple[str, ...], args: tuple[str, ...]) -> str:
        """`template` with each placeholder of `names` replaced, in order, by a checked,
        percent-encoded id of `args`, and `{AccountSid}` by the account's."""
        if "{AccountSid}" in template:
            values = dict(zip(names, args, strict=False))
            values["AccountSid"] = self._account_sid
            return build_path(template, **values)
        return fill_path(template, args, names)

    def _split(
        self,
        op: Operation[Any],
        values: Mapping[str, Any],
        args: tuple[str, ...],
        token: Secret | None,
    ) -> tuple[str, dict[str, Any] | None, CallOptions]:
        """The operation's filled path, its own parameters (None when it has none) and the
        request options: `args` fill the path's placeholders, then the `body_args` fields;
        `token` is the subscriber token of a `subscriber` operation."""
        names = op.path_params
        path = self._path(op.path, names, args)
        if not values and len(args) == len(names) and _options_only(op):
            return path, None, NO_OPTIONS  # a get or delete by id: nothing else to work out
        credentials = None
        if op.auth == "subscriber" and token is not None and token.value is not None:
            # Checks it, before anything else is; without one the project's credentials go.
            credentials = bearer(token)
        elif op.auth == "none":
            credentials = NO_CREDENTIALS
        params: dict[str, Any] | None = None
        inner = _inner_extras(op, values)
        if inner is not None:  # the official SDK's `extras` of a command go in its `params`
            values = {k: v for k, v in values.items() if k != "extras"}
        if op.params is None:
            options = call_options(values)
        else:
            given = frozenset(inner or ())
            aliases = (*op.aliases, *snake_aliases(op.params)) if op.form else op.aliases
            params, options = check_params(
                op.params, values, op.name, op.one_of, aliases, given, op.exclusive
            )
        filled = zip(op.body_args, args[len(names) :], strict=True)
        fixed = {**dict(op.fixed), **{field: a for (_, field), a in filled}}
        params = _body(op, params, fixed, inner)
        if credentials is not None:
            options = attrs.evolve(options, credentials=credentials)
        elif op.auth == "subscriber":  # sent with the project's credentials: say so on a 401
            options = attrs.evolve(options, auth_hint=SUBSCRIBER_HINT)
        return path, params, options

    async def _call(
        self, op: Operation[M], values: Mapping[str, Any], *args: str, token: Secret | None = None
    ) -> M:
        """Send one request and decode its answer as the operation's model. The parameters
        are the query of a GET, and the JSON body (or with `form`, the form body) otherwise."""
        path, params, options = self._split(op, values, args, token)
        if op.http == "GET":  # straight to the requester: one coroutine fewer per call
            response = await self._requester.request(
                "GET", path, params=params, options=options, operation=op
            )
        else:
            response = await self._request(op.http, path, params, op.form, options, op)
        return parse_model(response, op.model)  # type: ignore[arg-type]  # M has a model

    async def _start(
        self, op: Operation[M], values: Mapping[str, Any], *args: str, token: Secret | None = None
    ) -> CallControl[M]:
        """A calling command that starts something: its keyword arguments go in `params`,
        with a fresh `control_id` unless the caller gave one, which is returned with the call."""
        control_id = values.get("control_id") or str(uuid.uuid4())
        call = await self._call(op, {**values, "control_id": control_id}, *args, token=token)
        return CallControl(control_id, call)

    async def _call_empty(
        self,
        op: Operation[None],
        values: Mapping[str, Any],
        *args: str,
        token: Secret | None = None,
    ) -> None:
        """Send one request whose answer has no content (a delete)."""
        path, params, options = self._split(op, values, args, token)
        # A retried delete that finds nothing after an attempt lost its answer: done.
        await self._request(op.http, path, params, op.form, options, op, gone_is_done=True)

    async def _request(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        form: bool,
        options: CallOptions,
        operation: Operation[Any],
        *,
        gone_is_done: bool = False,
    ) -> httpx.Response:
        """Send `params` as the query of a GET, else as the form or JSON body."""
        # `self._requester.request` called each time, not kept in a local: a bound method
        # alive through the request is one object more for the collector, per call.
        if method == "GET":
            return await self._requester.request(
                method, path, params=params, options=options, operation=operation
            )
        gone_is_done = gone_is_done and method == "DELETE"
        if form:
            if not params:  # an empty form is still a form: say so (no body, no default type)
                headers = {"Content-Type": FORM_TYPE, **(options.headers or {})}
                options = attrs.evolve(options, headers=headers)
            data = params or {}
            return await self._requester.request(
                method,
                path,
                data=data,
                options=options,
                operation=operation,
                gone_is_done=gone_is_done,
            )
        return await self._requester.request(
            method,
            path,
            json=params,
            options=options,
            operation=operation,
            gone_is_done=gone_is_done,
        )

    def _page(
        self, op: Operation[M], values: Mapping[str, Any], *args: str, token: Secret | None = None
    ) -> AsyncPager[M]:
        """A pager over the operation's path; nothing is sent until it is iterated or awaited."""
        path, query, options = self._split(op, values, args, token)
        model, paging = op.model, op.paging or LINKS
        return AsyncPager(self._requester, path, model, paging, query or None, options, op)  # type: ignore[arg-type]

    @staticmethod
    def _with_body(body: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> dict[str, Any]:
        """The official SDK's positional body dict with the keyword arguments, which win."""
        if body is None:
            return dict(fields)
        if not isinstance(body, Mapping):
            raise TypeError(f"body must be a mapping, not {type(body).__name__}")
        return {**body, **fields}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._name}>"


def _options_only(op: Operation[Any]) -> bool:
    """An operation that sends nothing but its path, as the project: without keyword
    arguments, `_split` has no parameters or options to work out."""
    return (
        op.params is None
        and op.auth == "project"
        and not op.body_args
        and not op.fixed
        and op.fresh_id is None
        and op.nest is None
        and not op.starts
    )


def _inner_extras(op: Operation[Any], values: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """`extras=` of an operation that nests its keywords: they go beside them, as the
    official SDK sends them (`extra_body=` stays on the outer body)."""
    if not (op.starts or op.nest) or values.get("extras") is None:
        return None
    extras = values["extras"]
    if not isinstance(extras, Mapping):
        raise TypeError(f"extras must be a mapping, not {type(extras).__name__}")
    return extras


def _body(
    op: Operation[Any],
    params: dict[str, Any] | None,
    fixed: dict[str, Any],
    inner: Mapping[str, Any] | None = None,
) -> dict[str, Any] | None:
    """The parameters as sent: nested (`nest`; `params` for a command that starts
    something), beside the `fixed` fields the method sets itself (its wrapper's values and
    positional arguments; a keyword argument may not set them too), with a `fresh_id`, and
    form-encoded for the Compatibility API."""
    if params:  # a query or a form has no null: None leaves a field out there
        params = wire_values(params, no_null=op.form or op.http == "GET")
    nest = "params" if op.starts else op.nest
    if nest is not None:
        params = {nest: {**(params or {}), **(inner or {})}}
    if fixed:
        given = params or {}
        # A keyword whose type allows only the fixed value says the same: no clash
        # (`messages.update(id, body="")`, as official code writes it).
        clash = sorted(
            k
            for k in fixed.keys() & given.keys()
            if not (given[k] == fixed[k] and only_value(op.params, k) == (fixed[k],))
        )
        if clash:
            raise TypeError(f"{op.name}() sets {', '.join(clash)} itself")
        params = {**(params or {}), **fixed}
    if op.fresh_id is not None:
        params = {**(params or {}), op.fresh_id: str(uuid.uuid4())}
    if op.form and params:
        params = form_fields(params)
    return params


def _sender(op: Operation[Any], declared: Callable[..., Any], name: str) -> Callable[..., Any]:
    """The method `name` that sends `op`, in the place of the `declared` one (whose
    signature and docstring it keeps; another name is an alias, the official SDK's
    `paginate` for `list`): its positional arguments fill the path, then the
    `body_args`; its keywords are the operation's parameters and the request options.

    A call that names a positional argument, or gives the wrong number of them, is bound
    by the declared signature first (a wrong one raises its `TypeError`). A subscriber token
    goes out of sight at once: error trackers record the locals of every frame."""
    positional = op.positional
    arity = len(positional)
    named = frozenset((*positional, "body") if op.body_arg else positional)
    subscriber, body_arg = op.auth == "subscriber", op.body_arg

    def arguments(
        self: AsyncResource, args: tuple[Any, ...], values: dict[str, Any]
    ) -> tuple[tuple[Any, ...], dict[str, Any], Secret | None]:
        # First, so that no frame holds the token if the call turns out wrong.
        token = self._hold(values.pop("subscriber_token", None)) if subscriber else None
        if len(args) != arity or not named.isdisjoint(values):
            args, values = _bind(declared, positional, self, args, values)
        if body_arg:
            values = self._with_body(values.pop("body", None), values)
        return args, values, token

    if op.paging is not None:

        def send_page(self: AsyncResource, *args: Any, **values: Any) -> Any:
            args, values, token = arguments(self, args, values)
            return self._page(op, values, *args, token=token)

        send: Callable[..., Any] = send_page
    else:
        call = (
            AsyncResource._start
            if op.starts
            else AsyncResource._call_empty
            if op.model is None
            else AsyncResource._call
        )

        async def send_call(self: AsyncResource, *args: Any, **values: Any) -> Any:
            args, values, token = arguments(self, args, values)
            return await call(self, op, values, *args, token=token)

        send = send_call
    functools.update_wrapper(send, declared)
    send.__operation__ = op  # type: ignore[attr-defined]  # what `help()` and the fake space read
    if name != declared.__name__:
        send.__name__ = name
        send.__qualname__ = f"{declared.__qualname__.rpartition('.')[0]}.{name}"
        send.__doc__ = f"The official SDK's name of `{declared.__name__}()`. {declared.__doc__}"
    return send


@functools.cache
def _signature(declared: Callable[..., Any]) -> inspect.Signature:
    return inspect.signature(declared)


def _bind(
    declared: Callable[..., Any],
    positional: tuple[str, ...],
    self: AsyncResource,
    args: tuple[Any, ...],
    values: dict[str, Any],
) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The positional arguments and the keywords of a call, as the declared signature binds
    them (a positional argument given by name; `body` and `subscriber_token` as keywords)."""
    signature = _signature(declared)
    try:
        found = signature.bind(self, *args, **values).arguments
    except TypeError as error:
        raise TypeError(f"{declared.__qualname__}(): {error}") from None
    rest = [p for p in signature.parameters.values() if p.name not in positional][1:]
    keywords: dict[str, Any] = {}
    for parameter in rest:
        if parameter.kind is parameter.VAR_KEYWORD:
            keywords.update(found.get(parameter.name, {}))
        elif parameter.name in found:
            keywords[parameter.name] = found[parameter.name]
    return tuple(found[name] for name in positional), keywords
