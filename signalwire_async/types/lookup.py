"""`lookup`: facts about any phone number (format, validity, carrier, caller name).

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs

from .._models import Model, nested
from .._options import ParamFields, RequestKeywords

__all__ = [
    "PhoneNumberLookup",
    "PhoneNumberLookupCarrier",
    "PhoneNumberLookupCnam",
    "PhoneNumberLookupParams",
]


@attrs.frozen(kw_only=True)
class PhoneNumberLookupCarrier(Model):
    """The carrier serving a number (with `include="carrier"`)."""

    lrn: str | None = None
    """Location routing number."""
    spid: str | None = None
    """Service provider id."""
    ocn: str | None = None
    """Operating company number."""
    lata: str | None = None
    city: str | None = None
    state: str | None = None
    jurisdiction: str | None = None
    lec: str | None = None
    """Local exchange carrier."""
    linetype: str | None = None
    """The kind of line (`wireless`, `landline`, ...)."""


@attrs.frozen(kw_only=True)
class PhoneNumberLookupCnam(Model):
    """The caller name on record for a number (with `include="cnam"`)."""

    caller_id: str | None = None


@attrs.frozen(kw_only=True)
class PhoneNumberLookup(Model):
    """What a lookup tells about a number (`/api/relay/rest/lookup/phone_number/...`)."""

    country_code_number: int | None = None
    """The calling code, e.g. `1`."""
    national_number: str | None = None
    possible_number: bool | None = None
    """Whether the number has a possible length for its country."""
    valid_number: bool | None = None
    """Whether the number is a valid number of its country."""
    national_number_formatted: str | None = None
    international_number_formatted: str | None = None
    e164: str | None = None
    location: str | None = None
    country_code: str | None = None
    """ISO 3166 country, e.g. `US`."""
    timezones: list[str] | None = None
    number_type: str | None = None
    carrier: PhoneNumberLookupCarrier | None = nested(PhoneNumberLookupCarrier)  # noqa: RUF009 (an attrs field)
    """Present when the lookup included `carrier`."""
    cnam: PhoneNumberLookupCnam | None = nested(PhoneNumberLookupCnam)  # noqa: RUF009 (an attrs field)
    """Present when the lookup included `cnam`."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _PhoneNumberLookupFields(ParamFields, total=False):
    include: str | None
    """Extra, partly billable details: `carrier`, `cnam`, or both as `carrier,cnam`."""


class PhoneNumberLookupParams(_PhoneNumberLookupFields, RequestKeywords):
    """Query parameters of `lookup.phone_number()`."""
