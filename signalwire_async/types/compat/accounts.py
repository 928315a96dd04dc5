"""`compat.accounts`: the project and its subprojects, as Compatibility API accounts.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
Secrets (`auth_token`, `signing_key`) are left out of `repr()`.
"""

from typing import Any

import attrs

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from ._common import _CompatPageFields

__all__ = [
    "CompatAccount",
    "CompatAccountCreateParams",
    "CompatAccountListParams",
    "CompatAccountUpdateParams",
]


@attrs.frozen(kw_only=True)
class CompatAccount(Model):
    """An account: the project itself or one of its subprojects."""

    sid: str
    """The account's uuid (the project id)."""
    friendly_name: str | None = None
    """Display name."""
    status: str | None = None
    """`active`."""
    auth_token: str | None = attrs.field(default=None, repr=False)
    """The account's API token (a secret)."""
    date_created: str | None = None
    """When it was made (RFC 2822)."""
    date_updated: str | None = None
    type: str | None = None
    """`Full`."""
    owner_account_sid: str | None = None
    """The uuid of the account that owns this one."""
    region_preference: str | None = None
    uri: str | None = None
    """This account's own path."""
    subproject: bool | None = None
    """True for a subproject."""
    signing_key: str | None = attrs.field(default=None, repr=False)
    """Key that signs the account's webhooks (a secret)."""
    subresource_uris: dict[str, Any] | None = None
    """Paths of the account's lists, by name (`calls`, `applications`, ...)."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CompatAccountListFields(ParamFields, total=False):
    FriendlyName: str | None
    """Only the accounts with exactly this name."""


class CompatAccountListParams(_CompatAccountListFields, _CompatPageFields, RequestKeywords):
    """Query of `compat.accounts.list()`."""


class _CompatAccountCreateFields(ParamFields):
    FriendlyName: str
    """Display name of the subproject."""


class CompatAccountCreateParams(_CompatAccountCreateFields, RequestKeywords):
    """Form of `compat.accounts.create()`: a new subproject."""


class _CompatAccountUpdateFields(ParamFields):
    FriendlyName: str
    """The new display name."""


class CompatAccountUpdateParams(_CompatAccountUpdateFields, RequestKeywords):
    """Form of `compat.accounts.update()`: renaming is all an account update does."""
