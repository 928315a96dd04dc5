"""N concurrent calls (one `gather`) through one 64-connection client: who finishes, how fast.

Each contender runs in a fresh child process (so its peak RSS is its own) against the
benchmark server (`_server.py`, its own process too):

* `raw-httpx`: `httpx.AsyncClient` with a 64-connection pool, every call handed to the
  pool at once (httpx's default 5 s pool timeout);
* `signalwire_async`: `client.fabric.sip_endpoints.get(id)`, library defaults (at most 64
  requests in flight, the rest queued in the client).

Prints completed calls, failures by type, wall time and peak RSS growth. raw httpx runs
only `--raw-calls` (default 2,000): with more, its run takes minutes to fail (a slow
`PoolTimeout` storm, then slow cancellation of what is left).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
from _server import ENDPOINT_ID, ENDPOINTS_PATH, running_server

HERE = Path(__file__).resolve().parent


async def _run(contender: str, base_url: str, calls: int, deadline: float) -> dict[str, Any]:
    host = base_url.removeprefix("http://")
    failures: Counter[str] = Counter()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    if contender == "raw-httpx":
        limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
        url = f"{base_url}{ENDPOINTS_PATH}/{ENDPOINT_ID}"
        async with httpx.AsyncClient(limits=limits) as client:

            async def one() -> None:
                response = await client.get(url)
                response.raise_for_status()
                response.json()

            outcomes = await _gather(one, calls, deadline)
    else:
        from signalwire_async import AsyncRestClient

        async with AsyncRestClient("p", "t", host) as sw:

            async def one() -> None:
                await sw.fabric.sip_endpoints.get(ENDPOINT_ID)

            outcomes = await _gather(one, calls, deadline)
    elapsed = time.perf_counter() - started
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            failures[type(outcome).__name__] += 1
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "completed": sum(o is None for o in outcomes),
        "failures": dict(failures),
        "seconds": elapsed,
        "rss_growth_mib": (rss_after - rss_before) / 1024,
    }


async def _gather(one: Any, calls: int, deadline: float) -> list[BaseException | None]:
    tasks = [asyncio.ensure_future(one()) for _ in range(calls)]
    _, pending = await asyncio.wait(tasks, timeout=deadline)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    outcomes: list[BaseException | None] = []
    for task in tasks:
        if task in pending:
            outcomes.append(TimeoutError(f"unfinished after {deadline:.0f} s"))
        else:
            outcomes.append(task.exception())
    return outcomes


def _child(contender: str, base_url: str, calls: int, deadline: float) -> dict[str, Any]:
    process = subprocess.run(
        [sys.executable, __file__, "--child", contender, base_url, str(calls), str(deadline)],
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE.parent,
    )
    result: dict[str, Any] = json.loads(process.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--raw-calls", type=int, default=2_000)
    parser.add_argument("--deadline", type=float, default=30.0, help="seconds per contender")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        contender, base_url, calls, deadline = args.child
        print(json.dumps(asyncio.run(_run(contender, base_url, int(calls), float(deadline)))))
        return
    print(f"Python {sys.version.split()[0]}, httpx {httpx.__version__}")
    runs = [
        ("signalwire_async", args.calls),
        ("signalwire_async", args.raw_calls),
        ("raw-httpx", args.raw_calls),
    ]
    completed: dict[tuple[str, int], int] = {}
    with running_server() as server:
        for contender, calls in runs:
            r = _child(contender, server.base_url, calls, args.deadline)
            completed[(contender, calls)] = r["completed"]
            print(
                f"{contender:17} {calls:6} calls: completed {r['completed']:6} "
                f"in {r['seconds']:6.2f} s, failures {r['failures'] or 'none'}, "
                f"RSS +{r['rss_growth_mib']:.0f} MiB"
            )
    ours, raw = (
        completed[("signalwire_async", args.raw_calls)],
        completed[("raw-httpx", args.raw_calls)],
    )
    print(f"completed at {args.raw_calls} calls, signalwire_async / raw-httpx: {ours} / {raw}")


if __name__ == "__main__":
    main()
