"""Walk a paginated listing: raw httpx ``links.next`` loop vs ``sip_endpoints.list()``.

Reports wall time and items/s (median over ``--rounds``), then peak Python memory
from a separate tracemalloc pass (tracemalloc slows code down, so it is never on
during timing). Numbers are printed, never asserted.

    PYTHONPATH=. python benchmarks/bench_pagination.py [--items 100000] [--page-size 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

from _server import ENDPOINTS_PATH, ServerHandle, running_server

CONTENDERS = ("raw-httpx", "signalwire_async")

Walker = Callable[[ServerHandle, int], Awaitable[int]]


async def walk_raw_httpx(server: ServerHandle, page_size: int) -> int:
    """GET the first page, follow ``links.next`` (relative to the base URL), count items."""
    import httpx

    count = 0
    url: str | None = f"{server.base_url}{ENDPOINTS_PATH}?page_size={page_size}"
    async with httpx.AsyncClient() as client:
        while url:
            r = await client.get(url)
            r.raise_for_status()
            body = r.json()
            count += len(body["data"])
            next_link = body["links"].get("next")
            url = urljoin(server.base_url, next_link) if next_link else None
    return count


async def walk_signalwire(server: ServerHandle, page_size: int) -> int:
    """``async for`` over ``client.fabric.sip_endpoints.list(page_size=...)``, count items."""
    from signalwire_async import AsyncRestClient

    count = 0
    client = AsyncRestClient(project="p", token="t", host=f"{server.host}:{server.port}")
    async with client:
        async for _item in client.fabric.sip_endpoints.list(page_size=page_size):
            count += 1
    return count


WALKERS: dict[str, Walker] = {"raw-httpx": walk_raw_httpx, "signalwire_async": walk_signalwire}


@dataclass
class Result:
    walls: list[float] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)
    server_cpu_shares: list[float] = field(default_factory=list)
    peak_bytes: int = 0


async def time_walk(name: str, server: ServerHandle, page_size: int, result: Result) -> None:
    gc.collect()
    server_cpu0 = server.cpu()
    t0 = time.perf_counter()
    count = await WALKERS[name](server, page_size)
    wall = time.perf_counter() - t0
    result.walls.append(wall)
    result.counts.append(count)
    result.server_cpu_shares.append((server.cpu() - server_cpu0) / wall)


async def memory_walk(name: str, server: ServerHandle, page_size: int) -> int:
    """Return peak traced Python memory (bytes) during one walk."""
    gc.collect()
    tracemalloc.start()
    try:
        await WALKERS[name](server, page_size)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


async def run(args: argparse.Namespace) -> dict[str, Result]:
    results = {name: Result() for name in args.only}
    with running_server(total_items=args.items) as server:
        print(f"server: {server.base_url} (separate process), {args.items} items")
        # Warm-up: one walk each (imports, server page cache), not recorded.
        for name in args.only:
            await WALKERS[name](server, args.page_size)
        for round_no in range(args.rounds):
            shift = round_no % len(args.only)
            for name in args.only[shift:] + args.only[:shift]:
                await time_walk(name, server, args.page_size, results[name])
                r = results[name]
                print(
                    f"round {round_no + 1}/{args.rounds} {name:<17} {r.walls[-1]:7.3f} s  "
                    f"{r.counts[-1] / r.walls[-1]:9.0f} items/s  count {r.counts[-1]}  "
                    f"server {r.server_cpu_shares[-1] * 100:5.1f}% core",
                    flush=True,
                )
        for name in args.only:
            results[name].peak_bytes = await memory_walk(name, server, args.page_size)
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
    if "raw-httpx" in results and "signalwire_async" in results:
        raw, sw = results["raw-httpx"], results["signalwire_async"]
        wall_ratio = statistics.median(sw.walls) / statistics.median(raw.walls)
        print()
        print(f"signalwire_async / raw-httpx: wall time {wall_ratio:.2f}x, ", end="")
        print(f"peak memory {sw.peak_bytes / raw.peak_bytes:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000, help="total items on the server")
    parser.add_argument("--page-size", type=int, default=1_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--only", nargs="+", choices=CONTENDERS, default=list(CONTENDERS), metavar="NAME"
    )
    args = parser.parse_args()
    results = asyncio.run(run(args))
    print_table(results, args)


if __name__ == "__main__":
    main()
