"""Checking keyword arguments against an operation's `TypedDict` before anything is sent."""

from __future__ import annotations

import functools
import keyword
from collections.abc import Mapping
from typing import Any

from ._options import NO_OPTIONS, OPTION_NAMES, CallOptions, call_options


@functools.cache
def param_keys(params_type: Any) -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """Required keys, allowed keys, and the wire names of keys spelt with a trailing `_`
    because the wire's name is a Python keyword (`from_` is sent as `from`)."""
    required = frozenset(params_type.__required_keys__) - OPTION_NAMES
    allowed = (required | frozenset(params_type.__optional_keys__)) - OPTION_NAMES
    renames = {k: k[:-1] for k in allowed if k.endswith("_") and keyword.iskeyword(k[:-1])}
    return required, allowed, renames


def check_params(
    params_type: Any,
    values: Mapping[str, Any],
    operation: str,
    one_of: tuple[str, ...] = (),
) -> tuple[dict[str, Any], CallOptions]:
    """Split `values` into the operation's parameters and the request options.

    Raises `TypeError` naming unknown or missing keys, before anything is sent: a typo must
    not reach the API. A missing optional key means "omit"; `None` is sent as JSON null.
    `one_of` names keys of which exactly one must be given (a body with variants). A key
    such as `from_` goes on the wire as `from`.
    """
    required, allowed, renames = param_keys(params_type)
    params = dict(values)
    options = NO_OPTIONS
    if not params.keys().isdisjoint(OPTION_NAMES):
        options = call_options({k: params.pop(k) for k in OPTION_NAMES & params.keys()})
    unknown = params.keys() - allowed
    if unknown:
        raise TypeError(
            f"{operation}() got unexpected keyword argument(s) {', '.join(sorted(unknown))}; "
            f"allowed: {', '.join(sorted(allowed)) or 'none'} "
            "(send a field the client does not declare with extra_body={...})"
        )
    missing = required - params.keys()
    if missing:
        raise TypeError(
            f"{operation}() missing required keyword argument(s) {', '.join(sorted(missing))}"
        )
    if one_of and sum(key in params for key in one_of) != 1:
        raise TypeError(f"{operation}() needs exactly one of {', '.join(one_of)}")
    if renames and not renames.keys().isdisjoint(params):
        params = {renames.get(key, key): value for key, value in params.items()}
    return params, options
