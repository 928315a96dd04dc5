"""What hooks cost per GET, in instructions counted by callgrind (deterministic).

Each mode runs the async client over `httpx.MockTransport` (no sockets, no server: only the
client's own work) twice under `valgrind --tool=callgrind`, with `--small` and `--large`
GETs after the same warm-up, and reports (instructions(large) - instructions(small)) /
(large - small): the instructions per GET, start-up and warm-up cancelled out. Modes:
`none` (no hooks: the figure to compare with the code before hooks existed, by running this
script there with `--only none`), `hooks` (four no-op hooks), `otel` (OpenTelemetryHooks
with the SDK's provider and no exporter). Needs valgrind; run from the repository root:

    PYTHONPATH=. python benchmarks/callgrind_hooks.py
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import subprocess
import sys
import tempfile
from typing import Any

ENDPOINT_ID = "8a1b9bde-1d57-4fb6-a3e7-2c1e07d3c5a1"
ENDPOINT = {
    "id": ENDPOINT_ID,
    "project_id": "p",
    "username": "c3p0",
    "caller_id": "C3P0",
    "send_as": None,
    "ciphers": ["AEAD_AES_256_GCM_8"],
    "codecs": ["OPUS"],
    "encryption": "default",
}


def _hooks(mode: str) -> Any:
    if mode == "none":
        return {}
    if mode == "hooks":
        from signalwire_async.hooks import ClientHooks

        def nothing(event: object) -> None:
            pass

        every = dict.fromkeys(("on_call_start", "on_request", "on_response", "on_call_end"))
        return {"hooks": ClientHooks(**{name: nothing for name in every})}
    from opentelemetry.sdk.trace import TracerProvider

    from signalwire_async.otel import OpenTelemetryHooks

    return {"hooks": OpenTelemetryHooks(TracerProvider())}


def _client(mode: str, requests: int) -> None:
    import httpx

    from signalwire_async import AsyncRestClient

    body = httpx.Response(200, json=ENDPOINT).content

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    async def go() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with AsyncRestClient("p", "t", "example", http_client=http, **_hooks(mode)) as c:
            get = c.fabric.sip_endpoints.get
            for _ in range(200):  # warm-up: caches filled, lazy modules loaded
                await get(ENDPOINT_ID)
            for _ in range(requests):
                await get(ENDPOINT_ID)
        await http.aclose()

    asyncio.run(go())


def _instructions(mode: str, requests: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        command = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
            sys.executable, __file__, "--client", mode, "--requests", str(requests),
        ]  # fmt: skip
        # A fixed hash seed: the same dict and set work in every run.
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        result = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    match = re.search(r"Collected : (\d+)", result.stderr)
    assert match, result.stderr[-2000:]
    return int(match.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", nargs="+", default=["none", "hooks", "otel"])
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--large", type=int, default=2500)
    parser.add_argument("--client", help=argparse.SUPPRESS)
    parser.add_argument("--requests", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        _client(args.client, args.requests)
        return
    for mode in args.only:
        small = _instructions(mode, args.small)
        large = _instructions(mode, args.large)
        per_call = (large - small) / (args.large - args.small)
        print(f"{mode:<6} {per_call / 1e3:9.2f} k instructions per GET", flush=True)


if __name__ == "__main__":
    main()
