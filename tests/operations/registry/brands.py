"""Operation rows of `registry.brands`: 10DLC brands and their campaigns."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.registry.brands import Brand
from signalwire_async.types.registry.campaigns import Campaign

from .. import Row, page
from ._data import BASE, BRAND_ID, CAMPAIGN, CAMPAIGN_FIELDS, HOST

_BRANDS = f"{BASE}/brands"
_ONE = f"{_BRANDS}/{BRAND_ID}"
_CAMPAIGNS = f"{_ONE}/campaigns"

_CREATE: dict[str, Any] = {
    "name": "Harbor Dental",
    "company_name": "Harbor Dental Group LLC",
    "contact_email": "compliance@harbordental.example",
    "contact_phone": "+15550104477",
    "ein_issuing_country": "US",
    "legal_entity_type": "PRIVATE_PROFIT",
    "ein": "84-2917365",
    "company_address": "118 Wharf Street, Suite 4, Portland, ME 04101",
    "company_vertical": "HEALTHCARE",
    "company_website": "https://harbordental.example",
    "status_callback_url": "https://hooks.harbordental.example/10dlc/brands",
}
_BRAND: dict[str, Any] = {
    "id": BRAND_ID,
    "state": "pending",
    **_CREATE,
    "csp_self_registered": False,
    "created_at": "2025-03-28T10:42:09Z",
    "updated_at": "2025-03-28T10:42:09Z",
}
_CAMPAIGN_CREATE: dict[str, Any] = {
    **CAMPAIGN_FIELDS,
    "brand_id": BRAND_ID,
    "terms_and_conditions": True,
    "status_callback_url": "https://hooks.harbordental.example/10dlc/campaigns",
}

ROWS = [
    Row(
        call="registry.brands.list",
        kwargs={"filter_name": "Harbor", "page_size": 25},
        path=_BRANDS,
        query={"filter_name": "Harbor", "page_size": "25"},
        response=page([_BRAND], f"{HOST}{_BRANDS}?filter_name=Harbor&page_size=25"),
        returns=Brand,
        paged=True,
    ),
    Row(
        call="registry.brands.create",
        kwargs=_CREATE,
        method="POST",
        path=_BRANDS,
        body=_CREATE,
        status=201,
        response=_BRAND,
        returns=Brand,
    ),
    Row(call="registry.brands.get", args=(BRAND_ID,), path=_ONE, response=_BRAND, returns=Brand),
    Row(
        call="registry.brands.create_campaign",
        args=(BRAND_ID,),
        kwargs=_CAMPAIGN_CREATE,
        method="POST",
        path=_CAMPAIGNS,
        body=_CAMPAIGN_CREATE,
        status=201,
        response=CAMPAIGN,
        returns=Campaign,
    ),
    Row(
        call="registry.brands.list_campaigns",
        args=(BRAND_ID,),
        kwargs={"filter_state": "pending"},
        path=_CAMPAIGNS,
        query={"filter_state": "pending"},
        response=page([CAMPAIGN], f"{HOST}{_CAMPAIGNS}?filter_state=pending"),
        returns=Campaign,
        paged=True,
    ),
]
