"""Rows of `client.compat.recordings`: the account's recordings."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.compat.recordings import CompatRecording

from ...data import PROJECT
from .. import Row, compat_page

RECORDINGS = f"/api/laml/2010-04-01/Accounts/{PROJECT}/Recordings"
RECORDING_SID = "5d8c1e07-b3a4-4f92-86e1-c70f2a9b4d53"
RECORDING = f"{RECORDINGS}/{RECORDING_SID}"
CALL_SID = "a17f3c9e-2b58-4d6a-9e04-81c5d7f26b3e"

ANSWER: dict[str, Any] = {
    "sid": RECORDING_SID,
    "account_sid": PROJECT,
    "api_version": "2010-04-01",
    "call_sid": CALL_SID,
    "conference_sid": None,
    "channel": "2",
    "channels": "2",
    "date_created": "Thu, 19 Nov 2026 10:02:15 +0000",
    "date_updated": "Thu, 19 Nov 2026 10:05:48 +0000",
    "start_time": "Thu, 19 Nov 2026 10:02:15 +0000",
    "end_time": "Thu, 19 Nov 2026 10:05:47 +0000",
    "duration": 212,
    "price": "-0.0053",
    "price_unit": "USD",
    "source": "StartCallRecordingApi",
    "status": "completed",
    "error_code": None,
    "uri": RECORDING,
    "subresource_uris": {"transcriptions": f"{RECORDING}/Transcriptions"},
    "encryption_details": None,
    "trim": "do-not-trim",
}

ROWS = [
    Row(
        call="compat.recordings.list",
        kwargs={"PageSize": 20, "CallSid": CALL_SID},
        path=RECORDINGS,
        query={"PageSize": "20", "CallSid": CALL_SID},
        response=compat_page("recordings", [ANSWER], f"{RECORDINGS}?PageSize=20"),
        returns=CompatRecording,
        paged=True,
        items="recordings",
    ),
    Row(
        call="compat.recordings.get",
        args=(RECORDING_SID,),
        path=RECORDING,
        response=ANSWER,
        returns=CompatRecording,
    ),
    Row(
        call="compat.recordings.delete",
        args=(RECORDING_SID,),
        method="DELETE",
        path=RECORDING,
        status=204,
    ),
]
