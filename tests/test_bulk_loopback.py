"""`run_bulk` against a loopback server, on asyncio and trio: creates whose answers were lost
are in doubt (not failed), deletes whose answers were lost succeed, and an async
`on_progress` is awaited."""

from __future__ import annotations

import json
import threading

import anyio
import anyio.lowlevel
import pytest

from signalwire_async import AsyncRestClient, BulkError, BulkProgress, BulkResult, run_bulk

from .data import ENDPOINTS, PROJECT, TOKEN, endpoint
from .loopback import Behaviour, Handler, LoopbackServer, reset

LOST = {1, 2, 4}  # the items whose creates the server stores, then resets the connection
ITEMS = 6


@pytest.fixture(params=["asyncio", "trio"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def stores_then_resets(stored: list[str]) -> Behaviour:
    lock = threading.Lock()

    def behaviour(handler: Handler) -> None:
        name = json.loads(handler.body)["username"]
        with lock:
            stored.append(name)
        if int(name[1:]) in LOST:
            reset()(handler)
        else:
            handler.send_json(200, endpoint(username=name))

    return behaviour


def test_creates_whose_answers_were_lost_are_in_doubt(server: LoopbackServer, backend: str) -> None:
    stored: list[str] = []
    server.route("POST", ENDPOINTS, stores_then_resets(stored))
    progress: list[BulkProgress] = []

    async def main() -> BulkResult[str, object]:
        async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:
            return await run_bulk(
                lambda name: client.fabric.sip_endpoints.create(username=name, password="pw"),
                [f"u{n}" for n in range(ITEMS)],
                concurrency=3,
                on_progress=progress.append,
            )

    result = anyio.run(main, backend=backend)
    assert sorted(stored) == [f"u{n}" for n in range(ITEMS)]  # each sent once, and stored
    assert result.failed == []
    assert result.in_doubt == [(n, f"u{n}") for n in sorted(LOST)]
    assert sorted(result.in_doubt_errors) == sorted(LOST)
    assert all(getattr(error, "in_doubt", False) for error in result.in_doubt_errors.values())
    assert len(result.succeeded) == ITEMS - len(LOST)
    last = max(progress, key=lambda p: p.done)
    assert (last.done, last.failed, last.in_doubt) == (ITEMS, 0, len(LOST))
    with pytest.raises(BulkError, match="0 of 6 items failed, 3 in doubt") as raised:
        result.raise_for_failures()
    assert raised.value.failures == [] and raised.value.in_doubt == result.in_doubt


def test_deletes_whose_answers_were_lost_succeed(
    server: LoopbackServer, backend: str, sleeps: list[float]
) -> None:
    ids = [f"e{n}" for n in range(5)]
    for id in ids:
        server.sequence(
            "DELETE", f"{ENDPOINTS}/{id}", reset(), lambda h: h.send_json(404, {"errors": []})
        )

    async def main() -> BulkResult[str, None]:
        async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:
            return await run_bulk(client.fabric.sip_endpoints.delete, ids)

    result = anyio.run(main, backend=backend)
    assert [success.item for success in result.succeeded] == ids
    assert result.failed == [] and result.in_doubt == []


def test_an_async_on_progress_is_awaited(server: LoopbackServer, backend: str) -> None:
    server.json("GET", f"{ENDPOINTS}/one", 200, endpoint(id="one"))
    seen: list[int] = []

    async def on_progress(progress: BulkProgress) -> None:
        await anyio.lowlevel.checkpoint()  # a real coroutine: it must be awaited
        seen.append(progress.done)

    async def main() -> None:
        async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:
            await run_bulk(
                lambda _: client.fabric.sip_endpoints.get("one"),
                range(10),
                concurrency=3,
                on_progress=on_progress,
            )

    anyio.run(main, backend=backend)
    assert sorted(seen) == list(range(1, 11))
