"""Operation rows of `video.conference_tokens`: a conference's join tokens."""

from __future__ import annotations

from signalwire_async.types.video.conference_tokens import VideoConferenceToken

from .. import Row
from ._data import GUEST_TOKEN, GUEST_TOKEN_ID, V

_ONE = f"{V}/conference_tokens/{GUEST_TOKEN_ID}"

ROWS = [
    Row(
        call="video.conference_tokens.get",
        args=(GUEST_TOKEN_ID,),
        path=_ONE,
        response=GUEST_TOKEN,
        returns=VideoConferenceToken,
    ),
    Row(
        call="video.conference_tokens.reset",
        args=(GUEST_TOKEN_ID,),
        method="POST",
        path=f"{_ONE}/reset",
        response={**GUEST_TOKEN, "token": "vpt_71f0c2a9d4e85b3a6c1f9e0d2b7a4c58"},
        returns=VideoConferenceToken,
    ),
]
