"""Run the client for real against the package's fake space, served on loopback.

    python examples/demo.py

It serves a `signalwire_async.testing.FakeSpace` on 127.0.0.1, then creates, lists (page by
page), reads, updates and deletes SIP endpoints with `AsyncRestClient` over real sockets,
and does the same with the generated `RestClient`. A bare loopback host means plain http.
"""

from __future__ import annotations

import asyncio

from signalwire_async import AsyncRestClient, NotFoundError, RestClient
from signalwire_async.testing import FakeSpace


async def async_demo(host: str) -> None:
    async with AsyncRestClient("demo-project", "demo-token", host) as client:
        endpoints = client.fabric.sip_endpoints
        created = await asyncio.gather(
            *(
                endpoints.create(username=f"user{i}", password="s3cret-pw", codecs=["PCMU"])
                for i in range(25)
            )
        )
        print(f"async: created {len(created)} endpoints concurrently on one pool")
        names = [ep.username async for ep in endpoints.list(page_size=10)]
        print(f"async: listed {len(names)} endpoints in pages of 10: {names[:3]} ...")
        first = await endpoints.list(page_size=10)
        print(f"async: first page has {len(first['data'])} items, next -> {first['links']['next']}")
        updated = await endpoints.update(created[0].id, caller_id="C-3P0")
        print(f"async: updated {updated.username}: caller_id={updated['caller_id']!r}")
        await endpoints.delete(created[0].id)
        try:
            await endpoints.get(created[0].id)
        except NotFoundError as error:
            print(f"async: after delete -> {type(error).__name__}: {error}")


def sync_demo(host: str) -> None:
    with RestClient("demo-project", "demo-token", host) as client:
        page = client.fabric.sip_endpoints.list(page_size=5)
        print(f"sync:  first page ids: {[item['id'][:8] for item in page['data']]}")
        print(f"sync:  total via iteration: {sum(1 for _ in client.fabric.sip_endpoints.list())}")


def main() -> None:
    with FakeSpace("demo-project", "demo-token").serve() as served:
        print(f"fake space on {served.url}")
        asyncio.run(async_demo(served.host))
        sync_demo(served.host)


if __name__ == "__main__":
    main()
