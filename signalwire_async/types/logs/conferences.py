"""`logs.conferences`: logs of conferences (cXML, RELAY and video room sessions)."""

import attrs

from ..._models import Model, nested_list

__all__ = ["ConferenceLog", "ConferenceLogChargeDetail"]


@attrs.frozen(kw_only=True)
class ConferenceLogChargeDetail(Model):
    """One line of a video session's charge (its amount is a decimal string)."""

    description: str | None = None
    charge: str | None = None
    """Amount in US dollars, as a decimal string."""


@attrs.frozen(kw_only=True)
class ConferenceLog(Model):
    """A conference log (`/api/logs/conferences`), of one of three kinds (`type`).

    `cxml_conference` and `relay_conference` logs carry the conference fields (`name`,
    `region`, `max_size`, `current_participants`; RELAY adds the recording); video room
    sessions (`video_room_session`, `video_conference_session`) carry the session fields
    (`room_name`, `url`, `locked`, `started_at`, `ended_at`, `charge`).
    """

    id: str
    """The log's uuid."""
    type: str
    """`cxml_conference`, `relay_conference`, `video_room_session` or
    `video_conference_session`."""
    created_at: str | None = None
    project_id: str | None = None
    region: str | None = None
    name: str | None = None
    status: str | None = None
    max_size: int | None = None
    """Participants allowed at most."""
    current_participants: int | None = None
    updated_at: str | None = None
    recording_url: str | None = None
    """RELAY: the conference's recording."""
    recording_duration: int | None = None
    recording_file_size: int | None = None
    source: str | None = None
    """Video sessions: where the session came from."""
    url: str | None = None
    room_name: str | None = None
    locked: bool | None = None
    started_at: str | None = None
    ended_at: str | None = None
    charge: str | None = None
    """Video sessions: the total charge in US dollars, as a decimal string."""
    charge_details: list[ConferenceLogChargeDetail] | None = nested_list(  # noqa: RUF009 (an attrs field)
        ConferenceLogChargeDetail
    )
