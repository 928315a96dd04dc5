"""`client.compat.transcriptions`: text transcriptions of the account's recordings."""

from __future__ import annotations

from .. import Op, Resource
from . import ACCOUNT

BASE = f"{ACCOUNT}/Transcriptions"
ONE = f"{BASE}/{{sid}}"

RESOURCE = Resource(
    "transcriptions",
    "CompatTranscriptions",
    "text transcriptions of the account's recordings",
    [
        Op(
            "list",
            "GET",
            BASE,
            "CompatTranscription",
            "CompatTranscriptionListParams",
            paged=True,
            form=True,
            items="transcriptions",
            summary="every transcription of the account",
        ),
        Op("get", "GET", ONE, "CompatTranscription", form=True, summary="one transcription"),
        Op("delete", "DELETE", ONE, None, form=True, summary="delete a transcription"),
    ],
)
