"""`video.conference_tokens`: the tokens that let people join a video conference.

A conference has one token per role (e.g. moderator and guest); `scopes` says what its
holder may do. Tokens are secrets: `token` is left out of `repr()`.
"""

import attrs

from ..._models import Model

__all__ = ["VideoConferenceToken"]


@attrs.frozen(kw_only=True)
class VideoConferenceToken(Model):
    """A conference token (`/api/video/conference_tokens`)."""

    id: str
    """The token's uuid."""
    name: str | None = None
    """The token's label, e.g. `Moderator`."""
    token: str | None = attrs.field(default=None, repr=False)
    """The token itself (`vpt_...`)."""
    scopes: list[str] | None = None
    """What its holder may do, e.g. `room.self.audio_mute`."""
