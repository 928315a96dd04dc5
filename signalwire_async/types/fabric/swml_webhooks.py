"""`fabric.swml_webhooks`: SWML webhooks (external URLs that answer with SWML).

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
    "SwmlWebhook",
    "SwmlWebhookCreateParams",
    "SwmlWebhookDetails",
    "SwmlWebhookMethod",
    "SwmlWebhookUpdateParams",
    "SwmlWebhookUsedFor",
]

SwmlWebhookMethod = _Method
SwmlWebhookUsedFor = _UsedFor


@attrs.frozen(kw_only=True)
class SwmlWebhookDetails(_WebhookDetails):
    """The webhook settings (the `swml_webhook` object of a `SwmlWebhook` resource).

    `primary_request_url` is fetched for the SWML.
    """


@attrs.frozen(kw_only=True)
class SwmlWebhook(FabricResourceBase):
    """A SWML webhook resource (`/api/fabric/resources/swml_webhooks`)."""

    swml_webhook: SwmlWebhookDetails | None = nested(SwmlWebhookDetails)  # noqa: RUF009 (an attrs field)
    """The webhook settings."""


# Each parameter type inherits the request options (`extra_body=`, `request_timeout=`, ...).


class SwmlWebhookCreateParams(_WebhookCreateParams, RequestKeywords):
    """Body of `fabric.swml_webhooks.create()`; `primary_request_url` is fetched for the SWML."""


class SwmlWebhookUpdateParams(_WebhookUpdateParams, RequestKeywords):
    """Body of `fabric.swml_webhooks.update()`; keys left out are not changed."""
