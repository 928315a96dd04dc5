"""`fabric.swml_scripts`: SWML scripts (SWML documents hosted by SignalWire).

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from collections.abc import Mapping
from typing import Any, Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from ._common import FabricResourceBase

__all__ = [
    "SwmlScript",
    "SwmlScriptCreateParams",
    "SwmlScriptDetails",
    "SwmlScriptType",
    "SwmlScriptUpdateParams",
]

SwmlScriptType = Literal["calling", "messaging"]


@attrs.frozen(kw_only=True)
class SwmlScriptDetails(Model):
    """The script itself (the `swml_script` object of a `SwmlScript` resource).

    A calling or a messaging script; only calling scripts have a status callback.
    """

    id: str
    """The script's uuid."""
    display_name: str | None = None
    script_type: str | None = None
    """`calling` or `messaging`."""
    request_url: str | None = None
    """URL SignalWire serves the script from."""
    contents: dict[str, Any] | None = None
    """The SWML document (`version`, `sections`)."""
    status_callback_url: str | None = None
    """URL that receives call status changes (calling scripts)."""
    status_callback_method: str | None = None
    """HTTP method for `status_callback_url` (`POST`)."""


@attrs.frozen(kw_only=True)
class SwmlScript(FabricResourceBase):
    """A SWML script resource (`/api/fabric/resources/swml_scripts`)."""

    swml_script: SwmlScriptDetails | None = nested(SwmlScriptDetails)  # noqa: RUF009 (an attrs field)
    """The script itself."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _SwmlScriptCreateFields(ParamFields):
    name: str
    """Name of the script."""
    contents: Mapping[str, Any]
    """The SWML document (`{"version": "1.0.0", "sections": {"main": [...]}}`)."""
    script_type: NotRequired[SwmlScriptType | None]
    """`calling` (the default) or `messaging`."""
    status_callback_url: NotRequired[str | None]
    """URL that receives call status changes (calling scripts only)."""


class SwmlScriptCreateParams(_SwmlScriptCreateFields, RequestKeywords):
    """Body of `fabric.swml_scripts.create()`.

    Two variants: a calling script (the default) or a messaging script
    (`script_type="messaging"`, no `status_callback_url`).
    """


class _SwmlScriptUpdateFields(ParamFields, total=False):
    display_name: str | None
    """Name of the script."""
    script_type: SwmlScriptType | None
    contents: Mapping[str, Any] | None
    """The SWML document."""
    status_callback_url: str | None
    """URL that receives call status changes (calling scripts only)."""


class SwmlScriptUpdateParams(_SwmlScriptUpdateFields, RequestKeywords):
    """Body of `fabric.swml_scripts.update()`; keys left out are not changed.

    Two variants, as on create: calling or messaging (no `status_callback_url`).
    """
