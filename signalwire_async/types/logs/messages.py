"""`logs.messages`: logs of SMS and MMS messages."""

import attrs

from ._common import _FaxOrMessageLog

__all__ = ["MessageLog"]


@attrs.frozen(kw_only=True)
class MessageLog(_FaxOrMessageLog):
    """A message log (`/api/messaging/logs`); its `type` is `relay_message` or `laml_message`."""

    kind: str | None = None
    """`sms` or `mms`."""
    number_of_segments: int | None = None
