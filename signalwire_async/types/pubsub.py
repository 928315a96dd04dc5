"""`pubsub`: tokens that let browser or device clients use PubSub channels.

Tokens are secrets: their value is left out of `repr()`. `token` is required: an answer
without one is not a token. The shapes are Chat's too (`_tokens`).
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Mapping

import attrs

from .._options import ParamFields, RequestKeywords
from ._tokens import _AccessToken, _ChannelPermissions, _TokenCreateParams

__all__ = ["PubSubChannelPermissions", "PubSubToken", "PubSubTokenCreateParams"]


@attrs.frozen(kw_only=True)
class PubSubToken(_AccessToken):
    """A PubSub access token."""


class PubSubChannelPermissions(_ChannelPermissions, total=False):
    """What a token may do on one channel: `read` (subscribe), `write` (publish), or both."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _PubSubTokenCreateFields(ParamFields):
    channels: Mapping[str, PubSubChannelPermissions]
    """Channel name -> permissions; 1 to 500 channels."""


class PubSubTokenCreateParams(_PubSubTokenCreateFields, _TokenCreateParams, RequestKeywords):
    """Body of `pubsub.create_token()`."""
