"""The `FunctionResult` actions that run a small SWML document (`send_sms`, `pay`, `tap`,
`join_conference`, the RPCs, ...), with the official SDK's defaults and checks."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:  # typing_extensions costs more to import than this package
    from typing_extensions import Self, Unpack

__all__ = ["ConferenceOptions", "SwmlActions"]

_SWML_VAR = re.compile(r"^[$%]\{.*\}$")
DEFAULT_PAY_RESPONSE = (
    "The payment status is ${pay_result}, do not mention anything else about collecting "
    "payment if successful."
)
# join_conference: each optional parameter and its default; one left at its default is not
# sent, and with all of them at their defaults the step is the bare conference name.
_CONFERENCE_DEFAULTS: Mapping[str, Any] = {
    "muted": False,
    "beep": "true",
    "start_on_enter": True,
    "end_on_exit": False,
    "wait_url": None,
    "max_participants": None,
    "record": "do-not-record",
    "region": None,
    "trim": "trim-silence",
    "coach": None,
    "status_callback_event": None,
    "status_callback": None,
    "status_callback_method": "POST",
    "recording_status_callback": None,
    "recording_status_callback_method": "POST",
    "recording_status_callback_event": "completed",
    "result": None,
}
_CONFERENCE_CHOICES: Mapping[str, tuple[str, ...]] = {
    "beep": ("true", "false", "onEnter", "onExit"),
    "record": ("do-not-record", "record-from-start"),
    "trim": ("trim-silence", "do-not-trim"),
    "status_callback_method": ("GET", "POST"),
    "recording_status_callback_method": ("GET", "POST"),
}


class ConferenceOptions(TypedDict, total=False):
    """The optional parameters of `FunctionResult.join_conference`."""

    muted: bool
    beep: Literal["true", "false", "onEnter", "onExit"]
    start_on_enter: bool
    end_on_exit: bool
    wait_url: str
    max_participants: int
    record: Literal["do-not-record", "record-from-start"]
    region: str
    trim: Literal["trim-silence", "do-not-trim"]
    coach: str
    status_callback_event: str
    status_callback: str
    status_callback_method: Literal["GET", "POST"]
    recording_status_callback: str
    recording_status_callback_method: Literal["GET", "POST"]
    recording_status_callback_event: str
    result: Any


def _swml(*steps: Mapping[str, Any]) -> dict[str, Any]:
    return {"version": "1.0.0", "sections": {"main": list(steps)}}


def _int_text(name: str, value: Any, minimum: int | None = None) -> str:
    """An integer as the pay verb's text (a SWML variable passes as is)."""
    if isinstance(value, str) and _SWML_VAR.match(value.strip()):
        return value.strip()
    number = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and value.strip().lstrip("-").isdigit():
        number = int(value.strip())
    if number is None or (minimum is not None and number < minimum):
        at_least = "" if minimum is None else f" of at least {minimum}"
        raise ValueError(f"{name} must be an integer{at_least}, got {value!r}")
    return str(number)


def _bool_text(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower()
    if isinstance(value, str) and _SWML_VAR.match(value.strip()):
        return value.strip()
    raise ValueError(f"{name} must be a boolean, got {value!r}")


def _only_set(**values: Any) -> dict[str, Any]:
    # As the official SDK: empty strings and lists are left out too.
    return {key: value for key, value in values.items() if value}


class SwmlActions:
    def execute_swml(self, swml_content: Any, transfer: bool = False) -> Self:
        raise NotImplementedError

    def send_sms(
        self,
        to_number: str,
        from_number: str,
        body: str | None = None,
        media: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        region: str | None = None,
    ) -> Self:
        """Send a text message (`body`, `media` or both)."""
        if not body and not media:
            raise ValueError("send_sms needs body or media")
        optional = _only_set(
            body=body, media=list(media or ()), tags=list(tags or ()), region=region
        )
        params = {"to_number": to_number, "from_number": from_number, **optional}
        return self.execute_swml(_swml({"send_sms": params}))

    def pay(
        self,
        payment_connector_url: str,
        input_method: str = "dtmf",
        status_url: str | None = None,
        payment_method: str = "credit-card",
        timeout: int = 5,
        max_attempts: int = 1,
        security_code: bool = True,
        postal_code: bool | str = True,
        min_postal_code_length: int = 0,
        token_type: str = "reusable",
        charge_amount: str | None = None,
        currency: str = "usd",
        language: str = "en-US",
        voice: str = "woman",
        description: str | None = None,
        valid_card_types: str = "visa mastercard amex",
        parameters: Sequence[Mapping[str, str]] | None = None,
        prompts: Sequence[Mapping[str, Any]] | None = None,
        ai_response: str | None = DEFAULT_PAY_RESPONSE,
    ) -> Self:
        """Collect a card payment through `payment_connector_url` (numbers and booleans are
        sent as text, as the pay verb takes them)."""
        params: dict[str, Any] = {
            "payment_connector_url": payment_connector_url,
            "input": input_method,
            "payment_method": payment_method,
            "timeout": _int_text("timeout", timeout),
            "max_attempts": _int_text("max_attempts", max_attempts),
            "security_code": _bool_text("security_code", security_code),
            "min_postal_code_length": _int_text("min_postal_code_length", min_postal_code_length),
            "token_type": token_type,
            "currency": currency,
            "language": language,
            "voice": voice,
            "valid_card_types": valid_card_types,
            "postal_code": _bool_text("postal_code", postal_code)
            if isinstance(postal_code, bool)
            else postal_code,
        }
        params |= _only_set(
            status_url=status_url,
            charge_amount=charge_amount,
            description=description,
            parameters=[dict(p) for p in parameters or ()],
            prompts=[dict(p) for p in prompts or ()],
        )
        return self.execute_swml(_swml({"set": {"ai_response": ai_response}}, {"pay": params}))

    def record_call(
        self,
        control_id: str | None = None,
        stereo: bool = False,
        format: Literal["wav", "mp3", "mp4"] = "wav",
        direction: Literal["speak", "listen", "both"] = "both",
        terminators: str | None = None,
        beep: bool = False,
        input_sensitivity: float = 44.0,
        initial_timeout: float | None = None,
        end_silence_timeout: float | None = None,
        max_length: float | None = None,
        status_url: str | None = None,
    ) -> Self:
        """Start recording the call in the background."""
        if format not in ("wav", "mp3", "mp4"):
            raise ValueError("format must be 'wav', 'mp3', or 'mp4'")
        if direction not in ("speak", "listen", "both"):
            raise ValueError("direction must be 'speak', 'listen', or 'both'")
        params: dict[str, Any] = {"stereo": stereo, "format": format, "direction": direction}
        params |= {"beep": beep, "input_sensitivity": input_sensitivity}
        params |= _only_set(control_id=control_id, terminators=terminators)
        timings = {
            "initial_timeout": initial_timeout,
            "end_silence_timeout": end_silence_timeout,
            "max_length": max_length,
        }
        params |= {key: value for key, value in timings.items() if value is not None}
        params |= _only_set(status_url=status_url)
        return self.execute_swml(_swml({"record_call": params}))

    def stop_record_call(self, control_id: str | None = None) -> Self:
        return self.execute_swml(_swml({"stop_record_call": _only_set(control_id=control_id)}))

    def join_room(self, name: str) -> Self:
        return self.execute_swml(_swml({"join_room": {"name": name}}))

    def sip_refer(self, to_uri: str) -> Self:
        return self.execute_swml(_swml({"sip_refer": {"to_uri": to_uri}}))

    def join_conference(self, name: str, **options: Unpack[ConferenceOptions]) -> Self:
        """Join the conference `name`; options as the SWML `join_conference` verb takes them
        (`muted`, `beep`, `record`, `max_participants`, `status_callback`, ...)."""
        given: dict[str, Any] = dict(options)
        unknown = sorted(given.keys() - _CONFERENCE_DEFAULTS.keys())
        if unknown:
            raise TypeError(f"join_conference() got unexpected options {unknown}")
        for key, choices in _CONFERENCE_CHOICES.items():
            if key in given and given[key] not in choices:
                raise ValueError(f"{key} must be one of {list(choices)}")
        if given.get("max_participants") is not None:
            given["max_participants"] = int(
                _int_text("max_participants", given["max_participants"], minimum=2)
            )
        if isinstance(name, str) and not name.strip():
            raise ValueError("name cannot be empty")
        changed = {
            key: value
            for key, value in given.items()
            if value != _CONFERENCE_DEFAULTS[key] and (value or value is False or key == "result")
        }
        step: str | dict[str, Any] = {"name": name, **changed} if changed else name
        return self.execute_swml(_swml({"join_conference": step}))

    def tap(
        self,
        uri: str,
        control_id: str | None = None,
        direction: Literal["speak", "listen", "both"] = "both",
        codec: Literal["PCMU", "PCMA"] = "PCMU",
        rtp_ptime: int = 20,
        status_url: str | None = None,
    ) -> Self:
        """Stream the call's media to `uri` (`rtp://`, `ws://`, `wss://`)."""
        if direction not in ("speak", "listen", "both"):
            raise ValueError("direction must be one of ['speak', 'listen', 'both']")
        if codec not in ("PCMU", "PCMA"):
            raise ValueError("codec must be one of ['PCMU', 'PCMA']")
        if rtp_ptime <= 0:
            raise ValueError("rtp_ptime must be a positive integer")
        params: dict[str, Any] = {"uri": uri, **_only_set(control_id=control_id)}
        params["direction"] = direction
        if codec != "PCMU":
            params["codec"] = codec
        if rtp_ptime != 20:
            params["rtp_ptime"] = rtp_ptime
        params |= _only_set(status_url=status_url)
        return self.execute_swml(_swml({"tap": params}))

    def stop_tap(self, control_id: str | None = None) -> Self:
        return self.execute_swml(_swml({"stop_tap": _only_set(control_id=control_id)}))

    # RPCs to this or another call.

    def execute_rpc(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        call_id: str | None = None,
        node_id: str | None = None,
    ) -> Self:
        rpc = {"method": method, **_only_set(call_id=call_id, node_id=node_id)}
        if params:
            rpc["params"] = dict(params)
        return self.execute_swml(_swml({"execute_rpc": rpc}))

    def rpc_dial(
        self, to_number: str, from_number: str, dest_swml: str, device_type: str = "phone"
    ) -> Self:
        """Dial out, running `dest_swml` on the new call."""
        device = {
            "type": device_type,
            "params": {"to_number": to_number, "from_number": from_number},
        }
        return self.execute_rpc("dial", {"devices": device, "dest_swml": dest_swml})

    def rpc_ai_message(
        self,
        call_id: str,
        message_text: str | None = None,
        role: str = "system",
        global_data: Mapping[str, Any] | None = None,
    ) -> Self:
        """Send a message (and/or global data) to the agent on another call."""
        params: dict[str, Any] = {}
        if message_text is not None:
            params |= {"role": role, "message_text": message_text}
        if global_data is not None:
            params["global_data"] = dict(global_data)
        if not params:
            raise ValueError("rpc_ai_message needs message_text, global_data, or both")
        return self.execute_rpc("ai_message", params, call_id=call_id)

    def rpc_ai_global_data(self, call_id: str, data: Mapping[str, Any]) -> Self:
        return self.rpc_ai_message(call_id, global_data=data)

    def rpc_ai_unhold(self, call_id: str) -> Self:
        return self.execute_rpc("ai_unhold", {}, call_id=call_id)

    # Pieces of `pay(prompts=..., parameters=...)`.

    @staticmethod
    def create_payment_prompt(
        for_situation: str,
        actions: Sequence[Mapping[str, str]],
        card_type: str | None = None,
        error_type: str | None = None,
    ) -> dict[str, Any]:
        prompt = {"for": for_situation, "actions": [dict(a) for a in actions]}
        return prompt | _only_set(card_type=card_type, error_type=error_type)

    @staticmethod
    def create_payment_action(action_type: str, phrase: str) -> dict[str, str]:
        return {"type": action_type, "phrase": phrase}

    @staticmethod
    def create_payment_parameter(name: str, value: str) -> dict[str, str]:
        return {"name": name, "value": value}
