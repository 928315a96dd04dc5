"""The parameters of each generated method, appended to its docstring when its class is made.

A generated method's docstring is one line in the source (its route and what it does); its
own keyword parameters are the fields of its `TypedDict`, which editors show through
`Unpack[...]` but `help()`, IPython and Sphinx do not. So `AsyncResource.__init_subclass__`
(and its sync twin) appends a "Parameters:" section to each method's `__doc__`, read from the
method's operation: each field's name, its type as written, and whether it is
required. Types are rendered from the annotations as they are (classes by name, strings and
forward references as written), never evaluated, so any hand-written `TypedDict` reads.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Mapping
from typing import Any

from ._operation import Operation
from ._options import OPTION_NAMES

_WRAPPERS = frozenset({"Required", "NotRequired", "ReadOnly", "Annotated"})
_WRAPPED = re.compile(r"(?:typing\.|typing_extensions\.)?(?:Not)?Required\[(.*)\]")
_DOTTED = re.compile(r"\b(?:[A-Za-z_]\w*\.)+(?=[A-Za-z_])")
OPTIONS_LINE = (
    "    **options: the request options (`extra_body=`, `extra_query=`, `extra_headers=`, "
    "`request_timeout=`, `total_timeout=`, `request_options=`)."
)


def type_text(hint: Any) -> str:
    """An annotation as a reader writes it: `list[str] | None`, `Literal['a', 'b']`."""
    if isinstance(hint, typing.ForwardRef):
        hint = hint.__forward_arg__
    if isinstance(hint, str):
        wrapped = _WRAPPED.fullmatch(hint.strip())
        return type_text(wrapped.group(1)) if wrapped else hint
    if hint is None or hint is type(None):
        return "None"
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    name = getattr(origin, "_name", None) or getattr(origin, "__name__", None)
    if origin is typing.Union or isinstance(hint, types.UnionType):
        return " | ".join(type_text(arg) for arg in args)
    if name in _WRAPPERS and args:
        return type_text(args[0])
    if origin is typing.Literal:
        return f"Literal[{', '.join(repr(arg) for arg in args)}]"
    if origin is not None and name:
        return f"{name}[{', '.join(type_text(arg) for arg in args)}]" if args else name
    if isinstance(hint, type):
        return hint.__name__
    return _DOTTED.sub("", repr(hint))  # typing's own spelling, without module prefixes


def fields(params: Any) -> list[tuple[str, str, bool]]:
    """`(name, type as written, required)` of each own field of a parameters `TypedDict`,
    in its order, the request options left out."""
    hints: Mapping[str, Any] = getattr(params, "__annotations__", {})
    required = frozenset(getattr(params, "__required_keys__", ()))
    return [
        (name, type_text(hint), name in required)
        for name, hint in hints.items()
        if name not in OPTION_NAMES
    ]


def parameter_lines(op: Operation[Any], positional: list[str]) -> list[str]:
    """The "Parameters:" section of an operation's method: its positional arguments, then
    each field of its `TypedDict` (required ones marked), then the request options."""
    lines = [f"    {name} (str): required, positional." for name in positional]
    if op.body_arg:
        lines.append("    body (Mapping | None): the parameters below as one dict; keywords win.")
    if op.auth == "subscriber":
        lines.append("    subscriber_token (str | None): the subscriber's token, sent as Bearer.")
    for name, text, required in fields(op.params):
        lines.append(f"    {name} ({text}): {'required' if required else 'optional'}.")
    return ["Parameters:", *lines, OPTIONS_LINE]


def document(cls: type) -> None:
    """Append the parameters to the docstring of each method of `cls` that sends an
    operation (`paginate`, the official SDK's `list`, too)."""
    for method in vars(cls).values():
        op = getattr(method, "__operation__", None)
        if isinstance(op, Operation) and method.__doc__ and "\nParameters:" not in method.__doc__:
            section = "\n".join(parameter_lines(op, list(op.positional)))
            method.__doc__ = f"{method.__doc__}\n\n{section}"
