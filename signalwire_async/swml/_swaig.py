"""What a SWAIG function webhook receives: the JSON body the AI agent POSTs when the model
calls a function. Plain data typed for editors; keys the server adds later pass through."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict

__all__ = ["SwaigArgument", "SwaigRequest", "swaig_arguments"]


class SwaigArgument(TypedDict, total=False):
    """The function's arguments: as the model wrote them (`raw`), after variable
    substitution (`substituted`) and parsed (`parsed`: a list holding one object)."""

    parsed: list[Any]
    raw: str
    substituted: str


class SwaigRequest(TypedDict, total=False):
    """The body of a SWAIG function call; every key is optional (some are sent only when
    the function asks for them, e.g. `call_log` with `swaig_post_conversation`)."""

    function: str
    argument: SwaigArgument
    argument_desc: dict[str, Any]
    purpose: str
    description: str
    version: Literal["2.0"]
    content_type: Literal["text/swaig"]
    content_disposition: Literal["SWAIG Function"]
    app_name: str
    ai_session_id: str
    conversation_id: str
    call_id: str
    project_id: str
    space_id: str
    caller_id_name: str
    caller_id_num: str
    channel_active: bool
    channel_offhook: bool
    channel_ready: bool
    global_data: dict[str, Any]
    meta_data: dict[str, Any]
    meta_data_token: str
    call_log: list[Any]
    raw_call_log: list[Any]
    args: str
    input: str
    error_reason: str
    fatal_error: bool


def swaig_arguments(request: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments the model passed (`argument.parsed[0]`), `{}` when there are none.

    Raises `ValueError` when the body is not a SWAIG call (no `function` name)."""
    if not isinstance(request, Mapping) or not isinstance(request.get("function"), str):
        raise ValueError("not a SWAIG function call: the body has no 'function' name")
    argument = request.get("argument")
    parsed = argument.get("parsed") if isinstance(argument, Mapping) else None
    if isinstance(parsed, list) and parsed and isinstance(parsed[0], Mapping):
        return dict(parsed[0])
    return {}
