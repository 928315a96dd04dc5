"""`Call` and its action classes, where the official client has them
(`signalwire.relay.call`), so `from signalwire_async.relay.call import Call` works."""

from ._actions import Action
from ._call import Call
from ._call_methods import (
    AIAction,
    CollectAction,
    DetectAction,
    FaxAction,
    PayAction,
    PlayAction,
    RecordAction,
    StandaloneCollectAction,
    StreamAction,
    TapAction,
    TranscribeAction,
)

__all__ = [
    "AIAction",
    "Action",
    "Call",
    "CollectAction",
    "DetectAction",
    "FaxAction",
    "PayAction",
    "PlayAction",
    "RecordAction",
    "StandaloneCollectAction",
    "StreamAction",
    "TapAction",
    "TranscribeAction",
]
