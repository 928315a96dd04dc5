"""aiohttp failures map onto the httpx exceptions that mean the same for the retry policy."""

from __future__ import annotations

import asyncio

import aiohttp
import httpx
import pytest
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from signalwire_async._retry import NEVER_SENT
from signalwire_async._transports.aiohttp_pool import map_aiohttp_error

URL_ = URL("http://127.0.0.1/x")
REQUEST_INFO = aiohttp.RequestInfo(URL_, "GET", CIMultiDictProxy(CIMultiDict()), URL_)


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (aiohttp.ConnectionTimeoutError("pool or connect"), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
        (aiohttp.ServerTimeoutError("read"), httpx.ReadTimeout),
        (asyncio.TimeoutError(), httpx.ReadTimeout),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (
            aiohttp.ClientResponseError(REQUEST_INFO, (), message="bad status"),
            httpx.RemoteProtocolError,
        ),
        (aiohttp.ClientPayloadError("truncated"), httpx.ReadError),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
        (aiohttp.ClientConnectionError("closed"), httpx.ReadError),
        (aiohttp.InvalidURL("ftp://x"), httpx.UnsupportedProtocol),
        (aiohttp.ClientError("unknown"), httpx.TransportError),
    ],
)
def test_aiohttp_errors_map_to_httpx(failure: Exception, expected: type[Exception]) -> None:
    mapped = map_aiohttp_error(failure)
    assert type(mapped) is expected
    assert type(failure).__name__ in str(mapped)


@pytest.mark.parametrize(
    "failure",
    [
        aiohttp.ServerDisconnectedError(),
        aiohttp.ClientOSError(104, "reset"),
        aiohttp.SocketTimeoutError("read"),
        aiohttp.ClientPayloadError("truncated"),
        aiohttp.ClientError("unknown"),
    ],
)
def test_only_connect_failures_count_as_never_sent(failure: Exception) -> None:
    # A POST is replayed only after a NEVER_SENT failure; these may have reached the server.
    assert not isinstance(map_aiohttp_error(failure), NEVER_SENT)
