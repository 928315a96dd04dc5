"""Provision many SIP endpoints at once: bounded concurrency, progress, a full report.

    python examples/bulk_provision.py

The job the README describes, run against the fake space (`fake_space.py`), which answers
every 150th write with 429 and `Retry-After`. The client pauses all its requests together
when that happens and retries the rejected ones (a 429 means the write was not processed),
so the job finishes without duplicates. One username is already taken: that item fails
with a 409 and is reported; the others go on.
"""

from __future__ import annotations

import asyncio

from fake_space import running_fake_space

from signalwire_async import AsyncRestClient, BulkProgress, BulkResult, run_bulk
from signalwire_async.types import SipEndpoint


def report(progress: BulkProgress) -> None:
    if progress.done % 250 == 0 or progress.done == progress.total:
        print(
            f"{progress.done}/{progress.total} done, {progress.failed} failed, "
            f"{progress.rate:.0f} per second"
        )


async def provision(client: AsyncRestClient, usernames: list[str]) -> BulkResult[str, SipEndpoint]:
    """Create one SIP endpoint per username, 50 requests at a time."""
    return await run_bulk(
        lambda username: client.fabric.sip_endpoints.create(
            username=username, password="s3cret-pw", codecs=["PCMU", "OPUS"]
        ),
        usernames,
        concurrency=50,
        on_progress=report,
    )


async def main(host: str) -> None:
    async with AsyncRestClient("demo-project", "demo-token", host) as client:
        await client.fabric.sip_endpoints.create(
            username="agent0042", password="s3cret-pw"
        )  # already taken
        result = await provision(client, [f"agent{i:04d}" for i in range(1000)])
        print(f"created {len(result.succeeded)} endpoints in {result.elapsed:.2f} s")
        for failure in result.failed:
            print(f"failed: {failure.item}: {type(failure.error).__name__}: {failure.error}")
        total = sum([1 async for _ in client.fabric.sip_endpoints.list(page_size=1000)])
        print(f"the space now holds {total} endpoints")


if __name__ == "__main__":
    with running_fake_space(rate_limit_every=150) as space:
        asyncio.run(main(space.host))
        print(f"the space answered 429 {space.rate_limited} times; every write was retried")
