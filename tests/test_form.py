"""Compatibility API values: booleans, dates and lists as that API reads them."""

from __future__ import annotations

import datetime
from urllib.parse import urlencode

from signalwire_async._form import form_fields


def test_booleans_dates_and_lists_become_the_api_s_strings() -> None:
    fields = form_fields(
        {
            "Record": True,
            "Trim": False,
            "StartTime": datetime.date(2024, 5, 6),
            "EndTime": datetime.datetime(2024, 5, 6, 12, 30, tzinfo=datetime.timezone.utc),
            "MediaUrl": ["https://a.example/1.png", "https://a.example/2.png"],
            "StatusCallbackEvent": ("initiated", "completed"),
            "Timeout": 30,
            "Body": "hi",
        }
    )
    assert fields == {
        "Record": "true",
        "Trim": "false",
        "StartTime": "2024-05-06",
        "EndTime": "2024-05-06T12:30:00+00:00",
        "MediaUrl": ["https://a.example/1.png", "https://a.example/2.png"],
        "StatusCallbackEvent": ["initiated", "completed"],
        "Timeout": 30,
        "Body": "hi",
    }
    # A list repeats its field on the wire, in order.
    assert urlencode({"MediaUrl": fields["MediaUrl"]}, doseq=True) == (
        "MediaUrl=https%3A%2F%2Fa.example%2F1.png&MediaUrl=https%3A%2F%2Fa.example%2F2.png"
    )


def test_a_list_of_dates_or_booleans_is_converted_item_by_item() -> None:
    assert form_fields({"X": [True, datetime.date(2024, 1, 2)]}) == {"X": ["true", "2024-01-02"]}
