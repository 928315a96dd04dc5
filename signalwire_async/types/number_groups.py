"""`number_groups`: groups of phone numbers that share messaging traffic, and their memberships.

No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

import attrs
from typing_extensions import NotRequired

from .._models import Model, nested
from .._options import ParamFields, RequestKeywords
from ._common import _PageFields

__all__ = [
    "NumberGroup",
    "NumberGroupCreateParams",
    "NumberGroupListParams",
    "NumberGroupMembership",
    "NumberGroupMembershipCreateParams",
    "NumberGroupMembershipListParams",
    "NumberGroupMembershipPhoneNumber",
    "NumberGroupUpdateParams",
]


@attrs.frozen(kw_only=True)
class NumberGroup(Model):
    """A number group (`/api/relay/rest/number_groups`)."""

    id: str
    """The group's uuid."""
    name: str | None = None
    """Display name."""
    sticky_sender: bool | None = None
    """Always use the same number of the group for a given contact (else any of them)."""
    phone_number_count: int | None = None
    """How many phone numbers are in the group."""


@attrs.frozen(kw_only=True)
class NumberGroupMembershipPhoneNumber(Model):
    """The phone number inside a `NumberGroupMembership`."""

    id: str | None = None
    """The phone number's uuid."""
    name: str | None = None
    """Its display name."""
    number: str | None = None
    """The number itself (E.164)."""
    capabilities: list[str] | None = None
    """What it can do (`sms`, `voice`, `fax`, `mms`, ...)."""


@attrs.frozen(kw_only=True)
class NumberGroupMembership(Model):
    """One phone number's place in a number group."""

    id: str
    """The membership's uuid (what `get_membership` and `delete_membership` take)."""
    number_group_id: str | None = None
    """The group's uuid."""
    phone_number: NumberGroupMembershipPhoneNumber | None = nested(  # noqa: RUF009 (an attrs field)
        NumberGroupMembershipPhoneNumber
    )
    """The phone number in the group."""
    created_at: str | None = None
    """When it joined (ISO 8601)."""
    updated_at: str | None = None
    """Last change (ISO 8601)."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _NumberGroupListFields(ParamFields, total=False):
    filter_name: str | None
    """Only groups whose name contains this."""
    page_number: int | None
    """Zero-based page index."""


class NumberGroupListParams(_NumberGroupListFields, _PageFields, RequestKeywords):
    """Query parameters of `number_groups.list()`."""


class _NumberGroupCreateFields(ParamFields):
    name: str
    """Display name."""
    sticky_sender: NotRequired[bool | None]
    """Always use the same number for a given contact (default off)."""


class NumberGroupCreateParams(_NumberGroupCreateFields, RequestKeywords):
    """Body of `number_groups.create()`."""


class _NumberGroupUpdateFields(ParamFields, total=False):
    name: str | None
    sticky_sender: bool | None


class NumberGroupUpdateParams(_NumberGroupUpdateFields, RequestKeywords):
    """Body of `number_groups.update()`; keys left out are not changed."""


class _NumberGroupMembershipCreateFields(ParamFields):
    phone_number_id: str
    """The uuid of the project's phone number to add."""


class NumberGroupMembershipCreateParams(_NumberGroupMembershipCreateFields, RequestKeywords):
    """Body of `number_groups.add_membership()`."""


class _NumberGroupMembershipListFields(ParamFields, total=False):
    page_number: int | None
    """Zero-based page index."""


class NumberGroupMembershipListParams(
    _NumberGroupMembershipListFields, _PageFields, RequestKeywords
):
    """Query parameters of `number_groups.list_memberships()`."""
