"""Rows of `compat.queues`: call queues and the calls waiting in them."""

from __future__ import annotations

from typing import Any

from signalwire_async.types.compat.queues import CompatQueue, CompatQueueMember

from ...data import PROJECT
from .. import Row, compat_page

_ACCOUNT = f"/api/laml/2010-04-01/Accounts/{PROJECT}"
_QUEUES = f"{_ACCOUNT}/Queues"
_SID = "3a9f1d62-5c0b-4e87-b2d4-6f8e0a7c1b59"
_ONE = f"{_QUEUES}/{_SID}"
_MEMBERS = f"{_ONE}/Members"
_CALL = "c8e25b07-91f4-4a3d-8d6c-0b7a2e4f9d13"

_QUEUE: dict[str, Any] = {
    "sid": _SID,
    "account_sid": PROJECT,
    "friendly_name": "billing_support",
    "max_size": 25,
    "current_size": 2,
    "average_wait_time": 48,
    "date_created": "Mon, 03 Feb 2025 14:05:11 +0000",
    "date_updated": "Mon, 03 Feb 2025 14:05:11 +0000",
    "api_version": "2010-04-01",
    "uri": _ONE,
}

_MEMBER: dict[str, Any] = {
    "call_sid": _CALL,
    "account_sid": PROJECT,
    "queue_sid": _SID,
    "date_enqueued": "Mon, 03 Feb 2025 15:12:40 +0000",
    "position": 1,
    "wait_time": 37,
    "member_type": "call",
    "uri": f"{_MEMBERS}/{_CALL}",
}

ROWS = [
    Row(
        call="compat.queues.list",
        kwargs={"PageSize": 20},
        path=_QUEUES,
        query={"PageSize": "20"},
        response=compat_page("queues", [_QUEUE], f"{_QUEUES}?PageSize=20&Page=0"),
        returns=CompatQueue,
        paged=True,
        items="queues",
    ),
    Row(
        call="compat.queues.create",
        kwargs={"FriendlyName": "billing_support", "MaxSize": 25},
        method="POST",
        path=_QUEUES,
        form=True,
        body={"FriendlyName": "billing_support", "MaxSize": "25"},
        status=201,
        response={**_QUEUE, "current_size": 0, "average_wait_time": 0},
        returns=CompatQueue,
    ),
    Row(call="compat.queues.get", args=(_SID,), path=_ONE, response=_QUEUE, returns=CompatQueue),
    Row(
        call="compat.queues.update",
        args=(_SID,),
        kwargs={"MaxSize": 40},
        method="POST",
        path=_ONE,
        form=True,
        body={"MaxSize": "40"},
        response={**_QUEUE, "max_size": 40, "date_updated": "Tue, 04 Feb 2025 08:30:00 +0000"},
        returns=CompatQueue,
    ),
    Row(call="compat.queues.delete", args=(_SID,), method="DELETE", path=_ONE, status=204),
    Row(
        call="compat.queues.list_members",
        args=(_SID,),
        kwargs={"PageSize": 20},
        path=_MEMBERS,
        query={"PageSize": "20"},
        response=compat_page("queue_members", [_MEMBER], f"{_MEMBERS}?PageSize=20&Page=0"),
        returns=CompatQueueMember,
        paged=True,
        items="queue_members",
    ),
    Row(
        call="compat.queues.dequeue_member",
        args=(_SID, "Front"),
        kwargs={"Url": "https://agents.example.org/cxml/connect", "Method": "POST"},
        method="POST",
        path=f"{_MEMBERS}/Front",
        form=True,
        body={"Url": "https://agents.example.org/cxml/connect", "Method": "POST"},
        response={**_MEMBER, "position": 0, "wait_time": 52},
        returns=CompatQueueMember,
    ),
    Row(
        call="compat.queues.get_member",
        args=(_SID, _CALL),
        path=f"{_MEMBERS}/{_CALL}",
        response=_MEMBER,
        returns=CompatQueueMember,
    ),
]
