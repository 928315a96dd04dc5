"""Build the same SWML documents and SWAIG results with the official SDK and with
`signalwire_async.swml`, and report every difference.

Run it in a side virtual environment that has the official SDK (a developer tool; the
package and its tests never need it):

    python3 -m venv /tmp/sdk && /tmp/sdk/bin/pip install signalwire-sdk==3.7.5
    /tmp/sdk/bin/python scripts/compare_builders.py     # exit 1 on any difference

Our package is imported from this checkout (pure: no httpx needed in that environment).
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from signalwire_async.swml import FunctionResult, SWMLBuilder

Case = Callable[[Any], Any]

# Each case is applied to a fresh builder of each kind; the documents must be equal.
SWML_CASES: dict[str, Case] = {
    "answer play hangup": lambda b: b.answer().play(url="https://a.test/x.mp3").hangup(),
    "answer positional": lambda b: b.answer(3600, "PCMU,OPUS"),
    "hangup reason": lambda b: b.hangup("busy"),
    "play urls": lambda b: b.play(urls=["say:hi", "silence:2"], volume=3, auto_answer=False),
    "say": lambda b: b.say("Hello", voice="rime.spore", language="en-US", volume=2),
    "ai text": lambda b: b.ai(prompt_text="Be brief.", post_prompt="Summarize."),
    "ai pom": lambda b: b.ai(prompt_pom=[{"title": "Role", "body": "Agent"}]),
    "ai swaig": lambda b: b.ai(
        prompt_text="x", post_prompt_url="https://a.test/p", swaig={"functions": []}
    ),
    "ai params": lambda b: b.ai(prompt_text="x", params={"temperature": 0.3}, hints=["SignalWire"]),
    "sleep": lambda b: b.sleep(2000),
    "goto label": lambda b: b.goto(label="top", when="vars.n < 3", max=3),
    "connect to": lambda b: b.connect(to="+15551230000", timeout=20),
    "connect serial": lambda b: b.connect(serial=[{"to": "sip:a@b.test"}]),
    "connect from": lambda b: b.connect(**{"to": "+15551230000", "from": "+15551231111"}),
    "denoise": lambda b: b.denoise().stop_denoise(),
    "record": lambda b: b.record(stereo=True, format="mp3", beep=True),
    "record_call": lambda b: b.record_call(control_id="r1", direction="both"),
    "stop_record_call": lambda b: b.stop_record_call(control_id="r1"),
    "request": lambda b: b.request(url="https://a.test", method="POST", body={"a": 1}),
    "send_digits": lambda b: b.send_digits(digits="123#"),
    "send_sms": lambda b: b.send_sms(to_number="+1555", from_number="+1556", body="hi"),
    "send_fax": lambda b: b.send_fax(document="https://a.test/f.pdf"),
    "receive_fax": lambda b: b.receive_fax(status_url="https://a.test/s"),
    "set": lambda b: b.set(counter=1, name="x"),
    "sip_refer": lambda b: b.sip_refer(to_uri="sip:a@b.test"),
    "switch": lambda b: b.switch(variable="x", case={"1": [{"hangup": {}}]}),
    "tap": lambda b: b.tap(uri="wss://a.test/t", codec="PCMA"),
    "stop_tap": lambda b: b.stop_tap(control_id="t1"),
    "transfer": lambda b: b.transfer(dest="https://a.test/swml"),
    "execute": lambda b: b.execute(dest="sub", params={"a": 1}),
    "join_room": lambda b: b.join_room(name="room"),
    "join_conference": lambda b: b.join_conference(name="conf", muted=True),
    "enter_queue": lambda b: b.enter_queue(queue_name="q", transfer_after_bridge="https://a"),
    "prompt": lambda b: b.prompt(play="say:Press 1", max_digits=1),
    "pay": lambda b: b.pay(payment_connector_url="https://a.test/pay"),
    "detect_machine": lambda b: b.detect_machine(detectors="amd,fax", wait=True),
    "live_transcribe": lambda b: b.live_transcribe(action="stop"),
    "live_translate": lambda b: b.live_translate(action="stop"),
    "user_event": lambda b: b.user_event(event={"type": "x"}),
    "amazon_bedrock": lambda b: b.amazon_bedrock(prompt={"text": "x"}),
    "sections": lambda b: b.add_section("other").answer().add_section("third"),
    "reset": lambda b: b.answer().reset().hangup(),
    "refused: unknown parameter": lambda b: b.goto(label="x", lable=1),
    "refused: missing required": lambda b: b.goto(when="x"),
    "refused: bad constant": lambda b: b.hangup("nope"),
    "refused: wrong type": lambda b: b.send_digits(digits=5),
    "refused: play without url": lambda b: b.play(),
}

RESULT_CASES: dict[str, Case] = {
    "empty": lambda r: r,
    "response": lambda r: r.set_response("done"),
    "tool response": lambda r: r.set_tool_response("status: ok", "Say thanks."),
    "post_process": lambda r: r.say("hi").set_post_process(True),
    "post_process alone": lambda r: r.set_post_process(True),
    "connect": lambda r: r.connect("+15551230000", final=False, from_addr="+15551231111"),
    "swml_transfer": lambda r: r.swml_transfer("https://a.test", "Welcome back"),
    "data": lambda r: r.update_global_data({"a": 1}).remove_global_data(["a"]),
    "metadata": lambda r: r.set_metadata({"k": "v"}).remove_metadata("k"),
    "semantic": lambda r: r.set_semantic_state({"order": 1}),
    "events": lambda r: r.swml_user_event({"type": "x"}).swml_change_step("s"),
    "context": lambda r: r.swml_change_context("c").switch_context("sys"),
    "context full": lambda r: r.switch_context("sys", "usr", consolidate=True, full_reset=True),
    "hangup stop": lambda r: r.hangup().stop(),
    "hold": lambda r: r.hold(),
    "hold prompt": lambda r: r.hold("Hold on.", timeout=1000, step="s", timeout_step="t"),
    "hold int": lambda r: r.hold(60),
    "wait": lambda r: r.wait_for_user(timeout=5).wait_for_user(answer_first=True),
    "wait enabled": lambda r: r.wait_for_user(enabled=False).wait_for_user(),
    "background": lambda r: r.play_background_file("a.mp3", wait=True).stop_background_file(),
    "background plain": lambda r: r.play_background_file("a.mp3"),
    "hints": lambda r: r.add_dynamic_hints(["Cabby", {"pattern": "x", "replace": "y"}]),
    "clear hints": lambda r: r.clear_dynamic_hints(),
    "timeouts": lambda r: r.set_end_of_speech_timeout(500).set_speech_event_timeout(900),
    "voice": lambda r: r.change_voice("elevenlabs.rachel"),
    "toggles": lambda r: r.toggle_functions([{"function": "f", "active": False}]),
    "flags": lambda r: r.enable_functions_on_timeout().enable_extensive_data(False),
    "history": lambda r: r.replace_in_history("summary").replace_in_history(),
    "settings": lambda r: r.update_settings({"temperature": 0.5}),
    "user input": lambda r: r.simulate_user_input("yes"),
    "sms": lambda r: r.send_sms("+1555", "+1556", body="hi", media=["https://m"], tags=["t"]),
    "pay": lambda r: r.pay("https://a.test/pay", charge_amount="9.99", timeout="7"),
    "pay full": lambda r: r.pay(
        "https://a.test/pay",
        status_url="https://a.test/s",
        security_code=False,
        postal_code="12345",
        description="d",
        parameters=[r.create_payment_parameter("a", "b")],
        prompts=[
            r.create_payment_prompt(
                "payment-card-number", [r.create_payment_action("Say", "x")], card_type="visa"
            )
        ],
        ai_response=None,
    ),
    "record_call": lambda r: r.record_call("r1", stereo=True, format="mp3", max_length=30),
    "stop_record_call": lambda r: r.stop_record_call("r1").stop_record_call(),
    "room refer": lambda r: r.join_room("room").sip_refer("sip:a@b.test"),
    "conference plain": lambda r: r.join_conference("conf"),
    "conference options": lambda r: r.join_conference(
        "conf",
        muted=True,
        beep="onEnter",
        start_on_enter=False,
        max_participants=5,
        record="record-from-start",
        status_callback="https://a.test/c",
        result={"x": 1},
    ),
    "tap": lambda r: r.tap("wss://a.test", control_id="t", codec="PCMA", rtp_ptime=30),
    "tap plain stop": lambda r: r.tap("rtp://a.test:9").stop_tap().stop_tap("t"),
    "rpc": lambda r: r.execute_rpc("m", {"a": 1}, call_id="c", node_id="n"),
    "rpc dial": lambda r: r.rpc_dial("+1555", "+1556", "https://a.test/swml"),
    "rpc ai": lambda r: r.rpc_ai_message("c", "hello").rpc_ai_global_data("c", {"a": 1}),
    "rpc unhold": lambda r: r.rpc_ai_unhold("c"),
    "execute_swml text": lambda r: r.execute_swml('{"version": "1.0.0"}', transfer=True),
    "execute_swml raw": lambda r: r.execute_swml("not json"),
    "execute_swml dict": lambda r: r.execute_swml({"sections": {"main": []}}),
    "actions": lambda r: r.add_action("x", 1).add_actions([{"y": 2}]),
    "init": lambda r: r,
}


def official_builder() -> Any:
    # Imported by name: the official SDK is installed only where this script runs.
    builder = importlib.import_module("signalwire.core.swml_builder").SWMLBuilder
    service = importlib.import_module("signalwire.core.swml_service").SWMLService
    return builder(service(name="compare"))


def compare(
    kind: str,
    cases: dict[str, Case],
    ours: Callable[[], Any],
    theirs: Callable[[], Any],
    out: Callable[[Any], Any],
) -> int:
    differences = 0
    for name, case in cases.items():
        results = []
        for make in (theirs, ours):
            try:
                results.append(out(case(make())))
            except Exception:
                results.append("refused")
        if results[0] != results[1]:
            differences += 1
            print(f"{kind} {name!r} differs:\n  official: {results[0]}\n  ours:     {results[1]}")
    print(f"{kind}: {len(cases) - differences} of {len(cases)} cases equal")
    return differences


def main() -> int:
    logging.disable(logging.CRITICAL)
    official_result = importlib.import_module("signalwire.core.function_result").FunctionResult

    differences = compare(
        "SWMLBuilder", SWML_CASES, SWMLBuilder, official_builder, lambda b: b.build()
    )
    differences += compare(
        "FunctionResult",
        RESULT_CASES,
        FunctionResult,
        official_result,
        lambda r: r.to_dict(),
    )
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
