"""Rows of `client.compat.messages`: messages and their media."""

from __future__ import annotations

import datetime
from typing import Any

from signalwire_async.types.compat.messages import CompatMessage, CompatMessageMedia

from ...data import PROJECT
from .. import Row, compat_page

MESSAGES = f"/api/laml/2010-04-01/Accounts/{PROJECT}/Messages"
MESSAGE_SID = "9f03b6d2-5a1e-47c8-b2e9-6d4a0c18f735"
MESSAGE = f"{MESSAGES}/{MESSAGE_SID}"
MEDIA_SID = "e6a2d49b-0c37-4f15-98da-3b7c5e21f0a8"
MEDIA = f"{MESSAGE}/Media"
PHOTO = "https://cdn.example.com/listings/4417/front-porch.jpg"

MEDIA_ITEM: dict[str, Any] = {
    "account_sid": PROJECT,
    "content_type": "image/jpeg",
    "date_created": "Wed, 18 Nov 2026 16:21:09 +0000",
    "date_updated": "Wed, 18 Nov 2026 16:21:09 +0000",
    "parent_sid": MESSAGE_SID,
    "sid": MEDIA_SID,
    "uri": f"{MEDIA}/{MEDIA_SID}",
}


def message(**changes: Any) -> dict[str, Any]:
    """An outbound MMS as the API sends it, with `changes`."""
    data: dict[str, Any] = {
        "account_sid": PROJECT,
        "api_version": "2010-04-01",
        "body": "Here is the porch photo you asked about.",
        "num_segments": 1,
        "num_media": 2,
        "date_created": "Wed, 18 Nov 2026 16:21:08 +0000",
        "date_sent": "Wed, 18 Nov 2026 16:21:11 +0000",
        "date_updated": "Wed, 18 Nov 2026 16:21:13 +0000",
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": "+13055550119",
        "price": 0.0175,
        "price_unit": "USD",
        "sid": MESSAGE_SID,
        "status": "delivered",
        "to": "+17865550163",
        "messaging_service_sid": None,
        "uri": MESSAGE,
        "subresource_uris": {"media": MEDIA},
    }
    data.update(changes)
    return data


ROWS = [
    Row(
        call="compat.messages.list",
        kwargs={
            "PageSize": 20,
            "DateSent": datetime.date(2026, 11, 18),
            "To": "+17865550163",
            "Status": "delivered",
        },
        path=MESSAGES,
        query={
            "PageSize": "20",
            "DateSent": "2026-11-18",
            "To": "+17865550163",
            "Status": "delivered",
        },
        response=compat_page("messages", [message()], f"{MESSAGES}?PageSize=20"),
        returns=CompatMessage,
        paged=True,
        items="messages",
    ),
    Row(
        call="compat.messages.create",
        kwargs={
            "To": "+17865550163",
            "From": "+13055550119",
            "Body": "Here is the porch photo you asked about.",
            "MediaUrl": [PHOTO, "https://cdn.example.com/listings/4417/floor-plan.png"],
            "SendAsMms": True,
            "StatusCallback": "https://hooks.example.com/sms-status",
            "ValidityPeriod": 3600,
        },
        method="POST",
        path=MESSAGES,
        form=True,
        body={
            "To": "+17865550163",
            "From": "+13055550119",
            "Body": "Here is the porch photo you asked about.",
            "MediaUrl": [PHOTO, "https://cdn.example.com/listings/4417/floor-plan.png"],
            "SendAsMms": "true",
            "StatusCallback": "https://hooks.example.com/sms-status",
            "ValidityPeriod": "3600",
        },
        status=201,
        response=message(status="queued", date_sent=None, price=None),
        returns=CompatMessage,
    ),
    Row(
        call="compat.messages.get",
        args=(MESSAGE_SID,),
        path=MESSAGE,
        response=message(),
        returns=CompatMessage,
    ),
    Row(
        call="compat.messages.update",
        args=(MESSAGE_SID,),
        kwargs={"Body": ""},
        method="POST",
        path=MESSAGE,
        form=True,
        body={"Body": ""},
        response=message(body=""),
        returns=CompatMessage,
    ),
    Row(
        call="compat.messages.delete",
        args=(MESSAGE_SID,),
        method="DELETE",
        path=MESSAGE,
        status=204,
    ),
    Row(
        call="compat.messages.list_media",
        args=(MESSAGE_SID,),
        kwargs={"PageSize": 20, "DateCreated": datetime.date(2026, 11, 18)},
        path=MEDIA,
        query={"PageSize": "20", "DateCreated": "2026-11-18"},
        response=compat_page("media_list", [MEDIA_ITEM], f"{MEDIA}?PageSize=20"),
        returns=CompatMessageMedia,
        paged=True,
        items="media_list",
    ),
    Row(
        call="compat.messages.delete_media",
        args=(MESSAGE_SID, MEDIA_SID),
        method="DELETE",
        path=f"{MEDIA}/{MEDIA_SID}",
        status=204,
    ),
    Row(
        call="compat.messages.get_media",
        args=(MESSAGE_SID, MEDIA_SID),
        path=f"{MEDIA}/{MEDIA_SID}",
        response=MEDIA_ITEM,
        returns=CompatMessageMedia,
    ),
]
