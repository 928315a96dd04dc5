"""`registry.numbers`: phone numbers assigned to 10DLC campaigns (by an order).

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from .._common import _PageFields

__all__ = ["CampaignNumber", "CampaignNumberListParams", "CampaignPhoneNumber"]


@attrs.frozen(kw_only=True)
class CampaignPhoneNumber(Model):
    """The phone number inside a `CampaignNumber`."""

    id: str | None = None
    """The phone number's uuid."""
    name: str | None = None
    number: str | None = None
    """E.164, e.g. `+15551234567`."""
    status_callback_url: str | None = None


@attrs.frozen(kw_only=True)
class CampaignNumber(Model):
    """A phone number's assignment to a campaign; its id is what `registry.numbers.delete()`
    takes."""

    id: str
    """The assignment's uuid."""
    state: str | None = None
    """Where the assignment is (e.g. `pending`)."""
    campaign_id: str | None = None
    phone_number: CampaignPhoneNumber | None = nested(CampaignPhoneNumber)  # noqa: RUF009 (an attrs field)
    """The number assigned."""
    created_at: str | None = None
    updated_at: str | None = None


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CampaignNumberListFields(ParamFields, total=False):
    filter_state: str | None
    """Only assignments in this state."""


class CampaignNumberListParams(_CampaignNumberListFields, _PageFields, RequestKeywords):
    """Query of `registry.campaigns.list_numbers()`."""
