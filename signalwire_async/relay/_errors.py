"""RELAY's errors, in the package's `SignalWireError` family.

```
SignalWireError
└── RelayError(code, message)       as the official client: a non-2xx result code, a
    │                               JSON-RPC error, or code -1 for what failed locally
    ├── RelayTimeoutError               this request got no answer in time (only it fails)
    ├── RelayQueueFullError             too many requests waiting for a connection
    ├── RelayAuthenticationError        the server refused the login (signalwire.connect)
    ├── CallEndedError                  the call ended before the action finished
    └── RelayConnectionError            no connection: could not connect, or lost
        ├── RelayRequestInDoubtError        lost after the request was written: it may
        │                                   have reached the server
        ├── RelaySessionLostError           the session could not be resumed
        └── RelayClosedError                the client was closed (disconnect())
```

No error carries a token: messages name methods and codes, never frames.
"""

from __future__ import annotations

from typing import Any

from .._exceptions import SignalWireError

__all__ = [
    "CallEndedError",
    "RelayAuthenticationError",
    "RelayClosedError",
    "RelayConnectionError",
    "RelayError",
    "RelayQueueFullError",
    "RelayRequestInDoubtError",
    "RelaySessionLostError",
    "RelayTimeoutError",
]


class RelayError(SignalWireError):
    """A RELAY request failed: `code` (int; -1 for local failures) and `message`."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"RELAY error {self.code}: {self.message}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.code, self.message))


class RelayTimeoutError(RelayError):
    """The request's own deadline passed; the connection and other requests are unharmed.
    The request may still have reached the server."""


class RelayQueueFullError(RelayError):
    """More requests are waiting for a connection than the client queues (`queue_limit`)."""


class RelayAuthenticationError(RelayError):
    """The server refused `signalwire.connect` (credentials, or a refused resume)."""


class RelayConnectionError(RelayError):
    """There is no connection to send on, or it was lost."""


class RelayRequestInDoubtError(RelayConnectionError):
    """The connection was lost after the request was written and before its answer: it may
    or may not have been carried out. Not retried for you (a dial must not ring twice)."""


class RelaySessionLostError(RelayConnectionError):
    """The client reconnected but the server started a new session instead of resuming the
    old one: requests queued for the old session are failed, not sent."""


class RelayClosedError(RelayConnectionError):
    """The client was closed (`disconnect()`), or never connected."""


class CallEndedError(RelayError):
    """The call ended before the action (or the event waited for) finished: `wait()` raises
    it as soon as the call's `ended` state arrives, instead of waiting forever."""
