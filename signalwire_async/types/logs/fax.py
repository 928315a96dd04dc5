"""`logs.fax`: logs of faxes sent and received."""

import attrs

from ..._models import Model, json_key, nested_list
from ._common import LogChargeDetail


@attrs.frozen(kw_only=True)
class FaxLog(Model):
    """A fax log (`/api/fax/logs`)."""

    id: str
    """The log's uuid."""
    type: str
    """`laml_call`."""
    from_: str | None = attrs.field(default=None, metadata=json_key("from"))
    to: str | None = None
    status: str | None = None
    """E.g. `queued`, `in-progress`, `completed`, `failed`."""
    direction: str | None = None
    """`inbound`, `outbound-api` or `outbound-dial`."""
    source: str | None = None
    """`laml`."""
    url: str | None = None
    remote_station: str | None = None
    """The remote fax server, when the customer hosts one."""
    charge: float | None = None
    """The amount charged."""
    number_of_pages: int | None = None
    quality: str | None = None
    """`fine`, `standard` or `superfine`."""
    charge_details: list[LogChargeDetail] | None = nested_list(LogChargeDetail)  # noqa: RUF009 (an attrs field)
    created_at: str | None = None
    error_code: str | None = None
    error_message: str | None = None
