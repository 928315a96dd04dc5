"""Every reach into a dependency's private names, in one place.

httpx, httpcore and aiohttp give no public way to do these few things; each function here
does one and fails loudly (`DependencyChanged`) rather than silently when an upgrade moves
what it reaches for. `tests/test_private_reaches.py` runs each against the installed versions.
"""

from __future__ import annotations

import sys
from typing import Any

import httpx

_HTTPCORE_POOL_MODULE = "httpcore._async.connection_pool"


class DependencyChanged(RuntimeError):
    """An installed httpx, httpcore or aiohttp no longer has what this package relies on."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"{what}: an upgrade of httpx, httpcore or aiohttp changed it; "
            "please report this with the versions installed"
        )


def _require(owner: object, name: str, what: str) -> Any:
    try:
        return getattr(owner, name)
    except AttributeError:
        raise DependencyChanged(what) from None


def transport_for_url(client: httpx.AsyncClient | httpx.Client, url: httpx.URL) -> Any:
    """The transport httpx would send `url` through (respx patches this lookup too)."""
    lookup = _require(client, "_transport_for_url", "httpx Client._transport_for_url")
    return lookup(url)


def has_content(response: httpx.Response) -> bool:
    """True for a response built from bytes (a mock): its body is read and decoded."""
    return hasattr(response, "_content")


def set_content(response: httpx.Response, content: bytes) -> None:
    """Give `response` its decoded body, as `aread()` would, decoded within our bounds."""
    response._content = content


def read_response(
    status: int,
    raw_headers: Any,
    content: bytes,
    request: httpx.Request,
    extensions: dict[str, Any],
) -> httpx.Response:
    """The response `httpx.Response(status, headers=raw_headers, stream=..., request=...)`
    gives once read and closed, built without httpx's per-header checks: `raw_headers` are
    pairs of bytes as received (aiohttp's `raw_headers`), which is what those checks make.
    """
    headers = httpx.Headers.__new__(httpx.Headers)
    headers._list = [(key, key.lower(), value) for key, value in raw_headers]
    headers._encoding = None
    response = httpx.Response.__new__(httpx.Response)
    response.status_code = status
    response.headers = headers
    response._request = request
    response.next_request = None
    response.extensions = extensions
    response.history = []
    response.is_closed = response.is_stream_consumed = True
    response.default_encoding = "utf-8"
    response.stream = httpx.ByteStream(content)
    response._num_bytes_downloaded = len(content)
    response._content = content
    return response


def read_request(
    method: str,
    url: httpx.URL,
    headers: httpx.Headers,
    content: bytes,
    extensions: dict[str, Any],
) -> httpx.Request:
    """The request `httpx.Request(method, url, headers=..., stream=ByteStream(content),
    extensions=...)` gives once read, built without the constructor (which copies the URL,
    losing a `url_with_path` URL's text) or `read()` (which checks its stream against a
    `typing` alias, slowly). `method` must be upper case already."""
    request = httpx.Request.__new__(httpx.Request)
    request.method = method
    request.url = url
    request.headers = httpx.Headers(headers)  # a copy, as httpx makes: callers may edit it
    request.extensions = dict(extensions)
    request.stream = httpx.ByteStream(content)
    request._content = content
    return request


def environment_proxies() -> dict[str, str | None]:
    """URL patterns and proxies from `HTTPS_PROXY`, `NO_PROXY`..., read as httpx reads them."""
    try:
        from httpx._utils import get_environment_proxies
    except ImportError:
        raise DependencyChanged("httpx._utils.get_environment_proxies") from None
    return get_environment_proxies()


def disable_connection_retry(session: Any) -> None:
    """Switch off aiohttp's own replay of a request on a reused connection."""
    _require(session, "_retry_connection", "aiohttp ClientSession._retry_connection")
    session._retry_connection = False


_SLOW_CONNECTS = ("_wait_for_available_connection", "_create_connection")
_connector_class: type[Any] | None = None


def tracking_connector(**options: Any) -> Any:
    """An `aiohttp.TCPConnector(**options)` whose `connecting` set holds the tasks waiting
    for a connection or opening one, so that closing can stop them. Only aiohttp's two slow
    paths are watched: a connection taken from the pool costs nothing more."""
    global _connector_class
    if _connector_class is None:
        _connector_class = _tracking_connector_class()
    return _connector_class(**options)


def _tracking_connector_class() -> type[Any]:
    import asyncio

    import aiohttp

    for name in _SLOW_CONNECTS:
        _require(aiohttp.TCPConnector, name, f"aiohttp TCPConnector.{name}")

    class TrackingConnector(aiohttp.TCPConnector):
        def __init__(self, **options: Any) -> None:
            super().__init__(**options)
            self.connecting: set[asyncio.Task[Any]] = set()

        async def _wait_for_available_connection(self, *args: Any, **kwargs: Any) -> Any:
            task = asyncio.current_task()
            assert task is not None  # aiohttp runs in a task
            self.connecting.add(task)
            try:
                return await super()._wait_for_available_connection(*args, **kwargs)
            finally:
                self.connecting.discard(task)

        async def _create_connection(self, *args: Any, **kwargs: Any) -> Any:
            task = asyncio.current_task()
            assert task is not None
            self.connecting.add(task)
            try:
                return await super()._create_connection(*args, **kwargs)
            finally:
                self.connecting.discard(task)

    return TrackingConnector


def close_aiohttp_connection(response: Any) -> None:
    """Close the connection an aiohttp response came on (already back in the pool)."""
    protocol = _require(response, "_protocol", "aiohttp ClientResponse._protocol")
    if protocol is not None:
        protocol.close()


def httpcore_is_patched() -> bool:
    """True while something (respx's default mode) has replaced httpcore's pool method.

    httpcore is not imported here just to ask: importing it pulls in trio when installed.
    """
    httpcore = sys.modules.get("httpcore")
    pool = getattr(httpcore, "AsyncConnectionPool", None)
    if pool is None:  # not imported, or still being imported by another thread
        return False
    handler = pool.handle_async_request
    return getattr(handler, "__module__", _HTTPCORE_POOL_MODULE) != _HTTPCORE_POOL_MODULE


def leftover_bytes(connection: Any) -> bool:
    """True when an httpcore HTTP/1.1 connection holds bytes beyond the response it read."""
    inner = _require(connection, "_connection", "httpcore HTTPConnection._connection")
    h11_state = getattr(inner, "_h11_state", None)  # None: HTTP/2, or not connected
    return h11_state is not None and bool(h11_state.trailing_data[0])


_POOL_OPTIONS = (
    "ssl_context",
    "keepalive_expiry",
    "http1",
    "http2",
    "retries",
    "local_address",
    "uds",
    "network_backend",
    "socket_options",
)


def connection_options(pool: Any) -> dict[str, Any]:
    """What an httpcore pool passes to each connection it creates."""
    return {
        name: _require(pool, f"_{name}", f"httpcore ConnectionPool._{name}")
        for name in _POOL_OPTIONS
    }


def set_pool(transport: httpx.AsyncHTTPTransport | httpx.HTTPTransport, pool: Any) -> None:
    """Make an httpx transport send through `pool` (built without its own)."""
    transport._pool = pool


def set_network_backend(
    transport: httpx.AsyncHTTPTransport | httpx.HTTPTransport, backend: Any
) -> None:
    """Give the pool of an httpx transport another network backend."""
    pool = _require(transport, "_pool", "httpx HTTPTransport._pool")
    _require(pool, "_network_backend", "httpcore ConnectionPool._network_backend")
    pool._network_backend = backend


class _JoinedURL(httpx.URL):
    """An `httpx.URL` that knows its own text (httpx rebuilds it on every `str()`)."""

    _text: str

    def __str__(self) -> str:
        return self._text


_JoinedURL.__name__ = _JoinedURL.__qualname__ = "URL"  # its repr reads as httpx's


def url_with_path(origin: httpx.URL, path: str, text: str | None = None) -> httpx.URL:
    """`origin` (scheme and host) with `path`, which must already be as httpx stores paths
    (percent-encoded, no dot segments): the URL httpx would parse, without parsing. `text`:
    what `str()` of it gives, when the caller knows (then not rebuilt on every `str()`)."""
    reference = _require(origin, "_uri_reference", "httpx URL._uri_reference")
    url: httpx.URL
    if text is None:
        url = httpx.URL.__new__(httpx.URL)
    else:
        url = joined = _JoinedURL.__new__(_JoinedURL)
        joined._text = text
    # httpx's ParseResult: (scheme, userinfo, host, port, path, query, fragment).
    url._uri_reference = tuple.__new__(type(reference), (*reference[:4], path, None, None))
    return url


def encode_body(*, json: Any, data: Any) -> tuple[dict[str, str], bytes]:
    """The body httpx sends for `json=` or `data=` (a form), and its content headers."""
    try:
        from httpx._content import encode_request
    except ImportError:
        raise DependencyChanged("httpx._content.encode_request") from None
    headers, stream = encode_request(json=json, data=data)
    return headers, b"".join(stream)  # type: ignore[arg-type]  # a ByteStream: bytes
