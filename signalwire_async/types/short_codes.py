"""`short_codes`: the project's short codes and how they handle incoming messages.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from typing import Literal

import attrs

from .._models import Model
from .._options import ParamFields, RequestKeywords
from ._common import _PageFields

__all__ = [
    "ShortCode",
    "ShortCodeHttpMethod",
    "ShortCodeListParams",
    "ShortCodeMessageHandler",
    "ShortCodeUpdateParams",
]

ShortCodeMessageHandler = Literal["relay_context", "laml_webhooks", "laml_application"]
ShortCodeHttpMethod = Literal["GET", "POST"]


@attrs.frozen(kw_only=True)
class ShortCode(Model):
    """A short code (`/api/relay/rest/short_codes`)."""

    id: str
    """The short code's uuid."""
    name: str | None = None
    number: str | None = None
    """The short code itself, e.g. `56789`."""
    capabilities: list[str] | None = None
    """`sms`, `mms`."""
    number_type: str | None = None
    """Always `shortcode`."""
    code_type: str | None = None
    """`vanity` or `random`."""
    country_code: str | None = None
    """ISO 3166-1 alpha-2, e.g. `US`."""
    created_at: str | None = None
    updated_at: str | None = None
    next_billed_at: str | None = None
    lease_duration: str | None = None
    """E.g. `12 months`."""
    message_handler: str | None = None
    """`relay_context`, `laml_webhooks` or `laml_application`."""
    message_request_url: str | None = None
    """Webhook of incoming messages (`laml_webhooks`)."""
    message_request_method: str | None = None
    """`GET` or `POST`."""
    message_fallback_url: str | None = None
    message_fallback_method: str | None = None
    message_laml_application_id: str | None = None
    """uuid of the cXML application (`laml_application`)."""
    message_relay_context: str | None = None
    """RELAY context of incoming messages (`relay_context`)."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _ShortCodeListFields(ParamFields, total=False):
    filter_name: str | None
    """Only short codes whose name contains this text."""
    filter_number: str | None
    """Only short codes whose number contains this text."""
    page_number: int | None
    """Page to return, from 0."""


class ShortCodeListParams(_ShortCodeListFields, _PageFields, RequestKeywords):
    """Query of `short_codes.list()`."""


class _ShortCodeUpdateFields(ParamFields, total=False):
    name: str | None
    """Up to 255 characters."""
    message_handler: ShortCodeMessageHandler | None
    """What handles incoming messages; the matching field below says where."""
    message_request_url: str | None
    """With `laml_webhooks`: the webhook URL."""
    message_request_method: ShortCodeHttpMethod | None
    """The webhook's method (the API's default: `POST`)."""
    message_fallback_url: str | None
    """With `laml_webhooks`: the URL tried when the webhook fails."""
    message_fallback_method: ShortCodeHttpMethod | None
    """The fallback's method (the API's default: `POST`)."""
    message_laml_application_id: str | None
    """With `laml_application`: the application's uuid."""
    message_relay_context: str | None
    """With `relay_context`: the RELAY context."""


class ShortCodeUpdateParams(_ShortCodeUpdateFields, RequestKeywords):
    """Body of `short_codes.update()`; keys left out are not changed."""
