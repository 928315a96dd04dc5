"""`record_responses()` under concurrency: each task (or thread) sees only its own calls.

Not in `tests/_async/`: tasks and threads have no common spelling for the generator. Each
case interleaves the calls of two workers while both blocks are open (A, B, A, B), so a log
that collected everything the pool received would hold all four responses.
"""

from __future__ import annotations

import asyncio
import threading

import pytest
import respx
import trio

from signalwire_async import AsyncRestClient, RestClient
from signalwire_async._responses import ResponseLog

from .data import BASE, ENDPOINTS, PROJECT, TOKEN, endpoint

WORKERS = ("a", "b")


def mock_both(router: respx.MockRouter) -> None:
    for worker in WORKERS:
        for n in (1, 2):
            router.get(f"{ENDPOINTS}/{worker}{n}").respond(
                json=endpoint(id=f"{worker}{n}"), headers={"x-request-id": f"{worker}{n}"}
            )


def check(logs: dict[str, ResponseLog]) -> None:
    assert {worker: [info.request_id for info in log] for worker, log in logs.items()} == {
        "a": ["a1", "a2"],
        "b": ["b1", "b2"],
    }


@pytest.mark.asyncio
async def test_asyncio_tasks_each_see_only_their_own_calls(api: respx.MockRouter) -> None:
    mock_both(api)
    logs: dict[str, ResponseLog] = {}
    changed = asyncio.Condition()
    turn = {"next": "a"}  # strict turns: a1, b1, a2, b2

    async with AsyncRestClient(PROJECT, TOKEN, "example") as client:

        async def work(worker: str, other: str) -> None:
            with client.record_responses() as log:
                logs[worker] = log
                for n in (1, 2):
                    async with changed:
                        await changed.wait_for(lambda: turn["next"] == worker)
                    await client.fabric.sip_endpoints.get(f"{worker}{n}")
                    async with changed:
                        turn["next"] = other
                        changed.notify_all()

        await asyncio.wait_for(asyncio.gather(work("a", "b"), work("b", "a")), 10)
    check(logs)


def test_trio_tasks_each_see_only_their_own_calls() -> None:
    logs: dict[str, ResponseLog] = {}

    async def main() -> None:
        changed = trio.Condition()
        turn = {"next": "a"}  # strict turns: a1, b1, a2, b2

        async with AsyncRestClient(PROJECT, TOKEN, "example") as client:

            async def work(worker: str, other: str) -> None:
                with client.record_responses() as log:
                    logs[worker] = log
                    for n in (1, 2):
                        async with changed:
                            while turn["next"] != worker:
                                await changed.wait()
                        await client.fabric.sip_endpoints.get(f"{worker}{n}")
                        async with changed:
                            turn["next"] = other
                            changed.notify_all()

            async with trio.open_nursery() as nursery:
                nursery.start_soon(work, "a", "b")
                nursery.start_soon(work, "b", "a")

    with respx.mock(base_url=BASE, using="httpx", assert_all_called=True) as router:
        mock_both(router)
        trio.run(main)
    check(logs)


def test_threads_each_see_only_their_own_calls(api: respx.MockRouter) -> None:
    mock_both(api)
    logs: dict[str, ResponseLog] = {}
    errors: list[BaseException] = []
    changed = threading.Condition()
    turn = {"next": "a"}  # strict turns: a1, b1, a2, b2

    with RestClient(PROJECT, TOKEN, "example") as client:

        def work(worker: str, other: str) -> None:
            try:
                with client.record_responses() as log:
                    logs[worker] = log
                    for n in (1, 2):
                        with changed:
                            assert changed.wait_for(lambda: turn["next"] == worker, timeout=5)
                        client.fabric.sip_endpoints.get(f"{worker}{n}")
                        with changed:
                            turn["next"] = other
                            changed.notify_all()
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=work, args=pair) for pair in (("a", "b"), ("b", "a"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
    assert errors == []
    check(logs)
