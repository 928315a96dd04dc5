"""Rows of `compat.calls`: calls, and the recordings and streams started on them."""

from __future__ import annotations

import datetime
from typing import Any

from signalwire_async.types.compat.calls import CompatCall, CompatCallRecording, CompatCallStream

from ...data import PROJECT
from .. import Row, compat_page

_ACCOUNT = f"/api/laml/2010-04-01/Accounts/{PROJECT}"
_CALLS = f"{_ACCOUNT}/Calls"
_SID = "4f1c8a27-b63e-4d90-a5f2-8e07c3d9b145"
_ONE = f"{_CALLS}/{_SID}"
_RECORDINGS = f"{_ONE}/Recordings"
_RECORDING_SID = "71d3e5b9-0c2a-4f86-b4e7-5a9c1d6f2e08"
_STREAMS = f"{_ONE}/Streams"
_STREAM_SID = "b8a60f34-2d7e-4c19-9f53-e1c4a7b0d962"

_CALL: dict[str, Any] = {
    "sid": _SID,
    "account_sid": PROJECT,
    "date_created": "Tue, 18 Mar 2025 14:22:09 +0000",
    "date_updated": "Tue, 18 Mar 2025 14:23:51 +0000",
    "parent_call_sid": None,
    "to": "+15125550187",
    "formatted_to": "(512) 555-0187",
    "to_formatted": "(512) 555-0187",
    "from": "+15125550142",
    "formatted_from": "(512) 555-0142",
    "from_formatted": "(512) 555-0142",
    "phone_number_sid": "c0e9a5d2-7b31-4f68-8d4a-3e6b2f1c9a70",
    "status": "completed",
    "start_time": "Tue, 18 Mar 2025 14:22:11 +0000",
    "end_time": "Tue, 18 Mar 2025 14:23:51 +0000",
    "duration": 100,
    "price": 0.0078,
    "price_unit": "USD",
    "direction": "outbound",
    "answered_by": "human",
    "api_version": "2010-04-01",
    "forwarded_from": None,
    "caller_name": None,
    "uri": _ONE,
    "subresource_uris": {"notifications": None, "recordings": _RECORDINGS},
    "annotation": None,
    "group_sid": None,
    "audio_in_mos": 4.3,
    "sip_result_code": "200",
    "audio_rtt_avg": 38,
    "audio_rtt_min": 21,
    "audio_rtt_max": 74,
    "audio_out_jitter_min": 0,
    "audio_out_jitter_max": 9,
    "audio_out_jitter_avg": 2,
    "audio_out_lost": 3,
}

_QUEUED: dict[str, Any] = {
    **_CALL,
    "date_updated": "Tue, 18 Mar 2025 14:22:09 +0000",
    "status": "queued",
    "start_time": None,
    "end_time": None,
    "duration": 0,
    "price": None,
    "answered_by": None,
    "audio_in_mos": None,
    "sip_result_code": None,
    "audio_rtt_avg": None,
    "audio_rtt_min": None,
    "audio_rtt_max": None,
    "audio_out_jitter_min": None,
    "audio_out_jitter_max": None,
    "audio_out_jitter_avg": None,
    "audio_out_lost": None,
}


def _recording(status: str) -> dict[str, Any]:
    return {
        "sid": _RECORDING_SID,
        "account_sid": PROJECT,
        "api_version": "2010-04-01",
        "call_sid": _SID,
        "conference_sid": None,
        "channel": "2",
        "channels": "2",
        "date_created": "Tue, 18 Mar 2025 14:22:30 +0000",
        "date_updated": "Tue, 18 Mar 2025 14:22:30 +0000",
        "start_time": "Tue, 18 Mar 2025 14:22:30 +0000",
        "end_time": None,
        "duration": 0,
        "price": None,
        "price_unit": "USD",
        "source": "StartCallRecordingApi",
        "status": status,
        "error_code": None,
        "uri": f"{_RECORDINGS}/{_RECORDING_SID}",
        "subresource_uris": {
            "transcriptions": f"{_ACCOUNT}/Recordings/{_RECORDING_SID}/Transcriptions"
        },
        "encryption_details": None,
        "trim": "do-not-trim",
    }


def _stream(status: str) -> dict[str, Any]:
    return {
        "sid": _STREAM_SID,
        "account_sid": PROJECT,
        "call_sid": _SID,
        "name": "agent-assist",
        "status": status,
        "date_updated": "Tue, 18 Mar 2025 14:22:40 +0000",
        "uri": f"{_STREAMS}/{_STREAM_SID}",
    }


_CREATE = {
    "To": "+15125550187",
    "From": "+15125550142",
    "Url": "https://ivr.example.net/voice/outbound",
    "StatusCallback": "https://ivr.example.net/voice/status",
    "StatusCallbackEvent": ["initiated", "answered", "completed"],
    "Timeout": 25,
    "Record": True,
}

ROWS = [
    Row(
        call="compat.calls.list",
        kwargs={"Status": "completed", "StartTime": datetime.date(2025, 3, 18), "PageSize": 20},
        path=_CALLS,
        query={"Status": "completed", "StartTime": "2025-03-18", "PageSize": "20"},
        response=compat_page(
            "calls", [_CALL], f"{_CALLS}?Status=completed&StartTime=2025-03-18&PageSize=20"
        ),
        returns=CompatCall,
        paged=True,
        items="calls",
    ),
    Row(
        call="compat.calls.create",
        kwargs=_CREATE,
        method="POST",
        path=_CALLS,
        form=True,
        body={
            **_CREATE,
            "Timeout": "25",
            "Record": "true",
        },
        response=_QUEUED,
        returns=CompatCall,
    ),
    Row(call="compat.calls.get", args=(_SID,), path=_ONE, response=_CALL, returns=CompatCall),
    Row(
        call="compat.calls.update",
        args=(_SID,),
        kwargs={"Url": "https://ivr.example.net/voice/hold", "Method": "GET"},
        method="POST",
        path=_ONE,
        form=True,
        body={"Url": "https://ivr.example.net/voice/hold", "Method": "GET"},
        response={**_CALL, "status": "in-progress", "end_time": None},
        returns=CompatCall,
    ),
    Row(call="compat.calls.delete", args=(_SID,), method="DELETE", path=_ONE, status=204),
    Row(
        call="compat.calls.start_recording",
        args=(_SID,),
        kwargs={"RecordingChannels": "dual", "RecordingTrack": "both"},
        method="POST",
        path=_RECORDINGS,
        form=True,
        body={"RecordingChannels": "dual", "RecordingTrack": "both"},
        response=_recording("in-progress"),
        returns=CompatCallRecording,
    ),
    Row(
        call="compat.calls.update_recording",
        args=(_SID, _RECORDING_SID),
        kwargs={"Status": "paused", "PauseBehavior": "skip"},
        method="POST",
        path=f"{_RECORDINGS}/{_RECORDING_SID}",
        form=True,
        body={"Status": "paused", "PauseBehavior": "skip"},
        response=_recording("paused"),
        returns=CompatCallRecording,
    ),
    Row(
        call="compat.calls.start_stream",
        args=(_SID,),
        kwargs={
            "Url": "wss://assist.example.net/media",
            "Name": "agent-assist",
            "Track": "inbound_track",
        },
        method="POST",
        path=_STREAMS,
        form=True,
        body={
            "Url": "wss://assist.example.net/media",
            "Name": "agent-assist",
            "Track": "inbound_track",
        },
        response=_stream("in-progress"),
        returns=CompatCallStream,
    ),
    Row(
        call="compat.calls.stop_stream",
        args=(_SID, _STREAM_SID),
        kwargs={"Status": "stopped"},
        method="POST",
        path=f"{_STREAMS}/{_STREAM_SID}",
        form=True,
        body={"Status": "stopped"},
        response=_stream("stopped"),
        returns=CompatCallStream,
    ),
]
