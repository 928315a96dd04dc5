"""`BoundedBody`: a response body decoded as it arrives, never past `max_response_size`."""

from __future__ import annotations

import gzip
import zlib

import pytest

from signalwire_async._transports.body import BodyNotDecodable, BodyTooLarge, BoundedBody

PAYLOAD = b'{"data": [' + b'{"id": "x"}, ' * 500 + b"]}"


def fed(body: BoundedBody, data: bytes, size: int = 7) -> bytes:
    """Feed `data` in chunks of `size` bytes (and one empty chunk), then finish."""
    for start in range(0, len(data), size):
        body.feed(data[start : start + size])
    body.feed(b"")
    return body.finish()


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "encoded"),
    [
        (None, PAYLOAD),
        (" Identity ", PAYLOAD),
        ("gzip", gzip.compress(PAYLOAD)),
        ("x-gzip", gzip.compress(PAYLOAD)),
        ("deflate", zlib.compress(PAYLOAD)),
        ("DEFLATE", raw_deflate(PAYLOAD)),  # no zlib header: accepted, as httpx does
    ],
)
def test_decodes_every_accepted_encoding_chunk_by_chunk(
    encoding: str | None, encoded: bytes
) -> None:
    assert fed(BoundedBody(encoding, limit=len(PAYLOAD)), encoded) == PAYLOAD


def test_an_unknown_encoding_is_kept_as_sent() -> None:
    assert fed(BoundedBody("br", limit=100), b"opaque") == b"opaque"


@pytest.mark.parametrize("encoding", [None, "gzip", "deflate"])
def test_a_body_over_the_limit_raises_once_decoded(encoding: str | None) -> None:
    encoded = {None: PAYLOAD, "gzip": gzip.compress(PAYLOAD), "deflate": zlib.compress(PAYLOAD)}
    body = BoundedBody(encoding, limit=len(PAYLOAD) - 1)
    with pytest.raises(BodyTooLarge, match="max_response_size"):
        fed(body, encoded[encoding], size=len(PAYLOAD))


def test_a_bomb_stops_at_the_limit_without_inflating_it_all() -> None:
    bomb = gzip.compress(b"\0" * 20_000_000)  # 20 MB of zeros in ~20 kB
    body = BoundedBody("gzip", limit=1_000_000)
    with pytest.raises(BodyTooLarge):
        fed(body, bomb, size=len(bomb))
    assert body._size <= 1_000_001


def test_a_raw_body_over_the_limit_raises_before_decoding() -> None:
    with pytest.raises(BodyTooLarge):
        BoundedBody("gzip", limit=3).feed(b"1234")


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_body_that_does_not_decode_raises(encoding: str) -> None:
    body = BoundedBody(encoding, limit=100)
    with pytest.raises(BodyNotDecodable, match=f"the {encoding} body does not decode"):
        fed(body, b"not compressed at all")


class FailingFlush:
    """An inflater whose last step fails (CPython's zlib reports that in `decompress`)."""

    unconsumed_tail = b""

    def flush(self) -> bytes:
        raise zlib.error("Error -3 while flushing: invalid stored block lengths")


def test_a_failure_to_finish_decoding_is_not_decodable(monkeypatch: pytest.MonkeyPatch) -> None:
    body = BoundedBody("deflate", limit=100)
    monkeypatch.setattr(body, "_inflater", FailingFlush())
    with pytest.raises(BodyNotDecodable, match="the deflate body does not decode: Error -3"):
        body.finish()
