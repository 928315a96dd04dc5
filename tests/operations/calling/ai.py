"""Rows of `calling`: the AI agent on a call, and the AI sidecar."""

from __future__ import annotations

from ._legs import command_row

ROWS = [
    command_row(
        "ai_hold",
        "calling.ai_hold",
        {"timeout": "120", "prompt": "Tell the caller you will check the schedule."},
    ),
    command_row("ai_unhold", "calling.ai_unhold"),
    command_row(
        "ai_message",
        "calling.ai_message",
        {
            "role": "system",
            "message_text": "The caller is a returning patient; offer the Tuesday slots first.",
            "reset": {"user_prompt": "Help the caller book a cleaning."},
            "global_data": {"patient_id": "P-55012"},
        },
    ),
    command_row(
        "ai_stop", "calling.ai.stop", {"control_id": "0e4f6a8b-2c1d-4e3f-9a7b-5c6d8e0f1a2b"}
    ),
    command_row(
        "ai_sidecar",
        "calling.ai_sidecar",
        {
            "lang": "en-US",
            "prompt": "Watch for billing questions and suggest the right plan code.",
            "direction": ["remote-caller", "local-caller"],
            "customer_role": "remote-caller",
            "url": "https://hooks.example.com/sidecar/events",
            "permissions": {"swaig_allow_swml": False},
            "hints": ["copay", "deductible"],
            "params": {"idle_timeout_ms": 400, "final_summary": True, "speech_engine": "deepgram"},
            "action": {"summarize": {"webhook": "https://hooks.example.com/sidecar/summary"}},
        },
    ),
    command_row(
        "ai_sidecar_ask", "calling.ai_sidecar.ask", {"text": "Has the caller given a member id?"}
    ),
    command_row(
        "ai_sidecar_poke", "calling.ai_sidecar.poke", {"text": "The caller asked about refunds."}
    ),
    command_row("ai_sidecar_status", "calling.ai_sidecar.status"),
    command_row("ai_sidecar_stop", "calling.ai_sidecar.stop"),
]
