"""Checking keyword arguments against an operation's `TypedDict` before anything is sent."""

from __future__ import annotations

import difflib
import functools
import keyword
import re
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any

import typing_extensions

from ._options import NO_OPTIONS, OPTION_NAMES, CallOptions, call_options


@functools.cache
def param_keys(params_type: Any) -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """Required keys, allowed keys, and the wire names of keys spelt with a trailing `_`
    because the wire's name is a Python keyword (`from_` is sent as `from`)."""
    required = frozenset(params_type.__required_keys__) - OPTION_NAMES
    allowed = (required | frozenset(params_type.__optional_keys__)) - OPTION_NAMES
    renames = {k: k[:-1] for k in allowed if k.endswith("_") and keyword.iskeyword(k[:-1])}
    return required, allowed, renames


@functools.cache
def only_value(params_type: Any, key: str) -> tuple[Any, ...]:
    """The values a `Literal` key of `params_type` allows (`body: Literal[""]`), else ()."""
    # typing_extensions' strips `NotRequired[...]` on Python 3.10 too
    hint = typing_extensions.get_type_hints(params_type).get(key)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):  # `Literal[""] | None`
        kinds = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        hint = kinds[0] if len(kinds) == 1 else None
    if typing.get_origin(hint) is not typing.Literal:
        return ()
    return typing.get_args(hint)


_WORD = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@functools.cache
def snake_aliases(params_type: Any) -> tuple[tuple[str, str], ...]:
    """`(snake_case, PascalCase)` of each PascalCase key of a Compatibility operation:
    `status_callback` for `StatusCallback`, `from_` for `From` (the legacy Twilio-style
    client's spelling)."""
    _, allowed, _ = param_keys(params_type)
    aliases = []
    for key in sorted(allowed):
        if not key[:1].isupper() or not key.isidentifier():
            continue
        snake = _WORD.sub("_", key).lower()
        snake = f"{snake}_" if keyword.iskeyword(snake) else snake
        if snake not in allowed:
            aliases.append((snake, key))
    return tuple(aliases)


def _given_elsewhere(values: Mapping[str, Any]) -> frozenset[str]:
    """Fields given through `extra_body=` or `extras=`: given, for the required checks."""
    given: set[str] = set()
    for name in ("extra_body", "extras"):
        extra = values.get(name)
        if isinstance(extra, Mapping):
            given.update(str(key) for key in extra)
    return frozenset(given)


def _unknown(
    operation: str, unknown: set[str], allowed: frozenset[str], aliases: set[str]
) -> TypeError:
    """The error for keywords the operation does not take, naming the closest name."""
    hints = []
    for key in sorted(unknown):
        close = difflib.get_close_matches(key, sorted(allowed | aliases), n=1, cutoff=0.6)
        if close:
            hints.append(f"{key!r}: did you mean {close[0]!r}?")
    return TypeError(
        f"{operation}() got unexpected keyword argument(s) {', '.join(sorted(unknown))}; "
        + (" ".join(hints) + " " if hints else "")
        + f"allowed: {', '.join(sorted(allowed)) or 'none'} "
        "(send a field the client does not declare with extra_body={...})"
    )


def _resolve_aliases(
    params: dict[str, Any], aliases: Mapping[str, str], operation: str
) -> dict[str, Any]:
    """Each alias replaced by its field; an alias and its field both given is an error."""
    resolved = dict(params)
    for alias, field in aliases.items():
        if alias in resolved:
            # `record.audio`: the alias's value goes inside the field `record`
            outer, _, inner = field.partition(".")
            if outer in resolved:
                raise TypeError(f"{operation}() got both {alias} and {outer}: give one")
            value = resolved.pop(alias)
            resolved[outer] = {inner: value} if inner else value
    return resolved


def check_params(
    params_type: Any,
    values: Mapping[str, Any],
    operation: str,
    one_of: tuple[str, ...] = (),
    aliases: tuple[tuple[str, str], ...] = (),
    given: frozenset[str] = frozenset(),
    exclusive: tuple[str, ...] = (),
) -> tuple[dict[str, Any], CallOptions]:
    """Split `values` into the operation's parameters and the request options.

    Raises `TypeError` naming unknown or missing keys, before anything is sent: a typo must
    not reach the API. A missing optional key means "omit"; `None` is sent as JSON null
    in a JSON body, and left out of a query or a form (see `wire_values`).
    `one_of` names keys of which exactly one must be given (a body with variants). A key
    such as `from_` goes on the wire as `from`, and `from` itself is accepted too (official
    code passes it as `**{"from": ...}`). `aliases` are other names of fields, `(alias,
    field)`. A field given through `extra_body=`/`extras=` (or in `given`) counts as given.
    """
    required, allowed, renames = param_keys(params_type)
    params = dict(values)
    options = NO_OPTIONS
    if not params.keys().isdisjoint(OPTION_NAMES):
        elsewhere = given | _given_elsewhere(params)
        options = call_options({k: params.pop(k) for k in OPTION_NAMES & params.keys()})
    else:
        elsewhere = given
    if renames:  # the reserved word itself, as official code sends it
        params = _resolve_aliases(params, {wire: k for k, wire in renames.items()}, operation)
    alias_names = {alias for alias, _ in aliases}
    unknown = params.keys() - allowed - alias_names
    if unknown:
        raise _unknown(operation, unknown, allowed, alias_names)
    params = _resolve_aliases(params, dict(aliases), operation)
    missing = required - params.keys() - elsewhere
    if missing:
        raise TypeError(
            f"{operation}() missing required keyword argument(s) {', '.join(sorted(missing))}"
        )
    if one_of and sum(key in params or key in elsewhere for key in one_of) != 1:
        raise TypeError(f"{operation}() needs exactly one of {', '.join(one_of)}")
    if sum(key in params or key in elsewhere for key in exclusive) > 1:
        raise TypeError(f"{operation}() takes at most one of {', '.join(exclusive)}")
    if renames and not renames.keys().isdisjoint(params):
        params = {renames.get(key, key): value for key, value in params.items()}
    return params, options


# Values every encoding (JSON, httpx's query and form) already writes as they are.
_AS_IS = frozenset({str, int, float, bool, list, tuple, dict, type(None)})


def wire_values(params: dict[str, Any], no_null: bool) -> dict[str, Any]:
    """The caller's parameters as they go on the wire.

    A sequence other than a list or a tuple (a `range`, a deque, any `Sequence`) becomes a
    list, as a `Sequence[...]` parameter promises; a str or bytes stays one value (never
    its characters). With `no_null` (a query, or a Compatibility form: neither can say
    null), a None value or a None item of a list is left out: None means "not given"
    there, as the official SDK's queries treat it; send `""` for an empty value. A JSON
    body keeps None as null (which clears a field on an update).
    """
    sent: dict[str, Any] = {}
    for key, value in params.items():
        if value is None and no_null:
            continue
        if (
            type(value) not in _AS_IS
            and isinstance(value, Sequence)
            and not isinstance(value, (str, bytes, bytearray))  # a str subclass (StrEnum)
        ):
            value = list(value)
        if no_null and isinstance(value, (list, tuple)) and any(v is None for v in value):
            value = [v for v in value if v is not None]
        sent[key] = value
    return sent
