"""Rows of `compat.applications`: cXML applications."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.compat.applications import CompatApplication

from ...data import PROJECT
from .. import Row, compat_page

_ACCOUNT = f"/api/laml/2010-04-01/Accounts/{PROJECT}"
_APPLICATIONS = f"{_ACCOUNT}/Applications"
_SID = "e2b7c940-6a1d-4f35-9c8e-0d3f5a72b614"
_ONE = f"{_APPLICATIONS}/{_SID}"

_APPLICATION: dict[str, Any] = {
    "sid": _SID,
    "account_sid": PROJECT,
    "api_version": "2010-04-01",
    "date_created": "Fri, 07 Mar 2025 11:18:03 +0000",
    "date_updated": "Fri, 07 Mar 2025 11:18:03 +0000",
    "friendly_name": "Front desk IVR",
    "uri": _ONE,
    "voice_url": "https://ivr.example.net/voice/answer",
    "voice_method": "POST",
    "voice_fallback_url": "https://ivr.example.net/voice/fallback",
    "voice_fallback_method": "GET",
    "status_callback": None,
    "status_callback_method": "POST",
    "voice_caller_id_lookup": False,
    "sms_url": None,
    "sms_method": "POST",
    "sms_fallback_url": None,
    "sms_fallback_method": "POST",
    "sms_status_callback": None,
    "sms_status_callback_method": "POST",
    "message_status_callback": None,
}

ROWS = [
    Row(
        call="compat.applications.list",
        kwargs={"PageSize": 20, "Page": 0},
        path=_APPLICATIONS,
        query={"PageSize": "20", "Page": "0"},
        response=compat_page("applications", [_APPLICATION], f"{_APPLICATIONS}?PageSize=20&Page=0"),
        returns=CompatApplication,
        paged=True,
        items="applications",
    ),
    Row(
        call="compat.applications.create",
        kwargs={
            "FriendlyName": "Front desk IVR",
            "VoiceUrl": "https://ivr.example.net/voice/answer",
            "VoiceFallbackUrl": "https://ivr.example.net/voice/fallback",
            "VoiceFallbackMethod": "GET",
        },
        method="POST",
        path=_APPLICATIONS,
        form=True,
        body={
            "FriendlyName": "Front desk IVR",
            "VoiceUrl": "https://ivr.example.net/voice/answer",
            "VoiceFallbackUrl": "https://ivr.example.net/voice/fallback",
            "VoiceFallbackMethod": "GET",
        },
        status=201,
        response=_APPLICATION,
        returns=CompatApplication,
    ),
    Row(
        call="compat.applications.get",
        args=(_SID,),
        path=_ONE,
        response=_APPLICATION,
        returns=CompatApplication,
    ),
    Row(
        call="compat.applications.update",
        args=(_SID,),
        kwargs={"SmsUrl": "https://ivr.example.net/sms/inbound", "SmsMethod": "POST"},
        method="POST",
        path=_ONE,
        form=True,
        body={"SmsUrl": "https://ivr.example.net/sms/inbound", "SmsMethod": "POST"},
        response={
            **_APPLICATION,
            "sms_url": "https://ivr.example.net/sms/inbound",
            "date_updated": "Mon, 10 Mar 2025 08:44:19 +0000",
        },
        returns=CompatApplication,
    ),
    Row(
        call="compat.applications.delete",
        args=(_SID,),
        method="DELETE",
        path=_ONE,
        status=204,
    ),
]
