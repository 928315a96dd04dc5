"""The README's first command must keep working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_runs_against_its_fake_space() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "async: created 25 endpoints" in result.stdout
    assert "async: listed 25 endpoints in pages of 10" in result.stdout
    assert "NotFoundError: 404 GET" in result.stdout
    assert "sync:  total via iteration: 24" in result.stdout
