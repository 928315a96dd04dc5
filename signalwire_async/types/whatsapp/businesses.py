"""`whatsapp.businesses`: the WhatsApp Business Accounts (WABAs) connected to the Space."""

import attrs

from ..._models import Model, nested_list

__all__ = ["WhatsAppBusiness", "WhatsAppBusinessList"]


@attrs.frozen(kw_only=True)
class WhatsAppBusiness(Model):
    """A WhatsApp Business Account (`/api/messaging/whatsapp/businesses`).

    It has no `id`: `whatsapp_business_id` is its SignalWire id, the one templates name.
    """

    whatsapp_business_id: str
    """The account's SignalWire uuid."""
    business_name: str | None = None
    """The name registered with Meta."""
    business_portfolio_id: str | None = None
    """Meta's business portfolio id."""
    waba_id: str | None = None
    """Meta's id of the account (the WABA id)."""
    created_at: str | None = None
    updated_at: str | None = None


@attrs.frozen(kw_only=True)
class WhatsAppBusinessList(Model):
    """The answer of `whatsapp.businesses.list()`: every account, in one answer (no pages)."""

    data: list[WhatsAppBusiness] | None = nested_list(WhatsAppBusiness)  # noqa: RUF009 (an attrs field)
