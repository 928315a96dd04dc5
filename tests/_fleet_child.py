"""One worker of a fleet, in a process of its own: `count` creates through a client on
`runtime` (asyncio, trio or sync) paced by a `RedisRateLimiter`, then its tally as JSON.

`test_fleet.py` starts several at once against one served fake space and one Redis;
`benchmarks/bench_fleet.py` does the same at scale.
"""

from __future__ import annotations

import json
import sys
import uuid
from typing import Any

from signalwire_async import (
    AsyncRestClient,
    Rate,
    RedisRateLimiter,
    RestClient,
    SignalWireError,
)
from signalwire_async.testing import DEFAULT_PROJECT, DEFAULT_TOKEN


def _limiter(socket_path: str, rate: float, runtime: str) -> RedisRateLimiter | None:
    if not socket_path:
        return None
    if runtime == "asyncio":
        import redis.asyncio

        client: Any = redis.asyncio.Redis(unix_socket_path=socket_path)
    else:  # sync, and trio (redis-py's async client runs on asyncio only)
        import redis

        client = redis.Redis(unix_socket_path=socket_path, socket_timeout=2.0)
    return RedisRateLimiter(client, key="fleet", writes=Rate(round(rate * 10), per=10.0))


async def _run_async(host: str, count: int, concurrency: int, limiter: Any) -> dict[str, int]:
    import anyio

    failed = 0
    async with AsyncRestClient(
        DEFAULT_PROJECT, DEFAULT_TOKEN, host, rate_limiter=limiter
    ) as client:
        turns = anyio.Semaphore(concurrency)

        async def create() -> None:
            nonlocal failed
            async with turns:
                try:
                    await client.fabric.sip_endpoints.create(
                        username=uuid.uuid4().hex, password="s3cret-pw"
                    )
                except SignalWireError:
                    failed += 1

        async with anyio.create_task_group() as group:
            for _ in range(count):
                group.start_soon(create)
        return {"failed": failed, "rate_limited": client.stats.rate_limited}


def _run_sync(host: str, count: int, concurrency: int, limiter: Any) -> dict[str, int]:
    from concurrent.futures import ThreadPoolExecutor

    with RestClient(DEFAULT_PROJECT, DEFAULT_TOKEN, host, rate_limiter=limiter) as client:

        def create(_: int) -> bool:
            try:
                client.fabric.sip_endpoints.create(username=uuid.uuid4().hex, password="s3cret-pw")
            except SignalWireError:
                return False
            return True

        with ThreadPoolExecutor(concurrency) as pool:
            failed = sum(not done for done in pool.map(create, range(count)))
        return {"failed": failed, "rate_limited": client.stats.rate_limited}


def main(runtime: str, host: str, socket_path: str, count: int, rate: float, conc: int) -> None:
    limiter = _limiter(socket_path, rate, runtime)
    if runtime == "sync":
        tally = _run_sync(host, count, conc, limiter)
    else:
        import anyio

        tally = anyio.run(_run_async, host, count, conc, limiter, backend=runtime)
    print(json.dumps(tally))


if __name__ == "__main__":
    runtime, host, socket_path, count, rate, concurrency = sys.argv[1:7]
    main(runtime, host, socket_path, int(count), float(rate), int(concurrency))
