"""Compatibility API values: how booleans, dates and lists go in a form body or a query.

The Twilio-style API reads `true`/`false`, ISO 8601 dates (`2024-05-06`, or with a time),
and repeats a field for each value of a list (`MediaUrl=a&MediaUrl=b`). httpx repeats list
values already; this turns the rest into the strings the API expects.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any


def _value(value: Any) -> Any:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def form_fields(params: Mapping[str, Any]) -> dict[str, Any]:
    """`params` with each value (and each item of a list) as the Compatibility API reads it."""
    return {
        key: [_value(v) for v in value] if isinstance(value, (list, tuple)) else _value(value)
        for key, value in params.items()
    }
