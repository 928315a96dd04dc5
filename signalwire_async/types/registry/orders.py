"""`registry.orders`: orders that assign phone numbers to a 10DLC campaign.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs

from ..._models import Model
from ..._options import RequestKeywords
from .._common import PageParams

__all__ = ["CampaignOrder", "CampaignOrderCreateParams", "CampaignOrderListParams"]


@attrs.frozen(kw_only=True)
class CampaignOrder(Model):
    """An order assigning phone numbers to a campaign."""

    id: str
    """The order's uuid."""
    state: str | None = None
    """Where the order is (e.g. `pending` or `processed`)."""
    processed_at: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    status_callback_url: str | None = None
    """Where state changes of the order and its assignments are posted."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class CampaignOrderCreateParams(RequestKeywords, total=False):
    """Body of `registry.campaigns.create_order()`."""

    phone_numbers: list[str]
    """The numbers to assign, in E.164 (`+15551234567`)."""
    status_callback_url: str
    """URL that receives the state changes of the order and its assignments."""


class CampaignOrderListParams(PageParams, total=False):
    """Query of `registry.campaigns.list_orders()`."""

    filter_state: str
    """Only orders in this state."""
