"""Every example runs, against its in-process fake space, and does what it says.

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


def test_demo_runs_against_its_fake_space() -> None:
    out = run_example("demo.py")
    assert "async: created 25 endpoints" in out
    assert "async: listed 25 endpoints in pages of 10" in out
    assert "NotFoundError: 404 GET" in out
    assert "sync:  total via iteration: 24" in out


def test_bulk_job_finishes_despite_rate_limits_and_reports_the_conflict() -> None:
    out = run_example("bulk_provision.py")
    assert "1000/1000 done, 1 failed" in out
    assert "created 999 endpoints" in out
    assert "failed: agent0042: ConflictError: 409 POST" in out
    assert "the space now holds 1000 endpoints" in out  # no write was sent twice
    assert "the space answered 429 6 times" in out


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
