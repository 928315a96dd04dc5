"""Walk a paginated listing: typed items (async and sync) vs raw httpx loops over dicts.

Contenders (``--only`` selects), each walking every item of ``--items`` at ``--page-size``:

* ``raw-httpx``: ``httpx.AsyncClient`` following ``links.next``, iterating the dicts;
* ``signalwire_async``: ``async for item in client.fabric.sip_endpoints.list(...)`` (typed);
* ``raw-httpx-sync``: the same raw loop on ``httpx.Client``;
* ``signalwire-sync``: ``for item in RestClient(...).fabric.sip_endpoints.list(...)``;
* ``official-sdk``: ``signalwire.rest.RestClient(...).fabric.sip_endpoints.paginate(...)``
  (plain dicts; only where ``signalwire-sdk`` is installed, skipped with a note otherwise).

``--read id`` makes every contender read that field of every item (``item["id"]`` from a
dict, ``item.id`` from a model): typed models are built lazily, so a walk that reads nothing
and one that reads a field cost differently. Rounds are interleaved (the order rotates);
wall time is the median, ratios are of medians from the same run. Peak Python memory comes
from a separate tracemalloc pass (never during timing). Then one page is decoded with the
standard library's ``json`` and, when installed, ``orjson``. Numbers are printed, never
asserted.

    PYTHONPATH=. python benchmarks/bench_pagination.py [--items 50000] [--page-size 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import importlib.util
import json
import statistics
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from _server import ENDPOINTS_PATH, ServerHandle, running_server

OFFICIAL_SDK = "official-sdk"
CONTENDERS = ("raw-httpx", "signalwire_async", "raw-httpx-sync", "signalwire-sync", OFFICIAL_SDK)
# (contender, reference): the ratios printed at the end.
RATIOS = (
    ("signalwire_async", "raw-httpx"),
    ("signalwire-sync", "raw-httpx-sync"),
    ("signalwire-sync", "raw-httpx"),
    (OFFICIAL_SDK, "raw-httpx"),
    ("signalwire_async", OFFICIAL_SDK),
)

Walker = Callable[[ServerHandle, int, "str | None"], Awaitable[int]]


def _count(items: Any, read: str | None, typed: bool) -> int:
    """Iterate `items`, reading `read` of each when given; return how many there were."""
    count = 0
    if read is None:
        for _item in items:
            count += 1
    elif typed:
        for item in items:
            getattr(item, read)
            count += 1
    else:
        for item in items:
            item[read]
            count += 1
    return count


async def walk_raw_httpx(server: ServerHandle, page_size: int, read: str | None) -> int:
    """GET the first page, follow ``links.next`` (relative to the base URL), walk the dicts."""
    import httpx

    count = 0
    url: str | None = f"{server.base_url}{ENDPOINTS_PATH}?page_size={page_size}"
    async with httpx.AsyncClient() as client:
        while url:
            r = await client.get(url)
            r.raise_for_status()
            body = r.json()
            count += _count(body["data"], read, typed=False)
            next_link = body["links"].get("next")
            url = urljoin(server.base_url, next_link) if next_link else None
    return count


async def walk_signalwire(server: ServerHandle, page_size: int, read: str | None) -> int:
    """``async for`` over ``client.fabric.sip_endpoints.list(page_size=...)``."""
    from signalwire_async import AsyncRestClient

    count = 0
    client = AsyncRestClient(project="p", token="t", host=f"{server.host}:{server.port}")
    async with client:
        async for item in client.fabric.sip_endpoints.list(page_size=page_size):
            if read is not None:
                getattr(item, read)
            count += 1
    return count


def walk_raw_httpx_sync(server: ServerHandle, page_size: int, read: str | None) -> int:
    import httpx

    count = 0
    url: str | None = f"{server.base_url}{ENDPOINTS_PATH}?page_size={page_size}"
    with httpx.Client() as client:
        while url:
            r = client.get(url)
            r.raise_for_status()
            body = r.json()
            count += _count(body["data"], read, typed=False)
            next_link = body["links"].get("next")
            url = urljoin(server.base_url, next_link) if next_link else None
    return count


def walk_signalwire_sync(server: ServerHandle, page_size: int, read: str | None) -> int:
    from signalwire_async import RestClient

    with RestClient(project="p", token="t", host=f"{server.host}:{server.port}") as client:
        return _count(client.fabric.sip_endpoints.list(page_size=page_size), read, typed=True)


def walk_official_sdk(server: ServerHandle, page_size: int, read: str | None) -> int:
    # Imported by name: the package is optional, and type checkers need not know it.
    rest_client = importlib.import_module("signalwire.rest").RestClient
    # A loopback host makes it speak plain http.
    endpoints = rest_client("p", "t", f"{server.host}:{server.port}").fabric.sip_endpoints
    return _count(endpoints.paginate(page_size=page_size), read, typed=False)


def _in_loop(walk: Callable[[ServerHandle, int, str | None], int]) -> Walker:
    async def run(server: ServerHandle, page_size: int, read: str | None) -> int:
        return walk(server, page_size, read)  # blocks the loop: nothing else runs on it

    return run


WALKERS: dict[str, Walker] = {
    "raw-httpx": walk_raw_httpx,
    "signalwire_async": walk_signalwire,
    "raw-httpx-sync": _in_loop(walk_raw_httpx_sync),
    "signalwire-sync": _in_loop(walk_signalwire_sync),
    OFFICIAL_SDK: _in_loop(walk_official_sdk),
}


def official_sdk_available() -> bool:
    try:
        return importlib.util.find_spec("signalwire.rest") is not None
    except ImportError:
        return False


@dataclass
class Result:
    walls: list[float] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)
    server_cpu_shares: list[float] = field(default_factory=list)
    peak_bytes: int = 0


async def time_walk(
    name: str, server: ServerHandle, args: argparse.Namespace, result: Result
) -> None:
    gc.collect()
    server_cpu0 = server.cpu()
    t0 = time.perf_counter()
    count = await WALKERS[name](server, args.page_size, args.read)
    wall = time.perf_counter() - t0
    result.walls.append(wall)
    result.counts.append(count)
    result.server_cpu_shares.append((server.cpu() - server_cpu0) / wall)


async def memory_walk(name: str, server: ServerHandle, args: argparse.Namespace) -> int:
    """Return peak traced Python memory (bytes) during one walk."""
    gc.collect()
    tracemalloc.start()
    try:
        await WALKERS[name](server, args.page_size, args.read)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


async def run(args: argparse.Namespace) -> dict[str, Result]:
    results = {name: Result() for name in args.only}
    with running_server(total_items=args.items) as server:
        print(f"server: {server.base_url} (separate process), {args.items} items")
        # Warm-up: one walk each (imports, server page cache), not recorded.
        for name in args.only:
            await WALKERS[name](server, args.page_size, args.read)
        for round_no in range(args.rounds):
            shift = round_no % len(args.only)
            for name in args.only[shift:] + args.only[:shift]:
                await time_walk(name, server, args, results[name])
                r = results[name]
                print(
                    f"round {round_no + 1}/{args.rounds} {name:<17} {r.walls[-1]:7.3f} s  "
                    f"{r.counts[-1] / r.walls[-1]:9.0f} items/s  count {r.counts[-1]}  "
                    f"server {r.server_cpu_shares[-1] * 100:5.1f}% core",
                    flush=True,
                )
        for name in args.only:
            results[name].peak_bytes = await memory_walk(name, server, args)
    return results


def print_table(results: dict[str, Result], args: argparse.Namespace) -> None:
    print()
    print(
        f"{args.items} items, page_size {args.page_size}, median of {args.rounds} rounds; "
        "peak memory from a separate tracemalloc pass"
    )
    header = (
        f"{'contender':<18} {'wall s':>8} {'items/s':>10} {'peak MiB':>9} "
        f"{'count':>8} {'server CPU % core':>18}"
    )
    print(header)
    print("-" * len(header))
    for name, r in results.items():
        wall = statistics.median(r.walls)
        counts = sorted(set(r.counts))
        count = str(counts[0]) if len(counts) == 1 else "/".join(map(str, counts))
        print(
            f"{name:<18} {wall:>8.3f} {args.items / wall:>10.0f} "
            f"{r.peak_bytes / 2**20:>9.2f} {count:>8} "
            f"{statistics.median(r.server_cpu_shares) * 100:>17.1f}%"
        )
    print()
    for name, reference in RATIOS:
        if name in results and reference in results:
            sw, raw = results[name], results[reference]
            wall_ratio = statistics.median(sw.walls) / statistics.median(raw.walls)
            print(
                f"{name} / {reference}: wall time {wall_ratio:.2f}x, "
                f"peak memory {sw.peak_bytes / raw.peak_bytes:.2f}x"
            )


def decode_page(page_size: int) -> None:
    """Time decoding one page with `json` and, when installed, `orjson` (best of 20)."""
    from _server import App

    body = App(page_size).handle(f"{ENDPOINTS_PATH}?page_size={page_size}".encode())
    body = body[body.index(b"\r\n\r\n") + 4 :]
    decoders: dict[str, Callable[[bytes], Any]] = {"json": json.loads}
    if importlib.util.find_spec("orjson") is not None:
        # By name: an optional extra that mypy need not know.
        decoders["orjson"] = importlib.import_module("orjson").loads
    else:
        print("orjson is not installed: `pip install orjson` to compare")
    best = {}
    for name, loads in decoders.items():
        times = []
        for _ in range(20):
            t0 = time.perf_counter()
            loads(body)
            times.append(time.perf_counter() - t0)
        best[name] = min(times)
        print(
            f"decode one page of {page_size} ({len(body)} bytes) with {name}: "
            f"{best[name] * 1e3:.2f} ms"
        )
    if "orjson" in best:
        print(f"orjson / json: {best['orjson'] / best['json']:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=50_000, help="total items on the server")
    parser.add_argument("--page-size", type=int, default=1_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--read", metavar="FIELD", help="read this field of every item")
    parser.add_argument(
        "--only", nargs="+", choices=CONTENDERS, default=list(CONTENDERS), metavar="NAME"
    )
    args = parser.parse_args()
    if OFFICIAL_SDK in args.only and not official_sdk_available():
        print(f"{OFFICIAL_SDK}: skipped, `pip install signalwire-sdk==3.7.5` to include it")
        args.only.remove(OFFICIAL_SDK)
    results = asyncio.run(run(args))
    print_table(results, args)
    print()
    decode_page(args.page_size)


if __name__ == "__main__":
    main()
