"""`signalwire_async.swml`: every verb builds and is checked; documents round-trip through
JSON and YAML; the REST methods and the fake space take them as they are; the import is pure."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from typing import Any

import pytest

from signalwire_async.swml import SWMLBuilder
from signalwire_async.swml._builder import VERSION
from signalwire_async.swml._verbs import VERBS
from signalwire_async.testing import FakeSpace

# A valid call per verb (the hand-written ones included); the test below fails on a verb
# of the schema missing here, so a new verb in the schema needs a row.
VALID: dict[str, Any] = {
    "answer": lambda b: b.answer(max_duration=60, codecs="PCMU"),
    "ai": lambda b: b.ai(prompt_text="Be brief.", params={"temperature": 0.2}),
    "amazon_bedrock": lambda b: b.amazon_bedrock(prompt={"text": "x"}),
    "cond": lambda b: b.cond([{"when": "vars.a == 1", "then": [{"hangup": {}}]}]),
    "connect": lambda b: b.connect(to="+15551230000", from_="+15551231111", timeout=20),
    "denoise": lambda b: b.denoise(),
    "enter_queue": lambda b: b.enter_queue(queue_name="q", transfer_after_bridge="https://a"),
    "execute": lambda b: b.execute(dest="sub", params={"a": 1}),
    "goto": lambda b: b.goto(label="top", max=3),
    "label": lambda b: b.label("top"),
    "live_transcribe": lambda b: b.live_transcribe(action="stop"),
    "ai_sidecar": lambda b: b.ai_sidecar(prompt="Listen.", lang="en-US"),
    "live_translate": lambda b: b.live_translate(action="stop"),
    "hangup": lambda b: b.hangup("busy"),
    "join_room": lambda b: b.join_room(name="room"),
    "join_conference": lambda b: b.join_conference(name="conf", muted=True),
    "play": lambda b: b.play(urls=["say:hi", "silence:1"]),
    "prompt": lambda b: b.prompt(play="say:Press 1", max_digits=1),
    "receive_fax": lambda b: b.receive_fax(),
    "record": lambda b: b.record(format="mp3", beep=True),
    "record_call": lambda b: b.record_call(control_id="r1"),
    "request": lambda b: b.request(url="https://a.test", method="POST"),
    "return": lambda b: b.return_({"ok": True}),
    "send_digits": lambda b: b.send_digits(digits="12#"),
    "send_fax": lambda b: b.send_fax(document="https://a.test/f.pdf"),
    "send_sms": lambda b: b.send_sms(to_number="+1555", from_number="+1556", body="hi"),
    "set": lambda b: b.set({"a": 1}, b=2),
    "sleep": lambda b: b.sleep(500),
    "sip_refer": lambda b: b.sip_refer(to_uri="sip:a@b.test"),
    "stop_denoise": lambda b: b.stop_denoise(),
    "stop_record_call": lambda b: b.stop_record_call(control_id="r1"),
    "stop_tap": lambda b: b.stop_tap(),
    "switch": lambda b: b.switch(variable="x", case={"1": [{"hangup": {}}]}),
    "tap": lambda b: b.tap(uri="wss://a.test/t", direction="both"),
    "transfer": lambda b: b.transfer(dest="https://a.test/swml"),
    "unset": lambda b: b.unset(["a", "b"]),
    "pay": lambda b: b.pay(payment_connector_url="https://a.test/pay"),
    "detect_machine": lambda b: b.detect_machine(detectors="amd"),
    "user_event": lambda b: b.user_event(event={"type": "x"}),
}


def test_every_verb_of_the_schema_has_a_method_and_builds() -> None:
    assert set(VALID) == set(VERBS)
    for verb, call in VALID.items():
        document = call(SWMLBuilder()).build()
        ((name, _config),) = document["sections"]["main"][0].items()
        assert name == verb
        name = f"{verb}_" if verb == "return" else verb
        assert callable(getattr(SWMLBuilder, name))


def test_the_official_builder_names_exist() -> None:
    for name in (
        "add_section",
        "ai",
        "answer",
        "build",
        "hangup",
        "play",
        "render",
        "reset",
        "say",
    ):
        assert callable(getattr(SWMLBuilder, name)), name


def test_the_document_is_plain_and_in_order() -> None:
    builder = SWMLBuilder().answer().play(url="say:Hello").hangup()
    assert builder.build() == {
        "version": VERSION,
        "sections": {"main": [{"answer": {}}, {"play": {"url": "say:Hello"}}, {"hangup": {}}]},
    }
    # build() hands out a copy: changing it leaves the builder alone.
    built = builder.build()
    built["sections"]["main"].clear()
    assert len(builder.build()["sections"]["main"]) == 3


def test_sections() -> None:
    document = (
        SWMLBuilder()
        .add_section("later")  # added, but steps still go to main (as the official builder)
        .answer()
        .section("transfer")
        .transfer(dest="https://a.test")
        .add_verb_to_section("later", "hangup", {})
        .build()
    )
    assert document["sections"] == {
        "main": [{"answer": {}}],
        "later": [{"hangup": {}}],
        "transfer": [{"transfer": {"dest": "https://a.test"}}],
    }
    assert SWMLBuilder().answer().section("x").reset().hangup().build()["sections"] == {
        "main": [{"hangup": {}}]
    }


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda b: b.add_verb("dance", {}), "'dance'"),
        (lambda b: b.add_verb("goto", {"label": "x", "lable": "y"}), "'lable'"),
        (lambda b: b.goto(label="x", lable="y"), "'lable'"),
        (lambda b: b.add_verb("goto", {"when": "x"}), "'label'"),
        (lambda b: b.hangup("maybe"), "'reason'"),
        (lambda b: b.send_digits(digits=5), "'digits'"),
        (lambda b: b.answer(max_duration=True), "'max_duration'"),
        (lambda b: b.add_verb("answer", "now"), "'answer'"),
        (lambda b: b.play(), "'play'"),
        (lambda b: b.play(url="a", urls=["b"]), "'play'"),
    ],
)
def test_a_bad_step_is_refused_with_a_value_error_naming_it(call: Any, named: str) -> None:
    builder = SWMLBuilder()
    with pytest.raises(ValueError, match=named):
        call(builder)
    assert builder.build()["sections"]["main"] == []  # nothing half-added


def test_build_checks_again_a_config_changed_after_it_was_added() -> None:
    config: dict[str, Any] = {"label": "x"}
    builder = SWMLBuilder().add_verb("goto", config)
    config["typo"] = 1
    with pytest.raises(ValueError, match="'typo'"):
        builder.build()


def test_swml_variables_pass_where_a_number_is_typed() -> None:
    document = SWMLBuilder().answer(max_duration="${vars.limit}").sleep("%{vars.ms}").build()
    assert document["sections"]["main"] == [
        {"answer": {"max_duration": "${vars.limit}"}},
        {"sleep": "%{vars.ms}"},
    ]


def test_keyword_named_parameters_take_either_spelling() -> None:
    ours = SWMLBuilder().connect(to="+1", from_="+2").build()
    as_official: dict[str, Any] = {"to": "+1", "from": "+2"}
    official = SWMLBuilder().connect(**as_official).build()
    assert ours == official
    assert ours["sections"]["main"] == [{"connect": {"to": "+1", "from": "+2"}}]


def test_round_trip_through_json_and_yaml() -> None:
    builder = SWMLBuilder()
    for call in VALID.values():
        call(builder)
    document = builder.build()
    assert json.loads(builder.render()) == document
    assert json.loads(builder.render(indent=2)) == document
    yaml = pytest.importorskip("yaml")
    assert yaml.safe_load(builder.render_yaml()) == document


def test_render_yaml_without_pyyaml_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)  # an import of it now fails
    with pytest.raises(ModuleNotFoundError, match="pip install pyyaml"):
        SWMLBuilder().answer().render_yaml()


def test_the_official_constructor_form_is_accepted() -> None:
    service = object()
    builder = SWMLBuilder(service)
    assert builder.service is service
    assert builder.answer().build()["sections"]["main"] == [{"answer": {}}]


def test_every_generated_method_has_typed_parameters() -> None:
    for verb in VERBS:
        method = getattr(SWMLBuilder, f"{verb}_" if verb == "return" else verb)
        for name, parameter in inspect.signature(method).parameters.items():
            if name != "self":
                assert parameter.annotation not in ("", inspect.Parameter.empty), (verb, name)


def test_documents_go_to_rest_methods_as_they_are() -> None:
    swml = SWMLBuilder().answer().say("Hello").hangup().build()
    space = FakeSpace()
    with space.client() as client:
        script = client.fabric.swml_scripts.create(name="hello", contents=swml)
        client.calling.dial(from_="+15551230000", to="+15551231111", swml=swml)
    assert space.requests[0].json()["contents"] == swml
    assert space.requests[1].json()["params"]["swml"] == swml
    assert script.swml_script is None or script.swml_script.contents in (None, swml)


def test_import_is_pure_and_light() -> None:
    code = (
        "import sys, signalwire_async.swml\n"
        "heavy = ('httpx', 'httpcore', 'anyio', 'attrs', 'fastapi', 'starlette', 'pydantic',\n"
        "         'signalwire_async._async', 'signalwire_async._sync')\n"
        "print(','.join(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == ""
