"""Operation rows of `fabric.ai_agents`: AI agents."""

from typing import Any

from signalwire_async.types.fabric.ai_agents import AiAgent

from .. import crud_rows

_BASE = "/api/fabric/resources/ai_agents"
_ID = "c1d7f3a2-4b8e-4f61-9a2d-7e5b0c3f8a14"
_PROJECT = "5e0b9a41-27c6-4d3f-b8e2-91a6f4c07d58"

_PROMPT = {
    "text": "You are Rosa, the receptionist of Harbor Dental. Book, move or cancel cleanings.",
    "temperature": 0.4,
    "top_p": 0.9,
}

_AGENT: dict[str, Any] = {
    "id": _ID,
    "project_id": _PROJECT,
    "display_name": "Harbor Dental Receptionist",
    "type": "ai_agent",
    "created_at": "2025-02-11T09:14:27Z",
    "updated_at": "2025-02-11T09:14:27Z",
    "ai_agent": {
        "agent_id": _ID,
        "name": "Harbor Dental Receptionist",
        "prompt": {**_PROMPT, "max_tokens": 256, "confidence": 0.6},
        "post_prompt": {"text": "Summarize the appointment that was booked, if any."},
        "post_prompt_url": "https://hooks.harbordental.example/ai/summary",
        "global_data": {"office_hours": "Mon-Fri 8am-5pm", "clinic": "Harbor Dental"},
        "hints": [
            "Harbor Dental",
            {"hint": "hygienist", "pattern": "hi genist", "replace": "hygienist"},
        ],
        "languages": [
            {
                "name": "English",
                "code": "en-US",
                "voice": "elevenlabs.rachel",
                "engine": "elevenlabs",
                "function_fillers": ["one moment", "let me look"],
            },
            {"name": "Spanish", "code": ["es-ES", "es-MX"], "voice": "gcloud.es-ES-Neural2-A"},
        ],
        "params": {"end_of_speech_timeout": 700, "attention_timeout": 15000},
        "pronounce": [{"replace": "DDS", "with": "doctor of dental surgery", "ignore_case": False}],
        "SWAIG": {
            "defaults": {"web_hook_url": "https://hooks.harbordental.example/swaig"},
            "native_functions": ["check_time"],
            "functions": [
                {
                    "function": "book_cleaning",
                    "description": "Book a cleaning appointment",
                    "parameters": {
                        "type": "object",
                        "properties": {"date": {"type": "string"}},
                    },
                }
            ],
        },
    },
}

_ADDRESS = {
    "id": "0a7e4c19-63d2-4b5f-8e91-d2c4b6a8f031",
    "name": "harbor-dental-receptionist",
    "display_name": "Harbor Dental Receptionist",
    "type": "app",
    "cover_url": "https://cdn.harbordental.example/cover.png",
    "preview_url": "https://cdn.harbordental.example/preview.png",
    "locked": False,
    "channels": {"audio": "/public/harbor-dental-receptionist?channel=audio"},
    "created_at": "2025-02-11T09:14:28Z",
}

_CREATE = {
    "name": "Harbor Dental Receptionist",
    "prompt": _PROMPT,
    "languages": [{"name": "English", "code": "en-US", "voice": "elevenlabs.rachel"}],
    "hints": ["Harbor Dental"],
    "pronounce": [{"replace": "DDS", "with": "doctor of dental surgery"}],
    "params": {"end_of_speech_timeout": 700},
}
_UPDATE = {
    "name": "Harbor Dental Front Desk",
    "post_prompt_url": "https://hooks.harbordental.example/ai/summary-v2",
}
_UPDATED = {
    **_AGENT,
    "display_name": "Harbor Dental Front Desk",
    "updated_at": "2025-02-12T16:02:10Z",
    "ai_agent": {**_AGENT["ai_agent"], **_UPDATE},
}

ROWS = [
    *crud_rows(
        "fabric.ai_agents",
        _BASE,
        _ID,
        AiAgent,
        _AGENT,
        create=_CREATE,
        created_status=201,
        update="PATCH",
        changes=_UPDATE,
        updated=_UPDATED,
        address=_ADDRESS,
    ),
]
