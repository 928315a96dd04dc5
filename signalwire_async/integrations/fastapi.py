"""A FastAPI dependency that rejects webhook requests SignalWire did not sign.

```python
webhook = SignalWireWebhook()  # key from SIGNALWIRE_SIGNING_KEY


@app.post("/voice")
async def voice(event: Annotated[WebhookRequest, Depends(webhook)]) -> Response: ...
```
"""

# No `from __future__ import annotations`: FastAPI resolves `__call__`'s annotations at
# runtime, and a callable instance gives it no module globals to resolve strings with.

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs
import fastapi
from fastapi.datastructures import URL

from .._config import _resolve
from ..webhooks import (
    COMPAT_SIGNATURE_HEADER,
    SHA256_SIGNATURE_HEADER,
    SIGNATURE_HEADER,
    WebhookSignatureError,
    WebhookValidator,
    _form_pairs,
    _url_problem,
)

__all__ = ["DEFAULT_MAX_BODY_SIZE", "ENV_SIGNING_KEY", "SignalWireWebhook", "WebhookRequest"]

ENV_SIGNING_KEY = "SIGNALWIRE_SIGNING_KEY"
DEFAULT_MAX_BODY_SIZE = 1024 * 1024
"""The largest webhook body read, in bytes (webhooks are small forms or JSON documents)."""


@attrs.frozen
class WebhookRequest:
    """A webhook request whose signature checked out."""

    url: str
    """The URL the signature was checked against."""
    body: bytes
    """The raw request body."""
    form: dict[str, str] = attrs.field(factory=dict)
    """The form parameters of a form-encoded body (a repeated name keeps its last value)."""

    def json(self) -> Any:
        """The body decoded as JSON."""
        return json.loads(self.body)


class SignalWireWebhook:
    """FastAPI dependency: validate the request's signature, answer 403 when it fails.

    `signing_key` defaults to the `SIGNALWIRE_SIGNING_KEY` environment variable.
    `public_url` (like `https://hooks.example.com`) replaces the scheme, host and port the
    app sees, for apps behind a proxy or tunnel; the path and query string are kept.
    A request whose URL is malformed (so cannot have been signed) also gets a 403.

    A request without a signature header gets its 403 before its body is read, and a body
    larger than `max_body_size` bytes (`DEFAULT_MAX_BODY_SIZE`, 1 MiB) gets a 413, read no
    further: an unsigned or oversized request costs no memory.
    """

    def __init__(
        self,
        signing_key: str | None = None,
        *,
        public_url: str | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        self._validator = WebhookValidator(_resolve(signing_key, ENV_SIGNING_KEY, "signing_key"))
        self._origin = None if public_url is None else _origin(public_url)
        if isinstance(max_body_size, bool) or not isinstance(max_body_size, int):
            raise TypeError(f"max_body_size must be an int, not {type(max_body_size).__name__}")
        if max_body_size < 1:
            raise ValueError(
                f"max_body_size must be a positive number of bytes, not {max_body_size}"
            )
        self._max_body_size = max_body_size

    def __repr__(self) -> str:
        return f"{type(self).__name__}(signing_key='***', public_url={self._origin!r})"

    async def __call__(self, request: fastapi.Request) -> WebhookRequest:
        url = self.request_url(request)
        if not any(request.headers.get(name) for name in _SIGNATURE_HEADERS):
            # Unsigned: refused before the body is read (a malformed URL still named first).
            self._check(url, b"", {})
        try:
            body = await self._read_body(request)
        except RuntimeError as exc:  # Starlette's "Stream consumed"
            raise RuntimeError(
                "SignalWireWebhook needs the raw request body, but it was already read "
                "(by Form() parameters?); use WebhookRequest.form instead"
            ) from exc
        self._check(url, body, request.headers)
        pairs = _form_pairs(body, request.headers.get("content-type"))
        return WebhookRequest(url=url, body=body, form=dict(pairs or ()))

    def _check(self, url: str, body: bytes, headers: Mapping[str, str]) -> None:
        """Pass a request whose signature checks out; a 403 with the reason otherwise."""
        try:
            self._validator.validate_headers(url, body, headers)
        except WebhookSignatureError as exc:
            raise fastapi.HTTPException(status_code=403, detail=exc.reason) from None

    async def _read_body(self, request: fastapi.Request) -> bytes:
        """The body, within `max_body_size` bytes (a 413 past it)."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit():
            if int(declared) > self._max_body_size:
                raise self._too_large()
            # Framed by its length, so bounded: read it Starlette's way (kept for others).
            return await request.body()
        parts: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self._max_body_size:
                raise self._too_large()
            parts.append(chunk)
        return b"".join(parts)

    def _too_large(self) -> fastapi.HTTPException:
        return fastapi.HTTPException(
            status_code=413, detail=f"the body is larger than {self._max_body_size:,} bytes"
        )

    def request_url(self, request: fastapi.Request) -> str:
        """The URL SignalWire requested, as far as the request (and `public_url`) tell."""
        # Not `request.url`: Starlette decodes its query string as strict UTF-8, which raises
        # on bytes a client may send; the query is decoded leniently below instead.
        bare = URL(scope={**request.scope, "query_string": b""})
        origin = self._origin or f"{bare.scheme}://{bare.netloc}"
        # `raw_path` keeps the path's percent-escapes as sent; `path` is already decoded.
        raw_path = request.scope.get("raw_path")
        if raw_path:
            path = raw_path.decode("utf-8", "replace").partition("?")[0]
        else:
            path = bare.components.path
        query = request.scope.get("query_string", b"").decode("utf-8", "replace")
        return f"{origin}{path}?{query}" if query else origin + path


_SIGNATURE_HEADERS = (SHA256_SIGNATURE_HEADER, SIGNATURE_HEADER, COMPAT_SIGNATURE_HEADER)


def _origin(public_url: str) -> str:
    problem = _url_problem(public_url)
    if problem is not None:
        raise ValueError(
            f"public_url must be an http(s) URL, like 'https://hooks.example.com': {problem}"
        )
    parts = urlsplit(public_url)
    if (
        parts.scheme not in ("http", "https")
        or not parts.netloc
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
    ):
        raise ValueError(
            f"public_url must be just a scheme and host, like 'https://hooks.example.com', "
            f"not {public_url!r}"
        )
    return f"{parts.scheme}://{parts.netloc}"
