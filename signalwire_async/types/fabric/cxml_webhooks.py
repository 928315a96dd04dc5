"""`fabric.cxml_webhooks`: cXML webhooks (external URLs that answer with cXML).

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs

from ..._models import nested
from ..._options import RequestKeywords
from ._common import FabricResourceBase
from ._webhooks import (
    _Method,
    _UsedFor,
    _WebhookCreateParams,
    _WebhookDetails,
    _WebhookUpdateParams,
)

__all__ = [
    "CxmlWebhook",
    "CxmlWebhookCreateParams",
    "CxmlWebhookDetails",
    "CxmlWebhookMethod",
    "CxmlWebhookUpdateParams",
    "CxmlWebhookUsedFor",
]

CxmlWebhookMethod = _Method
CxmlWebhookUsedFor = _UsedFor


@attrs.frozen(kw_only=True)
class CxmlWebhookDetails(_WebhookDetails):
    """The webhook settings (the `cxml_webhook` object of a `CxmlWebhook` resource).

    `primary_request_url` is fetched for the cXML.
    """


@attrs.frozen(kw_only=True)
class CxmlWebhook(FabricResourceBase):
    """A cXML webhook resource (`/api/fabric/resources/cxml_webhooks`)."""

    cxml_webhook: CxmlWebhookDetails | None = nested(CxmlWebhookDetails)  # noqa: RUF009 (an attrs field)
    """The webhook settings."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class CxmlWebhookCreateParams(_WebhookCreateParams, RequestKeywords):
    """Body of `fabric.cxml_webhooks.create()`; `primary_request_url` is fetched for the cXML."""


class CxmlWebhookUpdateParams(_WebhookUpdateParams, RequestKeywords):
    """Body of `fabric.cxml_webhooks.update()`; keys left out are not changed."""
