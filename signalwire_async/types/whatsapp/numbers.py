"""`whatsapp.numbers`: phone numbers registered with WhatsApp Business Accounts."""

import attrs

from ..._models import Model, nested_list

__all__ = ["WhatsAppNumber", "WhatsAppNumberList"]


@attrs.frozen(kw_only=True)
class WhatsAppNumber(Model):
    """A WhatsApp number (`/api/messaging/whatsapp/numbers`)."""

    id: str
    """The number's uuid."""
    business_phone_number_id: str | None = None
    """Meta's id of the business phone number."""
    phone_number: str | None = None
    """The number, in E.164 form."""
    calling_handler_resource_id: str | None = None
    """The Fabric resource that handles its calls, if any."""
    messaging_handler_resource_id: str | None = None
    """The Fabric resource that handles its messages, if any."""
    business_name: str | None = None
    waba_id: str | None = None
    """Meta's id of the account the number belongs to."""
    whatsapp_business_id: str | None = None
    """SignalWire's id of the account the number belongs to."""
    voice_enabled: bool | None = None
    voice_capable: bool | None = None
    created_at: str | None = None
    updated_at: str | None = None


@attrs.frozen(kw_only=True)
class WhatsAppNumberList(Model):
    """The answer of `whatsapp.numbers.list()`: every number, in one answer (no pages)."""

    data: list[WhatsAppNumber] | None = nested_list(WhatsAppNumber)  # noqa: RUF009 (an attrs field)
