"""`ai.chat`: text conversations with an AI agent over one JSON-RPC endpoint.

Every method answers with a JSON-RPC envelope: `jsonrpc`, the request's `id`, and either the
method's `result` or, still under HTTP 200, an `error` (read it: the client does not raise
on it). A conversation is named by an `id` the caller chooses, and its agent is the SWML
that `config_url` serves.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Mapping
from typing import Any, Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested, nested_list
from ..._options import ParamFields, RequestKeywords

__all__ = [
    "AiChatConversationCreated",
    "AiChatConversationParams",
    "AiChatConversationStatus",
    "AiChatCreateConversationParams",
    "AiChatCreateConversationResponse",
    "AiChatDeleteResponse",
    "AiChatEndConversationResponse",
    "AiChatError",
    "AiChatLogEntry",
    "AiChatLogResponse",
    "AiChatMessageParams",
    "AiChatReply",
    "AiChatReplyResponse",
    "AiChatRole",
    "AiChatSummarizeParams",
    "AiChatSummary",
    "AiChatSummaryResponse",
    "AiChatTranscript",
]

AiChatRole = Literal["user", "system"]
"""Who a message is from: a `system` message steers the agent unseen by the user."""


@attrs.frozen(kw_only=True)
class AiChatError(Model):
    """A JSON-RPC error: the method failed (the HTTP status is still 200)."""

    code: int | None = None
    """-32001 to -32007 (the method's own failures), or a JSON-RPC code (-326xx)."""
    message: str | None = None


@attrs.frozen(kw_only=True)
class _AiChatAnswer(Model):
    """The JSON-RPC envelope every method answers with."""

    id: str
    """The request's `id` (the client makes a fresh one per call)."""
    jsonrpc: str | None = None
    """`2.0`."""
    error: AiChatError | None = nested(AiChatError)  # noqa: RUF009 (an attrs field)
    """Set instead of `result` when the method failed."""


@attrs.frozen(kw_only=True)
class AiChatConversationCreated(Model):
    """`result` of `create_conversation`."""

    id: str
    """The conversation's id."""
    status: str | None = None
    """`created`, `reinitialized` (reset by `reinit`) or `exists` (left as it was)."""
    initial_message: str | None = None
    """The agent's greeting, when it speaks first."""


@attrs.frozen(kw_only=True)
class AiChatCreateConversationResponse(_AiChatAnswer):
    """The answer of `ai.chat.create_conversation()`."""

    result: AiChatConversationCreated | None = nested(AiChatConversationCreated)  # noqa: RUF009 (an attrs field)


@attrs.frozen(kw_only=True)
class AiChatReply(Model):
    """`result` of `chat`: one turn's answer."""

    response: str | None = None
    """The agent's reply (its greeting, when this call created the conversation)."""
    user_event: dict[str, Any] | None = None
    """What one of your tools raised for your application during the turn (`{"event":
    {...}}`, shaped by the tool), when it raised something."""


@attrs.frozen(kw_only=True)
class AiChatReplyResponse(_AiChatAnswer):
    """The answer of `ai.chat.chat()`."""

    result: AiChatReply | None = nested(AiChatReply)  # noqa: RUF009 (an attrs field)


@attrs.frozen(kw_only=True)
class AiChatConversationStatus(Model):
    """`result` of `end_conversation` and `delete`."""

    id: str
    """The conversation's id."""
    status: str | None = None
    """`ended` or `deleted`; `not_found` when no conversation has that id."""


@attrs.frozen(kw_only=True)
class AiChatEndConversationResponse(_AiChatAnswer):
    """The answer of `ai.chat.end_conversation()`."""

    result: AiChatConversationStatus | None = nested(AiChatConversationStatus)  # noqa: RUF009 (an attrs field)


@attrs.frozen(kw_only=True)
class AiChatDeleteResponse(_AiChatAnswer):
    """The answer of `ai.chat.delete()`."""

    result: AiChatConversationStatus | None = nested(AiChatConversationStatus)  # noqa: RUF009 (an attrs field)


@attrs.frozen(kw_only=True)
class AiChatLogEntry(Model):
    """One entry of a conversation's log."""

    role: str | None = None
    """`user`, `assistant`, `system`, ... (the log also holds entries that are not dialogue)."""
    content: str | None = None
    timestamp: int | None = None
    """Microseconds since the epoch."""
    tool_calls: list[dict[str, Any]] | None = None


@attrs.frozen(kw_only=True)
class AiChatTranscript(Model):
    """`result` of `chat_log`."""

    chat_log: list[AiChatLogEntry] | None = nested_list(AiChatLogEntry)  # noqa: RUF009 (an attrs field)
    """Every entry, in order."""
    call_timeline: list[dict[str, Any]] | None = None


@attrs.frozen(kw_only=True)
class AiChatLogResponse(_AiChatAnswer):
    """The answer of `ai.chat.chat_log()`."""

    result: AiChatTranscript | None = nested(AiChatTranscript)  # noqa: RUF009 (an attrs field)


@attrs.frozen(kw_only=True)
class AiChatSummary(Model):
    """`result` of `summarize`: the summary, or why there is none."""

    summary: str | None = None
    error: str | None = None
    """Why no summary was made (not a JSON-RPC error: it has no code)."""


@attrs.frozen(kw_only=True)
class AiChatSummaryResponse(_AiChatAnswer):
    """The answer of `ai.chat.summarize()`."""

    result: AiChatSummary | None = nested(AiChatSummary)  # noqa: RUF009 (an attrs field)


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...). `id` is the
# conversation's, chosen by the caller; the JSON-RPC request id is the client's.


class _AiChatCreateConversationFields(ParamFields):
    id: str
    """The conversation's id, of your choosing (unique in the project)."""
    config_url: str
    """A public URL that serves the agent's SWML."""
    user_message: NotRequired[str | None]
    """A first message from the user."""
    conversation_timeout: NotRequired[int | None]
    """Seconds idle before the conversation ends (default 3600)."""
    user_meta_data: NotRequired[Mapping[str, Any] | None]
    """Data about the user, passed on in the conversation's webhooks."""
    reinit: NotRequired[bool | None]
    """Reset an existing conversation, history and all (default false)."""


class AiChatCreateConversationParams(_AiChatCreateConversationFields, RequestKeywords):
    """`params` of `ai.chat.create_conversation()`."""


class _AiChatMessageFields(ParamFields):
    id: str
    """The conversation's id."""
    message: str
    role: NotRequired[AiChatRole | None]
    """Default `user`."""
    config_url: NotRequired[str | None]
    """The SWML of a conversation this call creates."""
    conversation_timeout: NotRequired[int | None]
    """Only when this call creates the conversation (default 3600)."""
    user_meta_data: NotRequired[Mapping[str, Any] | None]
    """Data about the user, passed on in the conversation's webhooks."""
    reinit: NotRequired[bool | None]
    """Only when this call creates the conversation (default false)."""


class AiChatMessageParams(_AiChatMessageFields, RequestKeywords):
    """`params` of `ai.chat.chat()`; `config_url` also creates the conversation if needed
    (then the agent does not greet first)."""


class _AiChatConversationFields(ParamFields):
    id: str
    """The conversation's id."""


class AiChatConversationParams(_AiChatConversationFields, RequestKeywords):
    """`params` of `ai.chat.end_conversation()`, `delete()` and `chat_log()`."""


class _AiChatSummarizeFields(ParamFields):
    id: str
    """The conversation's id."""
    summary_prompt: NotRequired[str | None]
    """How to summarize (instead of the SWML's `post_prompt`, for this call)."""
    temperature: NotRequired[float | None]
    """Default 0.3."""
    top_p: NotRequired[float | None]
    """Default 0.3."""
    frequency_penalty: NotRequired[float | None]
    """Default 1."""
    presence_penalty: NotRequired[float | None]
    """Default 1."""
    max_tokens: NotRequired[int | None]
    """Longest summary, in tokens (default 512)."""


class AiChatSummarizeParams(_AiChatSummarizeFields, RequestKeywords):
    """`params` of `ai.chat.summarize()`; the sampling fields tune this summary only."""
