"""`pubsub`: tokens that let browser or device clients use PubSub channels.

Tokens are secrets: their value is left out of `repr()`. `token` is required: an answer
without one is not a token.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Mapping
from typing import Any, TypedDict

import attrs
from typing_extensions import NotRequired

from .._models import Model
from .._options import RequestOptions


@attrs.frozen(kw_only=True)
class PubSubToken(Model):
    """A PubSub access token."""

    token: str = attrs.field(repr=False)
    """The token (a JWT) a client connects with."""


class PubSubChannelPermissions(TypedDict, total=False):
    """What a token may do on one channel; give `read`, `write` or both."""

    read: bool
    """Subscribe to the channel's messages."""
    write: bool
    """Publish to the channel."""


# Parameters follow `signalwire_async._spec_corrections` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class PubSubTokenCreateParams(RequestOptions):
    """Body of `pubsub.create_token()`."""

    ttl: int
    """Lifetime in minutes, 1 to 43200."""
    channels: Mapping[str, PubSubChannelPermissions]
    """Channel name -> permissions; 1 to 500 channels."""
    member_id: NotRequired[str]
    """The member's id on the channels (up to 250 characters; a random uuid if left out)."""
    state: NotRequired[Mapping[str, Any]]
    """Your own JSON data kept with the member (up to 2,000 characters)."""
