"""`client.compat.faxes`: faxes sent and received, and the media of each."""

from __future__ import annotations

from .. import Op, Resource
from . import ACCOUNT

BASE = f"{ACCOUNT}/Faxes"
ONE = f"{BASE}/{{sid}}"
MEDIA = f"{BASE}/{{fax_sid}}/Media"

RESOURCE = Resource(
    "faxes",
    "CompatFaxes",
    "faxes, sent and received, and their media",
    [
        Op(
            "list",
            "GET",
            BASE,
            "CompatFax",
            "CompatFaxListParams",
            paged=True,
            form=True,
            items="faxes",
            summary="every fax of the account",
        ),
        Op(
            "create",
            "POST",
            BASE,
            "CompatFax",
            "CompatFaxCreateParams",
            form=True,
            summary="send a fax",
        ),
        Op("get", "GET", ONE, "CompatFax", form=True, summary="one fax"),
        Op(
            "update",
            "POST",
            ONE,
            "CompatFax",
            "CompatFaxUpdateParams",
            form=True,
            summary="cancel a fax that is still queued",
        ),
        Op("delete", "DELETE", ONE, None, form=True, summary="delete a fax"),
        Op(
            "list_media",
            "GET",
            MEDIA,
            "CompatFaxMedia",
            "CompatPageParams",
            paged=True,
            form=True,
            items="media",
            summary="the media files of a fax",
        ),
        Op(
            "delete_media",
            "DELETE",
            f"{MEDIA}/{{sid}}",
            None,
            form=True,
            summary="delete one media file of a fax",
        ),
        Op(
            "get_media",
            "GET",
            f"{MEDIA}/{{sid}}",
            "CompatFaxMedia",
            form=True,
            summary="one media file of a fax",
        ),
    ],
)
