"""The AI agent on a call, and the AI sidecar that listens beside it."""

from __future__ import annotations

from . import command
from .control import bare

OPS = [
    command("ai_hold", "calling.ai_hold", "CallingAiHoldParams", "put the AI conversation on hold"),
    command(
        "ai_unhold", "calling.ai_unhold", "CallingAiUnholdParams", "resume the AI conversation"
    ),
    command(
        "ai_message",
        "calling.ai_message",
        "CallingAiMessageParams",
        "add a message to the AI conversation",
    ),
    command("ai_stop", "calling.ai.stop", "CallingAiStopParams", "stop the AI agent"),
    command("ai_sidecar", "calling.ai_sidecar", "CallingAiSidecarParams", "start an AI sidecar"),
    command(
        "ai_sidecar_ask",
        "calling.ai_sidecar.ask",
        "CallingAiSidecarAskParams",
        "ask the AI sidecar a question",
    ),
    command(
        "ai_sidecar_poke",
        "calling.ai_sidecar.poke",
        "CallingAiSidecarPokeParams",
        "give the AI sidecar a message",
    ),
    bare("ai_sidecar_status", "calling.ai_sidecar.status", "the AI sidecar's activity counters"),
    bare("ai_sidecar_stop", "calling.ai_sidecar.stop", "stop the AI sidecar"),
]
