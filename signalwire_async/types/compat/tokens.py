"""`compat.tokens`: the project's API tokens.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from collections.abc import Sequence

import attrs
from typing_extensions import NotRequired

from ..._models import Model
from ..._options import ParamFields, RequestKeywords

__all__ = ["CompatToken", "CompatTokenCreateParams", "CompatTokenUpdateParams"]


@attrs.frozen(kw_only=True)
class CompatToken(Model):
    """An API token and the scopes it grants."""

    id: str | None = None
    """The token's uuid (the id `update` and `delete` take)."""
    name: str | None = None
    permissions: list[str] | None = None
    """Scopes, e.g. `calling`, `messaging`, `numbers`."""
    token: str | None = None
    """The secret itself (`PT...`)."""


# Parameters: the API's own snake_case names. Each inherits the request options.


class _CompatTokenCreateFields(ParamFields):
    name: str
    permissions: Sequence[str]
    """At least one scope."""
    subproject_id: NotRequired[str | None]
    """Make the token for this subproject."""


class CompatTokenCreateParams(_CompatTokenCreateFields, RequestKeywords):
    """Form of `compat.tokens.create()` (`permissions` repeats for each scope)."""


class _CompatTokenUpdateFields(ParamFields, total=False):
    name: str | None
    permissions: Sequence[str] | None
    """The full new list of scopes."""


class CompatTokenUpdateParams(_CompatTokenUpdateFields, RequestKeywords):
    """JSON body of `compat.tokens.update()`; fields left out are not changed."""
