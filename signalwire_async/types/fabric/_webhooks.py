"""The fields shared by cXML and SWML webhooks (`fabric.cxml_webhooks`, `fabric.swml_webhooks`).

Private bases: each webhook module subclasses them under its own names and docstrings.
No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from typing import Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model
from ..._options import ParamFields

__all__: list[str] = []  # nothing public: the public modules build on these

_Method = Literal["GET", "POST"]
_UsedFor = Literal["calling", "messaging"]


@attrs.frozen(kw_only=True)
class _WebhookDetails(Model):
    """The webhook settings of a cXML or SWML webhook resource."""

    id: str
    """The webhook's uuid."""
    name: str | None = None
    used_for: str | None = None
    """`calling` or `messaging`."""
    primary_request_url: str | None = None
    """URL fetched for the document (cXML or SWML)."""
    primary_request_method: str | None = None
    """`GET` or `POST` for `primary_request_url`."""
    fallback_request_url: str | None = None
    """URL used when `primary_request_url` fails."""
    fallback_request_method: str | None = None
    """`GET` or `POST` for `fallback_request_url`."""
    status_callback_url: str | None = None
    """URL that receives status changes."""
    status_callback_method: str | None = None
    """`GET` or `POST` for `status_callback_url`."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _WebhookCreateParams(ParamFields):
    """Body of a webhook `create()`."""

    primary_request_url: str
    """URL fetched for the document (cXML or SWML)."""
    name: NotRequired[str | None]
    used_for: NotRequired[_UsedFor | None]
    """`calling` (the default) or `messaging`."""
    primary_request_method: NotRequired[_Method | None]
    """`GET` or `POST` (the default)."""
    fallback_request_url: NotRequired[str | None]
    """URL used when `primary_request_url` fails."""
    fallback_request_method: NotRequired[_Method | None]
    status_callback_url: NotRequired[str | None]
    """URL that receives status changes."""
    status_callback_method: NotRequired[_Method | None]


class _WebhookUpdateParams(ParamFields, total=False):
    """Body of a webhook `update()`; keys left out are not changed."""

    name: str | None
    used_for: _UsedFor | None
    primary_request_url: str | None
    """URL fetched for the document (cXML or SWML)."""
    primary_request_method: _Method | None
    fallback_request_url: str | None
    """URL used when `primary_request_url` fails."""
    fallback_request_method: _Method | None
    status_callback_url: str | None
    """URL that receives status changes."""
    status_callback_method: _Method | None
