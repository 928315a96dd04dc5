"""`logs.voice`: logs of calls, and the events of each."""

from typing import Any

import attrs

from ..._models import Model, json_key, nested_list
from ._common import LogChargeDetail

__all__ = ["VoiceLog", "VoiceLogEvent", "VoiceLogEventList"]


@attrs.frozen(kw_only=True)
class VoiceLog(Model):
    """A voice log (`/api/voice/logs`): one call or call leg, or a discarded log.

    `type` tells the kind: RELAY and cXML calls (`relay_pstn_call`, `relay_sip_call`,
    `relay_webrtc_call`, `laml_call`), video room legs (`video_room_pstn_leg`,
    `video_room_sip_leg`), Dialogflow calls (`dialogflow_call`) and Fabric subscriber legs
    (`fabric_subscriber_device_leg`). A discarded log carries only `id`, `created_at` and
    `discarded_at`.
    """

    id: str
    """The log's uuid."""
    from_: str | None = attrs.field(default=None, metadata=json_key("from"))
    to: str | None = None
    source: str | None = None
    """`dialogflow`, `laml` or `realtime_api`."""
    charge: float | None = None
    """Amount in US dollars."""
    charge_details: list[LogChargeDetail] | None = nested_list(LogChargeDetail)  # noqa: RUF009 (an attrs field)
    created_at: str | None = None
    type: str | None = None
    url: str | None = None
    """The cXML call's resource (null for other kinds)."""
    direction: str | None = None
    """`inbound`, `outbound`, `outbound-api` or `outbound-dial`."""
    status: str | None = None
    """E.g. `queued`, `ringing`, `in-progress`, `completed`, `failed`."""
    duration: int | None = None
    """Seconds."""
    duration_ms: int | None = None
    billing_ms: int | None = None
    """Billed milliseconds (RELAY and cXML calls)."""
    parent_id: str | None = None
    """The parent log, for related call entries (RELAY and cXML calls)."""
    discarded_at: str | None = None
    """Discarded logs: when the log was discarded."""


@attrs.frozen(kw_only=True)
class VoiceLogEvent(Model):
    """One event of a call's log."""

    event_at: str | None = None
    level: str | None = None
    """`info`, `warn`, `error` or `debug`."""
    name: str | None = None
    """The event, e.g. `calling_call_initiated`."""
    details: dict[str, Any] | None = None
    """What the event carries; its shape depends on the event."""
    project_id: str | None = None
    log_id: str | None = None
    """The voice log the event belongs to."""


@attrs.frozen(kw_only=True)
class VoiceLogEventList(Model):
    """The answer of `logs.voice.list_events()`: every event of the log, in one answer."""

    data: list[VoiceLogEvent] | None = nested_list(VoiceLogEvent)  # noqa: RUF009 (an attrs field)
