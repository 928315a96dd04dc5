"""Rows of `client.compat.faxes`: faxes and their media."""

from __future__ import annotations

import datetime
from typing import Any

from signalwire_async.types.compat.faxes import CompatFax, CompatFaxMedia

from ...data import PROJECT
from .. import Row, compat_page

FAXES = f"/api/laml/2010-04-01/Accounts/{PROJECT}/Faxes"
FAX_SID = "d41f7a92-3c6e-4b8d-a5f0-9e2b71c6d308"
FAX = f"{FAXES}/{FAX_SID}"
MEDIA_SID = "7be0c3d5-18fa-4e62-b9a4-02d6f58e1c9a"
MEDIA = f"{FAX}/Media"

MEDIA_ITEM: dict[str, Any] = {
    "account_sid": PROJECT,
    "content_type": "application/pdf",
    "date_created": "Tue, 17 Nov 2026 14:03:27 +0000",
    "date_updated": "Tue, 17 Nov 2026 14:04:02 +0000",
    "fax_sid": FAX_SID,
    "sid": MEDIA_SID,
    "uri": f"{MEDIA}/{MEDIA_SID}",
    "url": f"https://example.signalwire.com{MEDIA}/{MEDIA_SID}",
}


def fax(**changes: Any) -> dict[str, Any]:
    """An outbound fax as the API sends it, with `changes`."""
    data: dict[str, Any] = {
        "account_sid": PROJECT,
        "api_version": "v1",
        "date_created": "Tue, 17 Nov 2026 14:03:27 +0000",
        "date_updated": "Tue, 17 Nov 2026 14:04:02 +0000",
        "direction": "outbound",
        "from": "+15125550142",
        "media_url": "https://files.example.com/faxes/lease-agreement.pdf",
        "media_sid": MEDIA_SID,
        "num_pages": "4",
        "price": "-0.0280",
        "price_unit": "USD",
        "quality": "fine",
        "sid": FAX_SID,
        "status": "delivered",
        "to": "+16175550187",
        "duration": 61,
        "links": {"media": MEDIA},
        "url": f"https://example.signalwire.com{FAX}",
        "error_code": None,
        "error_message": None,
    }
    data.update(changes)
    return data


ROWS = [
    Row(
        call="compat.faxes.list",
        kwargs={
            "PageSize": 20,
            "DateCreatedAfter": datetime.date(2026, 11, 1),
            "To": "+16175550187",
        },
        path=FAXES,
        query={"PageSize": "20", "DateCreatedAfter": "2026-11-01", "To": "+16175550187"},
        response=compat_page("faxes", [fax()], f"{FAXES}?PageSize=20"),
        returns=CompatFax,
        paged=True,
        items="faxes",
    ),
    Row(
        call="compat.faxes.create",
        kwargs={
            "To": "+16175550187",
            "From": "+15125550142",
            "MediaUrl": "https://files.example.com/faxes/lease-agreement.pdf",
            "Quality": "superfine",
            "StatusCallback": "https://hooks.example.com/fax-status",
            "StatusCallbackEvent": ["initiated", "completed"],
            "StoreMedia": False,
            "Ttl": 30,
        },
        method="POST",
        path=FAXES,
        form=True,
        body={
            "To": "+16175550187",
            "From": "+15125550142",
            "MediaUrl": "https://files.example.com/faxes/lease-agreement.pdf",
            "Quality": "superfine",
            "StatusCallback": "https://hooks.example.com/fax-status",
            "StatusCallbackEvent": ["initiated", "completed"],
            "StoreMedia": "false",
            "Ttl": "30",
        },
        response=fax(
            status="queued",
            quality="superfine",
            num_pages=None,
            price=None,
            duration=0,
            media_url=None,
        ),
        returns=CompatFax,
    ),
    Row(call="compat.faxes.get", args=(FAX_SID,), path=FAX, response=fax(), returns=CompatFax),
    Row(
        call="compat.faxes.update",
        args=(FAX_SID,),
        kwargs={"Status": "canceled"},
        method="POST",
        path=FAX,
        form=True,
        body={"Status": "canceled"},
        response=fax(status="canceled", num_pages=None, price=None, duration=0),
        returns=CompatFax,
    ),
    Row(call="compat.faxes.delete", args=(FAX_SID,), method="DELETE", path=FAX, status=204),
    Row(
        call="compat.faxes.list_media",
        args=(FAX_SID,),
        kwargs={"PageSize": 20},
        path=MEDIA,
        query={"PageSize": "20"},
        # The API sends the list twice: `media`, and its alias `fax_media`.
        response={
            **compat_page("media", [MEDIA_ITEM], f"{MEDIA}?PageSize=20"),
            "fax_media": [MEDIA_ITEM],
        },
        returns=CompatFaxMedia,
        paged=True,
        items="media",
    ),
    Row(
        call="compat.faxes.delete_media",
        args=(FAX_SID, MEDIA_SID),
        method="DELETE",
        path=f"{MEDIA}/{MEDIA_SID}",
        status=204,
    ),
    Row(
        call="compat.faxes.get_media",
        args=(FAX_SID, MEDIA_SID),
        path=f"{MEDIA}/{MEDIA_SID}",
        response=MEDIA_ITEM,
        returns=CompatFaxMedia,
    ),
]
