"""Building request paths from ids the caller gives, without letting an id change the route."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from urllib.parse import quote, unquote

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_UNRESERVED = re.compile(r"[A-Za-z0-9\-_.~]+")  # what `quote` leaves as it is


def path_segment(value: str, name: str = "id") -> str:
    """Percent-encode one path segment; reject values that would point at another route.

    `get("")` must not silently become a list call and `get("../x")` must not climb out of
    the resource, so empty, `.`/`..`, non-strings, and anything with a control character is
    refused before a request is made.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if _UNRESERVED.fullmatch(value) and value not in (".", ".."):
        return value  # the usual id (a UUID): nothing to refuse, nothing to encode
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


PLACEHOLDER = re.compile(r"\{(\w+)\}")
"""A path template's placeholder: `{id}`."""


@functools.lru_cache(maxsize=4096)
def template_parts(template: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`template`'s literal parts, and the placeholder names between them (once per
    template)."""
    parts = PLACEHOLDER.split(template)
    return tuple(parts[0::2]), tuple(parts[1::2])


def fill_path(template: str, values: Sequence[str], names: tuple[str, ...]) -> str:
    """`template` with each placeholder of `names` filled, in order, by `values` (checked,
    encoded segments); the usual one-id template without a mapping made per call."""
    literals, placeholders = template_parts(template)
    if not placeholders:
        return template
    if len(placeholders) == 1 and placeholders == names and values:
        return literals[0] + path_segment(values[0], names[0]) + literals[1]
    return build_path(template, **dict(zip(names, values, strict=False)))


def checked_request_path(path: str) -> str:
    """A caller's path for `client.request()`: on the space, with no query and no way out.

    Query parameters go in `params=`, so the path must not carry one; an absolute URL or a
    `..` segment could send the credentials elsewhere or reach another route than meant.
    """
    if not isinstance(path, str):
        raise TypeError(f"path must be a str, not {type(path).__name__}")
    if not path.startswith("/") or path.startswith("//"):
        raise ValueError(f"path must be a path on the space starting with '/', not {path!r}")
    if _CONTROL.search(path) or any(c in path for c in " ?#\\"):
        raise ValueError(
            f"path must not contain spaces, '?', '#', '\\' or control characters: {path!r}"
        )
    # Decoded until stable first: `%2e%2e`, `..%2f`, `%252e%252e` or `%2e%2e%5c` are `..`
    # to a server or proxy that decodes (once or more) before it normalizes.
    decoded = _fully_decoded(path)
    if decoded is None or any(segment in (".", "..") for segment in _SEPARATORS.split(decoded)):
        raise ValueError(f"path must not contain '.' or '..' segments, encoded or not: {path!r}")
    return path


_SEPARATORS = re.compile(r"[/\\]")
_MAX_DECODES = 8  # more layers than this is no real path: refused


def _fully_decoded(path: str) -> str | None:
    """`path` percent-decoded until decoding changes nothing; None past `_MAX_DECODES`."""
    for _ in range(_MAX_DECODES):
        decoded = unquote(path)
        if decoded == path:
            return path
        path = decoded
    return None
