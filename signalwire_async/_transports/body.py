"""Reading a response body with a bound on its size, checked while it is decoded.

The client advertises `Accept-Encoding: gzip, deflate`, so a small compressed body can
inflate to gigabytes (a "zip bomb"). Inflating with `max_length` never produces more than
one byte beyond the limit before the check fails. Pure code: the transports feed it chunks.
"""

from __future__ import annotations

import zlib

from .._limits import DEFAULT_MAX_RESPONSE_SIZE, MAX_BODY_EXTENSION

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "MAX_BODY_EXTENSION",
    "BodyNotDecodable",
    "BodyTooLarge",
    "BoundedBody",
]


class BodyTooLarge(ValueError):
    """The body, raw or decoded, is larger than the client's `max_response_size`."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"the response body is larger than max_response_size ({limit:,} bytes); "
            "raise it with AsyncRestClient(max_response_size=...) if this is expected"
        )


class BodyNotDecodable(ValueError):
    """The body does not decode with its `Content-Encoding`."""


class BoundedBody:
    """Collects a body's raw chunks, decoding them as they come, within `limit` bytes."""

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        self.limit = limit
        self._parts: list[bytes] = []
        self._size = 0
        self._raw_size = 0
        encoding = (content_encoding or "identity").strip().lower()
        self._encoding = encoding
        self._inflater: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._inflater = zlib.decompressobj()
        self._first = True

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self.limit:
            raise BodyTooLarge(self.limit)
        if data:
            self._parts.append(data)

    def feed(self, chunk: bytes) -> None:
        self._raw_size += len(chunk)
        if self._raw_size > self.limit:
            raise BodyTooLarge(self.limit)
        if self._inflater is None:
            self._keep(chunk)
            return
        data = chunk
        while data:
            try:
                out = self._inflater.decompress(data, self.limit - self._size + 1)
            except zlib.error as exc:
                if self._first and self._encoding == "deflate":
                    # Some servers send raw deflate without the zlib header (as httpx allows).
                    self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._first = False
                    continue
                raise BodyNotDecodable(
                    f"the {self._encoding} body does not decode: {exc}"
                ) from None
            self._first = False
            self._keep(out)
            data = self._inflater.unconsumed_tail

    def finish(self) -> bytes:
        """The decoded body."""
        if self._inflater is not None:
            try:
                self._keep(self._inflater.flush())
            except zlib.error as exc:
                raise BodyNotDecodable(
                    f"the {self._encoding} body does not decode: {exc}"
                ) from None
        return b"".join(self._parts)
