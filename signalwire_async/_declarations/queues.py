"""`client.queues`: call queues and the calls waiting in them."""

from __future__ import annotations

from . import Op, Resource, crud

B = "/api/relay/rest/queues"
MEMBERS = f"{B}/{{queue_id}}/members"

NAMESPACE = Resource(
    "queues",
    "Queues",
    "call queues and their members (the calls waiting)",
    [
        *crud(B, "Queue", "queue", update="PUT", addresses=None),
        Op(
            "list_members",
            "GET",
            MEMBERS,
            "QueueMember",
            "PageParams",
            paged=True,
            summary="the calls waiting in the queue",
        ),
        Op(
            "get_next_member",
            "GET",
            f"{MEMBERS}/next",
            "QueueMember",
            summary="the call at the front of the queue (left in place)",
        ),
        Op(
            "get_member",
            "GET",
            f"{MEMBERS}/{{id}}",
            "QueueMember",
            summary="one waiting call",
        ),
    ],
)
