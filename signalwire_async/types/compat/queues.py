"""`compat.queues`: call queues and the calls waiting in them.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from typing import Literal

import attrs
from typing_extensions import NotRequired

from ..._models import Model
from ..._options import ParamFields, RequestKeywords

__all__ = [
    "CompatQueue",
    "CompatQueueCreateParams",
    "CompatQueueMember",
    "CompatQueueMemberDequeueParams",
    "CompatQueueMemberHttpMethod",
    "CompatQueueUpdateParams",
]

CompatQueueMemberHttpMethod = Literal["GET", "POST"]
"""How the URL a dequeued call is sent to is requested."""


@attrs.frozen(kw_only=True)
class CompatQueue(Model):
    """A call queue."""

    sid: str
    """The queue's id (a uuid)."""
    account_sid: str | None = None
    friendly_name: str | None = None
    max_size: int | None = None
    """Most calls it holds; None when unlimited."""
    current_size: int | None = None
    """Calls waiting now."""
    average_wait_time: int | None = None
    """Seconds, on average, a call waits."""
    api_version: str | None = None
    date_created: str | None = None
    """RFC 2822 date, as the API sends it."""
    date_updated: str | None = None
    uri: str | None = None


@attrs.frozen(kw_only=True)
class CompatQueueMember(Model):
    """A call waiting in a queue."""

    call_sid: str | None = None
    """The waiting call's id."""
    queue_sid: str | None = None
    account_sid: str | None = None
    position: int | None = None
    """Its place in line (1: the front)."""
    wait_time: int | None = None
    """Seconds it has waited."""
    date_enqueued: str | None = None
    member_type: str | None = None
    uri: str | None = None


# Parameters: the API's form field names. Each inherits the request options.


class _CompatQueueCreateFields(ParamFields):
    FriendlyName: str
    """The queue's name: letters, digits and `_`, unique among the account's queues."""
    MaxSize: NotRequired[int | None]
    """Most calls it may hold."""


class CompatQueueCreateParams(_CompatQueueCreateFields, RequestKeywords):
    """Form of `compat.queues.create()`."""


class _CompatQueueUpdateFields(ParamFields, total=False):
    FriendlyName: str | None
    MaxSize: int | None


class CompatQueueUpdateParams(_CompatQueueUpdateFields, RequestKeywords):
    """Form of `compat.queues.update()`; fields left out are not changed."""


class _CompatQueueMemberDequeueFields(ParamFields):
    Url: str
    """URL of the cXML document the call continues with."""
    Method: NotRequired[CompatQueueMemberHttpMethod | None]


class CompatQueueMemberDequeueParams(_CompatQueueMemberDequeueFields, RequestKeywords):
    """Form of `compat.queues.dequeue_member()`: where the call goes next."""
