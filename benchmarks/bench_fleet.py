"""A fleet of worker processes against one write budget: with and without a shared limiter.

Starts a fake space (`python -m signalwire_async.testing serve --write-budget B`: writes
past B a second are answered 429 with `Retry-After`) and a throwaway `redis-server` (unix
socket, no persistence), then, for each contender, `--workers` processes that each create
`--writes` SIP endpoints, `--concurrency` at a time, on asyncio with the default retries:

- `none`: each worker's client paces itself alone (its own 429 pause), as without a limiter;
- `redis`: every worker's client shares a `RedisRateLimiter` on one key, paced at
  `--pace` (95 %) of the budget.

Each worker first imports, opens its connections (one GET, which the budget does not count,
and a Redis PING) and says it is ready; once all are, they start together. Process start-up
is not measured: a fleet's workers live long, and the first call of a cold process pays for
lazy imports and new connections (hundreds of milliseconds on a loaded machine), which in a
10-second run would be charged to the budget's use. `--cold` skips that warm-up, to see it.
The achieved rate is the writes done over the time from the common start to the last answer
(without a limiter it can pass 100 %: the last window's writes go at once when it opens).
One line per run:

    fleet: workers=N writes=T budget=B/s limiter=... 429s=K failed=F achieved=R/s (P% of budget)

Needs `redis-server` on the PATH (`apt-get install redis-server`) and redis-py (the `redis`
extra). Usage: `PYTHONPATH=. python benchmarks/bench_fleet.py --workers 4 --writes 250`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

START_DELAY = 0.2  # seconds from the last worker's "ready" to the common start


@contextlib.contextmanager
def fake_space(budget: int) -> Iterator[str]:
    command = [sys.executable, "-m", "signalwire_async.testing", "serve", "--port", "0"]
    command += ["--write-budget", str(budget), "--write-budget-per", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split(" on ")[-1].strip()
        yield url.removeprefix("http://")
    finally:
        process.terminate()
        process.wait()


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    if shutil.which("redis-server") is None:
        sys.exit("bench_fleet needs redis-server on the PATH (apt-get install redis-server)")
    import redis

    with tempfile.TemporaryDirectory(prefix="bench-redis-") as directory:
        path = str(Path(directory) / "redis.sock")
        command = ["redis-server", "--port", "0", "--unixsocket", path, "--save", ""]
        command += ["--appendonly", "no", "--dir", directory]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        try:
            for _ in range(200):
                try:
                    redis.Redis(unix_socket_path=path, socket_timeout=1).ping()
                    break
                except (redis.exceptions.ConnectionError, FileNotFoundError):
                    time.sleep(0.05)
            yield path
        finally:
            process.terminate()
            process.wait()


async def worker(args: argparse.Namespace) -> dict[str, Any]:
    import anyio

    from signalwire_async import AsyncRestClient, Rate, RedisRateLimiter, SignalWireError
    from signalwire_async.testing import DEFAULT_PROJECT, DEFAULT_TOKEN

    limiter = redis_client = None
    if args.redis:
        import redis.asyncio

        pace = max(round(args.budget * args.pace * 10), 1)  # per 10 s: fractional rates too
        redis_client = redis.asyncio.Redis(unix_socket_path=args.redis)
        # A generous Redis timeout: on a loaded machine a stalled worker is not a Redis outage.
        writes = Rate(pace, per=10.0)
        limiter = RedisRateLimiter(redis_client, key=args.key, writes=writes, timeout=3.0)
    failed = 0
    async with AsyncRestClient(
        DEFAULT_PROJECT, DEFAULT_TOKEN, args.host, rate_limiter=limiter
    ) as sw:
        turns = anyio.Semaphore(args.concurrency)

        async def create() -> None:
            nonlocal failed
            async with turns:
                try:
                    await sw.fabric.sip_endpoints.create(
                        username=uuid.uuid4().hex, password="s3cret-pw"
                    )
                except SignalWireError:
                    failed += 1

        if not args.cold:
            await sw.fabric.sip_endpoints.list()  # a read: the write budget does not count it
            if redis_client is not None:
                await redis_client.ping()
        print("ready", flush=True)
        start_at = float(await anyio.to_thread.run_sync(sys.stdin.readline))
        await anyio.sleep(max(start_at - time.time(), 0))
        started = time.time()
        async with anyio.create_task_group() as group:
            for _ in range(args.writes):
                group.start_soon(create)
        ended = time.time()
        return {
            "failed": failed,
            "rate_limited": sw.stats.rate_limited,
            "started": started,
            "ended": ended,
        }


def run(args: argparse.Namespace, host: str, redis_path: str | None) -> str:
    command = [sys.executable, __file__, "--worker", "--host", host]
    command += ["--writes", str(args.writes), "--budget", str(args.budget)]
    command += ["--concurrency", str(args.concurrency), "--pace", str(args.pace)]
    command += ["--key", uuid.uuid4().hex] + (["--cold"] if args.cold else [])
    if redis_path:
        command += ["--redis", redis_path]
    workers = [
        subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(args.workers)
    ]
    for w in workers:  # a barrier: each says "ready" once imported (and warm)
        assert w.stdout is not None
        if w.stdout.readline().strip() != "ready":
            sys.exit("bench_fleet: a worker failed before it was ready")
    start_at = time.time() + START_DELAY
    for w in workers:  # all told before any is waited for
        assert w.stdin is not None
        w.stdin.write(f"{start_at}\n")
        w.stdin.close()
    tallies = [json.loads(w.stdout.read()) for w in workers if w.stdout is not None]
    for w in workers:
        w.wait()
    total = args.workers * args.writes
    failed = sum(t["failed"] for t in tallies)
    limited = sum(t["rate_limited"] for t in tallies)
    began = min(t["started"] for t in tallies)
    achieved = (total - failed) / (max(t["ended"] for t in tallies) - began)
    name = f"redis(pace={args.pace:.0%})" if redis_path else "none"
    name += " cold" if args.cold else ""
    return (
        f"fleet: workers={args.workers} writes={total} budget={args.budget}/s limiter={name} "
        f"429s={limited} failed={failed} achieved={achieved:.1f}/s "
        f"({achieved / args.budget:.0%} of budget)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--writes", type=int, default=250, help="per worker")
    parser.add_argument("--budget", type=int, default=100, help="the fake's writes a second")
    parser.add_argument("--concurrency", type=int, default=16, help="per worker")
    parser.add_argument("--pace", type=float, default=0.95, help="the limiter's share")
    parser.add_argument("--only", choices=("none", "redis"), help="one contender")
    parser.add_argument("--cold", action="store_true", help="no warm-up before the start")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--host", help=argparse.SUPPRESS)
    parser.add_argument("--redis", help=argparse.SUPPRESS)
    parser.add_argument("--key", default="bench", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        import anyio

        print(json.dumps(anyio.run(worker, args)))
        return
    with redis_server() as redis_path:
        for contender in ("none", "redis"):
            if args.only in (None, contender):
                # A fresh space per run: its window and its stored endpoints start empty.
                with fake_space(args.budget) as host:
                    print(run(args, host, redis_path if contender == "redis" else None), flush=True)


if __name__ == "__main__":
    main()
