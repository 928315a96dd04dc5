"""Calls themselves (`dial`, `update`) and the commands that end, move or signal one."""

from __future__ import annotations

from .. import Op
from . import CALL, CALLS, command


def bare(name: str, sent: str, summary: str) -> Op:
    """A command on a call with no parameters of its own: it sends `"params": {}`."""
    return Op(
        name,
        "POST",
        CALLS,
        "CallingCall",
        body_args=CALL,
        fixed=(("command", sent),),
        nest="params",
        summary=summary,
    )


# `dial` and `update` name no call: `update` takes the call's id among its params.
OPS = [
    Op(
        "dial",
        "POST",
        CALLS,
        "CallingCall",
        "CallingDialParams",
        # Not `one_of`: the API takes neither too (the official SDK sends such a call, and
        # the reference ends a call with `update(status="completed")`).
        exclusive=("url", "swml"),
        fixed=(("command", "dial"),),
        nest="params",
        summary="start an outbound call",
    ),
    Op(
        "update",
        "POST",
        CALLS,
        "CallingCall",
        "CallingUpdateParams",
        # Not `one_of`: the API takes neither too (the official SDK sends such a call, and
        # the reference ends a call with `update(status="completed")`).
        exclusive=("url", "swml"),
        fixed=(("command", "update"),),
        nest="params",
        summary="give a live call new SWML, or end it",
    ),
    command("end", "calling.end", "CallingEndParams", "hang up a call"),
    bare("disconnect", "calling.disconnect", "unbridge a call, leaving both legs up"),
    command("transfer", "calling.transfer", "CallingTransferParams", "hand a call to other SWML"),
    command("refer", "calling.refer", "CallingReferParams", "move a SIP call with a REFER"),
    command(
        "user_event", "calling.user_event", "CallingUserEventParams", "send an event of your own"
    ),
    command(
        "send_fax_stop", "calling.send_fax.stop", "CallingSendFaxStopParams", "stop sending a fax"
    ),
    command(
        "receive_fax_stop",
        "calling.receive_fax.stop",
        "CallingReceiveFaxStopParams",
        "stop receiving a fax",
    ),
]
