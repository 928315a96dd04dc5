"""`addresses`: the project's E911 addresses (`/api/relay/rest/addresses`), not Fabric's.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from typing import Literal

import attrs
from typing_extensions import NotRequired

from .._models import Model
from .._options import ParamFields, RequestKeywords
from ._common import _PageFields

__all__ = [
    "Address",
    "AddressCreateParams",
    "AddressListParams",
    "AddressType",
    "AddressUpdateParams",
]

AddressType = Literal[
    "Apartment",
    "Basement",
    "Building",
    "Department",
    "Floor",
    "Office",
    "Penthouse",
    "Suite",
    "Trailer",
    "Unit",
]
"""The kind of unit within a building (`address_number` gives its number)."""


@attrs.frozen(kw_only=True)
class Address(Model):
    """An E911 address (`/api/relay/rest/addresses`), assignable to phone numbers."""

    id: str
    """The address's uuid."""
    label: str | None = None
    """A name for the address."""
    country: str | None = None
    """ISO 3166 country, e.g. `US`."""
    first_name: str | None = None
    last_name: str | None = None
    street_number: str | None = None
    street_name: str | None = None
    address_type: str | None = None
    """The kind of unit (`Suite`, `Floor`, `Apartment`, ...), if any."""
    address_number: str | None = None
    """The unit's number, if any."""
    city: str | None = None
    state: str | None = None
    """State or province code, e.g. `TX`."""
    postal_code: str | None = None
    zip_code: str | None = None
    emergency_enabled: bool | None = None
    """Whether emergency calls use this address."""
    validated: bool | None = None
    """Whether the address passed validation."""
    validated_at: str | None = None
    """When it was validated (ISO 8601)."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _AddressListFields(ParamFields, total=False):
    filter_label: str | None
    """Only addresses whose label matches."""
    page_number: int | None
    """Zero-based page index."""


class AddressListParams(_AddressListFields, _PageFields, RequestKeywords):
    """Query parameters of `addresses.list()`."""


class _AddressCreateFields(ParamFields):
    label: str
    """A name for the address (up to 250 characters)."""
    country: str
    """ISO 3166 country, e.g. `US`."""
    first_name: str
    last_name: str
    street_number: str
    street_name: str
    address_type: NotRequired[AddressType | None]
    """The kind of unit within the building."""
    address_number: NotRequired[str | None]
    """The unit's number."""
    city: str
    state: str
    """State or province code, e.g. `TX`."""
    postal_code: str
    emergency_enabled: NotRequired[bool | None]
    """Use the address for emergency calls (the API's default: false)."""
    auto_correct_address: NotRequired[bool | None]
    """Let the API correct the address while validating it (the API's default: true)."""


class AddressCreateParams(_AddressCreateFields, RequestKeywords):
    """Body of `addresses.create()`."""


class _AddressUpdateFields(ParamFields, total=False):
    label: str | None
    country: str | None
    first_name: str | None
    last_name: str | None
    street_number: str | None
    street_name: str | None
    address_type: AddressType | None
    address_number: str | None
    city: str | None
    state: str | None
    postal_code: str | None
    emergency_enabled: bool | None
    auto_correct_address: bool | None


class AddressUpdateParams(_AddressUpdateFields, RequestKeywords):
    """Body of `addresses.update()`; keys left out are not changed."""
