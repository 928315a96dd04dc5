"""Every `calling.*` command of a `Call`, declared once as data: its Python name and
parameters (the official client's), its wire method and keys, the action class it returns
and the events it causes. `scripts/generate_relay.py` renders `_call_methods.py` (the
`Call` methods and the action classes) from these tables; edit here, then run
`python scripts/generate.py`.
"""

from __future__ import annotations

import attrs

__all__ = ["ACTIONS", "COMMANDS", "ActionSpec", "Command", "Param"]


@attrs.frozen
class Param:
    """One parameter: its Python `name` and type; `wire` when the key sent differs."""

    name: str
    type: str
    required: bool = False
    wire: str = ""
    positional: bool = False  # optional, yet before the `*` (as the official client has it)
    default: str = "None"

    @property
    def key(self) -> str:
        return self.wire or self.name


def R(name: str, type_: str) -> Param:
    return Param(name, type_, required=True)


def O(name: str, type_: str, wire: str = "") -> Param:  # noqa: E743 (an optional one)
    return Param(name, type_ if "None" in type_ else f"{type_} | None", wire=wire)


@attrs.frozen
class ActionSpec:
    """An action class: the event type it follows, the states that end it, the control
    verbs it has (`calling.<prefix>.<verb>`) and how completion is read (`rule`: "state",
    "detect": a non-empty `detect` also ends it, "collect": a non-empty `result` does)."""

    name: str
    event_type: str
    terminal: tuple[str, ...]
    controls: tuple[str, ...]
    rule: str = "state"
    doc: str = ""


@attrs.frozen
class Command:
    """One `calling.*` command as a `Call` method."""

    name: str
    wire: str
    params: tuple[Param, ...] = ()
    action: str = ""  # the action class returned; "" for a plain result dict
    events: tuple[str, ...] = ()
    kwargs: bool = True  # extra keyword arguments merged into the params, last
    control_id: bool = False  # a control_id is sent although no action is returned
    doc: str = ""


_PLAY, _PAUSE = ("stop", "pause", "resume", "volume"), ("stop", "pause", "resume")
ACTIONS: dict[str, ActionSpec] = {
    a.name: a
    for a in (
        ActionSpec("PlayAction", "calling.call.play", ("finished", "error"), _PLAY),
        ActionSpec("RecordAction", "calling.call.record", ("finished", "no_input"), _PAUSE),
        ActionSpec(
            "DetectAction", "calling.call.detect", ("finished", "error"), ("stop",), "detect"
        ),
        ActionSpec(
            "CollectAction",
            "calling.call.collect",
            ("finished", "error", "no_input", "no_match"),
            (*_PLAY, "start_input_timers"),
            "collect",
        ),
        ActionSpec(
            "StandaloneCollectAction",
            "calling.call.collect",
            ("finished", "error", "no_input", "no_match"),
            ("stop", "start_input_timers"),
            "collect",
        ),
        ActionSpec("FaxAction", "calling.call.fax", ("finished", "error"), ("stop",)),
        ActionSpec("TapAction", "calling.call.tap", ("finished",), ("stop",)),
        ActionSpec("StreamAction", "calling.call.stream", ("finished",), ("stop",)),
        ActionSpec("PayAction", "calling.call.pay", ("finished", "error"), ("stop",)),
        ActionSpec("TranscribeAction", "calling.call.transcribe", ("finished",), ("stop",)),
        ActionSpec("AIAction", "calling.call.ai", ("finished", "error"), ("stop",)),
    )
}

_DICT, _MEDIA, _DEVICES = "dict[str, Any]", "list[dict[str, Any]]", "list[list[dict[str, Any]]]"
_CONTROL = O("control_id", "str")
COMMANDS: tuple[Command, ...] = (
    Command("answer", "calling.answer", events=("calling.call.state",)),
    Command(
        "hangup",
        "calling.end",
        (Param("reason", "str", positional=True, default="'hangup'"),),
        kwargs=False,
        events=("calling.call.state",),
    ),
    Command("pass_", "calling.pass", kwargs=False),
    Command(
        "play",
        "calling.play",
        (
            Param("media", _MEDIA, True, "play"),
            O("volume", "float"),
            O("direction", "str"),
            O("loop", "int"),
            _CONTROL,
        ),
        "PlayAction",
        ("calling.call.play",),
    ),
    Command(
        "record",
        "calling.record",
        (Param("audio", "dict[str, Any] | None", wire="record.audio", positional=True), _CONTROL),
        "RecordAction",
        ("calling.call.record",),
    ),
    Command(
        "play_and_collect",
        "calling.play_and_collect",
        (Param("media", _MEDIA, True, "play"), R("collect", _DICT), O("volume", "float"), _CONTROL),
        "CollectAction",
        ("calling.call.play", "calling.call.collect"),
    ),
    Command(
        "collect",
        "calling.collect",
        (
            O("digits", _DICT),
            O("speech", _DICT),
            O("initial_timeout", "float"),
            O("partial_results", "bool"),
            O("continuous", "bool"),
            O("send_start_of_input", "bool"),
            O("start_input_timers", "bool"),
            _CONTROL,
        ),
        "StandaloneCollectAction",
        ("calling.call.collect",),
    ),
    Command(
        "detect",
        "calling.detect",
        (R("detect", _DICT), O("timeout", "float"), _CONTROL),
        "DetectAction",
        ("calling.call.detect",),
    ),
    Command(
        "connect",
        "calling.connect",
        (
            R("devices", _DEVICES),
            O("ringback", _MEDIA),
            O("tag", "str"),
            O("max_duration", "int"),
            O("max_price_per_minute", "float"),
            O("status_url", "str"),
        ),
        events=("calling.call.connect",),
    ),
    Command("disconnect", "calling.disconnect", kwargs=False),
    Command(
        "send_digits",
        "calling.send_digits",
        (R("digits", "str"), _CONTROL),
        kwargs=False,
        events=("calling.call.send_digits",),
        control_id=True,
    ),
    Command(
        "refer",
        "calling.refer",
        (R("device", _DICT), O("status_url", "str")),
        events=("calling.call.refer",),
    ),
    Command(
        "pay",
        "calling.pay",
        (
            R("payment_connector_url", "str"),
            _CONTROL,
            O("input_method", "str", "input"),
            *(
                O(n, "str")
                for n in (
                    "status_url",
                    "payment_method",
                    "timeout",
                    "max_attempts",
                    "security_code",
                    "postal_code",
                    "min_postal_code_length",
                    "token_type",
                    "charge_amount",
                    "currency",
                    "language",
                    "voice",
                    "description",
                    "valid_card_types",
                )
            ),
            O("parameters", _MEDIA),
            O("prompts", _MEDIA),
        ),
        "PayAction",
        ("calling.call.pay",),
    ),
    Command(
        "send_fax",
        "calling.send_fax",
        (R("document", "str"), O("identity", "str"), O("header_info", "str"), _CONTROL),
        "FaxAction",
        ("calling.call.fax",),
    ),
    Command("receive_fax", "calling.receive_fax", (_CONTROL,), "FaxAction", ("calling.call.fax",)),
    Command(
        "tap",
        "calling.tap",
        (R("tap", _DICT), R("device", _DICT), _CONTROL),
        "TapAction",
        ("calling.call.tap",),
    ),
    Command(
        "stream",
        "calling.stream",
        (
            R("url", "str"),
            O("name", "str"),
            O("codec", "str"),
            O("track", "str"),
            O("status_url", "str"),
            O("status_url_method", "str"),
            O("authorization_bearer_token", "str"),
            O("custom_parameters", _DICT),
            _CONTROL,
        ),
        "StreamAction",
        ("calling.call.stream",),
    ),
    Command("transfer", "calling.transfer", (R("dest", "str"),)),
    Command(
        "join_conference",
        "calling.join_conference",
        (
            R("name", "str"),
            O("muted", "bool"),
            O("beep", "str"),
            O("start_on_enter", "bool"),
            O("end_on_exit", "bool"),
            O("wait_url", "str"),
            O("max_participants", "int"),
            *(
                O(n, "str")
                for n in (
                    "record",
                    "region",
                    "trim",
                    "coach",
                    "status_callback",
                    "status_callback_event",
                    "status_callback_event_type",
                    "status_callback_method",
                    "recording_status_callback",
                    "recording_status_callback_event",
                    "recording_status_callback_event_type",
                    "recording_status_callback_method",
                )
            ),
            O("stream_obj", _DICT, "stream"),
        ),
        events=("calling.conference",),
    ),
    Command("leave_conference", "calling.leave_conference", (R("conference_id", "str"),)),
    Command("hold", "calling.hold", kwargs=False, events=("calling.call.hold",)),
    Command("unhold", "calling.unhold", kwargs=False, events=("calling.call.hold",)),
    Command("denoise", "calling.denoise", kwargs=False, events=("calling.call.denoise",)),
    Command("denoise_stop", "calling.denoise.stop", kwargs=False, events=("calling.call.denoise",)),
    Command(
        "transcribe",
        "calling.transcribe",
        (_CONTROL, O("status_url", "str")),
        "TranscribeAction",
        ("calling.call.transcribe",),
    ),
    Command(
        "echo",
        "calling.echo",
        (O("timeout", "float"), O("status_url", "str")),
        events=("calling.call.echo",),
    ),
    Command(
        "bind_digit",
        "calling.bind_digit",
        (
            R("digits", "str"),
            R("bind_method", "str"),
            O("bind_params", _DICT, "params"),
            O("realm", "str"),
            O("max_triggers", "int"),
        ),
    ),
    Command("clear_digit_bindings", "calling.clear_digit_bindings", (O("realm", "str"),)),
    Command("live_transcribe", "calling.live_transcribe", (R("action", _DICT),)),
    Command(
        "live_translate", "calling.live_translate", (R("action", _DICT), O("status_url", "str"))
    ),
    Command("join_room", "calling.join_room", (R("name", "str"), O("status_url", "str"))),
    Command("leave_room", "calling.leave_room"),
    Command(
        "ai",
        "calling.ai",
        (
            _CONTROL,
            O("agent", "str"),
            O("prompt", _DICT),
            O("post_prompt", _DICT),
            O("post_prompt_url", "str"),
            O("post_prompt_auth_user", "str"),
            O("post_prompt_auth_password", "str"),
            O("global_data", _DICT),
            O("pronounce", _MEDIA),
            O("hints", "list[str]"),
            O("languages", _MEDIA),
            O("SWAIG", _DICT),
            O("ai_params", _DICT, "params"),
        ),
        "AIAction",
        ("calling.call.ai",),
    ),
    Command(
        "amazon_bedrock",
        "calling.amazon_bedrock",
        (
            O("prompt", "Any"),
            O("SWAIG", _DICT),
            O("ai_params", _DICT, "params"),
            O("global_data", _DICT),
            O("post_prompt", _DICT),
            O("post_prompt_url", "str"),
        ),
    ),
    Command(
        "ai_message",
        "calling.ai_message",
        (O("message_text", "str"), O("role", "str"), O("reset", _DICT), O("global_data", _DICT)),
    ),
    Command("ai_hold", "calling.ai_hold", (O("timeout", "str"), O("prompt", "str"))),
    Command("ai_unhold", "calling.ai_unhold", (O("prompt", "str"),)),
    Command("user_event", "calling.user_event", (O("event", "str"),)),
    Command(
        "queue_enter",
        "calling.queue.enter",
        (R("queue_name", "str"), _CONTROL, O("status_url", "str")),
        events=("calling.call.queue",),
        control_id=True,
    ),
    Command(
        "queue_leave",
        "calling.queue.leave",
        (R("queue_name", "str"), _CONTROL, O("queue_id", "str"), O("status_url", "str")),
        events=("calling.call.queue",),
        control_id=True,
    ),
)
