"""`compat.transcriptions`: text transcriptions of the account's recordings.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs

from ..._models import Model
from ..._options import ParamFields, RequestKeywords
from ._common import _CompatPageFields

__all__ = ["CompatTranscription", "CompatTranscriptionListParams"]


@attrs.frozen(kw_only=True)
class CompatTranscription(Model):
    """The text of a recording."""

    sid: str
    """The transcription's id (a uuid)."""
    account_sid: str | None = None
    api_version: str | None = None
    recording_sid: str | None = None
    """The recording transcribed."""
    transcription_text: str | None = None
    """The text; None when there is none."""
    status: str | None = None
    """`completed` for every transcription the API lists."""
    type: str | None = None
    duration: int | None = None
    """Length of the recording in seconds."""
    price: str | None = None
    price_unit: str | None = None
    date_created: str | None = None
    date_updated: str | None = None
    uri: str | None = None


# Parameters: the API's query names. Each inherits the request options.


class _CompatTranscriptionListFields(ParamFields, total=False):
    DateCreated: str | None
    """Only transcriptions created on this date (the spec asks for RFC 2822)."""


class CompatTranscriptionListParams(
    _CompatTranscriptionListFields, _CompatPageFields, RequestKeywords
):
    """Query of `compat.transcriptions.list()`: paging, and a date filter.

    `DateCreated<` and `DateCreated>` go in `extra_query`.
    """
