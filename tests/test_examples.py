"""Every example runs, against the package's fake space on loopback, and does what it says.

They run as scripts (as a user would run them), with warnings turned into errors so an
unclosed connection or socket fails the test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_example(name: str) -> str:
    result = subprocess.run(
        [sys.executable, "-W", "error", str(EXAMPLES / name)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_demo_runs_against_the_served_fake_space() -> None:
    out = run_example("demo.py")
    assert "async: created 25 endpoints" in out
    assert "async: listed 25 endpoints in pages of 10" in out
    assert "NotFoundError: 404 GET" in out
    assert "sync:  total via iteration: 24" in out


def test_fastapi_app_uses_one_client_from_its_lifespan_and_checks_webhooks() -> None:
    out = run_example("fastapi_app.py")
    assert out.splitlines() == [
        "fastapi: POST /endpoints alice -> 201",
        "fastapi: POST /endpoints bob -> 201",
        "fastapi: POST /endpoints alice -> 409",
        "fastapi: GET /endpoints -> ['alice', 'bob']",
        "fastapi: GET /endpoints/missing -> 404",
        "fastapi: signed webhook -> 200 {'call': 'CA123', 'status': 'completed'}",
        "fastapi: forged webhook -> 403 the signature does not match the URL and body",
        "fastapi: after shutdown the client is closed: True",
    ]


def test_trio_example_runs_without_asyncio() -> None:
    out = run_example("trio_app.py")
    assert out.splitlines() == [
        "trio: created 10 endpoints from a nursery",
        "trio: run_bulk created 40, failed 0",
        "trio: listed 50 endpoints; 'never' present: False",
    ]


def test_django_views_share_one_sync_client() -> None:
    out = run_example("django_views.py")
    assert out.splitlines() == [
        "django: POST /endpoints/ alice -> 201",
        "django: POST /endpoints/ bob -> 201",
        "django: POST /endpoints/ alice -> 409",
        "django: GET /endpoints/ -> ['alice', 'bob']",
        "django: GET /endpoints/missing/ -> 404",
    ]


def test_swaig_example_serves_swml_and_answers_signed_function_calls() -> None:
    out = run_example("swaig_fastapi.py")
    assert out.splitlines() == [
        "swaig: GET /agent -> functions ['get_weather']",
        "swaig: POST /swaig Paris -> 200 {'response': 'The weather in Paris: sunny, 24 degrees.',"
        " 'action': [{'set_global_data': {'last_city': 'paris'}},"
        " {'set_meta_data': {'lookups': 1}}]}",
        "swaig: POST /swaig Atlantis -> 200 {'response': 'No forecast for atlantis.'}",
        "swaig: forged call -> 403",
    ]


def test_relay_ivr_example_answers_collects_records_dials_and_texts() -> None:
    for backend in ("asyncio", "trio"):
        result = subprocess.run(
            [sys.executable, "-W", "error", str(EXAMPLES / "relay_ivr.py"), backend],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0 and result.stderr == "", result.stderr
        assert result.stdout.splitlines() == [
            "ivr: caller pressed 2",
            "ivr: recorded https://fake.signalwire.test/recording.wav",
            "dial: answered outbound",
            "dial: ended",
            "sms: delivered",
        ]


def test_relay_outbound_example_detects_connects_and_answers_texts() -> None:
    for backend in ("asyncio", "trio"):
        result = subprocess.run(
            [sys.executable, "-W", "error", str(EXAMPLES / "relay_outbound.py"), backend],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0 and result.stderr == "", result.stderr
        assert result.stdout.splitlines() == [
            "outbound: +15550122 is a machine, hanging up",
            "outbound: agent +15550201 failed (503)",
            "outbound: +15550111 -> +15550202: connected",
            "outbound: ended",
            "sms: from +15550111: Where is my order?",
            "sms: reply delivered",
        ]
