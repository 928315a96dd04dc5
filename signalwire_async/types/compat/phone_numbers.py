"""`compat.phone_numbers`: the account's numbers (IncomingPhoneNumbers), search and import.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from collections.abc import Sequence
from typing import Any, Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model, json_key, nested, nested_list
from ..._options import ParamFields, RequestKeywords
from ._common import _CompatPageFields

__all__ = [
    "CompatAvailableCountry",
    "CompatAvailableCountryList",
    "CompatAvailablePhoneNumber",
    "CompatAvailablePhoneNumberCapabilities",
    "CompatAvailablePhoneNumberList",
    "CompatAvailablePhoneNumberSearchParams",
    "CompatImportedNumberType",
    "CompatImportedPhoneNumberParams",
    "CompatIncomingPhoneNumber",
    "CompatIncomingPhoneNumberCapabilities",
    "CompatIncomingPhoneNumberListParams",
    "CompatIncomingPhoneNumberPurchaseParams",
    "CompatIncomingPhoneNumberUpdateParams",
    "CompatPhoneNumberCapability",
    "CompatPhoneNumberHttpMethod",
    "CompatPhoneNumberVoiceReceiveMode",
]

CompatPhoneNumberHttpMethod = Literal["GET", "POST"]
"""How a number's webhook is requested."""
CompatPhoneNumberVoiceReceiveMode = Literal["voice", "fax"]
"""Whether the number's incoming calls are voice calls or faxes."""
CompatImportedNumberType = Literal["longcode", "tollfree"]
"""The kind of number being imported."""
CompatPhoneNumberCapability = Literal["sms", "voice", "fax", "mms"]
"""One thing an imported number can do."""


@attrs.frozen(kw_only=True)
class CompatIncomingPhoneNumberCapabilities(Model):
    """What an account's number can do."""

    voice: bool | None = None
    sms: bool | None = None
    mms: bool | None = None
    fax: bool | None = None


@attrs.frozen(kw_only=True)
class CompatIncomingPhoneNumber(Model):
    """A phone number of the account (an IncomingPhoneNumber)."""

    sid: str
    """The number's id (a uuid)."""
    account_sid: str | None = None
    account_id: str | None = None
    phone_number: str | None = None
    """E.164, e.g. `+15551234567`."""
    friendly_name: str | None = None
    country_code: str | None = None
    capabilities: CompatIncomingPhoneNumberCapabilities | None = nested(  # noqa: RUF009 (an attrs field)
        CompatIncomingPhoneNumberCapabilities
    )
    beta: bool | None = None
    origin: str | None = None
    """`signalwire` (bought here) or `hosted` (imported)."""
    address_requirements: str | None = None
    """`none`, `any`, `local` or `foreign`."""
    address_sid: str | None = None
    emergency_address_sid: str | None = None
    emergency_status: str | None = None
    identity_sid: str | None = None
    trunk_sid: str | None = None
    verification_status: str | None = None
    voice_url: str | None = None
    voice_method: str | None = None
    voice_fallback_url: str | None = None
    voice_fallback_method: str | None = None
    voice_application_sid: str | None = None
    voice_caller_id_lookup: bool | None = None
    sms_url: str | None = None
    sms_method: str | None = None
    sms_fallback_url: str | None = None
    sms_fallback_method: str | None = None
    sms_application_sid: str | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    api_version: str | None = None
    date_created: str | None = None
    """RFC 2822 date, as the API sends it."""
    date_updated: str | None = None
    uri: str | None = None


@attrs.frozen(kw_only=True)
class CompatAvailablePhoneNumberCapabilities(Model):
    """What a number on offer can do (the API spells `SMS` and `MMS` in capitals)."""

    voice: bool | None = None
    sms: bool | None = attrs.field(default=None, metadata=json_key("SMS"))
    mms: bool | None = attrs.field(default=None, metadata=json_key("MMS"))


@attrs.frozen(kw_only=True)
class CompatAvailablePhoneNumber(Model):
    """A number free to buy (pass its `phone_number` to `purchase`)."""

    phone_number: str | None = None
    friendly_name: str | None = None
    iso_country: str | None = None
    region: str | None = None
    locality: str | None = None
    rate_center: str | None = None
    lata: str | None = None
    postal_code: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    capabilities: CompatAvailablePhoneNumberCapabilities | None = nested(  # noqa: RUF009 (an attrs field)
        CompatAvailablePhoneNumberCapabilities
    )
    beta: bool | None = None


@attrs.frozen(kw_only=True)
class CompatAvailablePhoneNumberList(Model):
    """The answer of a number search: every match at once (the API does not page it)."""

    uri: str | None = None
    available_phone_numbers: list[CompatAvailablePhoneNumber] | None = nested_list(  # noqa: RUF009 (an attrs field)
        CompatAvailablePhoneNumber
    )


@attrs.frozen(kw_only=True)
class CompatAvailableCountry(Model):
    """A country with numbers on offer, and where to search each kind."""

    country_code: str | None = None
    """ISO 3166-1 alpha-2, e.g. `US`."""
    country: str | None = None
    beta: bool | None = None
    uri: str | None = None
    subresource_uris: dict[str, Any] | None = None
    """The search paths by kind (`local`, `toll_free`)."""


@attrs.frozen(kw_only=True)
class CompatAvailableCountryList(Model):
    """Every country with numbers on offer, at once (the API does not page it)."""

    uri: str | None = None
    countries: list[CompatAvailableCountry] | None = nested_list(CompatAvailableCountry)  # noqa: RUF009 (an attrs field)


# Parameters: the API's form field (or query) names. Each inherits the request options.


class _CompatIncomingPhoneNumberListFields(ParamFields, total=False):
    PhoneNumber: str | None
    """Only this number (E.164)."""
    FriendlyName: str | None
    """Only numbers with this name."""


class CompatIncomingPhoneNumberListParams(
    _CompatIncomingPhoneNumberListFields, _CompatPageFields, RequestKeywords
):
    """Query of `compat.phone_numbers.list()`: paging, and exact-match filters."""


class _NumberSettings(ParamFields, total=False):
    """The routing fields shared by `purchase` and `update`."""

    FriendlyName: str | None
    VoiceUrl: str | None
    """URL requested for the number's incoming calls."""
    VoiceMethod: CompatPhoneNumberHttpMethod | None
    VoiceFallbackUrl: str | None
    VoiceFallbackMethod: CompatPhoneNumberHttpMethod | None
    VoiceApplicationSid: str | None
    """An application whose settings handle the calls (instead of `VoiceUrl`)."""
    VoiceReceiveMode: CompatPhoneNumberVoiceReceiveMode | None
    SmsUrl: str | None
    """URL requested for the number's incoming messages."""
    SmsMethod: CompatPhoneNumberHttpMethod | None
    SmsFallbackUrl: str | None
    SmsFallbackMethod: CompatPhoneNumberHttpMethod | None
    SmsApplicationSid: str | None
    StatusCallback: str | None
    StatusCallbackMethod: CompatPhoneNumberHttpMethod | None


class _CompatIncomingPhoneNumberPurchaseFields(ParamFields):
    PhoneNumber: str
    """The number to buy, E.164 (from a search)."""


class CompatIncomingPhoneNumberPurchaseParams(
    _CompatIncomingPhoneNumberPurchaseFields, _NumberSettings, RequestKeywords
):
    """Form of `compat.phone_numbers.purchase()`: the number, and optionally its routing."""


class _CompatIncomingPhoneNumberUpdateFields(ParamFields, total=False):
    AccountSid: str | None
    """Move the number to this (sub)account."""
    EmergencyAddressSid: str | None
    """The emergency (E911) address of the number."""


class CompatIncomingPhoneNumberUpdateParams(
    _CompatIncomingPhoneNumberUpdateFields, _NumberSettings, RequestKeywords
):
    """Form of `compat.phone_numbers.update()`; fields left out are not changed."""


class _CompatAvailablePhoneNumberSearchFields(ParamFields, total=False):
    AreaCode: str | None
    """US and Canada only, e.g. `512`."""
    Contains: str | None
    """A pattern the number must contain (`[0-9a-zA-Z]`)."""
    InRegion: str | None
    """Two-letter state or province code."""
    InLocality: str | None
    """A city; needs `InRegion`."""
    Beta: bool | None
    VoiceEnabled: bool | None
    """Accepted for compatibility; not supported."""
    SmsEnabled: bool | None
    """Accepted for compatibility; not supported."""
    MmsEnabled: bool | None
    """Accepted for compatibility; not supported."""
    FaxEnabled: bool | None
    """Accepted for compatibility; not supported."""
    ExcludeAllAddressRequired: bool | None
    """Accepted for compatibility; no effect."""
    ExcludeLocalAddressRequired: bool | None
    """Accepted for compatibility; no effect."""
    ExcludeForeignAddressRequired: bool | None
    """Accepted for compatibility; no effect."""


class CompatAvailablePhoneNumberSearchParams(
    _CompatAvailablePhoneNumberSearchFields, RequestKeywords
):
    """Query of `search_local()` and `search_toll_free()`."""


class _CompatImportedPhoneNumberFields(ParamFields):
    number: str
    """The number to import, E.164."""
    number_type: CompatImportedNumberType
    capabilities: NotRequired[Sequence[CompatPhoneNumberCapability] | None]
    """What it will be used for (the field repeats for each)."""


class CompatImportedPhoneNumberParams(_CompatImportedPhoneNumberFields, RequestKeywords):
    """Form of `compat.phone_numbers.import_number()` (the API's own snake_case names)."""
