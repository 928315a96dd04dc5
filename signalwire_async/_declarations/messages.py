"""`client.messages`: SMS, MMS and WhatsApp messages (`/api/messaging/messages`)."""

from __future__ import annotations

from . import Op, Resource

BASE = "/api/messaging/messages"

NAMESPACE = Resource(
    "messages",
    "Messages",
    "outbound SMS, MMS and WhatsApp messages",
    [
        Op(
            "create",
            "POST",
            BASE,
            "Message",
            "MessageCreateParams",
            summary="send a message (SMS or MMS, WhatsApp content, or a WhatsApp template)",
        ),
        # The API accepts one change only: the body cleared (`""`), so the method sends it.
        Op(
            "update",
            "PATCH",
            f"{BASE}/{{message_id}}",
            "Message",
            "MessageUpdateParams",
            fixed=(("body", ""),),
            summary="redact a sent message (its body is cleared for good)",
        ),
    ],
)
