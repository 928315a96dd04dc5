"""What a SWML verb accepts (the generated `VERBS` table is made of these), and the check of
one step against it. Light on purpose: the names, the required keys, the JSON type and the
allowed constants of each top-level parameter; nested shapes are the server's to judge."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

__all__ = ["Param", "Verb", "check_step"]

# `${name}` or `%{name}`: a variable the server substitutes at run time, allowed anywhere.
_SWML_VAR = re.compile(r"^[$%]\{.*\}$")
_PYTHON_TYPES: Mapping[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
    "null": (type(None),),
}


class Param(NamedTuple):
    types: tuple[str, ...]  # JSON types; empty: any
    literals: tuple[Any, ...] | None  # the only values allowed (SWML variables aside)


class Verb(NamedTuple):
    kind: str  # "params": an object of known keys; "vars": any keys; "value": not an object
    params: Mapping[str, Param]
    required: frozenset[str]


def _type_ok(value: Any, types: tuple[str, ...]) -> bool:
    if not types or (isinstance(value, str) and _SWML_VAR.match(value)):
        return True
    if isinstance(value, bool):  # a bool is an int to Python, not to JSON
        return "boolean" in types
    return any(isinstance(value, _PYTHON_TYPES[t]) for t in types if t in _PYTHON_TYPES)


def _check_param(verb: str, name: str, value: Any, param: Param) -> None:
    if not _type_ok(value, param.types):
        raise ValueError(
            f"SWML verb {verb!r}: parameter {name!r} must be {' or '.join(param.types)}, "
            f"got {type(value).__name__}"
        )
    is_var = isinstance(value, str) and _SWML_VAR.match(value)
    if param.literals is not None and not is_var and value not in param.literals:
        allowed = ", ".join(repr(v) for v in param.literals)
        raise ValueError(
            f"SWML verb {verb!r}: parameter {name!r} must be one of {allowed}, got {value!r}"
        )


def check_step(verbs: Mapping[str, Verb], verb: str, config: Any) -> None:
    """Raise `ValueError` naming what is wrong with the step `{verb: config}`."""
    spec = verbs.get(verb)
    if spec is None:
        raise ValueError(f"unknown SWML verb {verb!r}")
    if spec.kind == "value":
        return
    if not isinstance(config, Mapping):
        raise ValueError(f"SWML verb {verb!r} takes an object, got {type(config).__name__}")
    if spec.kind == "vars":
        return
    unknown = sorted(str(key) for key in config if key not in spec.params)
    if unknown:
        raise ValueError(
            f"SWML verb {verb!r} has no parameter {', '.join(map(repr, unknown))} "
            f"(it takes {', '.join(sorted(spec.params)) or 'none'})"
        )
    missing = sorted(spec.required - config.keys())
    if missing:
        raise ValueError(
            f"SWML verb {verb!r} is missing its required {', '.join(map(repr, missing))}"
        )
    for name, value in config.items():
        _check_param(verb, name, value, spec.params[name])
