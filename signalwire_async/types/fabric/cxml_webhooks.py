"""`fabric.cxml_webhooks`: cXML webhooks (external URLs that answer with cXML).

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from typing import Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model, nested
from ..._options import RequestOptions

CxmlWebhookMethod = Literal["GET", "POST"]
CxmlWebhookUsedFor = Literal["calling", "messaging"]


@attrs.frozen(kw_only=True)
class CxmlWebhookDetails(Model):
    """The webhook settings (the `cxml_webhook` object of a `CxmlWebhook` resource)."""

    id: str
    """The webhook's uuid."""
    name: str | None = None
    used_for: str | None = None
    """`calling` or `messaging`."""
    primary_request_url: str | None = None
    """URL fetched for the cXML."""
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
class CxmlWebhook(Model):
    """A cXML webhook resource (`/api/fabric/resources/cxml_webhooks`)."""

    id: str
    """The resource's uuid."""
    type: str
    """What kind of resource this is (`cxml_webhook`)."""
    project_id: str | None = None
    display_name: str | None = None
    created_at: str | None = None
    """Creation time (ISO 8601)."""
    updated_at: str | None = None
    """Last change (ISO 8601)."""
    cxml_webhook: CxmlWebhookDetails | None = nested(CxmlWebhookDetails)  # noqa: RUF009 (an attrs field)
    """The webhook settings."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class CxmlWebhookCreateParams(RequestOptions):
    """Body of `fabric.cxml_webhooks.create()`."""

    primary_request_url: str
    """URL fetched for the cXML."""
    name: NotRequired[str]
    used_for: NotRequired[CxmlWebhookUsedFor]
    """`calling` (the default) or `messaging`."""
    primary_request_method: NotRequired[CxmlWebhookMethod]
    """`GET` or `POST` (the default)."""
    fallback_request_url: NotRequired[str]
    """URL used when `primary_request_url` fails."""
    fallback_request_method: NotRequired[CxmlWebhookMethod]
    status_callback_url: NotRequired[str]
    """URL that receives status changes."""
    status_callback_method: NotRequired[CxmlWebhookMethod]


class CxmlWebhookUpdateParams(RequestOptions, total=False):
    """Body of `fabric.cxml_webhooks.update()`; keys left out are not changed."""

    name: str
    used_for: CxmlWebhookUsedFor
    primary_request_url: str
    """URL fetched for the cXML."""
    primary_request_method: CxmlWebhookMethod
    fallback_request_url: str
    """URL used when `primary_request_url` fails."""
    fallback_request_method: CxmlWebhookMethod
    status_callback_url: str
    """URL that receives status changes."""
    status_callback_method: CxmlWebhookMethod
