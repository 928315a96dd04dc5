"""The fake RELAY server's protocol: sessions, requests, events and their ACKs, faults.

Everything here runs on the server's own asyncio loop (`_relay_server`); the facade
(`_relay.FakeRelay`) reaches it from other threads through that loop. JSON-RPC 2.0 over
WebSocket text frames, as RELAY speaks it: the first request of a socket is
`signalwire.connect`; the server sends `signalwire.event`, `signalwire.ping` and
`signalwire.disconnect` and expects an empty result back for each id.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import time
import uuid
from collections.abc import Callable
from typing import Any

import attrs
from aiohttp import WSMsgType, web

from ._relay_calls import NODE_ID, Call, Event, World, result
from ._relay_journal import Journal, dumps

MAX_FRAME = 10 * 1024 * 1024
REFUSED = {"code": -32002, "message": "authentication failed"}
MESSAGE_STATES = ("queued", "sent")


@attrs.define(eq=False)
class Session:
    """A RELAY session: kept across sockets, resumed by its `protocol`."""

    protocol: str
    contexts: set[str]
    connection: Connection | None = None
    unacked: dict[str, dict[str, Any]] = attrs.Factory(dict)  # events sent, not ACKed
    backlog: list[dict[str, Any]] = attrs.Factory(list)  # events waiting for a socket


@attrs.define(eq=False)
class Connection:
    id: int
    ws: web.WebSocketResponse
    transport: asyncio.Transport | None
    session: Session | None = None
    lock: asyncio.Lock = attrs.Factory(asyncio.Lock)


@attrs.define
class ServerFaults:
    """What goes wrong on purpose; read and changed on the server's loop only."""

    refuse_logins: int = 0
    delays: dict[str, list[float]] = attrs.Factory(dict)  # method -> delays, one per request
    drops: dict[str, int] = attrs.Factory(dict)  # method -> replies left unsent
    failures: dict[str, list[tuple[str, str]]] = attrs.Factory(dict)  # method -> (code, message)
    events_first: dict[str, int] = attrs.Factory(dict)  # method -> events sent before reply
    read_stall: float = 0.0  # seconds before each frame from a client is read
    slow_rate: float = 0.0  # the share of replies held back `slow_delay` seconds
    slow_delay: float = 0.0
    rng: random.Random = attrs.Factory(random.Random)


class Core:
    """The server's state and protocol. `project`/`token` and `jwt_tokens` log in."""

    def __init__(
        self, project: str, token: str, jwt_tokens: frozenset[str], journal: Journal
    ) -> None:
        self.project = project
        self._token = token
        self._jwt_tokens = jwt_tokens
        self.journal = journal
        self.world = World()
        self.faults = ServerFaults()
        self.message_outcomes: dict[str, str] = {}
        self.sessions: dict[str, Session] = {}
        self.connections: dict[int, Connection] = {}
        self.logins = 0
        self._next_id = 0
        self._tasks: set[asyncio.Task[None]] = set()

    # -- sockets -----------------------------------------------------------------------

    async def serve(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True, max_msg_size=MAX_FRAME)
        await ws.prepare(request)
        self._next_id += 1
        transport = request.transport
        conn = Connection(
            self._next_id, ws, transport if isinstance(transport, asyncio.Transport) else None
        )
        self.connections[conn.id] = conn
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                if self.faults.read_stall:
                    await asyncio.sleep(self.faults.read_stall)
                await self._frame(conn, msg.data)
        finally:
            del self.connections[conn.id]
            if conn.session is not None and conn.session.connection is conn:
                conn.session.connection = None
        return ws

    async def send(self, conn: Connection, message: dict[str, Any]) -> None:
        if conn.ws.closed:
            return
        self.journal.record(conn.id, "sent", message)
        async with conn.lock:
            # The socket may go away under us; the session keeps what was not ACKed.
            with contextlib.suppress(ConnectionError, RuntimeError):
                await conn.ws.send_str(dumps(message))

    def spawn(self, coro: Any) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- frames from a client ------------------------------------------------------------

    async def _frame(self, conn: Connection, text: str) -> None:
        try:
            message = json.loads(text)
        except ValueError:
            return
        if not isinstance(message, dict):
            return
        self.journal.record(conn.id, "received", message)
        method, ident = message.get("method"), message.get("id")
        if method is None:  # an answer to what the server sent: an ACK
            if conn.session is not None and isinstance(ident, str):
                conn.session.unacked.pop(ident, None)
            return
        params = message.get("params")
        params = params if isinstance(params, dict) else {}
        if method == "signalwire.connect":
            await self._login(conn, ident, params)
            return
        if conn.session is None:
            await self._reply(conn, ident, error={"code": -32000, "message": "not connected"})
            return
        delay = self._take_delay(str(method))
        if self._take_drop(str(method)):
            return
        failures = self.faults.failures.get(str(method))
        if failures:  # a per-command fault: this code instead of the answer, no events
            answer, events = result(*failures.pop(0)), list[Event]()
        else:
            answer, events = self._answer(conn.session, str(method), params)
        if delay:
            self.spawn(self._later(delay, conn, ident, answer, events, conn.session))
        elif self._take(self.faults.events_first, str(method)):
            await self._emit(conn.session, events)
            await self._reply(conn, ident, answer)
        else:
            await self._reply(conn, ident, answer)
            await self._emit(conn.session, events)
        self._start_timers()

    def _start_timers(self) -> None:
        """What happens a while after a command (a play ends, a connect is answered)."""
        timers, self.world.timers = self.world.timers, []
        for seconds, then in timers:
            self.spawn(self._later_events(seconds, then))

    async def _later_events(self, seconds: float, then: Callable[[], list[Event]]) -> None:
        await asyncio.sleep(seconds)
        await self.emit(then())

    async def hang_up_later(self, call: Call, seconds: float) -> None:
        """A scripted caller hangs up (unless the call ended before)."""
        await asyncio.sleep(seconds)
        if call.state != "ended":
            await self.emit(self.world.end(call, "hangup"))

    def _take_delay(self, method: str) -> float:
        delays = self.faults.delays.get(method)
        if delays:
            return delays.pop(0)
        faults = self.faults
        if faults.slow_rate and faults.rng.random() < faults.slow_rate:
            return faults.slow_delay
        return 0.0

    def _take_drop(self, method: str) -> bool:
        return self._take(self.faults.drops, method)

    @staticmethod
    def _take(counts: dict[str, int], method: str) -> bool:
        left = counts.get(method, 0)
        if left:
            counts[method] = left - 1
        return bool(left)

    async def _later(
        self,
        delay: float,
        conn: Connection,
        ident: Any,
        answer: dict[str, Any],
        events: list[Event],
        session: Session,
    ) -> None:
        await asyncio.sleep(delay)
        await self._reply(conn, ident, answer)
        await self._emit(session, events)

    async def _reply(
        self,
        conn: Connection,
        ident: Any,
        answer: dict[str, Any] | None = None,
        *,
        error: dict[str, Any] | None = None,
    ) -> None:
        if ident is None:
            return
        message: dict[str, Any] = {"jsonrpc": "2.0", "id": ident}
        if error is not None:
            message["error"] = error
        else:
            message["result"] = answer if answer is not None else {}
        await self.send(conn, message)

    # -- signalwire.connect --------------------------------------------------------------

    def _accepts(self, params: dict[str, Any]) -> bool:
        if self.faults.refuse_logins > 0:
            self.faults.refuse_logins -= 1
            return False
        auth = params.get("authentication")
        if not isinstance(auth, dict):
            return False
        if auth.get("jwt_token"):
            return auth["jwt_token"] in self._jwt_tokens
        return auth.get("project") == self.project and auth.get("token") == self._token

    async def _login(self, conn: Connection, ident: Any, params: dict[str, Any]) -> None:
        self.logins += 1
        if not self._accepts(params):
            await self._reply(conn, ident, error=REFUSED)
            await conn.ws.close()
            return
        asked = params.get("protocol")
        session = self.sessions.get(asked) if isinstance(asked, str) else None
        restored = session is not None
        if session is None:
            session = Session(f"signalwire_{uuid.uuid4().hex}", set())
            self.sessions[session.protocol] = session
        elif session.connection is not None and session.connection is not conn:
            session.connection.session = None  # the new socket takes the session over
        contexts = params.get("contexts")
        if isinstance(contexts, list):
            session.contexts.update(str(c) for c in contexts)
        conn.session, session.connection = session, conn
        answer = {
            "identity": f"{self.project}@fake-relay",
            "protocol": session.protocol,
            "sessionid": str(uuid.uuid4()),
            "session_restored": restored,
            "nodeid": NODE_ID,
            "master_nodeid": NODE_ID,
        }
        await self._reply(conn, ident, answer)
        state = {"authorization_state": f"fake-authorization-{uuid.uuid4().hex}"}
        await self.event(session, "signalwire.authorization.state", state)
        if restored:
            await self._redeliver(session)

    async def _redeliver(self, session: Session) -> None:
        """On resume: the events sent but never ACKed, then those that found no socket."""
        waiting = [*session.unacked.values(), *session.backlog]
        session.backlog.clear()
        for frame in waiting:
            if session.connection is None:
                session.backlog.append(frame)
            else:
                await self.send(session.connection, frame)

    # -- requests after login ------------------------------------------------------------

    def _answer(
        self, session: Session, method: str, params: dict[str, Any]
    ) -> tuple[dict[str, Any], list[Event]]:
        if method in ("signalwire.receive", "signalwire.unreceive"):
            contexts = {str(c) for c in params.get("contexts") or []}
            if method == "signalwire.receive":
                session.contexts |= contexts
            else:
                session.contexts -= contexts
            return result(message=f"{method.split('.')[1]}: {sorted(contexts)}"), []
        if method == "signalwire.ping":
            return {"timestamp": time.time()}, []
        if method == "messaging.send":
            return self._message(params)
        if method.startswith("calling."):
            return self.world.command(method, params, session.protocol)
        return result("404", f"unknown method {method}"), []

    def _message(self, params: dict[str, Any]) -> tuple[dict[str, Any], list[Event]]:
        if not params.get("to_number") or not params.get("from_number"):
            return result("400", "to_number and from_number are required"), []
        if not params.get("body") and not params.get("media"):
            return result("400", "body or media is required"), []
        message_id = str(uuid.uuid4())
        outcome = self.message_outcomes.get(str(params["to_number"]), "delivered")
        base = {
            "message_id": message_id,
            "context": params.get("context", "default"),
            "direction": "outbound",
            "from_number": params["from_number"],
            "to_number": params["to_number"],
            "body": params.get("body", ""),
            "media": params.get("media", []),
            "tags": params.get("tags", []),
            "segments": 1,
        }
        events: list[Event] = [
            ("messaging.state", {**base, "message_state": s}) for s in MESSAGE_STATES
        ]
        last = {**base, "message_state": outcome}
        if outcome != "delivered":
            last["reason"] = "fake: " + outcome
        events.append(("messaging.state", last))
        return result(message="message accepted", message_id=message_id), events

    # -- what the server sends -----------------------------------------------------------

    async def event(self, session: Session, event_type: str, params: dict[str, Any]) -> None:
        ident = str(uuid.uuid4())
        frame: dict[str, Any] = {
            "jsonrpc": "2.0",
            "id": ident,
            "method": "signalwire.event",
            "params": {
                "event_type": event_type,
                "event_channel": session.protocol,
                "timestamp": time.time(),
                "project_id": self.project,
                "params": params,
            },
        }
        if session.connection is None:
            session.backlog.append(frame)
            return
        session.unacked[ident] = frame
        await self.send(session.connection, frame)

    async def _emit(self, session: Session, events: list[Event]) -> None:
        """Events in order; a call's events go to the session that owns the call."""
        for event_type, params in events:
            owner = self._owner(params) or session
            await self.event(owner, event_type, params)

    def _owner(self, params: dict[str, Any]) -> Session | None:
        call = self.world.calls.get(str(params.get("call_id")))
        return self.sessions.get(call.owner) if call is not None else None

    async def emit(self, events: list[Event]) -> None:
        """Events the test scripted (a caller's input, a hang-up): to each call's owner."""
        for event_type, params in events:
            owner = self._owner(params)
            if owner is not None:
                await self.event(owner, event_type, params)

    def receiver(self, context: str) -> Session:
        """The session an inbound call or message on `context` goes to: a connected one
        first, else one that will resume."""
        found = [s for s in self.sessions.values() if context in s.contexts]
        if not found:
            raise LookupError(f"no RELAY client receives context {context!r}")
        connected = [s for s in found if s.connection is not None]
        return (connected or found)[0]

    async def ping(self) -> list[str]:
        """A `signalwire.ping` to every logged-in socket; returns the ids sent."""
        sent = []
        for conn in list(self.connections.values()):
            if conn.session is None:
                continue
            ident = str(uuid.uuid4())
            params = {"timestamp": time.time()}
            await self.send(conn, {"jsonrpc": "2.0", "id": ident, "method": "signalwire.ping",
                                   "params": params})  # fmt: skip
            sent.append(ident)
        return sent

    async def disconnect(self, restart: bool) -> None:
        """`signalwire.disconnect` to every socket, then close them; `restart` forgets
        the sessions, so none can be resumed."""
        for conn in list(self.connections.values()):
            message = {
                "jsonrpc": "2.0",
                "id": str(uuid.uuid4()),
                "method": "signalwire.disconnect",
                "params": {"restart": restart},
            }
            await self.send(conn, message)
            await conn.ws.close()
        if restart:
            self.sessions.clear()

    def drop_sockets(self, forget_sessions: bool = False) -> int:
        """Cut every socket with no closing handshake (as a network failure does)."""
        if forget_sessions:
            self.sessions.clear()
        count = 0
        for conn in list(self.connections.values()):
            if conn.transport is not None:
                conn.transport.abort()
                count += 1
        return count
