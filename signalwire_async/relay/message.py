"""`Message`, where the official client has it (`signalwire.relay.message`)."""

from ._message import Message

__all__ = ["Message"]
