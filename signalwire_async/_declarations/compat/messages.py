"""`client.compat.messages`: SMS and MMS messages, and the media of each."""

from __future__ import annotations

from .. import Op, Resource
from . import ACCOUNT

BASE = f"{ACCOUNT}/Messages"
ONE = f"{BASE}/{{sid}}"
MEDIA = f"{BASE}/{{message_sid}}/Media"

RESOURCE = Resource(
    "messages",
    "CompatMessages",
    "SMS and MMS messages, and their media",
    [
        Op(
            "list",
            "GET",
            BASE,
            "CompatMessage",
            "CompatMessageListParams",
            paged=True,
            form=True,
            items="messages",
            summary="every message of the account",
        ),
        Op(
            "create",
            "POST",
            BASE,
            "CompatMessage",
            "CompatMessageCreateParams",
            form=True,
            summary="send an SMS or MMS message",
        ),
        Op("get", "GET", ONE, "CompatMessage", form=True, summary="one message"),
        Op(
            "update",
            "POST",
            ONE,
            "CompatMessage",
            "CompatMessageUpdateParams",
            form=True,
            summary="redact a message's body (the one change the API takes)",
        ),
        Op("delete", "DELETE", ONE, None, form=True, summary="delete a message"),
        Op(
            "list_media",
            "GET",
            MEDIA,
            "CompatMessageMedia",
            "CompatMessageMediaListParams",
            paged=True,
            form=True,
            items="media_list",
            summary="the media attached to a message",
        ),
        Op(
            "delete_media",
            "DELETE",
            f"{MEDIA}/{{sid}}",
            None,
            form=True,
            summary="delete one media item of a message",
        ),
        Op(
            "get_media",
            "GET",
            f"{MEDIA}/{{sid}}",
            "CompatMessageMedia",
            form=True,
            summary="one media item of a message",
        ),
    ],
)
