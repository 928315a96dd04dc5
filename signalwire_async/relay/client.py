"""`RelayClient` and `RelayError`, where the official client has them
(`signalwire.relay.client`: its docs import `RelayError` from here)."""

from ._client import RelayClient
from ._errors import RelayError

__all__ = ["RelayClient", "RelayError"]
