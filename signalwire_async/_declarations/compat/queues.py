"""`client.compat.queues`: call queues and the calls waiting in them."""

from __future__ import annotations

from .. import Op, Resource
from . import ACCOUNT

QUEUES = f"{ACCOUNT}/Queues"
ONE = f"{QUEUES}/{{sid}}"
MEMBERS = f"{QUEUES}/{{queue_sid}}/Members"
MEMBER = f"{MEMBERS}/{{call_sid}}"

RESOURCE = Resource(
    "queues",
    "CompatQueues",
    "call queues and their members",
    [
        Op(
            "list",
            "GET",
            QUEUES,
            "CompatQueue",
            "CompatPageParams",
            paged=True,
            form=True,
            items="queues",
            summary="every queue of the account",
        ),
        Op(
            "create",
            "POST",
            QUEUES,
            "CompatQueue",
            "CompatQueueCreateParams",
            form=True,
            summary="create a queue",
        ),
        Op("get", "GET", ONE, "CompatQueue", form=True, summary="one queue"),
        Op(
            "update",
            "POST",
            ONE,
            "CompatQueue",
            "CompatQueueUpdateParams",
            form=True,
            summary="rename a queue or change its size limit",
        ),
        Op("delete", "DELETE", ONE, None, form=True, summary="delete an empty queue"),
        Op(
            "list_members",
            "GET",
            MEMBERS,
            "CompatQueueMember",
            "CompatPageParams",
            paged=True,
            form=True,
            items="queue_members",
            summary="the calls waiting in a queue",
        ),
        Op(
            "dequeue_member",
            "POST",
            MEMBER,
            "CompatQueueMember",
            "CompatQueueMemberDequeueParams",
            form=True,
            summary="take a call out of the queue and send it to a URL (`Front`: the first)",
        ),
        Op(
            "get_member",
            "GET",
            MEMBER,
            "CompatQueueMember",
            form=True,
            summary="one waiting call (`Front`: the first in line)",
        ),
    ],
)
