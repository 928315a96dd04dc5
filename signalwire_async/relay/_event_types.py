"""The typed events: one attrs class per RELAY event type, with the official class names
and fields. Each field says where in the event's `params` it is read from (the first
source present wins); `params` keeps the whole payload, typed or not.

Collect results: the wire carries them at `params.result` = `{"type": ..., "params":
{"digits": ..., "terminator": ...}}` (as the official client parses it); the reference's
examples read `params["result"]["digits"]`, so the nested values are also copied up into
`result` (where absent), and `CollectEvent` offers `type`, `digits`, `terminator`, `text`
and `confidence` too. Fax results likewise: `params.fax.params.pages` on the wire (as the
SWML fax callbacks lay it out), also at `params.fax.pages`.
"""

# ruff: noqa: RUF009 (`source()` is an attrs field specifier: it returns attrs.field)
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from ._events import RelayEvent, source

__all__ = [
    "EVENT_CLASS_MAP",
    "AIEvent",
    "CallReceiveEvent",
    "CallStateEvent",
    "CallingErrorEvent",
    "CollectEvent",
    "ConferenceEvent",
    "ConnectEvent",
    "DenoiseEvent",
    "DetectEvent",
    "DialEvent",
    "EchoEvent",
    "FaxEvent",
    "HoldEvent",
    "MessageReceiveEvent",
    "MessageStateEvent",
    "PayEvent",
    "PlayEvent",
    "QueueEvent",
    "RecordEvent",
    "ReferEvent",
    "SendDigitsEvent",
    "StreamEvent",
    "TapEvent",
    "TranscribeEvent",
    "parse_event",
]


@attrs.frozen
class CallStateEvent(RelayEvent):
    call_state: str = source("call_state")
    end_reason: str = source("end_reason")
    direction: str = source("direction")
    device: dict[str, Any] = source("device", default={})


@attrs.frozen
class CallReceiveEvent(RelayEvent):
    call_state: str = source("call_state")
    direction: str = source("direction")
    device: dict[str, Any] = source("device", default={})
    node_id: str = source("node_id")
    project_id: str = source("project_id")
    context: str = source("context", "protocol")
    segment_id: str = source("segment_id")
    tag: str = source("tag")


@attrs.frozen
class PlayEvent(RelayEvent):
    control_id: str = source("control_id")
    state: str = source("state")


@attrs.frozen
class RecordEvent(RelayEvent):
    control_id: str = source("control_id")
    state: str = source("state")
    url: str = source("record.url", "url")
    duration: float = source("record.duration", "duration", default=0.0)
    size: int = source("record.size", "size", default=0)
    record: dict[str, Any] = source("record", default={})


@attrs.frozen
class CollectEvent(RelayEvent):
    _lift: ClassVar[tuple[str, ...]] = ("result",)
    control_id: str = source("control_id")
    state: str = source("state")
    result: dict[str, Any] = source("result", default={})
    final: bool | None = source("final", default=None)

    def _found(self, key: str) -> Any:
        inner = self.result.get("params")
        return inner.get(key) if isinstance(inner, Mapping) else None

    @property
    def type(self) -> str:
        """`digit`, `speech`, `no_input`, `no_match`, ... (`result.type` on the wire)."""
        return str(self.result.get("type") or "")

    @property
    def digits(self) -> str:
        return str(self._found("digits") or "")

    @property
    def terminator(self) -> str:
        return str(self._found("terminator") or "")

    @property
    def text(self) -> str:
        """What the caller said (`result.params.text`)."""
        return str(self._found("text") or "")

    speech = text

    @property
    def confidence(self) -> float:
        found = self._found("confidence")
        return float(found) if isinstance(found, (int, float)) else 0.0


@attrs.frozen
class ConnectEvent(RelayEvent):
    connect_state: str = source("connect_state")
    peer: dict[str, Any] = source("peer", default={})


@attrs.frozen
class DetectEvent(RelayEvent):
    control_id: str = source("control_id")
    detect: dict[str, Any] = source("detect", default={})
    state: str = source("state")


@attrs.frozen
class FaxEvent(RelayEvent):
    _lift: ClassVar[tuple[str, ...]] = ("fax",)
    control_id: str = source("control_id")
    fax: dict[str, Any] = source("fax", default={})
    state: str = source("state", "fax.state")


@attrs.frozen
class TapEvent(RelayEvent):
    control_id: str = source("control_id")
    state: str = source("state")
    tap: dict[str, Any] = source("tap", default={})
    device: dict[str, Any] = source("device", default={})


@attrs.frozen
class StreamEvent(RelayEvent):
    control_id: str = source("control_id")
    state: str = source("state")
    url: str = source("url")
    name: str = source("name")


@attrs.frozen
class SendDigitsEvent(RelayEvent):
    control_id: str = source("control_id")
    state: str = source("state")


@attrs.frozen
class DialEvent(RelayEvent):
    tag: str = source("tag")
    dial_state: str = source("dial_state")
    call: dict[str, Any] = source("call", default={})


@attrs.frozen
class ReferEvent(RelayEvent):
    state: str = source("state")
    sip_refer_to: str = source("sip_refer_to")
    sip_refer_response_code: str = source("sip_refer_response_code")
    sip_notify_response_code: str = source("sip_notify_response_code")


@attrs.frozen
class DenoiseEvent(RelayEvent):
    denoised: bool = source("denoised", default=False)


@attrs.frozen
class PayEvent(RelayEvent):
    control_id: str = source("control_id")
    state: str = source("state")


@attrs.frozen
class QueueEvent(RelayEvent):
    control_id: str = source("control_id")
    status: str = source("status")
    queue_id: str = source("id")
    queue_name: str = source("name")
    position: int = source("position", default=0)
    size: int = source("size", default=0)


@attrs.frozen
class EchoEvent(RelayEvent):
    state: str = source("state")


@attrs.frozen
class TranscribeEvent(RelayEvent):
    control_id: str = source("control_id")
    state: str = source("state")
    url: str = source("url")
    recording_id: str = source("recording_id")
    duration: float = source("duration", default=0.0)
    size: int = source("size", default=0)


@attrs.frozen
class AIEvent(RelayEvent):
    """`calling.call.ai`, an AI session's progress (`AIAction` follows it). An extension:
    the official client parses it as a plain `RelayEvent`."""

    control_id: str = source("control_id")
    state: str = source("state")


@attrs.frozen
class HoldEvent(RelayEvent):
    state: str = source("state")


@attrs.frozen
class ConferenceEvent(RelayEvent):
    conference_id: str = source("conference_id")
    name: str = source("name")
    status: str = source("status")


@attrs.frozen
class CallingErrorEvent(RelayEvent):
    code: str = source("code")
    message: str = source("message")


@attrs.frozen
class MessageReceiveEvent(RelayEvent):
    message_id: str = source("message_id")
    context: str = source("context")
    direction: str = source("direction")
    from_number: str = source("from_number")
    to_number: str = source("to_number")
    body: str = source("body")
    media: list[str] = source("media", default=[])
    segments: int = source("segments", default=0)
    message_state: str = source("message_state")
    tags: list[str] = source("tags", default=[])


@attrs.frozen
class MessageStateEvent(MessageReceiveEvent):
    reason: str = source("reason")


EVENT_CLASS_MAP: dict[str, type[RelayEvent]] = {
    "calling.call.state": CallStateEvent,
    "calling.call.receive": CallReceiveEvent,
    "calling.call.play": PlayEvent,
    "calling.call.record": RecordEvent,
    "calling.call.collect": CollectEvent,
    "calling.call.connect": ConnectEvent,
    "calling.call.detect": DetectEvent,
    "calling.call.fax": FaxEvent,
    "calling.call.tap": TapEvent,
    "calling.call.stream": StreamEvent,
    "calling.call.send_digits": SendDigitsEvent,
    "calling.call.dial": DialEvent,
    "calling.call.refer": ReferEvent,
    "calling.call.denoise": DenoiseEvent,
    "calling.call.pay": PayEvent,
    "calling.call.queue": QueueEvent,
    "calling.call.echo": EchoEvent,
    "calling.call.transcribe": TranscribeEvent,
    "calling.call.hold": HoldEvent,
    "calling.call.ai": AIEvent,
    "calling.conference": ConferenceEvent,
    "calling.error": CallingErrorEvent,
    "messaging.receive": MessageReceiveEvent,
    "messaging.state": MessageStateEvent,
}
EVENT_TYPE_OF = {cls: event_type for event_type, cls in EVENT_CLASS_MAP.items()}


def parse_event(payload: Mapping[str, Any]) -> RelayEvent:
    """The typed event of a `signalwire.event`'s params (`RelayEvent` for other types)."""
    cls = EVENT_CLASS_MAP.get(str(payload.get("event_type", "")), RelayEvent)
    return cls.from_payload(payload)
