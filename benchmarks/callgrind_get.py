"""Deterministic client CPU per GET at 64-way: instructions counted by callgrind.

Timings on a shared machine drift; instruction counts do not. For each contender this runs
the same client twice under `valgrind --tool=callgrind` (the server runs outside it, in its
own process), once with `--small` and once with `--large` requests after the same warm-up,
and reports (instructions(large) - instructions(small)) / (large - small): the client's
instructions per request, start-up and warm-up cancelled out. `--only signalwire-sync
raw-httpx-sync` compares the blocking client with raw `httpx.Client`, one GET after another
on one thread. Needs valgrind installed; takes a few minutes. Run from the repository root:

    PYTHONPATH=. python benchmarks/callgrind_get.py
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _server import running_server


def _sync_client(contender: str, host: str, port: int, requests: int) -> None:
    """One thread, one GET after another: the blocking client against raw `httpx.Client`."""
    import httpx
    from _server import ENDPOINT_ID, ENDPOINTS_PATH

    from signalwire_async import RestClient

    if contender == "signalwire-sync":
        with RestClient(project="p", token="t", host=f"{host}:{port}") as client:
            for _ in range(500 + requests):
                client.fabric.sip_endpoints.get(ENDPOINT_ID)
        return
    with httpx.Client() as http:
        for _ in range(500 + requests):
            response = http.get(f"http://{host}:{port}{ENDPOINTS_PATH}/{ENDPOINT_ID}")
            response.raise_for_status()
            response.json()


def _client(contender: str, host: str, port: int, requests: int, concurrency: int) -> None:
    if contender in ("signalwire-sync", "raw-httpx-sync"):
        _sync_client(contender, host, port, requests)
        return
    from _server import ServerHandle
    from bench_concurrency import CONTENDERS, _drive

    async def go() -> None:
        async with CONTENDERS[contender](ServerHandle(host, port), concurrency) as one:
            await _drive(one, 500, concurrency)  # warm-up: connections open, caches filled
            await _drive(one, requests, concurrency)

    asyncio.run(go())


def _instructions(contender: str, port: int, requests: int, concurrency: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        command = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
            sys.executable, __file__, "--client", contender, "--port", str(port),
            "--requests", str(requests), "--concurrency", str(concurrency),
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"{contender} failed under valgrind:\n{result.stderr[-3000:]}")
    match = re.search(r"Collected : (\d+)", result.stderr)
    assert match, result.stderr[-2000:]
    return int(match.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", default=["signalwire_async", "raw-aiohttp"])
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--large", type=int, default=1200)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--client", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--requests", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        _client(args.client, "127.0.0.1", args.port, args.requests, args.concurrency)
        return
    per_call: dict[str, float] = {}
    with running_server(total_items=1) as server:
        for name in args.only:
            small = _instructions(name, server.port, args.small, args.concurrency)
            large = _instructions(name, server.port, args.large, args.concurrency)
            per_call[name] = (large - small) / (args.large - args.small)
            print(f"{name:<17} {per_call[name] / 1e3:9.1f} k instructions per request", flush=True)
    for name, reference in (
        ("signalwire_async", "raw-aiohttp"),
        ("signalwire-sync", "raw-httpx-sync"),
    ):
        if name in per_call and reference in per_call:
            print(f"{name} / {reference}: {per_call[name] / per_call[reference]:.2f}x")


if __name__ == "__main__":
    main()
