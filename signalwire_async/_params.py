"""Checking keyword arguments against an operation's `TypedDict` before anything is sent."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any


@functools.cache
def _keys(params_type: Any) -> tuple[frozenset[str], frozenset[str]]:
    required = frozenset(params_type.__required_keys__)
    return required, required | frozenset(params_type.__optional_keys__)


def check_params(params_type: Any, values: Mapping[str, Any], operation: str) -> dict[str, Any]:
    """Return `values` as a dict, or raise `TypeError` naming unknown or missing keys.

    A missing optional key means "omit"; `None` is sent as JSON null.
    """
    required, allowed = _keys(params_type)
    unknown = values.keys() - allowed
    if unknown:
        raise TypeError(
            f"{operation}() got unexpected keyword argument(s) {', '.join(sorted(unknown))}; "
            f"allowed: {', '.join(sorted(allowed)) or 'none'}"
        )
    missing = required - values.keys()
    if missing:
        raise TypeError(
            f"{operation}() missing required keyword argument(s) {', '.join(sorted(missing))}"
        )
    return dict(values)
