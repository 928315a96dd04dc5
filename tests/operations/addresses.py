"""Operation rows of `addresses`: E911 addresses (`/api/relay/rest/addresses`)."""

from __future__ import annotations

from signalwire_async.types.addresses import Address

from . import crud_rows

_ID = "0f8a3d27-95c4-4b1e-8e6a-d47b2c9e5a01"
_CREATE = {
    "label": "Austin office",
    "country": "US",
    "first_name": "Dana",
    "last_name": "Okafor",
    "street_number": "1100",
    "street_name": "Congress Ave",
    "address_type": "Suite",
    "address_number": "410",
    "city": "Austin",
    "state": "TX",
    "postal_code": "78701",
    "emergency_enabled": True,
}
_ADDRESS = {
    "id": _ID,
    **_CREATE,
    "zip_code": "78701",
    "validated": True,
    "validated_at": "2025-01-21T08:30:05Z",
}
_CHANGES = {"label": "Austin office (4th floor)", "address_type": "Floor", "address_number": "4"}
_UPDATED = {**_ADDRESS, **_CHANGES, "validated_at": "2025-03-04T09:12:40Z"}

ROWS = crud_rows(
    "addresses",
    "/api/relay/rest/addresses",
    _ID,
    Address,
    _ADDRESS,
    create=_CREATE,
    update="PUT",
    changes=_CHANGES,
    updated=_UPDATED,
)
