"""`logs.fax`: logs of faxes sent and received."""

import attrs

from ._common import _FaxOrMessageLog

__all__ = ["FaxLog"]


@attrs.frozen(kw_only=True)
class FaxLog(_FaxOrMessageLog):
    """A fax log (`/api/fax/logs`); its `type` is `laml_call`, its `source` `laml`."""

    remote_station: str | None = None
    """The remote fax server, when the customer hosts one."""
    number_of_pages: int | None = None
    quality: str | None = None
    """`fine`, `standard` or `superfine`."""
