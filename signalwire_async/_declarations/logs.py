"""`client.logs`: logs of calls, messages, faxes, conferences and video sessions.

Each product keeps its logs under its own path (`/api/voice/logs`, `/api/fax/logs`, ...);
conferences are under `/api/logs/conferences`.
"""

from __future__ import annotations

from . import Namespace, Op, Resource

LIST = "LogListParams"


def _logs(base: str, model: str, noun: str) -> list[Op]:
    """List and get, the shape of most log resources."""
    return [
        Op("list", "GET", base, model, LIST, paged=True, summary=f"every {noun} log"),
        Op("get", "GET", f"{base}/{{id}}", model, summary=f"one {noun} log"),
    ]


NAMESPACE = Namespace(
    "logs",
    "Logs",
    "logs of calls, messages, faxes, conferences and video sessions",
    [
        Resource(
            "conferences",
            "ConferenceLogs",
            "logs of conferences (cXML, RELAY and video room sessions)",
            [
                Op(
                    "list",
                    "GET",
                    "/api/logs/conferences",
                    "ConferenceLog",
                    LIST,
                    paged=True,
                    summary="every conference log",
                ),
            ],
        ),
        Resource("fax", "FaxLogs", "logs of faxes", _logs("/api/fax/logs", "FaxLog", "fax")),
        Resource(
            "messages",
            "MessageLogs",
            "logs of SMS and MMS messages",
            _logs("/api/messaging/logs", "MessageLog", "message"),
        ),
        Resource(
            "video",
            "VideoLogs",
            "logs of video room sessions",
            _logs("/api/video/logs", "VideoLog", "video"),
        ),
        Resource(
            "voice",
            "VoiceLogs",
            "logs of calls and their events",
            [
                *_logs("/api/voice/logs", "VoiceLog", "voice"),
                Op(
                    "list_events",
                    "GET",
                    "/api/voice/logs/{id}/events",
                    "VoiceLogEventList",
                    summary="every event of a voice log, in one answer",
                ),
            ],
        ),
    ],
)
