"""`client.compat.conferences`: conferences, their participants, recordings and streams."""

from __future__ import annotations

from .. import Op, Resource
from . import ACCOUNT

ALL = f"{ACCOUNT}/Conferences"
ONE = f"{ALL}/{{sid}}"
PARTICIPANTS = f"{ALL}/{{conference_sid}}/Participants"
PARTICIPANT = f"{PARTICIPANTS}/{{call_sid}}"
RECORDINGS = f"{ALL}/{{conference_sid}}/Recordings"
RECORDING = f"{RECORDINGS}/{{sid}}"
STREAMS = f"{ALL}/{{conference_sid}}/Streams"
MODEL = "CompatConference"
PARTICIPANT_MODEL = "CompatConferenceParticipant"
RECORDING_MODEL = "CompatConferenceRecording"
STREAM_MODEL = "CompatConferenceStream"

RESOURCE = Resource(
    "conferences",
    "CompatConferences",
    "conferences, their participants, recordings and streams",
    [
        Op(
            "list",
            "GET",
            ALL,
            MODEL,
            "CompatConferenceListParams",
            paged=True,
            form=True,
            items="conferences",
            summary="every conference of the account",
        ),
        Op("get", "GET", ONE, MODEL, form=True, summary="one conference"),
        Op(
            "update",
            "POST",
            ONE,
            MODEL,
            "CompatConferenceUpdateParams",
            form=True,
            summary="end a conference, or announce to everyone in it",
        ),
        Op(
            "list_participants",
            "GET",
            PARTICIPANTS,
            PARTICIPANT_MODEL,
            "CompatConferenceParticipantListParams",
            paged=True,
            form=True,
            items="participants",
            summary="the calls in a conference",
        ),
        Op(
            "get_participant",
            "GET",
            PARTICIPANT,
            PARTICIPANT_MODEL,
            form=True,
            summary="one participant, by its call",
        ),
        Op(
            "remove_participant",
            "DELETE",
            PARTICIPANT,
            None,
            form=True,
            summary="take a call out of a conference",
        ),
        Op(
            "update_participant",
            "POST",
            PARTICIPANT,
            PARTICIPANT_MODEL,
            "CompatConferenceParticipantUpdateParams",
            form=True,
            summary="mute, hold, coach or announce to a participant",
        ),
        Op(
            "list_recordings",
            "GET",
            RECORDINGS,
            RECORDING_MODEL,
            "CompatConferenceRecordingListParams",
            paged=True,
            form=True,
            items="recordings",
            summary="the recordings of a conference",
        ),
        Op(
            "delete_recording",
            "DELETE",
            RECORDING,
            None,
            form=True,
            summary="delete a conference recording",
        ),
        Op(
            "get_recording",
            "GET",
            RECORDING,
            RECORDING_MODEL,
            form=True,
            summary="one conference recording",
        ),
        Op(
            "update_recording",
            "POST",
            RECORDING,
            RECORDING_MODEL,
            "CompatConferenceRecordingUpdateParams",
            form=True,
            summary="pause, resume or stop a conference recording",
        ),
        Op(
            "start_stream",
            "POST",
            STREAMS,
            STREAM_MODEL,
            "CompatConferenceStreamCreateParams",
            form=True,
            summary="stream a conference's audio to a WebSocket",
        ),
        Op(
            "stop_stream",
            "POST",
            f"{STREAMS}/{{sid}}",
            STREAM_MODEL,
            "CompatConferenceStreamUpdateParams",
            form=True,
            summary="stop a conference's media stream",
        ),
    ],
)
