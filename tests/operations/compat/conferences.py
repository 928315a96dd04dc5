"""Rows of `compat.conferences`: conferences, participants, recordings and streams."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.compat.conferences import (
    CompatConference,
    CompatConferenceParticipant,
    CompatConferenceRecording,
    CompatConferenceStream,
)

from ...data import PROJECT
from .. import Row, compat_page

_ACCOUNT = f"/api/laml/2010-04-01/Accounts/{PROJECT}"
_CONFERENCES = f"{_ACCOUNT}/Conferences"
_SID = "2c6e9f10-8b47-4d3a-b1e5-7f0a4c92d836"
_ONE = f"{_CONFERENCES}/{_SID}"
_PARTICIPANTS = f"{_ONE}/Participants"
_CALL = "a5d08e63-1f9c-4b27-8e4d-c3b6f2a7190e"
_PARTICIPANT_PATH = f"{_PARTICIPANTS}/{_CALL}"
_RECORDINGS = f"{_ONE}/Recordings"
_RECORDING_SID = "6e3b1a98-d24f-4c70-95a1-0f8d7e2c4b53"
_RECORDING_PATH = f"{_RECORDINGS}/{_RECORDING_SID}"
_STREAMS = f"{_ONE}/Streams"
_STREAM_SID = "d9f27c45-3e8a-4b16-a7d0-52c1e6b8f3a4"

_CONFERENCE: dict[str, Any] = {
    "sid": _SID,
    "account_sid": PROJECT,
    "date_created": "Thu, 20 Mar 2025 15:00:04 +0000",
    "date_updated": "Thu, 20 Mar 2025 15:02:37 +0000",
    "friendly_name": "weekly-standup",
    "status": "in-progress",
    "api_version": "2010-04-01",
    "region": "us1",
    "uri": _ONE,
    "subresource_uris": {"participants": _PARTICIPANTS, "recordings": _RECORDINGS},
}

_PARTICIPANT: dict[str, Any] = {
    "account_sid": PROJECT,
    "call_sid": _CALL,
    "call_sid_to_coach": None,
    "coaching": False,
    "conference_sid": _SID,
    "date_created": "Thu, 20 Mar 2025 15:00:04 +0000",
    "status": "in-progress",
    "date_updated": "Thu, 20 Mar 2025 15:00:04 +0000",
    "end_conference_on_exit": False,
    "muted": False,
    "hold": False,
    "start_conference_on_enter": True,
    "uri": _PARTICIPANT_PATH,
}


def _recording(status: str, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "sid": _RECORDING_SID,
        "account_sid": PROJECT,
        "api_version": "2010-04-01",
        "call_sid": None,
        "conference_sid": _SID,
        "channel": "1",
        "channels": "1",
        "date_created": "Thu, 20 Mar 2025 15:00:10 +0000",
        "date_updated": "Thu, 20 Mar 2025 15:30:10 +0000",
        "start_time": "Thu, 20 Mar 2025 15:00:10 +0000",
        "end_time": "Thu, 20 Mar 2025 15:30:10 +0000",
        "duration": 1800,
        "price": "-0.0025",
        "price_unit": "USD",
        "source": "StartConferenceRecording",
        "status": status,
        "error_code": None,
        "uri": _RECORDING_PATH,
        "subresource_uris": {
            "transcriptions": f"{_ACCOUNT}/Recordings/{_RECORDING_SID}/Transcriptions"
        },
        "encryption_details": None,
        "trim": "trim-silence",
    }
    data.update(changes)
    return data


def _stream(status: str) -> dict[str, Any]:
    return {
        "account_sid": PROJECT,
        "conference_sid": _SID,
        "date_updated": "Thu, 20 Mar 2025 15:05:42 +0000",
        "name": "minutes-bot",
        "sid": _STREAM_SID,
        "status": status,
        "uri": f"{_STREAMS}/{_STREAM_SID}",
    }


ROWS = [
    Row(
        call="compat.conferences.list",
        kwargs={"FriendlyName": "weekly-standup", "Status": "in-progress", "PageSize": 20},
        path=_CONFERENCES,
        query={"FriendlyName": "weekly-standup", "Status": "in-progress", "PageSize": "20"},
        response=compat_page(
            "conferences",
            [_CONFERENCE],
            f"{_CONFERENCES}?FriendlyName=weekly-standup&Status=in-progress&PageSize=20",
        ),
        returns=CompatConference,
        paged=True,
        items="conferences",
    ),
    Row(
        call="compat.conferences.get",
        args=(_SID,),
        path=_ONE,
        response=_CONFERENCE,
        returns=CompatConference,
    ),
    Row(
        call="compat.conferences.update",
        args=(_SID,),
        kwargs={"Status": "completed"},
        method="POST",
        path=_ONE,
        form=True,
        body={"Status": "completed"},
        response={
            **_CONFERENCE,
            "status": "completed",
            "date_updated": "Thu, 20 Mar 2025 15:31:02 +0000",
        },
        returns=CompatConference,
    ),
    Row(
        call="compat.conferences.list_participants",
        args=(_SID,),
        kwargs={"Muted": False, "PageSize": 20},
        path=_PARTICIPANTS,
        query={"Muted": "false", "PageSize": "20"},
        response=compat_page(
            "participants", [_PARTICIPANT], f"{_PARTICIPANTS}?Muted=false&PageSize=20"
        ),
        returns=CompatConferenceParticipant,
        paged=True,
        items="participants",
    ),
    Row(
        call="compat.conferences.get_participant",
        args=(_SID, _CALL),
        path=_PARTICIPANT_PATH,
        response=_PARTICIPANT,
        returns=CompatConferenceParticipant,
    ),
    Row(
        call="compat.conferences.remove_participant",
        args=(_SID, _CALL),
        method="DELETE",
        path=_PARTICIPANT_PATH,
        status=204,
    ),
    Row(
        call="compat.conferences.update_participant",
        args=(_SID, _CALL),
        kwargs={"Hold": True, "HoldUrl": "https://ivr.example.net/music/hold.mp3"},
        method="POST",
        path=_PARTICIPANT_PATH,
        form=True,
        body={"Hold": "true", "HoldUrl": "https://ivr.example.net/music/hold.mp3"},
        response={
            **_PARTICIPANT,
            "hold": True,
            "date_updated": "Thu, 20 Mar 2025 15:12:18 +0000",
        },
        returns=CompatConferenceParticipant,
    ),
    Row(
        call="compat.conferences.list_recordings",
        args=(_SID,),
        kwargs={"PageSize": 20},
        path=_RECORDINGS,
        query={"PageSize": "20"},
        response=compat_page("recordings", [_recording("completed")], f"{_RECORDINGS}?PageSize=20"),
        returns=CompatConferenceRecording,
        paged=True,
        items="recordings",
    ),
    Row(
        call="compat.conferences.delete_recording",
        args=(_SID, _RECORDING_SID),
        method="DELETE",
        path=_RECORDING_PATH,
        status=204,
    ),
    Row(
        call="compat.conferences.get_recording",
        args=(_SID, _RECORDING_SID),
        path=_RECORDING_PATH,
        response=_recording("completed"),
        returns=CompatConferenceRecording,
    ),
    Row(
        call="compat.conferences.update_recording",
        args=(_SID, _RECORDING_SID),
        kwargs={"Status": "stopped"},
        method="POST",
        path=_RECORDING_PATH,
        form=True,
        body={"Status": "stopped"},
        response=_recording(
            "stopped",
            date_updated="Thu, 20 Mar 2025 15:20:00 +0000",
            end_time="Thu, 20 Mar 2025 15:20:00 +0000",
            duration=1190,
            price=None,
        ),
        returns=CompatConferenceRecording,
    ),
    Row(
        call="compat.conferences.start_stream",
        args=(_SID,),
        kwargs={
            "Url": "wss://minutes.example.net/stream",
            "Name": "minutes-bot",
            "StreamCodec": "L16@16000h",
            "StreamRealTime": True,
        },
        method="POST",
        path=_STREAMS,
        form=True,
        body={
            "Url": "wss://minutes.example.net/stream",
            "Name": "minutes-bot",
            "StreamCodec": "L16@16000h",
            "StreamRealTime": "true",
        },
        response=_stream("in-progress"),
        returns=CompatConferenceStream,
    ),
    Row(
        call="compat.conferences.stop_stream",
        args=(_SID, _STREAM_SID),
        kwargs={"Status": "stopped"},
        method="POST",
        path=f"{_STREAMS}/{_STREAM_SID}",
        form=True,
        body={"Status": "stopped"},
        response=_stream("stopped"),
        returns=CompatConferenceStream,
    ),
]
