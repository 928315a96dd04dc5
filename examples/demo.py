"""Run the client for real against a small in-process fake space on loopback.

    python examples/demo.py

It starts a fake space (`fake_space.py`) on 127.0.0.1 that keeps SIP endpoints in memory,
then creates, lists (page by page), reads, updates and deletes endpoints with
`AsyncRestClient` over real sockets, and does the same with the generated `RestClient`.
A bare loopback host means plain http, so the same code runs against
`../shared/tools/prism.sh` (127.0.0.1:4010).
"""

from __future__ import annotations

import asyncio

from fake_space import running_fake_space

from signalwire_async import AsyncRestClient, NotFoundError, RestClient


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
    with running_fake_space() as space:
        print(f"fake space on http://{space.host}")
        asyncio.run(async_demo(space.host))
        sync_demo(space.host)


if __name__ == "__main__":
    main()
