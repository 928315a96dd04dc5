"""`compat.faxes`: faxes sent and received, and the media files of each.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import datetime
from collections.abc import Sequence
from typing import Literal

import attrs
from typing_extensions import Required

from ..._models import Model, json_key, nested
from ..._options import ParamFields, RequestKeywords
from ._common import _CompatPageFields

__all__ = [
    "CompatFax",
    "CompatFaxCallbackMethod",
    "CompatFaxCreateParams",
    "CompatFaxLinks",
    "CompatFaxListParams",
    "CompatFaxMedia",
    "CompatFaxQuality",
    "CompatFaxUpdateParams",
    "CompatFaxUpdateStatus",
]

CompatFaxQuality = Literal["standard", "fine", "superfine"]
"""The resolution a fax is sent at."""
CompatFaxCallbackMethod = Literal["GET", "POST"]
"""How the status callback is requested."""
CompatFaxUpdateStatus = Literal["canceled"]
"""The one status a fax can be given: cancelling it."""


@attrs.frozen(kw_only=True)
class CompatFaxLinks(Model):
    """Where a fax's related resources are."""

    media: str | None = None
    """The path of the fax's media list."""


@attrs.frozen(kw_only=True)
class CompatFax(Model):
    """A fax, sent or received."""

    sid: str
    """The fax's id (a uuid)."""
    account_sid: str | None = None
    api_version: str | None = None
    date_created: str | None = None
    date_updated: str | None = None
    direction: str | None = None
    """`inbound` or `outbound`."""
    from_: str | None = attrs.field(default=None, metadata=json_key("from"))
    """The sender (E.164 number or client identifier)."""
    to: str | None = None
    """The recipient (E.164 number or SIP URI)."""
    media_url: str | None = None
    """Where the fax document can be fetched; None until there is one."""
    media_sid: str | None = None
    num_pages: str | None = None
    """The page count, as a string; None until it is known."""
    price: str | None = None
    price_unit: str | None = None
    quality: str | None = None
    """`standard`, `fine` or `superfine`."""
    status: str | None = None
    """`queued`, `processing`, `sending`, `delivered`, `receiving`, `received`, `no-answer`,
    `busy`, `failed` or `canceled`."""
    duration: int | None = None
    """Seconds the transmission took."""
    links: CompatFaxLinks | None = nested(CompatFaxLinks)  # noqa: RUF009 (an attrs field)
    url: str | None = None
    error_code: str | None = None
    error_message: str | None = None


@attrs.frozen(kw_only=True)
class CompatFaxMedia(Model):
    """One media file (the document) of a fax."""

    sid: str
    """The media's id (a uuid)."""
    account_sid: str | None = None
    fax_sid: str | None = None
    content_type: str | None = None
    """The MIME type, e.g. `application/pdf`."""
    date_created: str | None = None
    date_updated: str | None = None
    uri: str | None = None
    url: str | None = None


# Parameters: the API's form field (or query) names. Each inherits the request options.


class _CompatFaxListFields(ParamFields, total=False):
    DateCreatedAfter: str | datetime.date | datetime.datetime | None
    """Only faxes created after this moment (sent as ISO 8601)."""
    DateCreatedOnOrBefore: str | datetime.date | datetime.datetime | None
    """Only faxes created on or before this moment (sent as ISO 8601)."""
    From: str | None
    """Only faxes from this number (E.164)."""
    To: str | None
    """Only faxes to this number (E.164)."""


class CompatFaxListParams(_CompatFaxListFields, _CompatPageFields, RequestKeywords):
    """Query of `compat.faxes.list()`: paging, and filters."""


class _CompatFaxCreateFields(ParamFields, total=False):
    To: Required[str]
    """The recipient: an E.164 number or a SIP URI."""
    From: Required[str]
    """The sender: an E.164 number of the account, or a client identifier."""
    MediaUrl: Required[str]
    """The URL of the document to send (a PDF, for instance)."""
    Quality: CompatFaxQuality | None
    StatusCallback: str | None
    """URL told of each status change."""
    StatusCallbackMethod: CompatFaxCallbackMethod | None
    StatusCallbackEvent: Sequence[str] | None
    """The events the callback is told of (the field is repeated for each)."""
    StoreMedia: bool | None
    """Whether SignalWire keeps a copy of the document."""
    Ttl: int | None
    """Minutes the fax may wait to be sent."""
    SipAuthUsername: str | None
    """Credentials for a SIP URI recipient."""
    SipAuthPassword: str | None


class CompatFaxCreateParams(_CompatFaxCreateFields, RequestKeywords):
    """Form of `compat.faxes.create()`: whom to send what, and how."""


class _CompatFaxUpdateFields(ParamFields, total=False):
    Status: Required[CompatFaxUpdateStatus]
    """`canceled`."""


class CompatFaxUpdateParams(_CompatFaxUpdateFields, RequestKeywords):
    """Form of `compat.faxes.update()`: the only change is cancelling a queued fax."""
