"""Answers shared by the rows of `registry`: one brand, its campaign, an order of numbers."""

from __future__ import annotations

from typing import Any

BASE = "/api/relay/rest/registry/beta"
HOST = "https://example.signalwire.com"

BRAND_ID = "de089156-b0b9-4c7f-86bf-cd2e28917faf"
CAMPAIGN_ID = "db378f7d-8b9d-4a8a-9733-669a66beb8b0"
ORDER_ID = "3d38d404-657c-4ae8-ab77-e92bb809ce8e"
ASSIGNMENT_ID = "59efd0d6-e4f1-488b-a59b-caa67640b221"
PHONE_NUMBER_ID = "8c5610fd-1b68-4eeb-b0f4-b7e1ef5b1c8e"

CAMPAIGN_FIELDS: dict[str, Any] = {
    "name": "Harbor Dental appointment reminders",
    "sms_use_case": "ACCOUNT_NOTIFICATION",
    "description": "Appointment reminders and rescheduling links sent to patients of Harbor "
    "Dental who gave their mobile number at the front desk.",
    "sample1": "Harbor Dental: your cleaning is booked for Tue 14 Oct at 9:30. Reply C to "
    "confirm or STOP to opt out.",
    "sample2": "Harbor Dental: reminder, Dr. Okafor sees you tomorrow at 15:00. Call "
    "(555) 010-4477 to change it.",
    "message_flow": "Patients opt in on the paper intake form at the reception desk, which "
    "names the reminders and the STOP keyword.",
    "opt_out_message": "Harbor Dental: you will get no more reminders. Reply START to resume.",
    "help_message": "Harbor Dental reminders. Call (555) 010-4477 or reply STOP to opt out.",
    "number_pooling_required": False,
    "direct_lending": False,
    "embedded_link": False,
    "embedded_phone": True,
    "age_gated_content": False,
    "lead_generation": False,
}

# The answer: as sent, plus what the API adds (`terms_and_conditions` is not echoed).
CAMPAIGN: dict[str, Any] = {
    "id": CAMPAIGN_ID,
    "state": "pending",
    **CAMPAIGN_FIELDS,
    "sub_use_cases": [],
    "opt_in_keywords": "START",
    "opt_out_keywords": "STOP",
    "help_keywords": "HELP",
    "status_callback_url": "https://hooks.harbordental.example/10dlc/campaigns",
    "created_at": "2025-04-02T13:20:41Z",
    "updated_at": "2025-04-02T13:20:41Z",
}

ORDER: dict[str, Any] = {
    "id": ORDER_ID,
    "state": "pending",
    "processed_at": None,
    "created_at": "2025-04-09T08:05:12Z",
    "updated_at": "2025-04-09T08:05:12Z",
    "status_callback_url": "https://hooks.harbordental.example/10dlc/orders",
}
