"""Operation rows of `registry.campaigns`: a campaign, its numbers and its orders."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.registry.campaigns import Campaign
from signalwire_async.types.registry.numbers import CampaignNumber
from signalwire_async.types.registry.orders import CampaignOrder

from .. import Row, page
from ._data import ASSIGNMENT_ID, BASE, CAMPAIGN, CAMPAIGN_ID, HOST, ORDER, PHONE_NUMBER_ID

_ONE = f"{BASE}/campaigns/{CAMPAIGN_ID}"
_NUMBERS = f"{_ONE}/numbers"
_ORDERS = f"{_ONE}/orders"

_RENAMED: dict[str, Any] = {
    **CAMPAIGN,
    "name": "Harbor Dental patient reminders",
    "updated_at": "2025-04-05T17:03:58Z",
}
_ASSIGNMENT: dict[str, Any] = {
    "id": ASSIGNMENT_ID,
    "state": "completed",
    "campaign_id": CAMPAIGN_ID,
    "phone_number": {
        "id": PHONE_NUMBER_ID,
        "name": "Harbor Dental front desk",
        "number": "+12075550163",
        "status_callback_url": "https://hooks.harbordental.example/10dlc/numbers",
    },
    "created_at": "2025-04-09T08:05:12Z",
    "updated_at": "2025-04-09T08:21:37Z",
}
_ORDER_CREATE: dict[str, Any] = {
    "phone_numbers": ["+12075550163", "+12075550178"],
    "status_callback_url": "https://hooks.harbordental.example/10dlc/orders",
}
_PROCESSED = {**ORDER, "state": "processed", "processed_at": "2025-04-09T08:21:37Z"}

ROWS = [
    Row(
        call="registry.campaigns.get",
        args=(CAMPAIGN_ID,),
        path=_ONE,
        response=CAMPAIGN,
        returns=Campaign,
    ),
    Row(
        call="registry.campaigns.update",
        args=(CAMPAIGN_ID,),
        kwargs={"name": "Harbor Dental patient reminders"},
        method="PUT",
        path=_ONE,
        body={"name": "Harbor Dental patient reminders"},
        response=_RENAMED,
        returns=Campaign,
    ),
    Row(
        call="registry.campaigns.list_numbers",
        args=(CAMPAIGN_ID,),
        kwargs={"filter_state": "completed", "page_size": 100},
        path=_NUMBERS,
        query={"filter_state": "completed", "page_size": "100"},
        response=page([_ASSIGNMENT], f"{HOST}{_NUMBERS}?filter_state=completed&page_size=100"),
        returns=CampaignNumber,
        paged=True,
    ),
    Row(
        call="registry.campaigns.create_order",
        args=(CAMPAIGN_ID,),
        kwargs=_ORDER_CREATE,
        method="POST",
        path=_ORDERS,
        body=_ORDER_CREATE,
        response=ORDER,
        returns=CampaignOrder,
    ),
    Row(
        call="registry.campaigns.list_orders",
        args=(CAMPAIGN_ID,),
        kwargs={"filter_state": "processed"},
        path=_ORDERS,
        query={"filter_state": "processed"},
        response=page([_PROCESSED], f"{HOST}{_ORDERS}?filter_state=processed"),
        returns=CampaignOrder,
        paged=True,
    ),
]
