"""Client CPU per SIP-endpoint create at N-way concurrency, against the fake SignalWire space.

Each contender gets a fresh fake space (`python -m signalwire_async.testing serve --port 0`,
in its own process, so its CPU is not charged to the client) and a fresh client. The client
makes `--warmup` unmeasured creates, then `--requests` (default 10,000) creates at
`--concurrency` (default 64): `POST /api/fabric/resources/sip_endpoints` with
`{"username": ..., "password": ...}`, answered 201 with the stored endpoint.

* `signalwire_async`: `run_bulk(lambda name: client.fabric.sip_endpoints.create(...), names,
  concurrency=64)` on an `AsyncRestClient` with its defaults;
* `raw-httpx`: `httpx.AsyncClient` with a 64-connection pool, 64 tasks sharing one iterator
  of names, `post(json=...)` + `raise_for_status()` + `json()`;
* `official-sdk`: SignalWire's synchronous SDK (`signalwire.rest.RestClient`, PyPI package
  `signalwire-sdk`, not a dependency of this project), one client shared by a
  `ThreadPoolExecutor(max_workers=64)`; skipped, with a note, when it is not importable.

Client CPU per request is the `time.process_time()` delta of this process (user+sys, every
thread) divided by the requests. The fake does real work for each create (routing,
validation, building and storing the record); its CPU share of one core is printed so you
can see whether it, rather than the client, limited wall time and req/s. Numbers are
printed, never asserted.

    PYTHONPATH=. python benchmarks/bench_provision.py [--requests 10000] [--rounds 1]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import importlib
import importlib.metadata
import logging
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import httpx

PROJECT = "test-project"
TOKEN = "test-token"
PASSWORD = "s3cret-pw"
ENDPOINTS_PATH = "/api/fabric/resources/sip_endpoints"
OFFICIAL_SDK = "official-sdk"


# -- the fake space, in its own process -------------------------------------------------------


@dataclass
class FakeServer:
    """A running `python -m signalwire_async.testing serve` child process."""

    process: subprocess.Popen[str]
    host: str  # what the clients take: 127.0.0.1:<port>

    def cpu(self) -> float | None:
        """The child's user+sys CPU seconds so far (Linux /proc), None where unknown."""
        try:
            with open(f"/proc/{self.process.pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def fake_space() -> Iterator[FakeServer]:
    """Start a fresh fake space on a free loopback port; terminate it on exit."""
    command = [sys.executable, "-m", "signalwire_async.testing", "serve", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()  # "fake SignalWire space on http://127.0.0.1:<port>"
        found = re.search(r"http://(\S+:\d+)", first)
        if found is None:
            raise RuntimeError(f"the fake space did not start (first line: {first!r})")
        yield FakeServer(process, found[1])
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


class Clock:
    """Times the `with` block: client CPU and wall time here, the fake's CPU in its process."""

    def __init__(self, server: FakeServer) -> None:
        self.server = server
        self.cpu = self.wall = 0.0
        self.server_cpu: float | None = None

    def __enter__(self) -> None:
        gc.collect()
        self._server0 = self.server.cpu()
        self._wall0, self._cpu0 = time.perf_counter(), time.process_time()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.cpu, self.wall = time.process_time() - self._cpu0, time.perf_counter() - self._wall0
        server1 = self.server.cpu()
        if self._server0 is not None and server1 is not None:
            self.server_cpu = server1 - self._server0


@dataclass
class Outcome:
    failures: int
    note: str = ""


# A contender: (host, concurrency, warm-up names, measured names, clock) -> outcome. It opens
# a fresh client, creates the warm-up names, then creates the measured ones inside `clock`.
Contender = Callable[[str, int, list[str], list[str], Clock], Outcome]


# -- contenders -------------------------------------------------------------------------------


def signalwire(
    host: str, concurrency: int, warmup: list[str], names: list[str], clock: Clock
) -> Outcome:
    """`run_bulk` over `client.fabric.sip_endpoints.create(...)` (library defaults)."""
    from signalwire_async import AsyncRestClient, run_bulk

    async def main() -> Outcome:
        async with AsyncRestClient(PROJECT, TOKEN, host) as client:

            def create(name: str) -> Awaitable[object]:
                return client.fabric.sip_endpoints.create(username=name, password=PASSWORD)

            (await run_bulk(create, warmup, concurrency=concurrency)).raise_for_failures()
            with clock:
                result = await run_bulk(create, names, concurrency=concurrency)
        lost = len(result.in_doubt) + (result.not_started or 0)
        return Outcome(len(result.failed) + lost)

    return asyncio.run(main())


def raw_httpx(
    host: str, concurrency: int, warmup: list[str], names: list[str], clock: Clock
) -> Outcome:
    """`httpx.AsyncClient` with an N-connection pool: post, raise_for_status, json."""
    url = f"http://{host}{ENDPOINTS_PATH}"
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def main() -> Outcome:
        async with httpx.AsyncClient(limits=limits, auth=(PROJECT, TOKEN)) as client:

            async def create(name: str) -> None:
                response = await client.post(url, json={"username": name, "password": PASSWORD})
                response.raise_for_status()
                response.json()

            if await _drive(create, warmup, concurrency):
                raise RuntimeError("raw-httpx: warm-up creates failed")
            with clock:
                failures = await _drive(create, names, concurrency)
        return Outcome(failures)

    return asyncio.run(main())


async def _drive(
    create: Callable[[str], Awaitable[None]], names: list[str], concurrency: int
) -> int:
    """Create every name from `concurrency` tasks sharing one iterator; return the failures."""
    source = iter(names)
    failures = 0

    async def worker() -> None:
        nonlocal failures
        for name in source:
            try:
                await create(name)
            except (httpx.HTTPError, ValueError):
                failures += 1

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return failures


def _official_sdk() -> tuple[Any, str]:
    """`signalwire.rest.RestClient` and its version, or (None, why it is unavailable)."""
    try:
        rest = importlib.import_module("signalwire.rest")
        client_class = rest.RestClient
    except ImportError as exc:
        return None, (
            f"signalwire.rest.RestClient is not importable ({exc}); "
            "`pip install signalwire-sdk` to include it"
        )
    except AttributeError:
        return None, (
            "signalwire.rest has no RestClient: that is the old `signalwire` package (2.x, "
            "Compatibility API only); `pip install signalwire-sdk` to include it"
        )
    return client_class, (
        f"signalwire-sdk {_version('signalwire-sdk')} (requests {_version('requests')})"
    )


# Its generated `create` makes these keyword arguments required but drops the ones that are
# None from the body, and has no `password` argument (it goes in `extras`): passing them as
# None sends the same `{"username", "password"}` body as the other contenders.
_SDK_UNSET = dict.fromkeys(
    (
        "caller_id",
        "send_as",
        "ciphers",
        "codecs",
        "encryption",
        "call_handler",
        "calling_handler_resource_id",
    )
)


class _CountDiscards(logging.Filter):
    """Counts (and silences) urllib3's "Connection pool is full, discarding connection"."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if str(record.msg).startswith("Connection pool is full"):
            self.count += 1
            return False
        return True


def official_sdk(
    host: str, concurrency: int, warmup: list[str], names: list[str], clock: Clock
) -> Outcome:
    """The official synchronous SDK, one `RestClient` shared by N threads."""
    client_class, _ = _official_sdk()
    # A loopback host makes it use plain http (HttpClient._is_loopback_host).
    endpoints = client_class(PROJECT, TOKEN, host).fabric.sip_endpoints

    def create(name: str) -> object:
        return endpoints.create(username=name, extras={"password": PASSWORD}, **_SDK_UNSET)

    def run(pool: ThreadPoolExecutor, batch: list[str]) -> int:
        done, _ = wait([pool.submit(create, name) for name in batch])
        return sum(future.exception() is not None for future in done)

    discards = _CountDiscards()
    pool_logger = logging.getLogger("urllib3.connectionpool")
    pool_logger.addFilter(discards)
    try:
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            if run(pool, warmup):
                raise RuntimeError("official-sdk: warm-up creates failed")
            discards.count = 0
            with clock:
                failures = run(pool, names)
    finally:
        pool_logger.removeFilter(discards)
    note = ""
    if discards.count:
        note = f"urllib3 discarded {discards.count} connections: requests pools 10 per host"
    return Outcome(failures, note)


CONTENDERS: dict[str, Contender] = {
    "signalwire_async": signalwire,
    "raw-httpx": raw_httpx,
    OFFICIAL_SDK: official_sdk,
}


# -- measuring and reporting ------------------------------------------------------------------


@dataclass
class Sample:
    """One measured run of one contender."""

    cpu_per_request: float  # seconds
    wall: float  # seconds
    requests_per_second: float
    failures: int
    server_cpu_share: float | None  # fraction of one core; None where unknown


@dataclass
class Results:
    samples: dict[str, list[Sample]] = field(default_factory=dict)

    def median(self, name: str, attr: str) -> float:
        return float(statistics.median(getattr(s, attr) for s in self.samples[name]))

    def server_share(self, name: str) -> float | None:
        shares = [s.server_cpu_share for s in self.samples[name]]
        known = [share for share in shares if share is not None]
        return float(statistics.median(known)) if known else None


def measure(name: str, round_no: int, args: argparse.Namespace) -> tuple[Sample, str]:
    """Run one contender on a fresh fake space and a fresh client."""
    prefix = f"r{round_no}-{name}"
    warmup = [f"{prefix}-warmup-{i}" for i in range(args.warmup)]
    names = [f"{prefix}-{i:06d}" for i in range(args.requests)]
    with fake_space() as server:
        clock = Clock(server)
        outcome = CONTENDERS[name](server.host, args.concurrency, warmup, names, clock)
    share = clock.server_cpu / clock.wall if clock.server_cpu is not None else None
    sample = Sample(
        clock.cpu / args.requests, clock.wall, args.requests / clock.wall, outcome.failures, share
    )
    return sample, outcome.note


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def print_environment(sdk: str | None) -> None:
    import aiohttp

    import signalwire_async

    print(f"Python {platform.python_version()} ({platform.python_implementation()})")
    print(f"httpx {httpx.__version__}")
    print(f"aiohttp {aiohttp.__version__}")
    print(f"signalwire_async {signalwire_async.__version__}")
    print(f"official SDK: {sdk or 'not available'}")


def _share(value: float | None) -> str:
    return f"{value * 100:.1f}%" if value is not None else "n/a"


def print_table(results: Results, args: argparse.Namespace) -> None:
    print()
    print(
        f"{args.requests} creates x {args.rounds} rounds, concurrency {args.concurrency}, "
        f"{args.warmup} warm-up creates excluded, median per contender"
    )
    header = (
        f"{'contender':<18} {'CPU ms/req':>11} {'wall s':>8} {'req/s':>8} {'failures':>9} "
        f"{'server CPU % core':>18}"
    )
    print(header)
    print("-" * len(header))
    for name in results.samples:
        print(
            f"{name:<18} {results.median(name, 'cpu_per_request') * 1e3:>11.4f} "
            f"{results.median(name, 'wall'):>8.2f} "
            f"{results.median(name, 'requests_per_second'):>8.0f} "
            f"{sum(s.failures for s in results.samples[name]):>9} "
            f"{_share(results.server_share(name)):>18}"
        )
    print()
    for a, b in (("raw-httpx", "signalwire_async"), (OFFICIAL_SDK, "signalwire_async")):
        if a in results.samples and b in results.samples:
            cpu = results.median(a, "cpu_per_request") / results.median(b, "cpu_per_request")
            rps = results.median(a, "requests_per_second") / results.median(
                b, "requests_per_second"
            )
            print(f"{a} / {b}: CPU per request {cpu:.2f}x, req/s {rps:.2f}x")


def run(args: argparse.Namespace, contenders: list[str]) -> Results:
    results = Results({name: [] for name in contenders})
    print("server: a fresh `python -m signalwire_async.testing serve` per contender and round")
    for round_no in range(args.rounds):
        # Rotate the order each round so no contender always runs first.
        shift = round_no % len(contenders)
        for name in contenders[shift:] + contenders[:shift]:
            sample, note = measure(name, round_no, args)
            results.samples[name].append(sample)
            print(
                f"round {round_no + 1}/{args.rounds} {name:<17} "
                f"{sample.cpu_per_request * 1e3:.4f} CPU ms/req  "
                f"{sample.requests_per_second:6.0f} req/s  "
                f"{sample.failures} failed  "
                f"server {_share(sample.server_cpu_share)} core" + (f"  ({note})" if note else ""),
                flush=True,
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000, help="creates per round")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--warmup", type=int, default=200, help="unmeasured creates first")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=list(CONTENDERS),
        default=list(CONTENDERS),
        metavar="NAME",
        help=f"contenders to run (default: all of {', '.join(CONTENDERS)})",
    )
    args = parser.parse_args()
    client_class, sdk = _official_sdk()
    print_environment(sdk if client_class is not None else None)
    contenders = list(args.only)
    if OFFICIAL_SDK in contenders and client_class is None:
        contenders.remove(OFFICIAL_SDK)
        print(f"skipping {OFFICIAL_SDK}: {sdk}")
    if not contenders:
        return
    results = run(args, contenders)
    print_table(results, args)


if __name__ == "__main__":
    main()
