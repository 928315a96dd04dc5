"""Rows of `client.ai.chat`: the JSON-RPC methods of `POST /api/ai/chat`.

Each body leaves out the request `id`, which the client makes fresh (`fresh=("id",)`); the
answers echo a request id of their own, as a mock would.
"""

from __future__ import annotations

from typing import Any

from signalwire_async.types.ai.chat import (
    AiChatCreateConversationResponse,
    AiChatDeleteResponse,
    AiChatEndConversationResponse,
    AiChatLogResponse,
    AiChatReplyResponse,
    AiChatSummaryResponse,
)

from .. import Row

CHAT = "/api/ai/chat"
CONVERSATION = "support-7f3a9c21"
REQUEST_ID = "6d0b8e54-1c7f-4a39-9e26-b84f1d5a0c73"
SWML = "https://agents.lakeside-outfitters.example/swml/returns-desk"


def row(method: str, params: dict[str, Any], result: dict[str, Any], returns: type[Any]) -> Row:
    return Row(
        call=f"ai.chat.{method}",
        kwargs=params,
        method="POST",
        path=CHAT,
        body={"jsonrpc": "2.0", "method": method, "params": params},
        response={"jsonrpc": "2.0", "id": REQUEST_ID, "result": result},
        returns=returns,
        fresh=("id",),
    )


ROWS = [
    row(
        "create_conversation",
        {
            "id": CONVERSATION,
            "config_url": SWML,
            "user_message": "Hi, I want to return a tent.",
            "conversation_timeout": 900,
            "user_meta_data": {"customer_id": "C-20931", "tier": "gold"},
            "reinit": False,
        },
        {
            "status": "created",
            "id": CONVERSATION,
            "initial_message": "Hello! I can help with returns. What's your order number?",
        },
        AiChatCreateConversationResponse,
    ),
    row(
        "chat",
        {
            "id": CONVERSATION,
            "message": "Order L-55812, the two-person dome tent.",
            "role": "user",
            "config_url": SWML,
            "conversation_timeout": 900,
            "user_meta_data": {"customer_id": "C-20931"},
            "reinit": False,
        },
        {
            "response": "Found it. I've started a return for the dome tent on order L-55812.",
            "user_event": {"event": {"type": "return_started", "order_id": "L-55812"}},
        },
        AiChatReplyResponse,
    ),
    row(
        "end_conversation",
        {"id": CONVERSATION},
        {"status": "ended", "id": CONVERSATION},
        AiChatEndConversationResponse,
    ),
    row(
        "delete",
        {"id": CONVERSATION},
        {"status": "deleted", "id": CONVERSATION},
        AiChatDeleteResponse,
    ),
    row(
        "chat_log",
        {"id": CONVERSATION},
        {
            "chat_log": [
                {"role": "system", "content": "You handle returns for Lakeside Outfitters."},
                {
                    "role": "user",
                    "content": "Order L-55812, the two-person dome tent.",
                    "timestamp": 1778511612004518,
                },
                {
                    "role": "assistant",
                    "content": "Found it. I've started a return for the dome tent.",
                    "timestamp": 1778511613871902,
                    "tool_calls": [
                        {
                            "id": "call_0193",
                            "type": "function",
                            "function": {
                                "name": "start_return",
                                "arguments": '{"order_id": "L-55812"}',
                            },
                        }
                    ],
                },
            ],
            "call_timeline": [{"type": "function_call", "name": "start_return"}],
        },
        AiChatLogResponse,
    ),
    row(
        "summarize",
        {
            "id": CONVERSATION,
            "summary_prompt": "One sentence: what did the customer return, and why?",
            "temperature": 0.2,
            "top_p": 0.5,
            "frequency_penalty": 0.8,
            "presence_penalty": 0.6,
            "max_tokens": 120,
        },
        {"summary": "The customer returned a two-person dome tent from order L-55812."},
        AiChatSummaryResponse,
    ),
]
