"""`project.tokens`: the project's API tokens and the scopes they grant.

An API token is a secret: its value is left out of `repr()`.
No `from __future__ import annotations` here: `TypedDict` must see `NotRequired` at run time.
"""

from collections.abc import Sequence
from typing import Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model
from ..._options import ParamFields, RequestKeywords

__all__ = [
    "ProjectToken",
    "ProjectTokenCreateParams",
    "ProjectTokenPermission",
    "ProjectTokenUpdateParams",
]

ProjectTokenPermission = Literal[
    "calling",
    "chat",
    "datasphere",
    "fax",
    "management",
    "messaging",
    "numbers",
    "pubsub",
    "storage",
    "tasking",
    "video",
]
"""A scope: the kind of request a token may make."""


@attrs.frozen(kw_only=True)
class ProjectToken(Model):
    """An API token of the project (`/api/project/tokens`)."""

    id: str
    """The token's uuid (its handle for update and delete, not the secret)."""
    name: str | None = None
    permissions: list[str] | None = None
    """Its scopes: `calling`, `messaging`, `management`, ..."""
    token: str | None = attrs.field(default=None, repr=False)
    """The secret itself (`PT...`), the password of Basic authentication."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _ProjectTokenCreateFields(ParamFields):
    name: str
    """A label to recognise the token by."""
    permissions: Sequence[ProjectTokenPermission]
    """The scopes it grants (at least one)."""
    subproject_id: NotRequired[str | None]
    """Make the token for this subproject (uuid) instead of the project."""


class ProjectTokenCreateParams(_ProjectTokenCreateFields, RequestKeywords):
    """Body of `project.tokens.create()`."""


class _ProjectTokenUpdateFields(ParamFields, total=False):
    name: str | None
    permissions: Sequence[ProjectTokenPermission] | None
    """The new set of scopes (replaces the old one)."""


class ProjectTokenUpdateParams(_ProjectTokenUpdateFields, RequestKeywords):
    """Body of `project.tokens.update()`; keys left out are not changed."""
