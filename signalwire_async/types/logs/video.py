"""`logs.video`: logs of video room sessions."""

import attrs

from ..._models import Model, nested_list
from ._common import LogChargeDetail

__all__ = ["VideoLog"]


@attrs.frozen(kw_only=True)
class VideoLog(Model):
    """A video log (`/api/video/logs`): a room session, or a discarded log.

    A discarded log carries only `id`, `created_at` and `discarded_at`.
    """

    id: str
    """The log's uuid."""
    source: str | None = None
    """`realtime_api`."""
    type: str | None = None
    """`video_room_session` or `video_conference_session`."""
    url: str | None = None
    room_name: str | None = None
    status: str | None = None
    """`in-progress` or `completed`."""
    locked: bool | None = None
    started_at: str | None = None
    ended_at: str | None = None
    charge: float | None = None
    """The amount charged."""
    created_at: str | None = None
    charge_details: list[LogChargeDetail] | None = nested_list(LogChargeDetail)  # noqa: RUF009 (an attrs field)
    discarded_at: str | None = None
    """Discarded logs: when the log was discarded."""
