"""`compat.recordings`: recordings of the account's calls and conferences.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

from typing import Any

import attrs

from ..._models import Model
from ._common import CompatPageParams


@attrs.frozen(kw_only=True)
class CompatRecording(Model):
    """A recording of a call or a conference."""

    sid: str
    """The recording's id (a uuid)."""
    account_sid: str | None = None
    api_version: str | None = None
    call_sid: str | None = None
    """The call recorded, if a call."""
    conference_sid: str | None = None
    """The conference recorded, if a conference."""
    channel: str | None = None
    """`1` (mono) or `2` (stereo), as a string."""
    channels: str | None = None
    """The same as `channel`."""
    date_created: str | None = None
    date_updated: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    duration: int | None = None
    """Length in seconds."""
    price: str | None = None
    price_unit: str | None = None
    source: str | None = None
    """What started it: `DialVerb`, `Conference`, `OutBoundApi`, `Trunking`, `RecordVerb`,
    `StartCallRecordingApi` or `StartConferenceRecording`."""
    status: str | None = None
    """`queued`, `in-progress`, `paused`, `resumed`, `completed`, `absent` or `stopped`."""
    error_code: str | None = None
    uri: str | None = None
    subresource_uris: dict[str, Any] | None = None
    """Paths of the recording's sub-resources (`transcriptions`)."""
    encryption_details: str | None = None
    trim: str | None = None
    """Whether silence at either end is trimmed, e.g. `do-not-trim`."""


# Parameters: the API's query names. Each inherits the request options.


class CompatRecordingListParams(CompatPageParams, total=False):
    """Query of `compat.recordings.list()`: paging, and filters.

    `DateCreated<` and `DateCreated>` go in `extra_query`.
    """

    DateCreated: str
    """Only recordings created on this date (the spec asks for RFC 2822)."""
    CallSid: str
    """Only recordings of this call."""
    ConferenceSid: str
    """Only recordings of this conference."""
