"""Events as the client hands them on, and the one-shot waiters that `dial()` uses.

`RelayEvent` keeps the official fields (`event_type`, `params`, `call_id`, `timestamp`);
the typed event classes, `Call` and `Message` come with part 2 of RELAY support.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import anyio
import attrs
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

Predicate = Callable[["RelayEvent"], bool]
SEEN_EVENTS = 4096  # ids remembered to drop an event the server sends again after a resume


def source(*paths: str, default: Any = "") -> Any:
    """A typed event's field, read from the first of `paths` (dotted: nested) present in
    the event's params, converted to the type of `default` (a fresh copy for containers)."""
    if isinstance(default, (dict, list)):
        kind = type(default)
        return attrs.field(factory=kind, metadata={"from": paths})
    return attrs.field(default=default, metadata={"from": paths})


def _read(params: Mapping[str, Any], path: str) -> Any:
    value: Any = params
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _typed(field: attrs.Attribute[Any], params: Mapping[str, Any]) -> Any:
    for path in field.metadata.get("from", ()):
        value = _read(params, path)
        if value is None or value == "":
            continue
        default: Any = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            kind = default.factory
            return kind(value) if isinstance(value, (Mapping, list)) else kind()
        if isinstance(default, bool) or default is None:
            return bool(value)
        try:
            return type(default)(value)
        except (TypeError, ValueError):
            return default
    return NOTHING


NOTHING = object()


def _lifted(value: Any) -> Any:
    """A result object readable both ways: the wire nests its values (`{"type": "digit",
    "params": {"digits": "1"}}`), the reference's examples read them one level up
    (`result["digits"]`): the nested keys are copied up where absent, nothing removed."""
    if not isinstance(value, Mapping) or not isinstance(value.get("params"), Mapping):
        return value
    return {**value["params"], **value}


@attrs.frozen
class RelayEvent:
    """One `signalwire.event`: its type and its inner `params`, untouched."""

    event_type: str
    params: dict[str, Any]
    call_id: str = ""
    timestamp: float = 0.0
    # result objects whose nested values are also offered one level up (see `_lifted`)
    _lift: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> RelayEvent:
        inner = payload.get("params")
        inner = dict(inner) if isinstance(inner, Mapping) else {}
        for key in cls._lift:
            if key in inner:
                inner[key] = _lifted(inner[key])
        # The envelope carries the timestamp; older payloads put it inside.
        stamp = payload.get("timestamp", inner.get("timestamp", 0.0))
        typed = {}
        for field in attrs.fields(cls)[4:]:  # the typed fields of a subclass
            value = _typed(field, inner)
            if value is not NOTHING:
                typed[field.name] = value
        return cls(
            event_type=str(payload.get("event_type", "")),
            params=inner,
            call_id=str(inner.get("call_id", "")),
            timestamp=float(stamp) if isinstance(stamp, (int, float)) else 0.0,
            **typed,
        )


class Waiters:
    """Streams of the events matching a predicate, opened before the request that causes
    them is sent (so an early event is not missed)."""

    def __init__(self) -> None:
        self._open: dict[int, tuple[Predicate, MemoryObjectSendStream[RelayEvent]]] = {}
        self._receivers: dict[int, MemoryObjectReceiveStream[RelayEvent]] = {}
        self._seen: OrderedDict[Any, None] = OrderedDict()

    def first_time(self, ident: Any) -> bool:
        """False for an event id already handled (a redelivery after a resume)."""
        if ident is None:
            return True
        if ident in self._seen:
            return False
        self._seen[ident] = None
        if len(self._seen) > SEEN_EVENTS:
            self._seen.popitem(last=False)
        return True

    def open(
        self, predicate: Callable[[RelayEvent], bool]
    ) -> tuple[int, MemoryObjectReceiveStream[RelayEvent]]:
        send, receive = anyio.create_memory_object_stream[RelayEvent](math.inf)
        key = id(send)
        self._open[key] = (predicate, send)
        self._receivers[key] = receive
        return key, receive

    def close(self, key: int) -> None:
        entry = self._open.pop(key, None)
        if entry is not None:
            entry[1].close()
        receive = self._receivers.pop(key, None)
        if receive is not None:
            receive.close()

    def close_all(self) -> None:
        """End every waiter's stream: its reader sees the end (and closes it itself)."""
        for _, send in self._open.values():
            send.close()

    def offer(self, event: RelayEvent) -> None:
        for predicate, send in list(self._open.values()):
            if predicate(event):
                send.send_nowait(event)
