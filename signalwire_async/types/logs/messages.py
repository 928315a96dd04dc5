"""`logs.messages`: logs of SMS and MMS messages."""

import attrs

from ..._models import Model, json_key, nested_list
from ._common import LogChargeDetail


@attrs.frozen(kw_only=True)
class MessageLog(Model):
    """A message log (`/api/messaging/logs`)."""

    id: str
    """The log's uuid."""
    type: str
    """`relay_message` or `laml_message`."""
    from_: str | None = attrs.field(default=None, metadata=json_key("from"))
    to: str | None = None
    status: str | None = None
    """E.g. `queued`, `sent`, `delivered`, `undelivered`, `failed`."""
    direction: str | None = None
    """E.g. `inbound`, `outbound`, `outbound-api`."""
    kind: str | None = None
    """`sms` or `mms`."""
    source: str | None = None
    """`realtime_api` or `laml`."""
    url: str | None = None
    number_of_segments: int | None = None
    charge: float | None = None
    """The amount charged."""
    charge_details: list[LogChargeDetail] | None = nested_list(LogChargeDetail)  # noqa: RUF009 (an attrs field)
    created_at: str | None = None
    error_message: str | None = None
    error_code: str | None = None
