"""Run 10,000 concurrent GETs in a process of its own and report how it went, as JSON.

`test_load.py` starts this against its loopback server: the child's peak RSS is then the
client's alone, and the server does not share the client's GIL.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys

import httpx

from signalwire_async import AsyncRestClient

from .data import ENDPOINT_ID, PROJECT, TOKEN


async def main(host: str, calls: int) -> dict[str, object]:
    # A pool timeout far shorter than the run: any call left waiting in the pool would fail.
    timeout = httpx.Timeout(10.0, pool=0.5)
    async with AsyncRestClient(PROJECT, TOKEN, host, timeout=timeout) as client:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        outcomes = await asyncio.gather(
            *(client.fabric.sip_endpoints.get(ENDPOINT_ID) for _ in range(calls)),
            return_exceptions=True,
        )
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    errors = [repr(o) for o in outcomes if isinstance(o, BaseException)]
    return {
        "ok": sum(not isinstance(o, BaseException) for o in outcomes),
        "errors": errors[:5],
        "rss_growth_mib": (after - before) / 1024,  # ru_maxrss is in KiB on Linux
        "peak_rss_mib": after / 1024,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1], int(sys.argv[2])))))
