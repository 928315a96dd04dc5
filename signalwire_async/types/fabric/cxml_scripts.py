"""`fabric.cxml_scripts`: cXML scripts (static cXML documents hosted by SignalWire).

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from typing import Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from ._common import FabricResourceBase

__all__ = [
    "CxmlScript",
    "CxmlScriptCreateParams",
    "CxmlScriptDetails",
    "CxmlScriptMethod",
    "CxmlScriptUpdateParams",
]

CxmlScriptMethod = Literal["GET", "POST"]


@attrs.frozen(kw_only=True)
class CxmlScriptDetails(Model):
    """The script itself (the `cxml_script` object of a `CxmlScript` resource)."""

    id: str
    """The script's uuid."""
    display_name: str | None = None
    contents: str | None = None
    """The cXML document."""
    script_type: str | None = None
    """`calling` or `messaging`."""
    request_url: str | None = None
    """URL SignalWire serves the script from."""
    request_count: int | None = None
    """How many times the script was fetched."""
    last_accessed_at: str | None = None
    """Last fetch (ISO 8601), `None` if never fetched."""
    status_callback_url: str | None = None
    """URL that receives status changes."""
    status_callback_method: str | None = None
    """`GET` or `POST` for `status_callback_url`."""


@attrs.frozen(kw_only=True)
class CxmlScript(FabricResourceBase):
    """A cXML script resource (`/api/fabric/resources/cxml_scripts`).

    Its name is `name`: the API sends no `display_name` for a script, so that stays `None`.
    """

    name: str | None = None
    """The resource's name."""
    cxml_script: CxmlScriptDetails | None = nested(CxmlScriptDetails)  # noqa: RUF009 (an attrs field)
    """The script itself."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CxmlScriptCreateFields(ParamFields):
    display_name: str
    """Name of the script."""
    contents: str
    """The cXML document."""
    status_callback_url: NotRequired[str | None]
    """URL that receives status changes."""
    status_callback_method: NotRequired[CxmlScriptMethod | None]
    """`GET` or `POST` for `status_callback_url`."""


class CxmlScriptCreateParams(_CxmlScriptCreateFields, RequestKeywords):
    """Body of `fabric.cxml_scripts.create()`."""


class _CxmlScriptUpdateFields(ParamFields, total=False):
    display_name: str | None
    contents: str | None
    """The cXML document."""
    status_callback_url: str | None
    """URL that receives status changes."""
    status_callback_method: CxmlScriptMethod | None


class CxmlScriptUpdateParams(_CxmlScriptUpdateFields, RequestKeywords):
    """Body of `fabric.cxml_scripts.update()`; keys left out are not changed."""
