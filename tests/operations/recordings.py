"""Operation rows of `recordings`: call and conference recordings."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.recordings import Recording

from . import Row, page

_ID = "d7c2e9a4-1f56-4b38-9e0d-3a8b5c7f2e61"
_BASE = "/api/relay/rest/recordings"

_RECORDING: dict[str, Any] = {
    "id": _ID,
    "project_id": "4f2c8e1a-9b3d-4a76-b5e0-8d1c3f6a2e97",
    "created_at": "2025-05-19T14:22:08Z",
    "updated_at": "2025-05-19T14:25:41Z",
    "duration_in_seconds": 213,
    "error_code": None,
    "price": 0.0053,
    "price_unit": "USD",
    "status": "completed",
    "url": f"https://example.signalwire.com{_BASE}/{_ID}.mp3",
    "stereo": False,
    "byte_size": 852736,
    "track": "both",
    "relay_conference_id": None,
    "relay_pstn_leg_id": "5a9e1c7d-3b24-4f80-a6d2-9e4b7c1f3a58",
}
_CONFERENCE_RECORDING: dict[str, Any] = {
    "id": "0e6b3f92-7a1c-4d58-b4e9-2c7d5a8f1b30",
    "project_id": "4f2c8e1a-9b3d-4a76-b5e0-8d1c3f6a2e97",
    "created_at": "2025-05-20T09:00:12Z",
    "updated_at": "2025-05-20T09:47:30Z",
    "duration_in_seconds": 2838,
    "price": 0.0705,
    "price_unit": "USD",
    "status": "completed",
    "url": f"https://example.signalwire.com{_BASE}/0e6b3f92-7a1c-4d58-b4e9-2c7d5a8f1b30.mp3",
    "stereo": True,
    "track": "both",
    "relay_conference_id": "8c4a2e7f-5d19-4b63-a0e8-6f3b9d1c7a42",
}

ROWS = [
    Row(
        call="recordings.list",
        kwargs={"page_size": 20},
        path=_BASE,
        query={"page_size": "20"},
        response=page(
            [_RECORDING, _CONFERENCE_RECORDING],
            f"https://example.signalwire.com{_BASE}?page_size=20",
        ),
        returns=Recording,
        paged=True,
    ),
    Row(
        call="recordings.get",
        args=(_ID,),
        path=f"{_BASE}/{_ID}",
        response=_RECORDING,
        returns=Recording,
    ),
    Row(
        call="recordings.delete",
        args=(_ID,),
        method="DELETE",
        path=f"{_BASE}/{_ID}",
        status=204,
    ),
]
