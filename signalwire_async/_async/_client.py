"""`AsyncRestClient`: the entry point; owns the connection pool and hands out namespaces."""

from __future__ import annotations

import enum
import functools
import warnings
from types import TracebackType
from typing import TYPE_CHECKING

import attrs
import httpx

from .. import _logging
from .._config import (
    DEFAULT_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientConfig,
    tls_verify,
)
from .._paths import checked_request_path
from .._request_options import RequestOptions
from .._stats import ClientStats
from .._transports import factories
from .._transports.body import DEFAULT_MAX_RESPONSE_SIZE
from ._shared import Lifecycle, SharedState
from .resources._namespaces import AsyncNamespaces

if TYPE_CHECKING:
    import os
    import ssl
    from collections.abc import Mapping, Sequence
    from contextlib import AbstractContextManager
    from typing import Any

    from typing_extensions import Self, Unpack

    from .._hooks import HookSet
    from .._options import RequestKeywords
    from .._rate import AsyncRateLimiter
    from .._responses import ResponseLog
    from ..hooks import ClientHooks
    from ._request_loop import AsyncRequester


class _Default(enum.Enum):
    """The type of `_DEFAULT`: "not given", where None means something else."""

    DEFAULT = enum.auto()


_DEFAULT = _Default.DEFAULT


class AsyncRestClient(AsyncNamespaces):
    """A client for one SignalWire space.

    Args:
        project: Project id; defaults to `$SIGNALWIRE_PROJECT_ID`.
        token: API token; defaults to `$SIGNALWIRE_API_TOKEN`. Never shown in reprs or logs.
        host: Space name (`example`), space host (`example.signalwire.com`) or URL;
            defaults to `$SIGNALWIRE_SPACE`. A bare loopback host (`127.0.0.1:4010`) means
            plain http.
        timeout: Seconds, or an `httpx.Timeout` for connect/read/write/pool separately.
        max_retries: Retries after the first attempt, for failures the retry policy deems
            safe to repeat (see the README).
        limits: Connection pool limits (default: 64 connections).
        max_in_flight: Most requests this client (with its views) sends at once; more
            callers wait their turn instead of failing with a pool timeout. Defaults to the
            pool's connection count; `None` removes the limit.
        total_timeout: Seconds for a whole call, from the first connect to the last byte,
            across retries; None (the default) leaves only the per-phase `timeout`.
        max_response_size: Largest response body read, in bytes, raw and decoded (64 MiB).
            A JSON body whose parsed form would take more than 8 times that in memory
            (estimated from its structure; at least 16 MiB) is refused too.
        proxy: A proxy URL (or `httpx.Proxy`) for every request. Without it, and with
            `trust_env`, `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` decide.
        verify: TLS verification: True (system and certifi roots), False, a CA bundle path
            or an `ssl.SSLContext`.
        trust_env: Read proxies (and, with `verify=True`, `SSL_CERT_FILE` and `SSL_CERT_DIR`)
            from the environment, as httpx does; False reads no environment variable.
        http_client: An `httpx.AsyncClient` to send through instead of our own pool; it is
            used as is and never closed by this client (`proxy`, `verify`, `trust_env` and
            `limits` are then its own business).
        request_options: The official SDK's client-wide `RequestOptions` (or a mapping):
            its `timeout` and `retries`, when set, win over `timeout` and `max_retries`;
            each call's `request_options=` wins over these, field by field.
        rate_limiter: Paces this client's requests under a budget shared with other
            clients: an `InProcessRateLimiter` (one process) or a `RedisRateLimiter` (every
            process using its key). Asked before every attempt, and told of every 429; see
            the README's "Fleets". None (the default): only this client's own 429 pause.

    Use it as `async with AsyncRestClient(...) as client:` or call `await client.aclose()`.
    """

    _config: ClientConfig
    _shared: SharedState
    _limiter: AsyncRateLimiter | None
    _hooks: HookSet | None
    _is_view: bool

    def __init__(
        self,
        project: str | None = None,
        token: str | None = None,
        host: str | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        limits: httpx.Limits = DEFAULT_LIMITS,
        max_in_flight: int | _Default | None = _DEFAULT,
        total_timeout: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        verify: ssl.SSLContext | str | os.PathLike[str] | bool = True,
        trust_env: bool = True,
        http_client: httpx.AsyncClient | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        rate_limiter: AsyncRateLimiter | None = None,
        hooks: ClientHooks | Sequence[ClientHooks] | None = None,
    ) -> None:
        _logging.configure_from_env()
        config = ClientConfig.build(
            project,
            token,
            host,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
            max_response_size=max_response_size,
            request_options=request_options,
        )
        if max_in_flight is _DEFAULT:
            max_in_flight = limits.max_connections
        owned = http_client is None
        if http_client is None:
            routes = factories.proxy_routes(proxy, trust_env)
            http_client = factories.create_async_http_client(
                limits, tls_verify(verify), routes, trust_env=trust_env
            )
        limiter = _checked_limiter(rate_limiter)
        checked_hooks = _checked_hooks(hooks)
        shared = SharedState(http_client, owned=owned, max_in_flight=max_in_flight)
        self._setup(config, shared, is_view=False, limiter=limiter, hooks=checked_hooks)

    def _setup(
        self,
        config: ClientConfig,
        shared: SharedState,
        *,
        is_view: bool,
        limiter: AsyncRateLimiter | None,
        hooks: HookSet | None,
    ) -> None:
        self._config = config
        self._shared = shared
        self._limiter = limiter
        self._hooks = hooks
        self._is_view = is_view

    @functools.cached_property
    def _requester(self) -> AsyncRequester:
        """The request loop, built on first use: its modules are imported by a program's first
        call, not when it makes the client (`import` and a client stay cheap at start-up)."""
        from ._request_loop import AsyncRequester

        if self._hooks is None:  # without hooks, the plain request loop: nothing to report to
            return AsyncRequester(self._config, self._shared, self._limiter)
        from ._hooked import AsyncHookedRequester

        return AsyncHookedRequester(self._config, self._shared, self._limiter, hooks=self._hooks)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        total_timeout: float | _Default | None = _DEFAULT,
        rate_limiter: AsyncRateLimiter | _Default | None = _DEFAULT,
        hooks: ClientHooks | Sequence[ClientHooks] | _Default | None = _DEFAULT,
    ) -> Self:
        """A view of this client with other settings; it shares (and never closes) the pool.
        `hooks=` replaces this client's hooks in the view (None: no hooks).

        Example: `await client.with_options(max_retries=0).fabric.sip_endpoints.get(id)`.
        """
        config = self._config
        if timeout is not None:
            config = attrs.evolve(config, timeout=timeout)
        if max_retries is not None:
            config = attrs.evolve(config, max_retries=max_retries)
        if not isinstance(total_timeout, _Default):
            config = attrs.evolve(config, total_timeout=total_timeout)
        limiter = self._limiter
        if not isinstance(rate_limiter, _Default):
            limiter = _checked_limiter(rate_limiter)
        checked_hooks = self._hooks if isinstance(hooks, _Default) else _checked_hooks(hooks)
        view = object.__new__(type(self))
        view._setup(config, self._shared, is_view=True, limiter=limiter, hooks=checked_hooks)
        return view

    @property
    def project_id(self) -> str:
        """The project this client acts for (`client.project` is the project namespace)."""
        return self._config.project

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def is_closed(self) -> bool:
        return self._shared.state is Lifecycle.CLOSED

    @property
    def stats(self) -> ClientStats:
        """Requests sent, retries and 429s so far, shared with every view of this client."""
        return self._shared.stats

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: Mapping[str, Any] | None = None,
        **options: Unpack[RequestKeywords],
    ) -> httpx.Response:
        """Send a request the client has no method for, with the same retries, errors and pool.

        `path` is on the space (`/api/...`); `json` or `data` (a form) is the body. Returns
        the successful `httpx.Response`, read whole (`.json()`, `.headers`); a failure raises
        the same `SignalWireRestError`s as every operation. Example:
        `(await client.request("GET", "/api/fabric/resources")).json()`.
        """
        from .._options import call_options  # loaded with the request loop, at the first call

        return await self._requester.request(
            method.upper(),
            checked_request_path(path),
            params=params,
            json=json,
            data=data,
            options=call_options(options),
        )

    def record_responses(self) -> AbstractContextManager[ResponseLog]:
        """Record the status, headers and request id of each response received in the block.

        ```python
        with client.record_responses() as responses:
            await client.fabric.sip_endpoints.delete(endpoint_id)
        print(responses.last.status_code, responses.last.request_id)
        ```
        It sees this task's (or thread's) calls through this client and its views; errors
        carry the same details themselves.
        """
        from .._responses import recording

        return recording(self._shared)

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in). Safe to call twice.

        On a view from `with_options()` this does nothing: the root client owns the pool.
        """
        if not self._is_view:
            await self._shared.aclose()

    async def __aenter__(self) -> Self:
        self._shared.check_open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        # Only warn: closing needs the event loop, which may be gone by now.
        shared = getattr(self, "_shared", None)
        if (
            shared is not None
            and not getattr(self, "_is_view", True)
            and shared.owned
            and shared.state is Lifecycle.OPEN
        ):
            warnings.warn(
                f"{type(self).__name__} for {self._config.base_url} was not closed; "
                "use `async with` or `await client.aclose()`",
                ResourceWarning,
                stacklevel=2,
            )

    def __repr__(self) -> str:
        view = " view" if self._is_view else ""
        return (
            f"<{type(self).__name__}{view} project={self._config.project!r} "
            f"base_url={self._config.base_url!r} {self._shared.state.value}>"
        )


# Hooks and rate limiters are imported by the clients that are given one: building a client
# without them (most) does not pay for their modules.


def _checked_hooks(hooks: object) -> HookSet | None:
    if hooks is None:
        return None
    from .._hooks import hook_set

    return hook_set(hooks)


def _checked_limiter(limiter: object) -> AsyncRateLimiter | None:
    if limiter is None:
        return None
    from .._rate import AsyncRateLimiter

    if isinstance(limiter, AsyncRateLimiter):
        return limiter
    raise TypeError(
        "rate_limiter must be an InProcessRateLimiter, a RedisRateLimiter (or another "
        "limiter with reserve_async() and pause_async()) or None, not " + type(limiter).__name__
    )
