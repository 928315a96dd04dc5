"""Importing the package and building a client stay cheap: heavy parts load on first use."""

from __future__ import annotations

import subprocess
import sys

LAZY = (
    "aiohttp",
    "trio",
    "anyio",
    "signalwire_async._async.resources.fabric",
    "signalwire_async._sync.resources.fabric",
)


def test_import_and_construction_load_nothing_heavy() -> None:
    code = (
        "import sys, signalwire_async\n"
        "signalwire_async.AsyncRestClient('p', 't', 'example')\n"
        f"print(','.join(m for m in {LAZY!r} if m in sys.modules))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == ""


def test_public_names_are_exported() -> None:
    import signalwire_async

    for name in signalwire_async.__all__:
        assert getattr(signalwire_async, name) is not None
    assert signalwire_async.AsyncRestClient.__module__ == "signalwire_async"
