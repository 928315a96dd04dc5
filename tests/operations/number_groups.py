"""Operation rows of `number_groups`: number groups and the memberships of their numbers."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.number_groups import NumberGroup, NumberGroupMembership

from . import Row, crud_rows, page

_GROUP_ID = "2a7e5c91-8f3d-4b06-b1e4-7d9c0a6f3e58"
_BASE = "/api/relay/rest/number_groups"
_MEMBERSHIP_ID = "c5e81f47-0b3a-4d92-8e6f-1a4d7b2c9e03"
_PHONE_NUMBER_ID = "71b0d3e6-4c28-4f9a-a5e7-3e8f2b1d6c94"
_MEMBERS = f"{_BASE}/{_GROUP_ID}/number_group_memberships"
_MEMBERSHIP = f"/api/relay/rest/number_group_memberships/{_MEMBERSHIP_ID}"

_GROUP: dict[str, Any] = {
    "id": _GROUP_ID,
    "name": "Appointment reminders",
    "sticky_sender": True,
    "phone_number_count": 3,
}
_CREATE = {"name": "Appointment reminders", "sticky_sender": True}
_CHANGES = {"name": "Clinic reminders"}

_MEMBER: dict[str, Any] = {
    "id": _MEMBERSHIP_ID,
    "number_group_id": _GROUP_ID,
    "phone_number": {
        "id": _PHONE_NUMBER_ID,
        "name": "Reminders line 2",
        "number": "+13125550188",
        "capabilities": ["sms", "mms", "voice"],
    },
    "created_at": "2025-04-02T09:14:27Z",
    "updated_at": "2025-04-02T09:14:27Z",
}

_LIST_QUERY = {"page_size": "20", "page_number": "0", "filter_name": "reminders"}

ROWS = [
    Row(
        call="number_groups.list",
        kwargs={"page_size": 20, "page_number": 0, "filter_name": "reminders"},
        path=_BASE,
        query=_LIST_QUERY,
        response=page(
            [_GROUP],
            f"https://example.signalwire.com{_BASE}?filter_name=reminders&page_number=0&page_size=20",
        ),
        returns=NumberGroup,
        paged=True,
    ),
    *crud_rows(
        "number_groups",
        _BASE,
        _GROUP_ID,
        NumberGroup,
        _GROUP,
        update="PUT",
        create=_CREATE,
        changes=_CHANGES,
        updated={**_GROUP, **_CHANGES},
    )[1:],
    Row(
        call="number_groups.add_membership",
        args=(_GROUP_ID,),
        kwargs={"phone_number_id": _PHONE_NUMBER_ID},
        method="POST",
        path=_MEMBERS,
        body={"phone_number_id": _PHONE_NUMBER_ID},
        response=_MEMBER,
        returns=NumberGroupMembership,
    ),
    Row(
        call="number_groups.list_memberships",
        args=(_GROUP_ID,),
        kwargs={"page_size": 20},
        path=_MEMBERS,
        query={"page_size": "20"},
        response=page([_MEMBER], f"https://example.signalwire.com{_MEMBERS}?page_size=20"),
        returns=NumberGroupMembership,
        paged=True,
    ),
    Row(
        call="number_groups.get_membership",
        args=(_MEMBERSHIP_ID,),
        path=_MEMBERSHIP,
        response=_MEMBER,
        returns=NumberGroupMembership,
    ),
    Row(
        call="number_groups.delete_membership",
        args=(_MEMBERSHIP_ID,),
        method="DELETE",
        path=_MEMBERSHIP,
        status=204,
    ),
]
