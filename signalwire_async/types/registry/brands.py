"""`registry.brands`: 10DLC brands, the businesses that send messages under campaigns.

A brand is either managed (SignalWire registers it from the company's details) or registered
by the caller as its own Campaign Service Provider (CSP), who gives its approved brand id.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from typing import Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from .._common import _PageFields

__all__ = [
    "Brand",
    "BrandCompanyVertical",
    "BrandCreateParams",
    "BrandLegalEntityType",
    "BrandListParams",
]

BrandLegalEntityType = Literal["PRIVATE_PROFIT", "PUBLIC_PROFIT", "NON_PROFIT", "GOVERNMENT"]
BrandCompanyVertical = Literal[
    "AGRICULTURE",
    "COMMUNICATION",
    "CONSTRUCTION",
    "EDUCATION",
    "ENERGY",
    "ENTERTAINMENT",
    "FINANCIAL",
    "GAMBLING",
    "GOVERNMENT",
    "HEALTHCARE",
    "HOSPITALITY",
    "HUMAN_RESOURCES",
    "INSURANCE",
    "LEGAL",
    "MANUFACTURING",
    "NGO",
    "POLITICAL",
    "POSTAL",
    "PROFESSIONAL",
    "REAL_ESTATE",
    "RETAIL",
    "TECHNOLOGY",
    "TRANSPORTATION",
]


@attrs.frozen(kw_only=True)
class Brand(Model):
    """A 10DLC brand (`/api/relay/rest/registry/beta/brands`)."""

    id: str
    """The brand's uuid."""
    state: str | None = None
    """Where the brand is in registration (e.g. `pending`)."""
    name: str | None = None
    """Brand, marketing or DBA name."""
    company_name: str | None = None
    """The business's legal name."""
    contact_email: str | None = None
    contact_phone: str | None = None
    ein_issuing_country: str | None = None
    """Country that issued the tax id."""
    legal_entity_type: str | None = None
    """`PRIVATE_PROFIT`, `PUBLIC_PROFIT`, `NON_PROFIT` or `GOVERNMENT`."""
    ein: str | None = None
    """The business's EIN or other tax id."""
    company_address: str | None = None
    company_vertical: str | None = None
    """Industry, e.g. `RETAIL` or `HEALTHCARE`."""
    company_website: str | None = None
    csp_brand_reference: str | None = None
    """The approved brand id, for a brand its CSP registered itself."""
    csp_self_registered: bool | None = None
    """True for a brand its CSP registered itself."""
    status_callback_url: str | None = None
    """Where state changes of the brand are posted."""
    created_at: str | None = None
    updated_at: str | None = None


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _BrandListFields(ParamFields, total=False):
    filter_name: str | None
    """Only brands whose name contains this text."""
    filter_state: str | None
    """Only brands in this registration state."""


class BrandListParams(_BrandListFields, _PageFields, RequestKeywords):
    """Query of `registry.brands.list()`."""


class _BrandCreateFields(ParamFields):
    name: NotRequired[str | None]
    """Brand, marketing or DBA name (3 to 64 characters)."""
    company_name: NotRequired[str | None]
    """Managed: the business's legal name (3 to 64 characters)."""
    contact_email: NotRequired[str | None]
    """Managed: a contact email of the company."""
    contact_phone: NotRequired[str | None]
    """Managed: a contact phone number of the company."""
    ein_issuing_country: NotRequired[str | None]
    """Managed: country that issued the tax id, e.g. `US`."""
    legal_entity_type: NotRequired[BrandLegalEntityType | None]
    """Managed: the kind of organisation."""
    ein: NotRequired[str | None]
    """Managed: the EIN or other tax id."""
    company_address: NotRequired[str | None]
    """Managed: the full postal address."""
    company_vertical: NotRequired[BrandCompanyVertical | None]
    """Managed, optional: the industry."""
    company_website: NotRequired[str | None]
    """Managed: the company's website."""
    csp_self_registered: NotRequired[Literal[True] | None]
    """CSP: must be True."""
    csp_brand_reference: NotRequired[str | None]
    """CSP: the brand id the registry approved."""
    status_callback_url: NotRequired[str | None]
    """URL that receives the brand's state changes."""


class BrandCreateParams(_BrandCreateFields, RequestKeywords):
    """Body of `registry.brands.create()`: a managed brand or a CSP's own.

    A managed brand gives the company's details (`company_name`, `contact_email`,
    `contact_phone`, `ein_issuing_country`, `legal_entity_type`, `ein`, `company_address`,
    `company_website`: all needed); a CSP's brand gives `csp_self_registered=True` and
    `csp_brand_reference` instead. Exactly one of `company_name` and `csp_brand_reference`.
    """
