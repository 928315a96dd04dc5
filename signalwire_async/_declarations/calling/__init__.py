"""`client.calling`: live call control. Every command is a `POST /api/calling/calls` whose
body names the command (`"command": "calling.play"`), the call (`"id"`, the method's
`call_id`) and the command's `params` (the method's keyword arguments).

Each command is one `Op` with `fixed=(("command", ...),)`, `body_args=(("call_id", "id"),)`
and `nest="params"`; a command that starts something (`play`, `record`, ...) says
`starts=True` instead of `nest`, so the client fills a fresh `control_id` and returns it.
The modules here hold the commands by family; this package joins them in name order.
"""

from __future__ import annotations

from .. import Op, Resource, members

CALLS = "/api/calling/calls"
CALL = (("call_id", "id"),)


def command(name: str, command: str, params: str, summary: str, *, starts: bool = False) -> Op:
    """One command on a live call: `name(call_id, **params)` sends `command`."""
    return Op(
        name,
        "POST",
        CALLS,
        "CallingCall",
        params,
        body_args=CALL,
        fixed=(("command", command),),
        nest=None if starts else "params",
        starts=starts,
        summary=summary,
    )


NAMESPACE = Resource(
    "calling",
    "Calling",
    "live call control (play, record, transfer, ...)",
    [op for ops in members(__name__, __path__, "OPS") for op in ops],
)
