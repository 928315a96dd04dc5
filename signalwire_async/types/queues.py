"""`queues`: call queues and the calls waiting in them.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs

from .._models import Model
from .._options import ParamFields, RequestKeywords

__all__ = ["Queue", "QueueCreateParams", "QueueMember", "QueueUpdateParams"]


@attrs.frozen(kw_only=True)
class Queue(Model):
    """A call queue (`/api/relay/rest/queues`)."""

    id: str
    """The queue's uuid."""
    project_id: str | None = None
    """The project it belongs to."""
    friendly_name: str | None = None
    """Display name (the `name` given on create)."""
    max_size: int | None = None
    """Most calls it holds at once."""
    current_size: int | None = None
    """Calls waiting now."""
    average_wait_time: int | None = None
    """Average wait, in seconds."""
    uri: str | None = None
    """The queue's URL."""
    date_created: str | None = None
    """Creation time (ISO 8601)."""
    date_updated: str | None = None
    """Last change (ISO 8601)."""


@attrs.frozen(kw_only=True)
class QueueMember(Model):
    """A call waiting in a queue."""

    call_id: str | None = None
    """The waiting call's uuid (what `get_member` takes as its id)."""
    project_id: str | None = None
    """The project it belongs to."""
    queue_id: str | None = None
    """The queue's uuid."""
    position: int | None = None
    """Place in line."""
    uri: str | None = None
    """The member's URL."""
    wait_time: int | None = None
    """Seconds waited so far."""
    date_enqueued: str | None = None
    """When the call joined the queue (ISO 8601)."""


# Parameters follow `tests/spec_corrections.py` where they depart from the spec.
# Each inherits the request options (`extra_body=`, `request_timeout=`, ...).


class _QueueCreateFields(ParamFields, total=False):
    name: str | None
    """Display name (read back as `friendly_name`)."""
    max_size: int | None
    """Most calls it may hold at once."""


class QueueCreateParams(_QueueCreateFields, RequestKeywords):
    """Body of `queues.create()`."""


class _QueueUpdateFields(ParamFields, total=False):
    name: str | None
    max_size: int | None


class QueueUpdateParams(_QueueUpdateFields, RequestKeywords):
    """Body of `queues.update()`; keys left out are not changed."""
