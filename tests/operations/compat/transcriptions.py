"""Rows of `client.compat.transcriptions`: the text of the account's recordings."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.compat.transcriptions import CompatTranscription

from ...data import PROJECT
from .. import Row, compat_page

TRANSCRIPTIONS = f"/api/laml/2010-04-01/Accounts/{PROJECT}/Transcriptions"
TRANSCRIPTION_SID = "c04b9a6e-7f21-4d3c-b8e5-1a9d62f07e84"
TRANSCRIPTION = f"{TRANSCRIPTIONS}/{TRANSCRIPTION_SID}"
DAY = "Thu, 19 Nov 2026 00:00:00 +0000"

ANSWER: dict[str, Any] = {
    "sid": TRANSCRIPTION_SID,
    "account_sid": PROJECT,
    "api_version": "2010-04-01",
    "recording_sid": "5d8c1e07-b3a4-4f92-86e1-c70f2a9b4d53",
    "date_created": "Thu, 19 Nov 2026 10:06:02 +0000",
    "date_updated": "Thu, 19 Nov 2026 10:06:31 +0000",
    "duration": 212,
    "price": "-0.0500",
    "price_unit": "USD",
    "status": "completed",
    "transcription_text": "Hi, this is Dana from the clinic, calling to confirm Friday at nine.",
    "type": "",
    "uri": TRANSCRIPTION,
}

ROWS = [
    Row(
        call="compat.transcriptions.list",
        kwargs={"PageSize": 20, "DateCreated": DAY},
        path=TRANSCRIPTIONS,
        query={"PageSize": "20", "DateCreated": DAY},
        response=compat_page("transcriptions", [ANSWER], f"{TRANSCRIPTIONS}?PageSize=20"),
        returns=CompatTranscription,
        paged=True,
        items="transcriptions",
    ),
    Row(
        call="compat.transcriptions.get",
        args=(TRANSCRIPTION_SID,),
        path=TRANSCRIPTION,
        response=ANSWER,
        returns=CompatTranscription,
    ),
    Row(
        call="compat.transcriptions.delete",
        args=(TRANSCRIPTION_SID,),
        method="DELETE",
        path=TRANSCRIPTION,
        status=204,
    ),
]
