"""Operation rows of `queues`: call queues and the calls waiting in them."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.queues import Queue, QueueMember

from . import Row, crud_rows, page

_QUEUE_ID = "e3b9a4d2-6f17-4c85-9a0e-5d2c8b7f1a36"
_PROJECT_ID = "4f2c8e1a-9b3d-4a76-b5e0-8d1c3f6a2e97"
_CALL_ID = "b81d5f3c-2e94-4a07-8c6b-0f7e4a9d2c15"
_BASE = "/api/relay/rest/queues"
_MEMBERS = f"{_BASE}/{_QUEUE_ID}/members"

_QUEUE: dict[str, Any] = {
    "id": _QUEUE_ID,
    "project_id": _PROJECT_ID,
    "friendly_name": "billing-support",
    "max_size": 25,
    "current_size": 2,
    "average_wait_time": 48,
    "uri": f"{_BASE}/{_QUEUE_ID}",
    "date_created": "2025-02-11T16:40:03Z",
    "date_updated": "2025-02-11T16:40:03Z",
}
_CREATE = {"name": "billing-support", "max_size": 25}
_CHANGES = {"max_size": 40}

_MEMBER: dict[str, Any] = {
    "call_id": _CALL_ID,
    "project_id": _PROJECT_ID,
    "queue_id": _QUEUE_ID,
    "position": 1,
    "uri": f"{_MEMBERS}/{_CALL_ID}",
    "wait_time": 37,
    "date_enqueued": "2025-02-12T10:05:51Z",
}

ROWS = [
    *crud_rows(
        "queues",
        _BASE,
        _QUEUE_ID,
        Queue,
        _QUEUE,
        update="PUT",
        create=_CREATE,
        created_status=201,
        changes=_CHANGES,
        updated={**_QUEUE, **_CHANGES, "date_updated": "2025-02-14T08:30:00Z"},
    ),
    Row(
        call="queues.list_members",
        args=(_QUEUE_ID,),
        kwargs={"page_size": 20},
        path=_MEMBERS,
        query={"page_size": "20"},
        response=page([_MEMBER], f"https://example.signalwire.com{_MEMBERS}?page_size=20"),
        returns=QueueMember,
        paged=True,
    ),
    Row(
        call="queues.get_next_member",
        args=(_QUEUE_ID,),
        path=f"{_MEMBERS}/next",
        response=_MEMBER,
        returns=QueueMember,
    ),
    Row(
        call="queues.get_member",
        args=(_QUEUE_ID, _CALL_ID),
        path=f"{_MEMBERS}/{_CALL_ID}",
        response=_MEMBER,
        returns=QueueMember,
    ),
]
