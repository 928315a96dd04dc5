"""Well-formed JSON for a model, from its own field types: what the fake answers.

`sample(Model)` gives every required field a value of its declared type (nested models
recursively), so the answer decodes as that model; `shape()` places a request's fields
where the model keeps them (at the top, or in a nested `...Details` object).
"""

from __future__ import annotations

import datetime
import email.utils
import functools
import re
import sys
import types as pytypes
import typing
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .._models import Model


@attrs.frozen
class _Field:
    key: str  # its JSON key
    type: Any
    required: bool
    model: type[Model] | None  # the model a nested field holds, if any


@functools.cache
def fields_of(model: type[Model]) -> dict[str, _Field]:
    """The model's fields by JSON key, with their resolved types."""
    hints = _hints(model)
    found = {}
    for field in attrs.fields(model):
        if field.name == "_raw":
            continue
        key = field.metadata.get("json", field.name)
        tp = hints.get(field.name, Any)
        found[key] = _Field(key, tp, field.default is attrs.NOTHING, _model_in(tp))
    return found


def _hints(model: type[Model]) -> dict[str, Any]:
    """Each field's type, resolved one by one: a name a module imports only for type
    checking leaves that field `Any` instead of failing the whole model."""
    hints: dict[str, Any] = {}
    for cls in reversed(model.__mro__):
        namespace = vars(sys.modules[cls.__module__]) if cls.__module__ in sys.modules else {}
        for name, annotation in vars(cls).get("__annotations__", {}).items():
            if isinstance(annotation, str):
                try:
                    annotation = eval(annotation, dict(namespace))
                except Exception:
                    annotation = Any
            hints[name] = annotation
    return hints


def _arms(tp: Any) -> tuple[Any, ...]:
    """The non-None members of a union (or the type itself)."""
    if typing.get_origin(tp) in (typing.Union, pytypes.UnionType):
        return tuple(arm for arm in typing.get_args(tp) if arm is not type(None))
    return (tp,)


def _is_model(arm: Any) -> typing.TypeGuard[type[Model]]:
    """True for a model class. `list[str]` is an instance of `type` on Python 3.10 (not
    3.11+), and `issubclass` rejects it: a parameterized generic is never a model."""
    return (
        isinstance(arm, type)
        and not isinstance(arm, pytypes.GenericAlias)
        and issubclass(arm, Model)
    )


def _model_in(tp: Any) -> type[Model] | None:
    for arm in _arms(tp):
        if _is_model(arm):
            return arm
    return None


def now_iso() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def now_rfc2822() -> str:
    """The Compatibility API's date format."""
    return email.utils.format_datetime(datetime.datetime.now(datetime.timezone.utc), usegmt=True)


@attrs.frozen
class Context:
    """What a sample needs to know beyond the model."""

    project: str
    type_name: str
    """A record's `type` (`sip_endpoint`)."""
    compat: bool = False
    new_token: Callable[[], str] = lambda: uuid.uuid4().hex


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def snake(name: str) -> str:
    """`StatusCallbackMethod` -> `status_callback_method` (form names to JSON keys)."""
    return _CAMEL.sub("_", name).lower()


def _string(key: str, context: Context) -> str:
    if key in ("project_id", "account_sid"):
        return context.project
    if key in ("id", "sid") or key.endswith(("_id", "_sid")):
        return str(uuid.uuid4())
    if key.endswith("_at") or key.startswith("date_"):
        return now_rfc2822() if context.compat else now_iso()
    if key == "type":
        return context.type_name
    if "token" in key:
        return context.new_token()
    if key.endswith(("url", "uri")):
        return f"https://example.com/{key}"
    if "number" in key or key in ("to", "from", "e164"):
        return "+15550100000"
    if "email" in key:
        return "someone@example.com"
    return f"fake {key.replace('_', ' ')}"


def _value(key: str, tp: Any, context: Context) -> Any:
    arm = _arms(tp)[0]
    origin = typing.get_origin(arm)
    if origin is typing.Literal:
        return typing.get_args(arm)[0]
    if _is_model(arm):
        return sample(arm, context)
    if arm is bool:
        return False
    if arm is int:
        return 1
    if arm is float:
        return 1.0
    if arm is str:
        return _string(key, context)
    if origin in (list, tuple) or arm in (list, tuple):
        return []
    return {}


# Fields the spec requires in an answer that the model leaves optional, because another
# answer of the same model lacks them: the fake fills them too, so code that reads them
# (as the reference's examples do) works against it.
_SPEC_REQUIRED = {"CallFlowVersion": frozenset({"version"})}


def sample(model: type[Model], context: Context) -> dict[str, Any]:
    """JSON with every required field of `model` filled, and each nested object (a
    Fabric envelope's details) present and filled likewise."""
    also = _SPEC_REQUIRED.get(model.__name__, frozenset())
    return {
        key: _value(key, field.type, context)
        for key, field in fields_of(model).items()
        if field.required or field.model is not None or key in also
    }


def shape(model: type[Model], into: dict[str, Any], fields: Mapping[str, Any]) -> None:
    """Put request `fields` into the stored JSON `into` where `model` keeps them.

    A field the model declares goes at the top; one its nested model declares goes into
    that object (a Fabric envelope's `sip_gateway`); anything else is dropped, as the API
    does not echo what it does not store (a password).
    """
    declared = fields_of(model)
    nested = {key: f.model for key, f in declared.items() if f.model is not None}
    for key, value in fields.items():
        field = declared.get(key)
        if field is not None and field.model is None:
            into[key] = value
        elif field is not None and isinstance(value, Mapping):
            into[key] = {**(into.get(key) or {}), **value}
        else:
            for outer, inner in nested.items():
                if inner is not None and key in fields_of(inner):
                    target = into.get(outer)
                    if not isinstance(target, dict):
                        target = into[outer] = {}
                    target[key] = value
                    break
