"""`fabric.cxml_applications`: cXML (LaML) applications as Fabric resources.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
Fabric has no `create` for them.
"""

from typing import Literal

import attrs

from ..._models import Model, nested
from ..._options import ParamFields, RequestKeywords
from ._common import FabricResourceBase

__all__ = [
    "CxmlApplication",
    "CxmlApplicationDetails",
    "CxmlApplicationMethod",
    "CxmlApplicationUpdateParams",
]

CxmlApplicationMethod = Literal["GET", "POST"]


@attrs.frozen(kw_only=True)
class CxmlApplicationDetails(Model):
    """The application's settings (the `cxml_application` object of a cXML application)."""

    id: str
    """The application's uuid."""
    project_id: str | None = None
    friendly_name: str | None = None
    """Application name."""
    voice_url: str | None = None
    """URL fetched for the cXML of an inbound call."""
    voice_method: str | None = None
    """`GET` or `POST` for `voice_url`."""
    voice_fallback_url: str | None = None
    """URL used when `voice_url` fails."""
    voice_fallback_method: str | None = None
    """`GET` or `POST` for `voice_fallback_url`."""
    status_callback: str | None = None
    """URL that receives call status changes."""
    status_callback_method: str | None = None
    """`GET` or `POST` for `status_callback`."""
    sms_url: str | None = None
    """URL fetched for the cXML of an inbound message."""
    sms_method: str | None = None
    """`GET` or `POST` for `sms_url`."""
    sms_fallback_url: str | None = None
    """URL used when `sms_url` fails."""
    sms_fallback_method: str | None = None
    """`GET` or `POST` for `sms_fallback_url`."""
    sms_status_callback: str | None = None
    """URL that receives message status changes."""
    sms_status_callback_method: str | None = None
    """`GET` or `POST` for `sms_status_callback`."""


@attrs.frozen(kw_only=True)
class CxmlApplication(FabricResourceBase):
    """A cXML application resource (`/api/fabric/resources/cxml_applications`)."""

    cxml_application: CxmlApplicationDetails | None = nested(CxmlApplicationDetails)  # noqa: RUF009 (an attrs field)
    """The application's settings."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _CxmlApplicationUpdateFields(ParamFields, total=False):
    display_name: str | None
    """Application name."""
    account_sid: str | None
    """Project uuid of the application (the compatibility API's account SID)."""
    voice_url: str | None
    """URL fetched for the cXML of an inbound call."""
    voice_method: CxmlApplicationMethod | None
    voice_fallback_url: str | None
    voice_fallback_method: CxmlApplicationMethod | None
    status_callback: str | None
    """URL that receives call status changes."""
    status_callback_method: CxmlApplicationMethod | None
    sms_url: str | None
    """URL fetched for the cXML of an inbound message."""
    sms_method: CxmlApplicationMethod | None
    sms_fallback_url: str | None
    sms_fallback_method: CxmlApplicationMethod | None
    sms_status_callback: str | None
    """URL that receives message status changes."""
    sms_status_callback_method: CxmlApplicationMethod | None


class CxmlApplicationUpdateParams(_CxmlApplicationUpdateFields, RequestKeywords):
    """Body of `fabric.cxml_applications.update()`; keys left out are not changed."""
