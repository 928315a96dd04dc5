"""What the `chat` and `pubsub` tokens share: the token, a channel's permissions, the body.

Private: the public classes of `chat` and `pubsub` subclass these; each body adds its own
`channels` (typed with its own permissions).
Tokens are secrets: their value is left out of `repr()`.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Mapping
from typing import Any, TypedDict

import attrs
from typing_extensions import NotRequired

from .._models import Model
from .._options import ParamFields

__all__: list[str] = []  # nothing public: the public modules build on these


@attrs.frozen(kw_only=True)
class _AccessToken(Model):
    """An access token for browser or device clients."""

    token: str = attrs.field(repr=False)
    """The token (a JWT) a client connects with."""


class _ChannelPermissions(TypedDict, total=False):
    """What a token may do on one channel; give `read`, `write` or both."""

    read: bool
    """Receive the channel's messages."""
    write: bool
    """Send messages to the channel."""


class _TokenCreateParams(ParamFields):
    """Body of a `create_token()`, but for its `channels`."""

    ttl: int
    """Lifetime in minutes, 1 to 43200."""
    member_id: NotRequired[str | None]
    """The member's id on the channels (up to 250 characters; a random uuid if left out)."""
    state: NotRequired[Mapping[str, Any] | None]
    """Your own JSON data kept with the member (up to 2,000 characters)."""
