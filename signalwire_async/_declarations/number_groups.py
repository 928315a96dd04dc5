"""`client.number_groups`: groups of phone numbers that share messaging, and their members."""

from __future__ import annotations

from . import Op, Resource, crud

B = "/api/relay/rest/number_groups"
MEMBERS = f"{B}/{{number_group_id}}/number_group_memberships"
MEMBERSHIP = "/api/relay/rest/number_group_memberships/{id}"

NAMESPACE = Resource(
    "number_groups",
    "NumberGroups",
    "number groups (numbers sharing messaging) and their memberships",
    [
        Op(
            "list",
            "GET",
            B,
            "NumberGroup",
            "NumberGroupListParams",
            paged=True,
            summary="every number group",
        ),
        *crud(B, "NumberGroup", "number group", update="PUT", addresses=None)[1:],
        Op(
            "add_membership",
            "POST",
            MEMBERS,
            "NumberGroupMembership",
            "NumberGroupMembershipCreateParams",
            summary="put a phone number in the group",
        ),
        Op(
            "list_memberships",
            "GET",
            MEMBERS,
            "NumberGroupMembership",
            "NumberGroupMembershipListParams",
            paged=True,
            summary="the group's memberships",
        ),
        Op(
            "get_membership",
            "GET",
            MEMBERSHIP,
            "NumberGroupMembership",
            summary="one membership",
        ),
        Op(
            "delete_membership",
            "DELETE",
            MEMBERSHIP,
            None,
            summary="take a phone number out of its group",
        ),
    ],
)
