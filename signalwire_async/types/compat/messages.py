"""`compat.messages`: SMS and MMS messages, and the media attached to each.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import datetime
from collections.abc import Sequence
from typing import Any, Literal

import attrs
from typing_extensions import Required

from ..._models import Model, json_key
from ..._options import ParamFields, RequestKeywords
from ._common import _CompatPageFields

__all__ = [
    "CompatMessage",
    "CompatMessageCreateParams",
    "CompatMessageListParams",
    "CompatMessageMedia",
    "CompatMessageMediaListParams",
    "CompatMessageStatus",
    "CompatMessageUpdateParams",
]

CompatMessageStatus = Literal[
    "queued", "initiated", "sent", "failed", "delivered", "undelivered", "received"
]
"""Where a message is in its life."""


@attrs.frozen(kw_only=True)
class CompatMessage(Model):
    """An SMS or MMS message, sent or received."""

    sid: str
    """The message's id (a uuid)."""
    account_sid: str | None = None
    api_version: str | None = None
    from_: str | None = attrs.field(default=None, metadata=json_key("from"))
    """The sender (E.164)."""
    to: str | None = None
    """The recipient (E.164)."""
    body: str | None = None
    """The text; None when there is none."""
    num_segments: int | None = None
    """How many SMS segments the text took."""
    num_media: int | None = None
    """How many media files are attached."""
    direction: str | None = None
    """`inbound`, `outbound-api`, `outbound-call` or `outbound-reply`."""
    status: str | None = None
    """`queued`, `initiated`, `sent`, `failed`, `delivered`, `undelivered` or `received`."""
    error_code: str | None = None
    error_message: str | None = None
    price: float | None = None
    """The cost; None until it is known."""
    price_unit: str | None = None
    messaging_service_sid: str | None = None
    """The number group it was sent through, if any."""
    date_created: str | None = None
    date_sent: str | None = None
    date_updated: str | None = None
    uri: str | None = None
    subresource_uris: dict[str, Any] | None = None
    """Paths of the message's sub-resources (`media`)."""


@attrs.frozen(kw_only=True)
class CompatMessageMedia(Model):
    """One media file attached to a message."""

    sid: str
    """The media's id (a uuid)."""
    account_sid: str | None = None
    parent_sid: str | None = None
    """The message it belongs to."""
    content_type: str | None = None
    """The MIME type, e.g. `image/jpeg`."""
    date_created: str | None = None
    date_updated: str | None = None
    uri: str | None = None


# Parameters: the API's form field (or query) names. Each inherits the request options.


class _CompatMessageListFields(ParamFields, total=False):
    DateSent: str | datetime.date | datetime.datetime | None
    """Only messages sent on this day (UTC; sent as `YYYY-MM-DD` for a date)."""
    From: str | None
    """Only messages from this number (E.164)."""
    To: str | None
    """Only messages to this number (E.164)."""
    Status: CompatMessageStatus | None
    """Only messages in this status."""


class CompatMessageListParams(_CompatMessageListFields, _CompatPageFields, RequestKeywords):
    """Query of `compat.messages.list()`: paging, and filters.

    `DateSent<` and `DateSent>` (sent before or after a day) go in `extra_query`.
    """


class _CompatMessageCreateFields(ParamFields, total=False):
    To: Required[str]
    """The recipient (E.164)."""
    From: str | None
    """The sender: a number of the account (E.164)."""
    MessagingServiceSid: str | None
    """A number group to send from, instead of `From`."""
    Body: str | None
    """The text."""
    MediaUrl: Sequence[str] | None
    """URLs of media to attach (an MMS); the field is repeated for each."""
    SendAsMms: bool | None
    """Send as MMS even when there is no media."""
    ApplicationSid: str | None
    """A cXML application whose status callback settings apply."""
    MaxPrice: str | None
    """The most, in USD, the message may cost (a decimal, e.g. `0.0150`)."""
    StatusCallback: str | None
    """URL told of each status change."""
    ValidityPeriod: int | None
    """Seconds the message may wait in the queue before it is dropped."""


class CompatMessageCreateParams(_CompatMessageCreateFields, RequestKeywords):
    """Form of `compat.messages.create()`.

    Give `From` or `MessagingServiceSid` for the sender, and `Body` or `MediaUrl` (or both)
    for the content.
    """


class _CompatMessageUpdateFields(ParamFields, total=False):
    Body: Required[str]
    """The new text; the API takes only `""` (redact)."""


class CompatMessageUpdateParams(_CompatMessageUpdateFields, RequestKeywords):
    """Form of `compat.messages.update()`: redacting a sent message's text."""


class _CompatMessageMediaListFields(ParamFields, total=False):
    DateCreated: str | datetime.date | datetime.datetime | None
    """Only media created on this day (UTC; sent as `YYYY-MM-DD` for a date)."""


class CompatMessageMediaListParams(
    _CompatMessageMediaListFields, _CompatPageFields, RequestKeywords
):
    """Query of `compat.messages.list_media()`: paging, and a date filter.

    `DateCreated<` and `DateCreated>` go in `extra_query`.
    """
