"""Operation rows of `lookup`: facts about a phone number (the number percent-encoded)."""

from __future__ import annotations

from signalwire_async.types.lookup import PhoneNumberLookup

from . import Row

ROWS = [
    Row(
        call="lookup.phone_number",
        args=("+14155550123",),
        kwargs={"include": "carrier,cnam"},
        path="/api/relay/rest/lookup/phone_number/%2B14155550123",
        query={"include": "carrier,cnam"},
        response={
            "country_code_number": 1,
            "national_number": "4155550123",
            "possible_number": True,
            "valid_number": True,
            "national_number_formatted": "(415) 555-0123",
            "international_number_formatted": "+1 415-555-0123",
            "e164": "+14155550123",
            "location": "San Francisco, CA",
            "country_code": "US",
            "timezones": ["America/Los_Angeles"],
            "number_type": "mobile",
            "carrier": {
                "lrn": "4155550000",
                "spid": "6529",
                "ocn": "6529",
                "lata": "722",
                "city": "SAN FRANCISCO",
                "state": "CA",
                "jurisdiction": "INDETERMINATE",
                "lec": "Example Wireless",
                "linetype": "wireless",
            },
            "cnam": {"caller_id": "JORDAN LEE"},
        },
        returns=PhoneNumberLookup,
    ),
]
