"""What the log resources share: the list query and the charge lines.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs

from ..._models import Model
from .._common import PageParams


@attrs.frozen(kw_only=True)
class LogChargeDetail(Model):
    """One line of a log's charge: what it is for and its amount."""

    description: str | None = None
    charge: float | None = None
    """The amount charged."""


class LogListParams(PageParams, total=False):
    """Query of the log lists (`logs.voice.list()`, `logs.fax.list()`, ...)."""

    include_deleted: bool
    """Include logs of deleted activity too."""
    created_before: str
    """Only activity before this date (`YYYY-MM-DD` or an ISO 8601 time)."""
    created_on: str
    """Only activity on this date (`YYYY-MM-DD`)."""
    created_after: str
    """Only activity after this date (`YYYY-MM-DD` or an ISO 8601 time)."""
    page_number: int
    """Page to return, from 0 (past 0 it needs `page_token`)."""
