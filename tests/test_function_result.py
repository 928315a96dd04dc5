"""`FunctionResult`: the official method names, and the body a SWAIG webhook answers."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from signalwire_async.swml import FunctionResult, SwaigRequest, SWMLBuilder, swaig_arguments

# The public methods of the official `signalwire.core.function_result.FunctionResult`
# (signalwire-sdk 3.7.5); code written for it must find each here.
OFFICIAL_METHODS = [
    "add_action",
    "add_actions",
    "add_dynamic_hints",
    "change_voice",
    "clear_dynamic_hints",
    "connect",
    "create_payment_action",
    "create_payment_parameter",
    "create_payment_prompt",
    "enable_extensive_data",
    "enable_functions_on_timeout",
    "execute_rpc",
    "execute_swml",
    "hangup",
    "hold",
    "join_conference",
    "join_room",
    "pay",
    "play_background_file",
    "record_call",
    "remove_global_data",
    "remove_metadata",
    "replace_in_history",
    "rpc_ai_global_data",
    "rpc_ai_message",
    "rpc_ai_unhold",
    "rpc_dial",
    "say",
    "send_sms",
    "set_end_of_speech_timeout",
    "set_metadata",
    "set_post_process",
    "set_response",
    "set_semantic_state",
    "set_speech_event_timeout",
    "set_tool_response",
    "simulate_user_input",
    "sip_refer",
    "stop",
    "stop_background_file",
    "stop_record_call",
    "stop_tap",
    "switch_context",
    "swml_change_context",
    "swml_change_step",
    "swml_transfer",
    "swml_user_event",
    "tap",
    "to_dict",
    "toggle_functions",
    "update_global_data",
    "update_settings",
    "wait_for_user",
]


def test_every_official_method_is_here() -> None:
    assert len(OFFICIAL_METHODS) == 53
    assert [m for m in OFFICIAL_METHODS if not callable(getattr(FunctionResult, m, None))] == []


def test_an_empty_result_says_the_action_completed() -> None:
    assert FunctionResult().to_dict() == {"response": "Action completed."}
    assert FunctionResult().set_post_process(True).to_dict() == {"response": "Action completed."}


def test_response_actions_and_post_process() -> None:
    result = (
        FunctionResult("Transferring you.", post_process=True)
        .say("One moment")
        .update_global_data({"step": 2})
        .set_metadata({"k": "v"})
        .toggle_functions([{"function": "pay", "active": False}])
        .connect("+15551231111", final=False)
    )
    assert result.to_dict() == {
        "response": "Transferring you.",
        "action": [
            {"say": "One moment"},
            {"set_global_data": {"step": 2}},
            {"set_meta_data": {"k": "v"}},
            {"toggle_functions": [{"function": "pay", "active": False}]},
            {
                "SWML": {
                    "version": "1.0.0",
                    "sections": {"main": [{"connect": {"to": "+15551231111"}}]},
                },
                "transfer": "false",
            },
        ],
        "post_process": True,
    }
    json.dumps(result.to_dict())  # a webhook body


def test_tool_response_and_hold() -> None:
    assert FunctionResult(tool_result="ok", tool_prompt="Thank them.").to_dict() == {
        "response": {"tool_result": "ok", "tool_prompt": "Thank them."}
    }
    held = FunctionResult().hold("Please hold.", timeout=5000, step="wait").to_dict()
    assert held["action"] == [{"hold": {"timeout": 900, "step": "wait"}}]
    assert held["post_process"] is True
    assert FunctionResult().hold(60).to_dict()["action"] == [{"hold": 60}]


def test_swml_actions_take_a_builder() -> None:
    swml = SWMLBuilder().play(url="say:Bye").hangup()
    result = FunctionResult().execute_swml(swml, transfer=True).to_dict()
    assert result["action"] == [{"SWML": swml.build(), "transfer": "true"}]
    text = FunctionResult().execute_swml(swml.render()).to_dict()
    assert text["action"] == [{"SWML": swml.build()}]


def test_join_conference_sends_only_what_differs_from_the_defaults() -> None:
    def step(result: FunctionResult) -> Any:
        return result.to_dict()["action"][0]["SWML"]["sections"]["main"][0]["join_conference"]

    assert step(FunctionResult().join_conference("conf")) == "conf"
    assert step(FunctionResult().join_conference("conf", beep="onExit", muted=False)) == {
        "name": "conf",
        "beep": "onExit",
    }
    with pytest.raises(ValueError, match="beep"):
        FunctionResult().join_conference("conf", beep="loud")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_participants"):
        FunctionResult().join_conference("conf", max_participants=1)


def test_pay_sends_numbers_and_booleans_as_text() -> None:
    document = FunctionResult().pay("https://a.test/pay", timeout=7, security_code=False)
    pay = document.to_dict()["action"][0]["SWML"]["sections"]["main"][1]["pay"]
    assert (pay["timeout"], pay["security_code"], pay["postal_code"]) == ("7", "false", "true")
    with pytest.raises(ValueError, match="max_attempts"):
        FunctionResult().pay("https://a.test/pay", max_attempts="many")  # type: ignore[arg-type]


def test_bad_input_is_refused_before_anything_is_added() -> None:
    result = FunctionResult()
    calls: list[Callable[[], object]] = [
        lambda: result.send_sms("+1", "+2"),
        lambda: result.change_voice(" "),
        lambda: result.tap("wss://a", rtp_ptime=0),
        lambda: result.rpc_ai_message("c"),
        lambda: result.execute_swml(42),
    ]
    for call in calls:
        with pytest.raises((ValueError, TypeError)):
            call()
    assert result.action == []


def test_swaig_arguments() -> None:
    request: SwaigRequest = {
        "function": "get_weather",
        "argument": {"parsed": [{"city": "Paris"}], "raw": '{"city": "Paris"}'},
        "call_id": "c1",
    }
    assert swaig_arguments(request) == {"city": "Paris"}
    assert swaig_arguments({"function": "f"}) == {}
    with pytest.raises(ValueError, match="function"):
        swaig_arguments({"argument": {}})
