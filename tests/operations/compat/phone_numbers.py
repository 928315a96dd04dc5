"""Rows of `compat.phone_numbers`: the account's numbers, number search, purchase, import."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.compat.phone_numbers import (
    CompatAvailableCountry,
    CompatAvailableCountryList,
    CompatAvailablePhoneNumberList,
    CompatIncomingPhoneNumber,
)

from ...data import PROJECT
from .. import Row, compat_page

_ACCOUNT = f"/api/laml/2010-04-01/Accounts/{PROJECT}"
_INCOMING = f"{_ACCOUNT}/IncomingPhoneNumbers"
_SID = "9c3e7a41-2b6d-4f58-8e0a-5d1f6c2b7a93"
_ONE = f"{_INCOMING}/{_SID}"
_AVAILABLE = f"{_ACCOUNT}/AvailablePhoneNumbers"

_NUMBER: dict[str, Any] = {
    "account_id": PROJECT,
    "account_sid": PROJECT,
    "address_requirements": "none",
    "address_sid": None,
    "api_version": "2010-04-01",
    "beta": False,
    "capabilities": {"voice": True, "sms": True, "mms": True, "fax": False},
    "country_code": "US",
    "date_created": "Tue, 14 Jan 2025 17:22:05 +0000",
    "date_updated": "Tue, 14 Jan 2025 17:22:05 +0000",
    "emergency_address_sid": None,
    "emergency_status": "Inactive",
    "friendly_name": "Denver front desk",
    "identity_sid": None,
    "origin": "signalwire",
    "phone_number": "+17205550163",
    "sid": _SID,
    "sms_application_sid": None,
    "sms_fallback_method": "POST",
    "sms_fallback_url": None,
    "sms_method": "POST",
    "sms_url": "https://frontdesk.example.org/sms",
    "status_callback": None,
    "status_callback_method": "POST",
    "trunk_sid": None,
    "uri": _ONE,
    "verification_status": "verified",
    "voice_application_sid": None,
    "voice_caller_id_lookup": False,
    "voice_fallback_method": "POST",
    "voice_fallback_url": None,
    "voice_method": "POST",
    "voice_url": "https://frontdesk.example.org/voice",
}


def _country(code: str, name: str) -> dict[str, Any]:
    uri = f"{_AVAILABLE}/{code}"
    return {
        "country_code": code,
        "country": name,
        "uri": uri,
        "beta": False,
        "subresource_uris": {"local": f"{uri}/Local", "toll_free": f"{uri}/TollFree"},
    }


def _available(number: str, region: str | None, locality: str | None) -> dict[str, Any]:
    return {
        "friendly_name": f"({number[2:5]}) {number[5:8]}-{number[8:]}",
        "phone_number": number,
        "lata": "656" if region else None,
        "locality": locality,
        "rate_center": locality.upper() if locality else None,
        "latitude": "39.7392" if region else None,
        "longitude": "-104.9903" if region else None,
        "region": region,
        "postal_code": "80202" if region else None,
        "iso_country": "US",
        "capabilities": {"voice": True, "SMS": True, "MMS": region is not None},
        "beta": False,
    }


_LOCAL = _available("+13035550187", "CO", "Denver")
_TOLL_FREE = _available("+18885550119", None, None)

ROWS = [
    Row(
        call="compat.phone_numbers.list",
        kwargs={"PageSize": 20, "FriendlyName": "Denver front desk"},
        path=_INCOMING,
        query={"PageSize": "20", "FriendlyName": "Denver front desk"},
        response=compat_page(
            "incoming_phone_numbers", [_NUMBER], f"{_INCOMING}?PageSize=20&Page=0"
        ),
        returns=CompatIncomingPhoneNumber,
        paged=True,
        items="incoming_phone_numbers",
    ),
    Row(
        call="compat.phone_numbers.get",
        args=(_SID,),
        path=_ONE,
        response=_NUMBER,
        returns=CompatIncomingPhoneNumber,
    ),
    Row(
        call="compat.phone_numbers.update",
        args=(_SID,),
        kwargs={
            "FriendlyName": "Denver after hours",
            "VoiceUrl": "https://frontdesk.example.org/after-hours",
            "VoiceMethod": "GET",
        },
        method="POST",
        path=_ONE,
        form=True,
        body={
            "FriendlyName": "Denver after hours",
            "VoiceUrl": "https://frontdesk.example.org/after-hours",
            "VoiceMethod": "GET",
        },
        response={
            **_NUMBER,
            "friendly_name": "Denver after hours",
            "voice_url": "https://frontdesk.example.org/after-hours",
            "voice_method": "GET",
            "date_updated": "Wed, 05 Mar 2025 09:41:30 +0000",
        },
        returns=CompatIncomingPhoneNumber,
    ),
    Row(call="compat.phone_numbers.delete", args=(_SID,), method="DELETE", path=_ONE, status=204),
    Row(
        call="compat.phone_numbers.list_available_countries",
        path=_AVAILABLE,
        response={
            "uri": _AVAILABLE,
            "countries": [_country("US", "United States"), _country("CA", "Canada")],
        },
        returns=CompatAvailableCountryList,
    ),
    Row(
        call="compat.phone_numbers.get_available_country",
        args=("CA",),
        path=f"{_AVAILABLE}/CA",
        response=_country("CA", "Canada"),
        returns=CompatAvailableCountry,
    ),
    Row(
        call="compat.phone_numbers.search_local",
        args=("US",),
        kwargs={"AreaCode": "303", "Contains": "555", "Beta": False},
        path=f"{_AVAILABLE}/US/Local",
        query={"AreaCode": "303", "Contains": "555", "Beta": "false"},
        response={"uri": f"{_AVAILABLE}/US/Local", "available_phone_numbers": [_LOCAL]},
        returns=CompatAvailablePhoneNumberList,
    ),
    Row(
        call="compat.phone_numbers.search_toll_free",
        args=("US",),
        kwargs={"Contains": "888", "VoiceEnabled": True},
        path=f"{_AVAILABLE}/US/TollFree",
        query={"Contains": "888", "VoiceEnabled": "true"},
        response={"uri": f"{_AVAILABLE}/US/TollFree", "available_phone_numbers": [_TOLL_FREE]},
        returns=CompatAvailablePhoneNumberList,
    ),
    Row(
        call="compat.phone_numbers.import_number",
        kwargs={
            "number": "+17205550194",
            "number_type": "longcode",
            "capabilities": ["voice", "sms"],
        },
        method="POST",
        path=f"{_ACCOUNT}/ImportedPhoneNumbers",
        form=True,
        body={
            "number": "+17205550194",
            "number_type": "longcode",
            "capabilities": ["voice", "sms"],
        },
        status=201,
        response={
            **_NUMBER,
            "sid": "e4a0b6c1-7d93-4f2e-a85b-1c6f3d9e2b70",
            "uri": f"{_INCOMING}/e4a0b6c1-7d93-4f2e-a85b-1c6f3d9e2b70",
            "phone_number": "+17205550194",
            "friendly_name": "(720) 555-0194",
            "capabilities": {"voice": True, "sms": True, "mms": False, "fax": False},
            "origin": "hosted",
            "sms_url": None,
            "voice_url": None,
        },
        returns=CompatIncomingPhoneNumber,
    ),
    Row(
        call="compat.phone_numbers.purchase",
        kwargs={
            "PhoneNumber": "+13035550187",
            "FriendlyName": "Denver sales",
            "VoiceApplicationSid": "2f71c0d8-4e3b-49a6-b5d2-8a0e6c1f9b34",
        },
        method="POST",
        path=_INCOMING,
        form=True,
        body={
            "PhoneNumber": "+13035550187",
            "FriendlyName": "Denver sales",
            "VoiceApplicationSid": "2f71c0d8-4e3b-49a6-b5d2-8a0e6c1f9b34",
        },
        status=201,
        response={
            **_NUMBER,
            "sid": "71d5e2a9-0c48-4b3f-9e16-a7b3c8d0f452",
            "uri": f"{_INCOMING}/71d5e2a9-0c48-4b3f-9e16-a7b3c8d0f452",
            "phone_number": "+13035550187",
            "friendly_name": "Denver sales",
            "voice_application_sid": "2f71c0d8-4e3b-49a6-b5d2-8a0e6c1f9b34",
            "voice_url": None,
            "sms_url": None,
        },
        returns=CompatIncomingPhoneNumber,
    ),
]
