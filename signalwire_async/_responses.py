"""Turning a successful response into data: JSON, a model, or nothing (pure, no I/O)."""

from __future__ import annotations

from typing import Any, TypeVar

import httpx

from ._exceptions import InvalidResponseError
from ._models import Model

M = TypeVar("M", bound=Model)


def parse_json(response: httpx.Response) -> Any:
    """The decoded JSON body; a body that is not JSON raises `InvalidResponseError`."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        content_type = response.headers.get("content-type", "no content type")
        raise InvalidResponseError.for_response(
            response, f"expected a JSON body, got {content_type} ({len(response.content)} bytes)"
        ) from None


def parse_model(response: httpx.Response, model: type[M]) -> M:
    """The body as `model`; a body that does not fit raises `InvalidResponseError`."""
    data = parse_json(response)
    try:
        return model.from_json(data)
    except ValueError as exc:
        raise InvalidResponseError.for_response(response, str(exc)) from None
