"""`fabric.swml_webhooks`: SWML webhooks (external URLs that answer with SWML).

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from typing import Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested
from ..._options import RequestOptions

SwmlWebhookMethod = Literal["GET", "POST"]
SwmlWebhookUsedFor = Literal["calling", "messaging"]


@attrs.frozen(kw_only=True)
class SwmlWebhookDetails(Model):
    """The webhook settings (the `swml_webhook` object of a `SwmlWebhook` resource)."""

    id: str
    """The webhook's uuid."""
    name: str | None = None
    used_for: str | None = None
    """`calling` or `messaging`."""
    primary_request_url: str | None = None
    """URL fetched for the SWML."""
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


@attrs.frozen(kw_only=True)
class SwmlWebhook(Model):
    """A SWML webhook resource (`/api/fabric/resources/swml_webhooks`)."""

    id: str
    """The resource's uuid."""
    type: str
    """What kind of resource this is (`swml_webhook`)."""
    project_id: str | None = None
    display_name: str | None = None
    created_at: str | None = None
    """Creation time (ISO 8601)."""
    updated_at: str | None = None
    """Last change (ISO 8601)."""
    swml_webhook: SwmlWebhookDetails | None = nested(SwmlWebhookDetails)  # noqa: RUF009 (an attrs field)
    """The webhook settings."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class SwmlWebhookCreateParams(RequestOptions):
    """Body of `fabric.swml_webhooks.create()`."""

    primary_request_url: str
    """URL fetched for the SWML."""
    name: NotRequired[str]
    used_for: NotRequired[SwmlWebhookUsedFor]
    """`calling` (the default) or `messaging`."""
    primary_request_method: NotRequired[SwmlWebhookMethod]
    """`GET` or `POST` (the default)."""
    fallback_request_url: NotRequired[str]
    """URL used when `primary_request_url` fails."""
    fallback_request_method: NotRequired[SwmlWebhookMethod]
    status_callback_url: NotRequired[str]
    """URL that receives status changes."""
    status_callback_method: NotRequired[SwmlWebhookMethod]


class SwmlWebhookUpdateParams(RequestOptions, total=False):
    """Body of `fabric.swml_webhooks.update()`; keys left out are not changed."""

    name: str
    used_for: SwmlWebhookUsedFor
    primary_request_url: str
    """URL fetched for the SWML."""
    primary_request_method: SwmlWebhookMethod
    fallback_request_url: str
    """URL used when `primary_request_url` fails."""
    fallback_request_method: SwmlWebhookMethod
    status_callback_url: str
    """URL that receives status changes."""
    status_callback_method: SwmlWebhookMethod
