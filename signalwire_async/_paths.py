"""Building request paths from ids the caller gives, without letting an id change the route."""

from __future__ import annotations

import re
from urllib.parse import quote

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def path_segment(value: str, name: str = "id") -> str:
    """Percent-encode one path segment; reject values that would point at another route.

    `get("")` must not silently become a list call and `get("../x")` must not climb out of
    the resource, so empty, `.`/`..`, non-strings, and anything with a control character is
    refused before a request is made.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if value.strip() in ("", ".", ".."):
        raise ValueError(f"{name} must be a non-empty id, not {value!r}")
    if _CONTROL.search(value):
        raise ValueError(f"{name} must not contain control characters: {value!r}")
    if "/" in value or "\\" in value:
        raise ValueError(f"{name} must not contain '/' or '\\': {value!r}")
    return quote(value, safe="")


def build_path(template: str, **values: str) -> str:
    """Fill `{name}` placeholders of `template` with checked, encoded segments."""
    return template.format_map({k: path_segment(v, k) for k, v in values.items()})
