"""Rows of `client.registry`: every 10DLC Campaign Registry operation, one module per resource."""

from __future__ import annotations

from .. import Row
from .brands import ROWS as BRANDS
from .campaigns import ROWS as CAMPAIGNS
from .numbers import ROWS as NUMBERS
from .orders import ROWS as ORDERS

ROWS: list[Row] = [*BRANDS, *CAMPAIGNS, *NUMBERS, *ORDERS]
