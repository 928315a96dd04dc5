"""`RelayClient`: one RELAY session over one WebSocket at a time, on anyio (asyncio, trio).

Its tasks (the connection's reader, writer and pinger, the reconnecting supervisor, each
listener run) live in the client's own task group, entered by `connect()` (or `async
with`, or `run()`) and left by `disconnect()` in the same task. Requests each carry their
own deadline; a connection lost is reconnected with jittered backoff and the session
resumed, whichever way the client was started.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AsyncExitStack
from types import TracebackType
from typing import Any, TypeVar

import anyio
import anyio.abc

from . import _outbound, _wire
from ._call import Call
from ._errors import (
    RelayAuthenticationError,
    RelayClosedError,
    RelayConnectionError,
    RelayError,
    RelayRequestInDoubtError,
    RelaySessionLostError,
    RelayTimeoutError,
)
from ._event_types import parse_event
from ._events import RelayEvent, Waiters
from ._link import Hooks, Link, establish
from ._message import Message
from ._requests import Request, Requests
from ._routing import Router
from ._settings import (
    DEFAULT_RELAY_HOST,
    ENV_SPACE,
    Credentials,
    endpoint_for,
    resolve_max_active_calls,
    tls_context,
)

__all__ = ["CallHandler", "MessageHandler", "RelayClient"]

log = logging.getLogger("signalwire_async.relay")
CallHandler = Callable[[Call], Awaitable[None]]
MessageHandler = Callable[[Message], Awaitable[None]]
H = TypeVar("H", bound=Callable[..., Awaitable[None]])


def _positive(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ValueError(f"{name} must be a positive number of seconds, not {value!r}")
    return float(value)


def _fresh(error: RelayError) -> RelayError:
    """A copy to raise in the caller's task: no traceback from the client's tasks (whose
    frames hold the login frame) comes with it."""
    return type(error)(error.code, error.message)


class RelayClient:
    """A RELAY client with the official client's names and parameters.

    `project`/`token` (else `$SIGNALWIRE_PROJECT_ID`/`$SIGNALWIRE_API_TOKEN`) or
    `jwt_token` (`$SIGNALWIRE_JWT_TOKEN`); `host` (`$SIGNALWIRE_SPACE`, else
    `relay.signalwire.com`; a loopback host means plain `ws://`); `contexts` to receive
    inbound calls and messages on. The keyword-only settings bound each request
    (`request_timeout`), each login (`connect_timeout`), the client's liveness pings, the
    reconnect delays, the refused logins tolerated in a row, and the requests queued while
    no connection is up (`queue_limit`).
    """

    def __init__(
        self,
        project: str | None = None,
        token: str | None = None,
        jwt_token: str | None = None,
        host: str | None = None,
        contexts: list[str] | None = None,
        max_active_calls: int | None = None,
        *,
        request_timeout: float = 10.0,
        connect_timeout: float = 10.0,
        ping_interval: float = 30.0,
        ping_timeout: float = 10.0,
        reconnect_delay: float = 1.0,
        reconnect_max_delay: float = 30.0,
        max_auth_attempts: int = 3,
        queue_limit: int = 500,
    ) -> None:
        self._credentials = Credentials.resolve(project, token, jwt_token)
        self.project = self._credentials.project
        self.host = host or os.environ.get(ENV_SPACE) or DEFAULT_RELAY_HOST
        self._endpoint = endpoint_for(self.host)
        self.contexts = list(contexts or [])
        self._max_active_calls = resolve_max_active_calls(max_active_calls)
        self.request_timeout = _positive("request_timeout", request_timeout)
        self.connect_timeout = _positive("connect_timeout", connect_timeout)
        self.ping_interval = _positive("ping_interval", ping_interval)
        self.ping_timeout = _positive("ping_timeout", ping_timeout)
        self.reconnect_delay = _positive("reconnect_delay", reconnect_delay)
        self.reconnect_max_delay = _positive("reconnect_max_delay", reconnect_max_delay)
        if max_auth_attempts < 1 or queue_limit < 0:
            raise ValueError("max_auth_attempts must be >= 1 and queue_limit >= 0")
        self.max_auth_attempts = max_auth_attempts
        self._requests = Requests(queue_limit)
        self._waiters = Waiters()
        self._router = Router(self)
        self._subscribed = list(dict.fromkeys(self.contexts))
        self._protocol = ""
        self._authorization_state = ""
        self._on_call: CallHandler | None = None
        self._on_message: MessageHandler | None = None
        self._link: Link | None = None
        self._stack: AsyncExitStack | None = None
        self._owner: int | None = None
        self._tg: anyio.abc.TaskGroup | None = None
        self._bg_scope: anyio.CancelScope | None = None
        self._ready: anyio.Event | None = None
        self._stopped: anyio.Event | None = None
        self._fatal: RelayError | None = None
        self._closing = False
        self._retry_first = False

    # -- the official attributes -------------------------------------------------------------

    @property
    def token(self) -> str:
        return self._credentials.token

    @property
    def jwt_token(self) -> str:
        return self._credentials.jwt_token

    @property
    def relay_protocol(self) -> str:
        """The session's `protocol` from the last login ("" before the first)."""
        return self._protocol

    @property
    def connected(self) -> bool:
        """Logged in on a live socket now (False while reconnecting)."""
        return self._link is not None and not self._link.lost

    def __repr__(self) -> str:
        return f"<RelayClient project={self.project!r} host={self.host!r} {self._state()}>"

    def _state(self) -> str:
        if self._stack is None:
            return "closed" if self._closing else "idle"
        return "connected" if self._link is not None else "connecting"

    # -- handlers ----------------------------------------------------------------------------

    def on_call(self, handler: H) -> H:
        """The handler of inbound calls: `await handler(call)` with the `Call`, as a task of
        its own (its errors are logged with the call)."""
        self._on_call = handler
        return handler

    def on_message(self, handler: H) -> H:
        """The handler of inbound messages: `await handler(message)` with the `Message`."""
        self._on_message = handler
        return handler

    # -- lifecycle -----------------------------------------------------------------------------

    async def __aenter__(self) -> RelayClient:
        await self.connect()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.disconnect()

    async def connect(self) -> None:
        """Connect and log in; returns once logged in. A refused login or an unreachable
        server raises (and leaves nothing behind). Once connected, a lost connection is
        reconnected until `disconnect()`, which must be called from this same task."""
        await self._start(retry_first=False)

    def run(
        self, *, backend: str = "asyncio", backend_options: dict[str, Any] | None = None
    ) -> None:
        """Blocking: connect (retrying), serve until `disconnect()` or Ctrl-C. `backend` is
        "asyncio" or "trio". Raises only when logins are refused `max_auth_attempts` times
        in a row."""
        try:
            anyio.run(self.run_async, backend=backend, backend_options=backend_options)
        except KeyboardInterrupt:
            log.info("RELAY client interrupted")

    async def run_async(self) -> None:
        """`run()` inside an event loop already running."""
        await self._start(retry_first=True)
        assert self._stopped is not None
        try:
            await self._stopped.wait()
        finally:
            fatal = None if self._closing else self._fatal
            await self.disconnect()
        if fatal is not None:
            raise _fresh(fatal)

    async def _start(self, *, retry_first: bool) -> None:
        if self._stack is not None:
            return
        self._closing, self._fatal, self._retry_first = False, None, retry_first
        self._ready, self._stopped = anyio.Event(), anyio.Event()
        self._bg_scope = anyio.CancelScope()
        stack = AsyncExitStack()
        outer = await stack.enter_async_context(anyio.create_task_group())
        self._stack, self._owner = stack, anyio.get_current_task().id
        outer.start_soon(self._background, name="relay-client")
        try:
            await self._ready.wait()
        except BaseException:
            await self.disconnect()
            raise
        if self._fatal is not None:
            fatal = self._fatal
            await self.disconnect()
            raise _fresh(fatal)

    async def disconnect(self) -> None:
        """Close: what is pending fails with `RelayClosedError`, every task ends, the socket
        closes. From the task that connected, returns once all is down; from another (a
        handler), asks for it and returns."""
        self._closing = True
        self._link = None
        self._requests.fail_all(
            lambda r: RelayClosedError(-1, f"client closed before {r.method} was answered")
        )
        self._waiters.close_all()
        self._router.lose(RelayClosedError(-1, "client closed"))
        if self._bg_scope is not None:
            self._bg_scope.cancel()
        if self._stack is not None and self._owner == anyio.get_current_task().id:
            stack, self._stack, self._tg = self._stack, None, None
            # Not shielded: a cancel scope around it would not nest with the task group's.
            # Its tasks are cancelled already; leaving it waits for them to end.
            await stack.aclose()
            self._protocol = self._authorization_state = ""  # a new connect() starts afresh

    async def _background(self) -> None:
        assert self._bg_scope is not None and self._stopped is not None
        with self._bg_scope:
            async with anyio.create_task_group() as tg:
                self._tg = tg
                await self._supervise()
                tg.cancel_scope.cancel()  # given up: the listeners end with the client
        self._link = None
        self._stopped.set()
        if self._ready is not None:
            self._ready.set()

    # -- connections ---------------------------------------------------------------------------

    async def _supervise(self) -> None:
        failures = refusals = 0
        connected_once = False
        while True:
            try:
                link = await self._login()
            except RelayError as error:
                refusals = refusals + 1 if isinstance(error, RelayAuthenticationError) else 0
                if refusals >= self.max_auth_attempts or not (connected_once or self._retry_first):
                    self._give_up(error)
                    return
                failures += 1
                log.warning("RELAY login failed (%s); retrying", error)
            else:
                connected_once, failures, refusals = True, 0, 0
                await self._serve(link)
            await anyio.sleep(
                _wire.reconnect_delay(failures, self.reconnect_delay, self.reconnect_max_delay)
            )

    async def _login(self) -> Link:
        asked = self._protocol
        login = Request.build(
            "signalwire.connect",
            _wire.connect_params(
                self._credentials.authentication(),
                self._subscribed,
                asked,
                self._authorization_state,
            ),
        )
        try:
            with anyio.fail_after(self.connect_timeout):
                link, result = await establish(
                    self._endpoint, tls_context(self._endpoint), login, self._on_event
                )
        except TimeoutError:
            raise RelayConnectionError(
                -1, f"no answer to signalwire.connect within {self.connect_timeout:g} s"
            ) from None
        self._protocol = str(result.get("protocol") or "")
        if asked and self._protocol != asked:
            log.warning("RELAY session could not be resumed; a new one started")
            self._requests.fail_queued(
                lambda r: RelaySessionLostError(-1, f"session lost before {r.method} was sent")
            )
            self._router.lose(RelaySessionLostError(-1, "session lost: its calls are gone"))
        return link

    async def _serve(self, link: Link) -> None:
        def live() -> None:
            for request in self._requests.take_queue():
                link.outbox.put(request)
            self._link = link
            if self._ready is not None:
                self._ready.set()

        hooks = Hooks(self._requests, self._on_event, self._on_server_disconnect)
        try:
            await link.run(
                hooks,
                ping_interval=self.ping_interval,
                ping_timeout=self.ping_timeout,
                write_timeout=self.request_timeout,
                ready=live,
            )
        finally:
            self._link = None
            self._requests.connection_lost(
                lambda r: RelayRequestInDoubtError(
                    -1, f"connection lost before the answer to {r.method}; it may have run"
                )
            )

    def _give_up(self, error: RelayError) -> None:
        self._fatal = error
        self._requests.fail_all(lambda r: _fresh(error))
        self._waiters.close_all()
        self._router.lose(_fresh(error))

    # -- what the server sends -----------------------------------------------------------------

    def _on_event(self, params: dict[str, Any], ident: Any) -> None:
        if not self._waiters.first_time(ident):
            return  # sent again after a resume: handled already
        event_type = params.get("event_type")
        if event_type == "signalwire.authorization.state":
            inner = params.get("params")
            found = inner.get("authorization_state") if isinstance(inner, dict) else None
            self._authorization_state = str(found or params.get("authorization_state") or "")
            return
        event = parse_event(params)
        self._waiters.offer(event)
        self._router.route(event)

    def _on_server_disconnect(self, restart: bool) -> None:
        if restart:  # the server asks for a new session on the next login
            self._protocol = self._authorization_state = ""
            self._router.lose(RelaySessionLostError(-1, "server restart: its calls are gone"))

    # -- requests ------------------------------------------------------------------------------

    async def execute(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 (a per-request deadline is the point)
    ) -> dict[str, Any]:
        """Send one request and return its result. `timeout` (else `request_timeout`) bounds
        this request only: on expiry it raises `RelayTimeoutError` and nothing else fails.
        While reconnecting, the request waits in a bounded queue (its deadline running)."""
        if not isinstance(method, str) or not method:
            raise ValueError(f"method must be a non-empty string, not {method!r}")
        limit = self.request_timeout if timeout is None else _positive("timeout", timeout)
        return await self._roundtrip(Request.build(method, params or {}), limit)

    async def _roundtrip(self, request: Request, limit: float | None = None) -> dict[str, Any]:
        """Send `request`, wait for its answer; `request.written` tells afterwards whether
        it left (a cancelled call method sends its stop only then)."""
        method, limit = request.method, limit or self.request_timeout
        if self._closing:
            raise RelayClosedError(-1, f"the client is closed ({method} not sent)")
        if self._fatal is not None:
            raise _fresh(self._fatal)
        try:
            with anyio.fail_after(limit):
                self._submit(request)
                await request.done.wait()
        except TimeoutError:
            if not request.done.is_set():
                raise RelayTimeoutError(-1, f"Request timeout for {method} ({limit:g} s)") from None
        finally:
            self._requests.forget(request)
        return request.outcome()

    def _submit(self, request: Request) -> None:
        link = self._link
        if link is not None and not link.lost:
            self._requests.pending[request.id] = request
            link.outbox.put(request)
        else:
            self._requests.enqueue(request)

    async def receive(self, contexts: list[str]) -> None:
        """Receive inbound calls and messages on `contexts` too (kept across new sessions)."""
        if not contexts:
            return
        await self.execute("signalwire.receive", {"contexts": list(contexts)})
        self._subscribed.extend(c for c in contexts if c not in self._subscribed)

    async def unreceive(self, contexts: list[str]) -> None:
        """Stop receiving on `contexts`."""
        if not contexts:
            return
        await self.execute("signalwire.unreceive", {"contexts": list(contexts)})
        self._subscribed = [c for c in self._subscribed if c not in contexts]

    async def dial(
        self,
        devices: list[list[dict[str, Any]]],
        *,
        tag: str | None = None,
        max_duration: int | None = None,
        dial_timeout: float | None = None,
    ) -> Call:
        """Dial and wait for the answer: the answering leg as a `Call`. Legs are matched by
        `tag`; a dial cancelled, timed out or failed hangs up every leg it started (and any
        that answers later)."""
        return await _outbound.dial(self, self._router, devices, tag, max_duration, dial_timeout)

    async def send_message(
        self,
        *,
        to_number: str,
        from_number: str,
        context: str | None = None,
        body: str | None = None,
        media: list[str] | None = None,
        tags: list[str] | None = None,
        region: str | None = None,
        on_completed: Callable[[RelayEvent], Any] | None = None,
    ) -> Message:
        """Send an SMS/MMS; returns its `Message` (`await message.wait()` for the final
        state). The message watches for its states from before the request leaves, so none
        is lost; `on_completed(event)` runs at the final state, as a task of the client."""
        if not body and not media:
            raise ValueError("send_message needs body or media")
        params: dict[str, Any] = {
            "context": context or self._protocol or "default",
            "to_number": to_number,
            "from_number": from_number,
        }
        extra = {"body": body, "media": media, "tags": tags, "region": region}
        params.update({k: v for k, v in extra.items() if v})
        return await _outbound.send_message(self, self._router, params, on_completed)
