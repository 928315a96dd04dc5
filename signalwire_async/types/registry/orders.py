"""`registry.orders`: orders that assign phone numbers to a 10DLC campaign.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from collections.abc import Sequence

import attrs

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from .._common import _PageFields

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


class _CampaignOrderCreateFields(ParamFields, total=False):
    phone_numbers: Sequence[str] | None
    """The numbers to assign, in E.164 (`+15551234567`)."""
    status_callback_url: str | None
    """URL that receives the state changes of the order and its assignments."""


class CampaignOrderCreateParams(_CampaignOrderCreateFields, RequestKeywords):
    """Body of `registry.campaigns.create_order()`."""


class _CampaignOrderListFields(ParamFields, total=False):
    filter_state: str | None
    """Only orders in this state."""


class CampaignOrderListParams(_CampaignOrderListFields, _PageFields, RequestKeywords):
    """Query of `registry.campaigns.list_orders()`."""
