"""The async client under trio: no code changes, no asyncio anywhere.

    python examples/trio_app.py

Against the package's fake space (`signalwire_async.testing`) on loopback: creates
endpoints from a nursery, runs a bulk job with `run_bulk`, gives up on a call with a trio
cancel scope, and walks the list. Under trio requests travel through httpx's own
(httpcore) connection pool.
"""

from __future__ import annotations

import trio

from signalwire_async import AsyncRestClient, run_bulk
from signalwire_async.testing import FakeSpace


async def main(host: str) -> None:
    async with AsyncRestClient("demo-project", "demo-token", host) as client:
        endpoints = client.fabric.sip_endpoints

        async def create(username: str) -> None:
            await endpoints.create(username=username, password="s3cret-pw")

        async with trio.open_nursery() as nursery:
            for i in range(10):
                nursery.start_soon(create, f"trio{i}")
        print("trio: created 10 endpoints from a nursery")

        result = await run_bulk(
            lambda name: endpoints.create(username=name, password="s3cret-pw"),
            [f"bulk{i}" for i in range(40)],
            concurrency=8,
        )
        print(f"trio: run_bulk created {len(result.succeeded)}, failed {len(result.failed)}")

        with trio.move_on_after(0):  # already expired: the call is cancelled before sending
            await endpoints.create(username="never", password="s3cret-pw")
        names = [ep.username async for ep in endpoints.list(page_size=20)]
        print(f"trio: listed {len(names)} endpoints; 'never' present: {'never' in names}")


if __name__ == "__main__":
    with FakeSpace("demo-project", "demo-token").serve() as served:
        trio.run(main, served.host)
