"""`chat`: tokens that let browser or device clients use Chat channels.

Tokens are secrets: their value is left out of `repr()`. `token` is required: an answer
without one is not a token. The shapes are PubSub's too (`_tokens`).
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Mapping

import attrs

from .._options import ParamFields, RequestKeywords
from ._tokens import _AccessToken, _ChannelPermissions, _TokenCreateParams

__all__ = ["ChatChannelPermissions", "ChatToken", "ChatTokenCreateParams"]


@attrs.frozen(kw_only=True)
class ChatToken(_AccessToken):
    """A Chat access token."""


class ChatChannelPermissions(_ChannelPermissions, total=False):
    """What a token may do on one channel: `read` its messages, `write` (send) to it, or both."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _ChatTokenCreateFields(ParamFields):
    channels: Mapping[str, ChatChannelPermissions]
    """Channel name -> permissions; 1 to 500 channels, no name starting with `sw_`."""


class ChatTokenCreateParams(_ChatTokenCreateFields, _TokenCreateParams, RequestKeywords):
    """Body of `chat.create_token()`."""
