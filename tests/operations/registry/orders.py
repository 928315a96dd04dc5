"""Operation rows of `registry.orders`: orders of numbers for campaigns."""

from __future__ import annotations

from signalwire_async.types.registry.orders import CampaignOrder

from .. import Row
from ._data import BASE, ORDER, ORDER_ID

ROWS = [
    Row(
        call="registry.orders.get",
        args=(ORDER_ID,),
        path=f"{BASE}/orders/{ORDER_ID}",
        response=ORDER,
        returns=CampaignOrder,
    ),
]
