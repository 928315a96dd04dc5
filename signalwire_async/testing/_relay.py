"""`FakeRelay`: a RELAY server on loopback for tests, with a scripting API and faults.

    with FakeRelay() as relay:                       # ws://127.0.0.1:<port>
        async with relay.client(contexts=["office"]) as client:
            call = relay.inbound_call("office")      # a call arrives; the caller ...
            call.press("12#")                        # ... presses digits, then
            call.hang_up()

The server runs in its own thread on its own asyncio loop, so the client under test may
run on asyncio, trio or no loop at all. Scripting methods are plain (not async) and return
once the server has written what they cause; `journal` holds every frame both ways.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import anyio

from ._relay_calls import Call, ScriptedCaller
from ._relay_core import Core
from ._relay_journal import Journal
from ._relay_server import RelayThread

if TYPE_CHECKING:
    from ..relay import RelayClient

DEFAULT_PROJECT = "test-project"
DEFAULT_TOKEN = "test-token"
CALLER = "+15550100001"
CALLEE = "+15550100002"
T = TypeVar("T")


class FakeCall:
    """A call on the fake server that the test plays the far end of."""

    def __init__(self, relay: FakeRelay, call: Call) -> None:
        self._relay = relay
        self._call = call

    @property
    def call_id(self) -> str:
        return self._call.call_id

    @property
    def node_id(self) -> str:
        return self._call.node_id

    @property
    def context(self) -> str:
        return self._call.context

    @property
    def state(self) -> str:
        return self._call.state

    def press(self, digits: str) -> None:
        """The caller presses `digits`: a running collect or digit detect gets them."""
        self._relay._emit(lambda: self._relay._core.world.caller_input(self._call, "digit", digits))

    def say(self, text: str) -> None:
        """The caller speaks: a running collect gets a speech result."""
        self._relay._emit(lambda: self._relay._core.world.caller_input(self._call, "speech", text))

    def hang_up(self, reason: str = "hangup", *, finish_actions: bool = True) -> None:
        """The far end hangs up: running actions finish, then ending and ended.
        `finish_actions=False`: the actions get no terminal event (as when a media server
        goes away with the call)."""
        world = self._relay._core.world
        self._relay._emit(lambda: world.end(self._call, reason, finish_actions))

    def __repr__(self) -> str:
        return f"<FakeCall {self.call_id} {self.state} {self._call.direction}>"


class FakeRelay:
    """A RELAY server for tests: accepts `project`/`token` (or one of `jwt_tokens`)."""

    def __init__(
        self,
        project: str = DEFAULT_PROJECT,
        token: str = DEFAULT_TOKEN,
        *,
        jwt_tokens: tuple[str, ...] = (),
        bind: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.journal = Journal()
        """Every frame both ways (`frames()`), and the ACKs of what the server sent (`acks()`)."""
        self._core = Core(project, token, frozenset(jwt_tokens), self.journal)
        self._thread = RelayThread(self._core, bind, port)

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> FakeRelay:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._thread.stop()

    def __enter__(self) -> FakeRelay:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def project(self) -> str:
        return self._core.project

    @property
    def token(self) -> str:
        """The API token accepted (never in the repr)."""
        return self._core._token

    @property
    def host(self) -> str:
        """What a `RelayClient` takes as `host`: `127.0.0.1:<port>` (loopback: plain ws)."""
        return f"{self._thread.host}:{self._thread.port}"

    @property
    def url(self) -> str:
        return f"ws://{self.host}"

    def client(self, **options: Any) -> RelayClient:
        """A `RelayClient` for this server (`options` go to its constructor)."""
        from ..relay import RelayClient

        options.setdefault("project", self.project)
        options.setdefault("token", self.token)
        return RelayClient(host=self.host, **options)

    # -- what the test reads ------------------------------------------------------------

    @property
    def open_sockets(self) -> int:
        """WebSocket connections open now."""
        return len(self._core.connections)

    @property
    def logins(self) -> int:
        """`signalwire.connect` requests received so far, refused ones included."""
        return self._core.logins

    def sessions(self) -> dict[str, frozenset[str]]:
        """Each session's protocol and the contexts it receives."""
        return self._run(lambda: {p: frozenset(s.contexts) for p, s in self._core.sessions.items()})

    def calls(self) -> list[FakeCall]:
        return [FakeCall(self, c) for c in list(self._core.world.calls.values())]

    async def wait_for(
        self, check: Callable[[], T], within: float = 10.0, poll: float = 0.005
    ) -> T:
        """Poll `check()` until it returns something truthy (under any event loop; the
        server lives in another thread, so there is nothing to wait on but time)."""
        with anyio.fail_after(within):
            while not (found := check()):  # noqa: ASYNC110
                await anyio.sleep(poll)
        return found

    # -- scripting -----------------------------------------------------------------------

    def inbound_call(
        self,
        context: str,
        *,
        to_number: str = CALLEE,
        from_number: str = CALLER,
        caller: ScriptedCaller | None = None,
    ) -> FakeCall:
        """A call arrives on `context`: `calling.call.receive` goes to a client receiving it.
        `caller` scripts the far end (its digits, speech and hang-up) so the test need not
        step in; without it the test plays the caller through the `FakeCall`."""

        async def arrive() -> Call:
            session = self._core.receiver(context)
            call = self._core.world.inbound(session.protocol, context, to_number, from_number)
            if caller is not None:
                call.digits_left, call.speech_left = list(caller.digits), list(caller.speech)
                call.answer_after, call.speaks_for = caller.answer_after, caller.speaks_for
                if caller.hang_up_after is not None:
                    self._core.spawn(self._core.hang_up_later(call, caller.hang_up_after))
            event_type, params = self._core.world.receive_event(call)
            await self._core.event(session, event_type, params)
            return call

        return FakeCall(self, self._run_async(arrive))

    def message_arrives(
        self,
        context: str,
        body: str = "",
        *,
        from_number: str = CALLER,
        to_number: str = CALLEE,
        media: list[str] | None = None,
    ) -> str:
        """An SMS/MMS arrives on `context` (`messaging.receive`); returns its message id."""
        message_id = f"fake-message-{time.monotonic_ns()}"
        params = {
            "message_id": message_id,
            "context": context,
            "direction": "inbound",
            "from_number": from_number,
            "to_number": to_number,
            "body": body,
            "media": media or [],
            "segments": 1,
            "message_state": "received",
            "tags": [],
        }

        async def arrive() -> None:
            await self._core.event(self._core.receiver(context), "messaging.receive", params)

        self._run_async(arrive)
        return message_id

    def dial_outcome(self, to_number: str, outcome: str) -> None:
        """How a dial (or connect) to `to_number` ends: `answered` (the default), `machine`
        (answered by a machine: a detect says MACHINE), `ringing` (it rings until ended),
        or a failure's end reason (`busy`, `noAnswer`, `decline`, ...)."""
        self._core.world.outcomes[to_number] = outcome

    def play_duration(self, seconds: float) -> None:
        """From now on a play lasts `seconds` before its `finished` (0, the default: it
        finishes at once). A play with `loop=0` plays until stopped or its call ends."""
        self._run(lambda: setattr(self._core.world, "play_seconds", float(seconds)))

    def ring_duration(self, seconds: float) -> None:
        """From now on a `calling.connect` rings `seconds` before it is connected (or fails,
        as `dial_outcome` says): `connecting` at once, the outcome later (0, the default:
        both at once)."""
        self._run(lambda: setattr(self._core.world, "ring_seconds", float(seconds)))

    def message_outcome(self, to_number: str, outcome: str) -> None:
        """The last state of messages sent to `to_number`: `delivered` (the default),
        `undelivered` or `failed`."""
        self._core.message_outcomes[to_number] = outcome

    def ping(self) -> list[str]:
        """The server pings every logged-in client; returns the request ids (see `journal.acks`)."""
        return self._run_async(self._core.ping)

    # -- faults --------------------------------------------------------------------------

    def delay_reply(self, method: str, seconds: float, times: int = 1) -> None:
        """The next `times` replies to `method` come `seconds` late (others are not held)."""
        self._run(lambda: self._core.faults.delays.setdefault(method, []).extend([seconds] * times))

    def events_first(self, method: str, times: int = 1) -> None:
        """The next `times` requests of `method` get their events before their reply (as
        a server may send them: a client must be listening before it asks)."""
        self._run(lambda: self._core.faults.events_first.__setitem__(method, times))

    def drop_reply(self, method: str, times: int = 1) -> None:
        """The next `times` requests of `method` are never answered."""
        self._run(lambda: self._core.faults.drops.__setitem__(method, times))

    def fail_command(
        self, method: str, code: str = "500", message: str = "fake failure", times: int = 1
    ) -> None:
        """The next `times` requests of `method` (`calling.connect`, `calling.play`, ...) are
        answered with result `code` and `message` (a failure unless 2xx), and cause no events."""
        failure = (str(code), message)
        self._run(
            lambda: self._core.faults.failures.setdefault(method, []).extend([failure] * times)
        )

    def refuse_logins(self, times: int = 1) -> None:
        """The next `times` logins are refused whatever their credentials."""
        self._run(lambda: setattr(self._core.faults, "refuse_logins", times))

    def slow_reader(self, seconds: float) -> None:
        """The server waits `seconds` before reading each frame (0 ends it): ACKs, replies
        and requests pile up in the socket as with a stalled peer."""
        self._run(lambda: setattr(self._core.faults, "read_stall", seconds))

    def drop_sockets(self, *, forget_sessions: bool = False) -> int:
        """Cut every socket without a closing handshake. Sessions stay resumable unless
        `forget_sessions` (the server lost them: the next login starts a new one)."""
        return self._run(lambda: self._core.drop_sockets(forget_sessions))

    def slow_replies(self, rate: float, seconds: float, *, seed: int | None = None) -> None:
        """From now on, a random `rate` of all replies comes `seconds` late (0 ends it)."""

        def change() -> None:
            faults = self._core.faults
            faults.slow_rate, faults.slow_delay = rate, seconds
            faults.rng = random.Random(seed)

        self._run(change)

    def disconnect(self, *, restart: bool = False) -> None:
        """`signalwire.disconnect` to every client, then close; `restart=True` forgets
        every session (the next login starts a new one)."""
        self._run_async(lambda: self._core.disconnect(restart))

    def restart(self) -> None:
        """A server restart: `disconnect(restart=True)`."""
        self.disconnect(restart=True)

    # -- the thread bridge ---------------------------------------------------------------

    def _run(self, fn: Callable[[], T]) -> T:
        async def call() -> T:
            return fn()

        return self._thread.call(call)

    def _run_async(self, make: Callable[[], Awaitable[T]]) -> T:
        return self._thread.call(make)

    def _emit(self, events: Callable[[], list[tuple[str, dict[str, Any]]]]) -> None:
        async def emit() -> None:
            await self._core.emit(events())

        self._thread.call(emit)

    def __repr__(self) -> str:
        return f"<FakeRelay {self.url if self._thread.port else 'stopped'} {self.project}>"
