"""`registry.campaigns`: 10DLC campaigns, what a brand sends messages for.

A campaign is either managed (described in full here, then vetted) or one a partner CSP
registered, given by its approved campaign id.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Sequence

import attrs
from typing_extensions import NotRequired

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from .._common import _PageFields

__all__ = ["Campaign", "CampaignCreateParams", "CampaignListParams", "CampaignUpdateParams"]


@attrs.frozen(kw_only=True)
class Campaign(Model):
    """A 10DLC campaign of a brand."""

    id: str
    """The campaign's uuid."""
    name: str | None = None
    state: str | None = None
    """Where the campaign is in registration (e.g. `pending`)."""
    sms_use_case: str | None = None
    """Use case category, e.g. `ACCOUNT_NOTIFICATION` or `MIXED`."""
    sub_use_cases: list[str] | None = None
    """Sub use cases of a `MIXED` or `LOW_VOLUME_MIXED` campaign."""
    campaign_verify_token: str | None = None
    description: str | None = None
    sample1: str | None = None
    """First sample message."""
    sample2: str | None = None
    sample3: str | None = None
    sample4: str | None = None
    sample5: str | None = None
    dynamic_templates: str | None = None
    """How messages may vary from the samples (sent as `dynamic_messages` on create)."""
    message_flow: str | None = None
    """How recipients opt in and what they receive."""
    opt_in_message: str | None = None
    opt_out_message: str | None = None
    help_message: str | None = None
    opt_in_keywords: str | None = None
    """Comma-separated keywords (the API's default: `START`)."""
    opt_out_keywords: str | None = None
    """Comma-separated keywords (the API's default: `STOP`)."""
    help_keywords: str | None = None
    """Comma-separated keywords (the API's default: `HELP`)."""
    number_pooling_required: bool | None = None
    """True when 50 or more numbers send for the campaign."""
    number_pooling_per_campaign: str | None = None
    """Why number pooling is needed."""
    direct_lending: bool | None = None
    embedded_link: bool | None = None
    embedded_phone: bool | None = None
    age_gated_content: bool | None = None
    lead_generation: bool | None = None
    csp_campaign_reference: str | None = None
    """The approved campaign id, for a partner's campaign."""
    status_callback_url: str | None = None
    """Where state changes of the campaign are posted."""
    created_at: str | None = None
    updated_at: str | None = None


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CampaignListFields(ParamFields, total=False):
    filter_name: str | None
    """Only campaigns whose name contains this text."""
    filter_state: str | None
    """Only campaigns in this registration state."""


class CampaignListParams(_CampaignListFields, _PageFields, RequestKeywords):
    """Query of `registry.brands.list_campaigns()`."""


class _CampaignCreateFields(ParamFields):
    name: NotRequired[str | None]
    """Name of the campaign (3 to 64 characters)."""
    brand_id: NotRequired[str | None]
    """uuid of the brand: the same as the path's (the spec asks for it in the body too)."""
    sms_use_case: NotRequired[str | None]
    """Managed: the use case category, e.g. `ACCOUNT_NOTIFICATION`, `MARKETING`, `MIXED`."""
    sub_use_cases: NotRequired[Sequence[str] | None]
    """Managed: sub use cases, for a `MIXED` or `LOW_VOLUME_MIXED` campaign."""
    campaign_verify_token: NotRequired[str | None]
    """Managed: a Campaign Verify token (political campaigns)."""
    description: NotRequired[str | None]
    """Managed: what the campaign is for (40 characters or more)."""
    sample1: NotRequired[str | None]
    """Managed: a sample message (20 characters or more)."""
    sample2: NotRequired[str | None]
    """Managed: a second sample message (20 characters or more)."""
    sample3: NotRequired[str | None]
    sample4: NotRequired[str | None]
    sample5: NotRequired[str | None]
    dynamic_messages: NotRequired[str | None]
    """Managed: how messages may vary from the samples."""
    message_flow: NotRequired[str | None]
    """Managed: how recipients opt in and what they receive (40 characters or more)."""
    opt_in_message: NotRequired[str | None]
    """Managed: the reply to an opt-in (20 characters or more)."""
    opt_out_message: NotRequired[str | None]
    """Managed: the reply to an opt-out (20 characters or more)."""
    help_message: NotRequired[str | None]
    """Managed: the reply to a help request (20 characters or more)."""
    opt_in_keywords: NotRequired[str | None]
    """Managed: comma-separated, no spaces (`START,YES`)."""
    opt_out_keywords: NotRequired[str | None]
    """Managed: comma-separated, no spaces (`STOP,QUIT`)."""
    help_keywords: NotRequired[str | None]
    """Managed: comma-separated, no spaces (`HELP,INFO`)."""
    number_pooling_required: NotRequired[bool | None]
    """Managed: will 50 or more numbers send for it?"""
    number_pooling_per_campaign: NotRequired[str | None]
    """Managed: why number pooling is needed (when it is)."""
    direct_lending: NotRequired[bool | None]
    """Managed: does it carry lending or loan content?"""
    embedded_link: NotRequired[bool | None]
    """Managed: do messages carry links?"""
    embedded_phone: NotRequired[bool | None]
    """Managed: do messages carry phone numbers (besides the help contact)?"""
    age_gated_content: NotRequired[bool | None]
    """Managed: is any content age-gated?"""
    lead_generation: NotRequired[bool | None]
    """Managed: does it generate leads?"""
    terms_and_conditions: NotRequired[bool | None]
    """Managed: acceptance of the terms (no affiliate marketing)."""
    csp_campaign_reference: NotRequired[str | None]
    """Partner: the campaign id the registry approved."""
    status_callback_url: NotRequired[str | None]
    """URL that receives the campaign's state changes."""


class CampaignCreateParams(_CampaignCreateFields, RequestKeywords):
    """Body of `registry.brands.create_campaign()`: a managed campaign or a partner's.

    A managed campaign gives `sms_use_case`, `description`, `sample1`, `sample2`,
    `message_flow`, `opt_out_message`, `help_message` and the flags `number_pooling_required`,
    `direct_lending`, `embedded_link`, `embedded_phone`, `age_gated_content`,
    `lead_generation` and `terms_and_conditions` (all needed); a partner's campaign gives
    `csp_campaign_reference` instead. Exactly one of `sms_use_case` and
    `csp_campaign_reference`.
    """


class _CampaignUpdateFields(ParamFields, total=False):
    name: str | None


class CampaignUpdateParams(_CampaignUpdateFields, RequestKeywords):
    """Body of `registry.campaigns.update()`; keys left out are not changed."""
