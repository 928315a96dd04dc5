"""`client.ai`: AI agents reached over HTTP. `client.ai.chat` talks to one by text.

`POST /api/ai/chat` is one JSON-RPC endpoint: the body names the method (`"method": "chat"`),
carries a fresh request `id` and the method's `params` (the method's keyword arguments).
Each JSON-RPC method is one Python method.
"""

from __future__ import annotations

from . import Namespace, Op, Resource

CHAT = "/api/ai/chat"


def rpc(name: str, returns: str, params: str, summary: str) -> Op:
    """One JSON-RPC method of the chat endpoint: `name(**params)` sends `"method": name`."""
    return Op(
        name,
        "POST",
        CHAT,
        returns,
        params,
        fixed=(("jsonrpc", "2.0"), ("method", name)),
        nest="params",
        fresh_id="id",
        summary=summary,
    )


NAMESPACE = Namespace(
    "ai",
    "Ai",
    "AI agents over HTTP",
    [
        Resource(
            "chat",
            "AiChat",
            "text conversations with an AI agent (JSON-RPC)",
            [
                rpc(
                    "create_conversation",
                    "AiChatCreateConversationResponse",
                    "AiChatCreateConversationParams",
                    "start a conversation with the agent that a SWML URL configures",
                ),
                rpc(
                    "chat",
                    "AiChatReplyResponse",
                    "AiChatMessageParams",
                    "send a message in a conversation and get the agent's reply",
                ),
                rpc(
                    "end_conversation",
                    "AiChatEndConversationResponse",
                    "AiChatConversationParams",
                    "end a conversation, which runs its post-processing",
                ),
                rpc(
                    "delete",
                    "AiChatDeleteResponse",
                    "AiChatConversationParams",
                    "delete a conversation, with no post-processing",
                ),
                rpc(
                    "chat_log",
                    "AiChatLogResponse",
                    "AiChatConversationParams",
                    "a conversation's messages so far",
                ),
                rpc(
                    "summarize",
                    "AiChatSummaryResponse",
                    "AiChatSummarizeParams",
                    "a summary of a conversation, written by the model",
                ),
            ],
        ),
    ],
)
