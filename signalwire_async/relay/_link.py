"""One connection to RELAY: open it and log in (`establish`), then run it (`Link.run`)
until it is lost: a reader, a writer and a pinger, in a task group of its own inside the
client's.

The reader never waits on user code nor on the socket's write side: answers resolve their
requests, ACKs and pongs go to the writer ahead of any request, events are handed to the
client (which starts listeners as tasks of their own).
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable, Mapping
from typing import Any

import anyio
import attrs

from .._transports.websocket import WebSocket, WebSocketClosed
from . import _wire
from ._errors import RelayConnectionError
from ._requests import Outbox, Request, Requests
from ._settings import Endpoint

log = logging.getLogger("signalwire_async.relay")
SERVER_REQUESTS = ("signalwire.event", "signalwire.ping", "signalwire.disconnect")


@attrs.frozen
class Hooks:
    """What a running connection needs from its client."""

    requests: Requests
    on_event: Callable[[dict[str, Any], Any], None]
    on_server_disconnect: Callable[[bool], None]


def _log_frame(direction: str, text: str) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug("%s %s", direction, _wire.masked(_wire.parse(text)))


class Link:
    def __init__(self, ws: WebSocket) -> None:
        self.ws = ws
        self.outbox = Outbox()
        self._scope: anyio.CancelScope | None = None
        self.lost = False

    def kill(self) -> None:
        """End this connection (from any task of the client)."""
        self.lost = True
        if self._scope is not None:
            self._scope.cancel()

    async def run(
        self, hooks: Hooks, *, ping_interval: float, ping_timeout: float, write_timeout: float,
        ready: Callable[[], None],
    ) -> None:  # fmt: skip
        """Serve until the connection is lost or killed; `ready()` runs once the reader and
        writer are up (the client then sends what it queued)."""
        try:
            async with anyio.create_task_group() as tg:
                self._scope = tg.cancel_scope
                if self.lost:
                    tg.cancel_scope.cancel()
                tg.start_soon(self._write, hooks.requests, write_timeout)
                tg.start_soon(self._ping, hooks.requests, ping_interval, ping_timeout)
                ready()
                await self._read(hooks)
                tg.cancel_scope.cancel()
        finally:
            self.lost = True
            with anyio.CancelScope(shield=True):
                await self.ws.aclose()

    async def _read(self, hooks: Hooks) -> None:
        while True:
            try:
                text = await self.ws.receive()
            except WebSocketClosed as closed:
                log.info("RELAY connection lost: %s", closed)
                return
            _log_frame("received", text)
            message = _wire.parse(text)
            if message is not None:
                self._route(hooks, message)

    def _route(self, hooks: Hooks, message: dict[str, Any]) -> None:
        method = message.get("method")
        if method is None:
            hooks.requests.answer(message)
            return
        if method not in SERVER_REQUESTS:
            return  # unknown server methods get no answer, as with the official client
        if message.get("id") is not None:
            self.outbox.put_urgent(_wire.ack(message["id"]))
        params = message.get("params")
        params = params if isinstance(params, dict) else {}
        if method == "signalwire.event":
            hooks.on_event(params, message.get("id"))
        elif method == "signalwire.disconnect":
            hooks.on_server_disconnect(bool(params.get("restart")))

    async def _write(self, requests: Requests, write_timeout: float) -> None:
        while True:
            item = await self.outbox.get()
            if isinstance(item, Request):
                if item.abandoned or item.done.is_set():
                    continue  # its caller gave up before it went out: never sent
                text = item.text
                item.written = True  # from here on, a lost socket leaves it in doubt
            else:
                text = item
            try:
                with anyio.fail_after(write_timeout):
                    await self.ws.send(text)
            except (WebSocketClosed, TimeoutError):
                log.info("RELAY connection lost while writing")
                self.kill()
                return
            _log_frame("sent", text)

    async def _ping(self, requests: Requests, interval: float, limit: float) -> None:
        """A `signalwire.ping` every `interval`; no answer within `timeout` means the
        connection is dead (the one reason a missing answer ends the socket); `limit`
        bounds the wait for each answer."""
        while True:
            await anyio.sleep(interval)
            ping = Request.build("signalwire.ping", {})
            requests.pending[ping.id] = ping
            self.outbox.put(ping)
            with anyio.move_on_after(limit):
                await ping.done.wait()
            requests.forget(ping)
            if not ping.done.is_set():
                log.warning("RELAY ping unanswered for %.1f s: reconnecting", limit)
                self.kill()
                return


async def establish(
    endpoint: Endpoint,
    tls: ssl.SSLContext | None,
    login: Request,
    on_event: Callable[[dict[str, Any], Any], None],
) -> tuple[Link, dict[str, Any]]:
    """Open the socket and send `login` (a `signalwire.connect` request); return the
    connection and the login's result. The caller bounds the time. Any failure closes
    the socket before it propagates: nothing is left behind."""
    try:
        ws = await WebSocket.open(endpoint.host, endpoint.port, tls=tls)
    except (OSError, WebSocketClosed) as exc:
        raise RelayConnectionError(-1, f"cannot connect to {endpoint.url}: {exc}") from None
    link = Link(ws)
    try:
        await ws.send(login.text)
        _log_frame("sent", login.text)
        while not login.done.is_set():
            text = await ws.receive()
            _log_frame("received", text)
            message = _wire.parse(text)
            if message is None:
                continue
            if message.get("id") == login.id and "method" not in message:
                login.answer(message)
            elif message.get("method") in SERVER_REQUESTS and message.get("id") is not None:
                await ws.send(_wire.ack(message["id"]))
                if message.get("method") == "signalwire.event":
                    on_event(_params(message), message["id"])
        return link, login.outcome()
    except WebSocketClosed as exc:
        await ws.aclose()
        raise RelayConnectionError(-1, f"connection lost while logging in: {exc}") from None
    except BaseException:
        with anyio.CancelScope(shield=True):
            await ws.aclose()
        raise


def _params(message: Mapping[str, Any]) -> dict[str, Any]:
    params = message.get("params")
    return params if isinstance(params, dict) else {}
