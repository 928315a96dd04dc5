"""`client.recordings`: recordings of calls and conferences."""

from __future__ import annotations

from . import Op, Resource

B = "/api/relay/rest/recordings"

NAMESPACE = Resource(
    "recordings",
    "Recordings",
    "call and conference recordings",
    [
        Op("list", "GET", B, "Recording", "PageParams", paged=True, summary="every recording"),
        Op("get", "GET", f"{B}/{{id}}", "Recording", summary="one recording"),
        Op("delete", "DELETE", f"{B}/{{id}}", None, summary="delete a recording"),
    ],
)
