"""What the log resources share: the list query, the charge lines and (private) the fields
of fax and message logs.

No `from __future__ import annotations` here: `TypedDict` must see its types at run time.
"""

import attrs

from ..._models import Model, json_key, nested_list
from ..._options import ParamFields, RequestKeywords
from .._common import _PageFields

__all__ = ["LogChargeDetail", "LogListParams"]


@attrs.frozen(kw_only=True)
class LogChargeDetail(Model):
    """One line of a log's charge: what it is for and its amount."""

    description: str | None = None
    charge: float | None = None
    """The amount charged."""


@attrs.frozen(kw_only=True)
class _FaxOrMessageLog(Model):
    """The fields a fax log and a message log share; each adds its own."""

    id: str
    """The log's uuid."""
    type: str
    """`laml_call` (a fax), `relay_message` or `laml_message` (a message)."""
    from_: str | None = attrs.field(default=None, metadata=json_key("from"))
    to: str | None = None
    status: str | None = None
    """E.g. `queued`, `in-progress`, `sent`, `delivered`, `completed`, `failed`."""
    direction: str | None = None
    """E.g. `inbound`, `outbound`, `outbound-api`, `outbound-dial`."""
    source: str | None = None
    """`laml` or `realtime_api`."""
    url: str | None = None
    charge: float | None = None
    """The amount charged."""
    charge_details: list[LogChargeDetail] | None = nested_list(LogChargeDetail)  # noqa: RUF009 (an attrs field)
    created_at: str | None = None
    error_code: str | None = None
    error_message: str | None = None


class _LogListFields(ParamFields, total=False):
    include_deleted: bool | None
    """Include logs of deleted activity too."""
    created_before: str | None
    """Only activity before this date (`YYYY-MM-DD` or an ISO 8601 time)."""
    created_on: str | None
    """Only activity on this date (`YYYY-MM-DD`)."""
    created_after: str | None
    """Only activity after this date (`YYYY-MM-DD` or an ISO 8601 time)."""
    page_number: int | None
    """Page to return, from 0 (past 0 it needs `page_token`)."""


class LogListParams(_LogListFields, _PageFields, RequestKeywords):
    """Query of the log lists (`logs.voice.list()`, `logs.fax.list()`, ...)."""
