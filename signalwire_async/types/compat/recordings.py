"""`compat.recordings`: recordings of the account's calls and conferences.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs

from ..._options import ParamFields, RequestKeywords
from ._common import _CompatPageFields
from ._shared import _CompatRecording

__all__ = ["CompatRecording", "CompatRecordingListParams"]


@attrs.frozen(kw_only=True)
class CompatRecording(_CompatRecording):
    """A recording of a call or a conference (`call_sid` or `conference_sid` names which)."""


# Parameters: the API's query names. Each inherits the request options.


class _CompatRecordingListFields(ParamFields, total=False):
    DateCreated: str | None
    """Only recordings created on this date (the spec asks for RFC 2822)."""
    CallSid: str | None
    """Only recordings of this call."""
    ConferenceSid: str | None
    """Only recordings of this conference."""


class CompatRecordingListParams(_CompatRecordingListFields, _CompatPageFields, RequestKeywords):
    """Query of `compat.recordings.list()`: paging, and filters.

    `DateCreated<` and `DateCreated>` go in `extra_query`.
    """
