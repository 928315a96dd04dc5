"""`client.compat.calls`: voice calls, with the recordings and streams started on them."""

from __future__ import annotations

from .. import Op, Resource
from . import ACCOUNT

ALL = f"{ACCOUNT}/Calls"
ONE = f"{ALL}/{{sid}}"
RECORDINGS = f"{ALL}/{{call_sid}}/Recordings"
STREAMS = f"{ALL}/{{call_sid}}/Streams"
MODEL = "CompatCall"

RESOURCE = Resource(
    "calls",
    "CompatCalls",
    "voice calls: place, redirect, end, record and stream them",
    [
        Op(
            "list",
            "GET",
            ALL,
            MODEL,
            "CompatCallListParams",
            paged=True,
            form=True,
            items="calls",
            summary="every call of the account",
        ),
        Op(
            "create",
            "POST",
            ALL,
            MODEL,
            "CompatCallCreateParams",
            form=True,
            summary="place a call",
        ),
        Op("get", "GET", ONE, MODEL, form=True, summary="one call"),
        Op(
            "update",
            "POST",
            ONE,
            MODEL,
            "CompatCallUpdateParams",
            form=True,
            summary="redirect a live call to new cXML, or end it",
        ),
        Op("delete", "DELETE", ONE, None, form=True, summary="delete a finished call's record"),
        Op(
            "start_recording",
            "POST",
            RECORDINGS,
            "CompatCallRecording",
            "CompatCallRecordingCreateParams",
            form=True,
            summary="start recording a live call",
        ),
        Op(
            "update_recording",
            "POST",
            f"{RECORDINGS}/{{sid}}",
            "CompatCallRecording",
            "CompatCallRecordingUpdateParams",
            form=True,
            summary="pause, resume or stop a call's recording",
        ),
        Op(
            "start_stream",
            "POST",
            STREAMS,
            "CompatCallStream",
            "CompatCallStreamCreateParams",
            form=True,
            summary="stream a live call's audio to a WebSocket",
        ),
        Op(
            "stop_stream",
            "POST",
            f"{STREAMS}/{{sid}}",
            "CompatCallStream",
            "CompatCallStreamUpdateParams",
            form=True,
            summary="stop a call's media stream",
        ),
    ],
)
