"""RELAY, SignalWire's real-time API (call control and messaging over one WebSocket),
with the official client's names (`signalwire.relay`), on anyio: asyncio and trio.

    from signalwire_async.relay import RelayClient

    client = RelayClient(contexts=["office"])   # $SIGNALWIRE_PROJECT_ID, ..._API_TOKEN

    @client.on_call
    async def handle(event): ...

    client.run()                                # or: async with client: ...

Part 1 of RELAY support: the session (connect, resume, requests, events). `Call`,
`Message`, actions and the typed events follow.
"""

from ._client import CallHandler, MessageHandler, RelayClient
from ._errors import (
    RelayAuthenticationError,
    RelayClosedError,
    RelayConnectionError,
    RelayError,
    RelayQueueFullError,
    RelayRequestInDoubtError,
    RelaySessionLostError,
    RelayTimeoutError,
)
from ._events import RelayEvent
from .constants import (
    CALL_STATE_ANSWERED,
    CALL_STATE_CREATED,
    CALL_STATE_ENDED,
    CALL_STATE_ENDING,
    CALL_STATE_RINGING,
    EVENT_CALL_DIAL,
    EVENT_CALL_RECEIVE,
    EVENT_CALL_STATE,
    EVENT_MESSAGING_RECEIVE,
    EVENT_MESSAGING_STATE,
    MESSAGE_STATE_DELIVERED,
    MESSAGE_STATE_FAILED,
    MESSAGE_STATE_QUEUED,
    MESSAGE_STATE_RECEIVED,
    MESSAGE_STATE_SENT,
    MESSAGE_STATE_UNDELIVERED,
)

__all__ = [
    "CALL_STATE_ANSWERED",
    "CALL_STATE_CREATED",
    "CALL_STATE_ENDED",
    "CALL_STATE_ENDING",
    "CALL_STATE_RINGING",
    "EVENT_CALL_DIAL",
    "EVENT_CALL_RECEIVE",
    "EVENT_CALL_STATE",
    "EVENT_MESSAGING_RECEIVE",
    "EVENT_MESSAGING_STATE",
    "MESSAGE_STATE_DELIVERED",
    "MESSAGE_STATE_FAILED",
    "MESSAGE_STATE_QUEUED",
    "MESSAGE_STATE_RECEIVED",
    "MESSAGE_STATE_SENT",
    "MESSAGE_STATE_UNDELIVERED",
    "CallHandler",
    "MessageHandler",
    "RelayAuthenticationError",
    "RelayClient",
    "RelayClosedError",
    "RelayConnectionError",
    "RelayError",
    "RelayEvent",
    "RelayQueueFullError",
    "RelayRequestInDoubtError",
    "RelaySessionLostError",
    "RelayTimeoutError",
]
