from typing import Any

from signalwire_async.types.fabric.addresses import FabricAddress
from signalwire_async.types.fabric.ai_agents import AiAgent

from .. import Row

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

ROWS = [
    Row(
        call="fabric.ai_agents.list",
        kwargs={"page_size": 20},
        method="GET",
        path=_BASE,
        query={"page_size": "20"},
        response={
            "data": [_AGENT],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources/ai_agents?page_size=20",
                "first": "https://example.signalwire.com/api/fabric/resources/ai_agents?page_size=20",
            },
        },
        returns=AiAgent,
        paged=True,
    ),
    Row(
        call="fabric.ai_agents.create",
        kwargs={
            "name": "Harbor Dental Receptionist",
            "prompt": _PROMPT,
            "languages": [{"name": "English", "code": "en-US", "voice": "elevenlabs.rachel"}],
            "hints": ["Harbor Dental"],
            "pronounce": [{"replace": "DDS", "with": "doctor of dental surgery"}],
            "params": {"end_of_speech_timeout": 700},
        },
        method="POST",
        path=_BASE,
        body={
            "name": "Harbor Dental Receptionist",
            "prompt": _PROMPT,
            "languages": [{"name": "English", "code": "en-US", "voice": "elevenlabs.rachel"}],
            "hints": ["Harbor Dental"],
            "pronounce": [{"replace": "DDS", "with": "doctor of dental surgery"}],
            "params": {"end_of_speech_timeout": 700},
        },
        status=201,
        response=_AGENT,
        returns=AiAgent,
    ),
    Row(
        call="fabric.ai_agents.get",
        args=(_ID,),
        method="GET",
        path=f"{_BASE}/{_ID}",
        response=_AGENT,
        returns=AiAgent,
    ),
    Row(
        call="fabric.ai_agents.update",
        args=(_ID,),
        kwargs={
            "name": "Harbor Dental Front Desk",
            "post_prompt_url": "https://hooks.harbordental.example/ai/summary-v2",
        },
        method="PATCH",
        path=f"{_BASE}/{_ID}",
        body={
            "name": "Harbor Dental Front Desk",
            "post_prompt_url": "https://hooks.harbordental.example/ai/summary-v2",
        },
        response={
            **_AGENT,
            "display_name": "Harbor Dental Front Desk",
            "updated_at": "2025-02-12T16:02:10Z",
            "ai_agent": {
                **_AGENT["ai_agent"],
                "name": "Harbor Dental Front Desk",
                "post_prompt_url": "https://hooks.harbordental.example/ai/summary-v2",
            },
        },
        returns=AiAgent,
    ),
    Row(
        call="fabric.ai_agents.delete",
        args=(_ID,),
        method="DELETE",
        path=f"{_BASE}/{_ID}",
        status=204,
    ),
    Row(
        call="fabric.ai_agents.list_addresses",
        args=(_ID,),
        kwargs={"page_size": 10},
        method="GET",
        path=f"{_BASE}/{_ID}/addresses",
        query={"page_size": "10"},
        response={
            "data": [_ADDRESS],
            "links": {
                "self": f"https://example.signalwire.com{_BASE}/{_ID}/addresses?page_size=10",
                "first": f"https://example.signalwire.com{_BASE}/{_ID}/addresses?page_size=10",
            },
        },
        returns=FabricAddress,
        paged=True,
    ),
]
