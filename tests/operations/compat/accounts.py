"""Rows of `compat.accounts`: the project and its subprojects (no account in the path)."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.compat.accounts import CompatAccount

from ...data import PROJECT
from .. import Row, compat_page

_ACCOUNTS = "/api/laml/2010-04-01/Accounts"
_SUB = "9d4e7b21-3f6a-4c58-a0e2-71b5c8d3f604"
_ONE = f"{_ACCOUNTS}/{_SUB}"


def _account(sid: str, name: str, **changes: Any) -> dict[str, Any]:
    base = f"{_ACCOUNTS}/{sid}"
    data: dict[str, Any] = {
        "sid": sid,
        "friendly_name": name,
        "status": "active",
        "auth_token": "PT7c2e9a41d05b83f6e1a4c7d92b0f58e3a6d1c4b7",
        "date_created": "Wed, 12 Mar 2025 09:41:27 +0000",
        "date_updated": "Wed, 12 Mar 2025 09:41:27 +0000",
        "type": "Full",
        "owner_account_sid": PROJECT,
        "region_preference": "us1",
        "uri": base,
        "subproject": sid != PROJECT,
        "signing_key": None,
        "subresource_uris": {
            "addresses": None,
            "available_phone_numbers": f"{base}/AvailablePhoneNumbers",
            "applications": f"{base}/Applications",
            "authorized_connect_apps": None,
            "calls": f"{base}/Calls",
            "conferences": f"{base}/Conferences",
            "connect_apps": None,
            "incoming_phone_numbers": f"{base}/IncomingPhoneNumbers",
            "keys": None,
            "notifications": None,
            "outgoing_caller_ids": None,
            "queues": f"{base}/Queues",
            "recordings": f"{base}/Recordings",
            "sandbox": None,
            "sip": None,
            "short_codes": None,
            "messages": f"{base}/Messages",
            "transcriptions": f"{base}/Transcriptions",
            "usage": None,
        },
    }
    data.update(changes)
    return data


_SUBPROJECT = _account(_SUB, "Regional support desk")

ROWS = [
    Row(
        call="compat.accounts.list",
        kwargs={"FriendlyName": "Regional support desk", "PageSize": 20},
        path=_ACCOUNTS,
        query={"FriendlyName": "Regional support desk", "PageSize": "20"},
        response=compat_page(
            "accounts",
            [_SUBPROJECT],
            f"{_ACCOUNTS}?FriendlyName=Regional+support+desk&PageSize=20&Page=0",
        ),
        returns=CompatAccount,
        paged=True,
        items="accounts",
    ),
    Row(
        call="compat.accounts.create",
        kwargs={"FriendlyName": "Regional support desk"},
        method="POST",
        path=_ACCOUNTS,
        form=True,
        body={"FriendlyName": "Regional support desk"},
        status=201,
        response=_SUBPROJECT,
        returns=CompatAccount,
    ),
    Row(
        call="compat.accounts.get",
        args=(_SUB,),
        path=_ONE,
        response=_SUBPROJECT,
        returns=CompatAccount,
    ),
    Row(
        call="compat.accounts.update",
        args=(_SUB,),
        kwargs={"FriendlyName": "EMEA support desk"},
        method="POST",
        path=_ONE,
        form=True,
        body={"FriendlyName": "EMEA support desk"},
        response=_account(
            _SUB,
            "EMEA support desk",
            date_updated="Thu, 13 Mar 2025 16:02:55 +0000",
            signing_key="PSK_3b8f0c6d2e4a1957",
        ),
        returns=CompatAccount,
    ),
]
