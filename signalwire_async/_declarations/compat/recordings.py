"""`client.compat.recordings`: the account's call and conference recordings."""

from __future__ import annotations

from .. import Op, Resource
from . import ACCOUNT

BASE = f"{ACCOUNT}/Recordings"
ONE = f"{BASE}/{{sid}}"

RESOURCE = Resource(
    "recordings",
    "CompatRecordings",
    "recordings of the account's calls and conferences",
    [
        Op(
            "list",
            "GET",
            BASE,
            "CompatRecording",
            "CompatRecordingListParams",
            paged=True,
            form=True,
            items="recordings",
            summary="every recording of the account",
        ),
        Op("get", "GET", ONE, "CompatRecording", form=True, summary="one recording"),
        Op("delete", "DELETE", ONE, None, form=True, summary="delete a recording"),
    ],
)
