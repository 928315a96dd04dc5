"""The calls of the fake RELAY server: what each `calling.*` command answers and which
events follow it, in the order a real call emits them.

Pure bookkeeping, no I/O: `World.command()` returns the result and the events; the server
sends them (the result first). Actions that run until something happens (a collect, a
recording, a tap) stay in `Call.running` until the caller acts (`World.press`,
`World.say`), the app stops them (`calling.<verb>.stop`) or the call ends.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import attrs

Event = tuple[str, dict[str, Any]]  # (event_type, params)
Answer = tuple[dict[str, Any], list[Event]]  # (result, events)

NODE_ID = "fake-node-0001"
# starting method -> (event type, state while running, terminal state or None if it runs on)
ACTIONS: dict[str, tuple[str, str, str | None]] = {
    "calling.play": ("calling.call.play", "playing", "finished"),
    "calling.record": ("calling.call.record", "recording", None),
    "calling.play_and_collect": ("calling.call.collect", "collecting", None),
    "calling.collect": ("calling.call.collect", "collecting", None),
    "calling.detect": ("calling.call.detect", "detecting", None),
    "calling.tap": ("calling.call.tap", "tapping", None),
    "calling.stream": ("calling.call.stream", "streaming", None),
    "calling.transcribe": ("calling.call.transcribe", "transcribing", None),
    "calling.ai": ("calling.call.ai", "running", None),
    "calling.pay": ("calling.call.pay", "running", None),
    "calling.send_fax": ("calling.call.fax", "sending", "finished"),
    "calling.receive_fax": ("calling.call.fax", "receiving", None),
    "calling.send_digits": ("calling.call.send_digits", "sending", "finished"),
}
# commands with one event of their own: method -> (event type, params added)
SIMPLE: dict[str, tuple[str, dict[str, Any]]] = {
    "calling.hold": ("calling.call.hold", {"state": "hold"}),
    "calling.unhold": ("calling.call.hold", {"state": "unhold"}),
    "calling.denoise": ("calling.call.denoise", {"denoised": True}),
    "calling.denoise.stop": ("calling.call.denoise", {"denoised": False}),
    "calling.echo": ("calling.call.echo", {"state": "finished"}),
    "calling.queue.enter": ("calling.call.queue", {"status": "enqueue", "position": 1}),
    "calling.queue.leave": ("calling.call.queue", {"status": "leave"}),
    "calling.join_conference": ("calling.conference", {"status": "join"}),
}
CONTROL_VERBS = {"stop", "pause", "resume", "volume", "start_input_timers"}


def result(code: str = "200", message: str = "ok", **fields: Any) -> dict[str, Any]:
    return {"code": code, "message": message, **fields}


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen
class ScriptedCaller:
    """How the far end of an inbound call behaves on its own: it presses the next entry
    of `digits` ("1#") when a digit collect or digit detect starts, says the next of
    `speech` when a speech collect starts, and hangs up `hang_up_after` seconds after the
    call arrives (None: it waits for the app), each answer `answer_after` seconds after
    its prompt starts (0: at once). A collect it has no input left for waits, as with a
    silent caller. `speaks_for`: a recording ends (finished, with its url) that many seconds
    after it starts, as the caller falls silent (None: it records until stopped)."""

    digits: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    speech: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    hang_up_after: float | None = None
    answer_after: float = 0.0
    speaks_for: float | None = None


@attrs.define(eq=False)
class Running:
    method: str
    event_type: str
    params: dict[str, Any]


@attrs.define(eq=False)
class Call:
    """One call the fake knows; `owner` is the protocol (session) its events go to."""

    call_id: str
    owner: str
    context: str
    direction: str
    device: dict[str, Any]
    tag: str = ""
    node_id: str = NODE_ID
    state: str = "created"
    machine: bool = False
    running: dict[str, Running] = attrs.Factory(dict)
    digits_left: list[str] = attrs.Factory(list)  # a scripted caller's input still to give
    speech_left: list[str] = attrs.Factory(list)
    answer_after: float = 0.0  # seconds the scripted caller takes to answer a prompt
    speaks_for: float | None = None  # seconds a scripted caller speaks into a recording

    def base(self, **more: Any) -> dict[str, Any]:
        return {"call_id": self.call_id, "node_id": self.node_id, **more}

    def state_event(self, state: str, **more: Any) -> Event:
        self.state = state
        params = self.base(
            call_state=state, direction=self.direction, device=self.device, tag=self.tag
        )
        return "calling.call.state", {**params, **more}


def _device(to_number: str, from_number: str) -> dict[str, Any]:
    return {"type": "phone", "params": {"to_number": to_number, "from_number": from_number}}


class World:
    """Every call, and how outbound dials end (`outcomes`: to_number -> outcome)."""

    def __init__(self) -> None:
        self.calls: dict[str, Call] = {}
        self.outcomes: dict[str, str] = {}
        self.play_seconds = 0.0  # how long a play lasts (0: it finishes at once)
        self.ring_seconds = 0.0  # how long a connect rings before its outcome (0: at once)
        # what happens later, for the server to time: (seconds, the events then)
        self.timers: list[tuple[float, Callable[[], list[Event]]]] = []

    def inbound(self, owner: str, context: str, to_number: str, from_number: str) -> Call:
        call = Call(str(uuid.uuid4()), owner, context, "inbound", _device(to_number, from_number))
        self.calls[call.call_id] = call
        return call

    def receive_event(self, call: Call) -> Event:
        params = call.base(
            call_state="ringing", context=call.context, direction="inbound", device=call.device
        )
        call.state = "ringing"
        return "calling.call.receive", {**params, "segment_id": str(uuid.uuid4())}

    def command(self, method: str, params: dict[str, Any], owner: str) -> Answer:
        """The result and the events of one `calling.*` command from session `owner`."""
        if method == "calling.dial":
            return self._dial(params, owner)
        call = self.calls.get(str(params.get("call_id")))
        if call is None or call.state == "ended":
            return result("404", "call not found"), []
        verb = method.rsplit(".", 1)[-1]
        if verb in CONTROL_VERBS and method.count(".") >= 2 and method not in SIMPLE:
            return self._control(call, verb, params)
        if method in ACTIONS:
            return self._start(call, method, params)
        if method in SIMPLE:
            event_type, fields = SIMPLE[method]
            return result(), [(event_type, call.base(**fields))]
        return self._plain(call, method, params)

    def _plain(self, call: Call, method: str, params: dict[str, Any]) -> Answer:
        if method == "calling.answer":
            return result(), [] if call.state == "answered" else [call.state_event("answered")]
        if method == "calling.end":
            return result(), self.end(call, str(params.get("reason", "hangup")))
        if method == "calling.connect":
            return result(), self._connect(call, params)
        return result(), []

    def _start(self, call: Call, method: str, params: dict[str, Any]) -> Answer:
        event_type, running, terminal = ACTIONS[method]
        control_id = str(params.get("control_id") or uuid.uuid4())
        if method == "calling.play" and (params.get("loop") == 0 or self.play_seconds > 0):
            terminal = None  # it plays on: for ever (loop 0) or `play_seconds`
            if params.get("loop") != 0:
                finish = functools.partial(self.finish_play, call.call_id, control_id)
                self.timers.append((self.play_seconds, finish))
        base = call.base(control_id=control_id)
        events: list[Event] = []
        if method == "calling.play_and_collect":
            events.append(("calling.call.play", {**base, "state": "playing"}))
            events.append(("calling.call.play", {**base, "state": "finished"}))
        elif method == "calling.collect" or event_type != "calling.call.collect":
            events.append((event_type, {**base, "state": running}))
        if terminal is not None:
            done = _finish(Running(method, event_type, dict(params)))
            events.append((event_type, {**base, **done, "state": terminal}))
        else:
            call.running[control_id] = Running(method, event_type, dict(params))
            events.extend(self._detected(call, control_id))
            events.extend(self._scripted(call, control_id))
        return result(control_id=control_id), events

    def _detected(self, call: Call, control_id: str) -> list[Event]:
        """A machine or human detection answers at once; a digit one waits for a press."""
        action = call.running[control_id]
        detect = action.params.get("detect")
        kind = detect.get("type") if isinstance(detect, dict) else None
        if action.method != "calling.detect" or kind != "machine":
            return []
        del call.running[control_id]
        verdict = "MACHINE" if call.machine else "HUMAN"
        base = call.base(control_id=control_id)
        return [
            (
                "calling.call.detect",
                {**base, "detect": {"type": kind, "params": {"event": verdict}}},
            ),
            ("calling.call.detect", {**base, "state": "finished"}),
        ]

    def _scripted(self, call: Call, control_id: str) -> list[Event]:
        """A scripted caller answers a collect or a digit detect as soon as it starts."""
        action = call.running.get(control_id)
        if action is None:
            return []
        if action.method == "calling.record" and call.speaks_for is not None:
            self.timers.append(
                (call.speaks_for, functools.partial(self.finish_play, call.call_id, control_id))
            )
            return []
        if action.method == "calling.detect":
            detect = action.params.get("detect")
            wants = (
                {"digit"} if isinstance(detect, dict) and detect.get("type") == "digit" else set()
            )
        elif action.event_type == "calling.call.collect":
            collect = action.params.get("collect", action.params)
            collect = collect if isinstance(collect, dict) else {}
            wants = {k for k in ("digits", "speech") if k in collect} or {"digits"}
        else:
            return []
        if wants & {"digit", "digits"} and call.digits_left:
            kind, value = "digit", call.digits_left.pop(0)
        elif "speech" in wants and call.speech_left:
            kind, value = "speech", call.speech_left.pop(0)
        else:
            return []
        if not call.answer_after:
            return self.caller_input(call, kind, value)

        def later() -> list[Event]:  # if the prompt still waits: not stopped, call not ended
            return self.caller_input(call, kind, value) if control_id in call.running else []

        self.timers.append((call.answer_after, later))
        return []

    def finish_play(self, call_id: str, control_id: str) -> list[Event]:
        """A timed play or recording ends (if it still runs: not stopped, call not ended)."""
        call = self.calls.get(call_id)
        action = call.running.pop(control_id, None) if call is not None else None
        if call is None or action is None:
            return []
        return [(action.event_type, {**call.base(control_id=control_id), **_finish(action)})]

    def _control(self, call: Call, verb: str, params: dict[str, Any]) -> Answer:
        control_id = str(params.get("control_id"))
        action = call.running.get(control_id)
        if action is None:
            return result("404", "action not found"), []
        base = call.base(control_id=control_id)
        if verb == "stop":
            del call.running[control_id]
            return result(), [(action.event_type, {**base, **_finish(action)})]
        if verb in ("pause", "resume"):
            state = "paused" if verb == "pause" else ACTIONS[action.method][1]
            return result(), [(action.event_type, {**base, "state": state})]
        return result(), []

    def _connect(self, call: Call, params: dict[str, Any]) -> list[Event]:
        devices = params.get("devices") or [[{}]]
        first = devices[0][0] if devices and devices[0] else {}
        to_number = str(first.get("params", {}).get("to_number", ""))
        base = call.base(tag=str(params.get("tag", "")))
        events: list[Event] = [("calling.call.connect", {**base, "connect_state": "connecting"})]
        if self.outcomes.get(to_number, "answered") not in ("answered", "machine"):
            outcome = [("calling.call.connect", {**base, "connect_state": "failed"})]
        else:
            peer = {"call_id": str(uuid.uuid4()), "node_id": NODE_ID, "device": first}
            outcome = [
                ("calling.call.connect", {**base, "connect_state": "connected", "peer": peer})
            ]
        if self.ring_seconds > 0:  # the far end rings a while: the outcome comes later
            self.timers.append(
                (self.ring_seconds, lambda: outcome if call.state != "ended" else [])
            )
            return events
        return [*events, *outcome]

    def _dial(self, params: dict[str, Any], owner: str) -> Answer:
        tag = str(params.get("tag") or uuid.uuid4())
        devices = params.get("devices") or [[{}]]
        device = devices[0][0] if devices and devices[0] else {}
        to_number = str(device.get("params", {}).get("to_number", ""))
        outcome = self.outcomes.get(to_number, "answered")
        call = Call(str(uuid.uuid4()), owner, "", "outbound", device, tag=tag)
        call.machine = outcome == "machine"
        self.calls[call.call_id] = call
        events = [
            ("calling.call.dial", {"tag": tag, "node_id": NODE_ID, "dial_state": "dialing"}),
            call.state_event("created"),
            call.state_event("ringing"),
        ]
        winner = {"call_id": call.call_id, "node_id": NODE_ID, "tag": tag, "device": device}
        if outcome == "ringing":  # the callee never answers: the dial waits
            return result(), events
        if outcome in ("answered", "machine"):
            events.append(call.state_event("answered"))
            dial = {"dial_state": "answered", "call": {**winner, "dial_winner": True}}
        else:
            events.extend(self.end(call, outcome))
            dial = {"dial_state": "failed", "call": {**winner, "dial_winner": False}}
        events.append(("calling.call.dial", {"tag": tag, "node_id": NODE_ID, **dial}))
        return result(), events

    def end(self, call: Call, reason: str, finish_actions: bool = True) -> list[Event]:
        """The call ends: its running actions finish first (unless `finish_actions` is
        False: no terminal event for them), then ending, ended."""
        events: list[Event] = [
            (action.event_type, {**call.base(control_id=cid), **_finish(action)})
            for cid, action in call.running.items()
            if finish_actions
        ]
        call.running.clear()
        if call.state == "ended":
            return events
        events.append(call.state_event("ending", end_reason=reason))
        events.append(call.state_event("ended", end_reason=reason))
        return events

    def caller_input(self, call: Call, kind: str, value: str) -> list[Event]:
        """The caller presses digits (`kind` "digit") or speaks (`kind` "speech")."""
        events: list[Event] = []
        for control_id, action in list(call.running.items()):
            base = call.base(control_id=control_id)
            if action.event_type == "calling.call.collect":
                if kind == "digit":
                    found = {"type": "digit", "params": _digits(value, action.params)}
                else:
                    found = {"type": "speech", "params": {"text": value, "confidence": 0.9}}
                events.append(("calling.call.collect", {**base, "result": found, "final": True}))
            elif action.method == "calling.detect" and kind == "digit":
                found = {"type": "digit", "params": {"event": value}}
                events.append(("calling.call.detect", {**base, "detect": found}))
            else:
                continue
            del call.running[control_id]
        return events


def _digits(pressed: str, params: dict[str, Any]) -> dict[str, str]:
    """What a digit collect reports: the digits up to the first terminator pressed (the
    collect's `terminators`, "#" if it names none) and that terminator."""
    collect = params.get("collect") if isinstance(params.get("collect"), dict) else params
    digits = collect.get("digits") if isinstance(collect, dict) else None
    ends = str((digits or {}).get("terminators") or "#") if isinstance(digits, dict) else "#"
    for at, key in enumerate(pressed):
        if key in ends:
            return {"digits": pressed[:at], "terminator": key}
    return {"digits": pressed, "terminator": ""}


def _finish(action: Running) -> dict[str, Any]:
    """The terminal fields of an action stopped (or ended with its call)."""
    if action.event_type == "calling.call.record":
        record = {"url": "https://fake.signalwire.test/recording.wav", "duration": 1.0, "size": 8}
        return {"state": "finished", "record": record, **record}
    if action.event_type == "calling.call.collect":
        return {"state": "finished", "result": {"type": "no_input"}, "final": True}
    if action.event_type == "calling.call.fax":  # the result as the SWML fax callbacks lay it out
        document = str(action.params.get("document") or "https://fake.signalwire.test/fax.pdf")
        found = {"direction": "send" if action.method == "calling.send_fax" else "receive",
                 "document": document, "pages": 1, "success": True}  # fmt: skip
        return {"state": "finished", "fax": {"type": "finished", "params": found}}
    return {"state": "finished"}
