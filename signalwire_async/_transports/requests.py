"""Building the `httpx.Request` of one attempt on the client's own http client, cheaply.

`httpx.Request(method, url_string, json=...)` parses and re-validates the whole URL string
(the host as an IP address, percent-quoting each part) and rebuilds the headers on every
call: most of the CPU a call spends above the library it sends through. The URLs this
client sends are its base URL plus a path it has already percent-encoded (`_paths`), so
`RequestBuilder` parses the base URL once and joins such a path to it without a parse, and
keeps the fixed headers (with `Host`) built once. Anything else (a query, an absolute URL,
a path with characters to quote or dot segments) goes through httpx's own parse, and bodies
through httpx's own encoder: what reaches the wire is what `httpx.Request` would send.
Every transport (aiohttp's pool, httpcore's, a respx mock) gets the same request.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import httpx

from . import private

# A path httpx would leave as it is: unreserved and sub-delimiter characters, `:@/`, and
# well-formed percent escapes (anything else, httpx would quote).
_PLAIN_PATH = re.compile(r"/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*")
# The same without escapes, which the regex engine matches several times faster: the usual
# path (ids are UUIDs) is asked this first.
_UNESCAPED_PATH = re.compile(r"/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*")
# A request of these methods without a body says "Content-Length: 0": httpx says so for
# POST, PUT and PATCH, aiohttp for every method but these four; we say it as aiohttp does,
# so that every route sends the same (RFC 9110 allows it).
_BODYLESS_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class RequestBuilder:
    """Builds the requests of a client whose URLs start with `base_url` (scheme and host)."""

    def __init__(self, base_url: str) -> None:
        self._base_url = base_url
        self._origin = httpx.URL(base_url)
        # Joining a path by hand is safe only where httpx would print the base URL unchanged.
        self._joinable = str(httpx.URL(base_url + "/a")) == base_url + "/a"
        self._prefix = base_url + "/"
        self._host = ("Host", self._origin.netloc.decode("ascii"))
        self._fixed: tuple[httpx.Headers, httpx.Headers] | None = None  # given -> with Host

    def build(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        data: Mapping[str, Any] | None,
        headers: httpx.Headers,
        extensions: dict[str, Any],
    ) -> httpx.Request:
        """The request `httpx.Request(method, url, params=..., json=..., data=..., headers=...)`
        would make (`url`: absolute), with its body already read."""
        content_headers: Mapping[str, str] | None = None
        content = b""
        if json is not None or data is not None:
            content_headers, content = private.encode_body(json=json, data=data)
        empty = not content and method not in _BODYLESS_METHODS
        # As `httpx.Request(..., stream=ByteStream(content))` once read: `request.content`
        # reads like httpx's own.
        return private.read_request(
            method.upper(),
            self._url(url, params),
            self._headers(headers, content_headers, empty),
            content,
            extensions,
        )

    def _url(self, url: str | httpx.URL, params: Mapping[str, Any] | None) -> httpx.URL:
        if (
            params is None
            and self._joinable
            and isinstance(url, str)
            and url.startswith(self._prefix)
        ):
            path = url[len(self._base_url) :]
            # A dot segment httpx would resolve; anything else outside the pattern, quote.
            plain = _UNESCAPED_PATH.fullmatch(path) or _PLAIN_PATH.fullmatch(path)
            if plain and "/." not in path:
                # `url` is what httpx would print: `_joinable` and the pattern make sure.
                return private.url_with_path(self._origin, path, url)
        return httpx.URL(url) if params is None else httpx.URL(url, params=params)

    def _headers(
        self, given: httpx.Headers, content_headers: Mapping[str, str] | None, empty: bool
    ) -> httpx.Headers:
        """As httpx orders them: `Host` (and an empty body's length), `given`, then the
        body's headers that `given` does not set."""
        fixed = self._fixed
        if content_headers is None and not empty and fixed is not None and fixed[0] is given:
            return fixed[1]  # the client's own headers: built once (httpx.Request copies)
        headers = httpx.Headers([self._host, *([("Content-Length", "0")] if empty else ())])
        headers.update(given)  # a caller's own `Host` replaces ours, as in httpx
        for name, value in (content_headers or {}).items():
            headers.setdefault(name, value)
        if content_headers is None and not empty:
            self._fixed = (given, headers)
        return headers
