"""Client CPU per GET at N-way concurrency on one client, against a local server.

Client CPU is ``time.process_time()`` (user+sys of this process) divided by the
number of requests. The server runs in its own process; its CPU share of one
core is printed so you can see it was not the bottleneck. Numbers are printed,
never asserted.

    PYTHONPATH=. python benchmarks/bench_concurrency.py [--requests 20000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib.metadata
import importlib.util
import platform
import statistics
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field

import aiohttp
import httpx
from _server import ENDPOINT_ID, ENDPOINTS_PATH, ServerHandle, running_server

Call = Callable[[], Awaitable[None]]


@asynccontextmanager
async def raw_httpx(server: ServerHandle, concurrency: int) -> AsyncIterator[Call]:
    """``httpx.AsyncClient`` with an N-connection pool: get, raise_for_status, json."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    url = f"{server.base_url}{ENDPOINTS_PATH}/{ENDPOINT_ID}"
    async with httpx.AsyncClient(limits=limits) as c:

        async def one() -> None:
            r = await c.get(url)
            r.raise_for_status()
            r.json()

        yield one


@asynccontextmanager
async def signalwire(server: ServerHandle, concurrency: int) -> AsyncIterator[Call]:
    """``AsyncRestClient`` calling ``fabric.sip_endpoints.get(id)`` (library defaults)."""
    from signalwire_async import AsyncRestClient

    client = AsyncRestClient(project="p", token="t", host=f"{server.host}:{server.port}")
    async with client:

        async def one() -> None:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)

        yield one


@asynccontextmanager
async def raw_aiohttp(server: ServerHandle, concurrency: int) -> AsyncIterator[Call]:
    """``aiohttp.ClientSession`` with ``TCPConnector(limit=N)``; the reference ceiling."""
    url = f"{server.base_url}{ENDPOINTS_PATH}/{ENDPOINT_ID}"
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as s:

        async def one() -> None:
            async with s.get(url) as r:
                await r.json()

        yield one


CONTENDERS: dict[str, Callable[[ServerHandle, int], AbstractAsyncContextManager[Call]]] = {
    "raw-httpx": raw_httpx,
    "signalwire_async": signalwire,
    "raw-aiohttp": raw_aiohttp,
}


@dataclass
class Sample:
    """One measured run of one contender."""

    cpu_per_request: float  # seconds
    requests_per_second: float
    server_cpu_share: float  # fraction of one core


@dataclass
class Results:
    samples: dict[str, list[Sample]] = field(default_factory=dict)

    def median(self, name: str, attr: str) -> float:
        return float(statistics.median(getattr(s, attr) for s in self.samples[name]))


async def _drive(one: Callable[[], Awaitable[None]], requests: int, concurrency: int) -> None:
    """Run ``requests`` calls of ``one`` from ``concurrency`` looping tasks."""
    remaining = requests

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await one()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def measure(
    name: str, server: ServerHandle, requests: int, concurrency: int, warmup: int
) -> Sample:
    """Open a fresh client, warm it up, then time ``requests`` GETs."""
    async with CONTENDERS[name](server, concurrency) as one:
        await _drive(one, warmup, concurrency)
        gc.collect()
        server_cpu0 = server.cpu()
        wall0, cpu0 = time.perf_counter(), time.process_time()
        await _drive(one, requests, concurrency)
        cpu1, wall1 = time.process_time(), time.perf_counter()
        server_cpu1 = server.cpu()
    wall = wall1 - wall0
    return Sample((cpu1 - cpu0) / requests, requests / wall, (server_cpu1 - server_cpu0) / wall)


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def print_environment() -> None:
    print(f"Python {platform.python_version()} ({platform.python_implementation()})")
    for dist in ("httpx", "httpcore", "aiohttp"):
        print(f"{dist} {_version(dist)}")
    print(f"sniffio importable: {importlib.util.find_spec('sniffio') is not None}")


def print_table(results: Results, args: argparse.Namespace) -> None:
    print()
    print(
        f"{args.requests} requests x {args.rounds} rounds, concurrency {args.concurrency}, "
        "median per contender"
    )
    header = f"{'contender':<18} {'CPU ms/req':>11} {'req/s':>9} {'server CPU % core':>18}"
    print(header)
    print("-" * len(header))
    for name in results.samples:
        print(
            f"{name:<18} {results.median(name, 'cpu_per_request') * 1e3:>11.4f} "
            f"{results.median(name, 'requests_per_second'):>9.0f} "
            f"{results.median(name, 'server_cpu_share') * 100:>17.1f}%"
        )
    print()
    for a, b in (("raw-httpx", "signalwire_async"), ("signalwire_async", "raw-aiohttp")):
        if a in results.samples and b in results.samples:
            cpu = results.median(a, "cpu_per_request") / results.median(b, "cpu_per_request")
            rps = results.median(a, "requests_per_second") / results.median(
                b, "requests_per_second"
            )
            print(f"{a} / {b}: CPU per request {cpu:.2f}x, req/s {rps:.2f}x")


async def run(args: argparse.Namespace) -> Results:
    results = Results({name: [] for name in args.only})
    with running_server(total_items=1) as server:
        print(f"server: {server.base_url} (separate process)")
        for round_no in range(args.rounds):
            # Rotate the order each round so no contender always runs first.
            order = args.only[round_no % len(args.only) :] + args.only[: round_no % len(args.only)]
            for name in order:
                sample = await measure(name, server, args.requests, args.concurrency, args.warmup)
                results.samples[name].append(sample)
                print(
                    f"round {round_no + 1}/{args.rounds} {name:<17} "
                    f"{sample.cpu_per_request * 1e3:.4f} CPU ms/req  "
                    f"{sample.requests_per_second:7.0f} req/s  "
                    f"server {sample.server_cpu_share * 100:5.1f}% core",
                    flush=True,
                )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20_000, help="requests per round")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1_000, help="unmeasured requests first")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=list(CONTENDERS),
        default=list(CONTENDERS),
        metavar="NAME",
        help=f"contenders to run (default: all of {', '.join(CONTENDERS)})",
    )
    args = parser.parse_args()
    print_environment()
    results = asyncio.run(run(args))
    print_table(results, args)


if __name__ == "__main__":
    main()
