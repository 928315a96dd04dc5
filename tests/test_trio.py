"""The async client under trio (driven by `trio.run`, not pytest-asyncio)."""

from __future__ import annotations

import httpx
import pytest
import respx
import trio

from signalwire_async import AsyncRestClient, ServerError

from ._async.test_faults import FAULT_IDS, FAULTS, Fault, run_fault, run_probe
from ._async.test_lost_answers import (
    RECORDED,
    run_a_delete_whose_answer_was_lost,
    run_every_response_recorded,
)
from .data import BASE, ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint, page
from .loopback import LoopbackServer

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"


def test_real_requests_under_trio(server: LoopbackServer) -> None:
    server.json("GET", ONE, 200, endpoint())
    server.json("GET", ENDPOINTS, 200, page([endpoint(id="a"), endpoint(id="b")]))

    async def main() -> list[str]:
        async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:
            found: list[str] = []

            async def fetch() -> None:
                found.append((await client.fabric.sip_endpoints.get(ENDPOINT_ID)).id)

            async with trio.open_nursery() as nursery:
                for _ in range(20):
                    nursery.start_soon(fetch)
            found += [ep.id async for ep in client.fabric.sip_endpoints.list()]
            return found

    assert trio.run(main) == [ENDPOINT_ID] * 20 + ["a", "b"]
    assert server.hits[("GET", ONE)] == 20


def test_retries_sleep_with_trio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("signalwire_async._retry.BACKOFF_BASE", 0.01)

    async def main() -> str:
        with respx.mock(base_url=BASE, using="httpx") as mock:
            mock.get(ONE).mock(
                side_effect=[httpx.Response(503), httpx.Response(200, json=endpoint())]
            )
            async with AsyncRestClient(PROJECT, TOKEN, "example") as client:
                return (await client.fabric.sip_endpoints.get(ENDPOINT_ID)).username

    assert trio.run(main) == "c3p0"


def test_errors_under_trio() -> None:
    async def main() -> None:
        with respx.mock(base_url=BASE) as mock:  # respx's default mode, as users write it
            mock.get(ONE).respond(500, json={"error": "boom"})
            async with AsyncRestClient(PROJECT, TOKEN, "example", max_retries=0) as client:
                await client.fabric.sip_endpoints.get(ENDPOINT_ID)

    with pytest.raises(ServerError, match=r"500 GET .*: boom"):
        trio.run(main)


def test_a_trio_cancel_scope_leaves_the_client_usable(server: LoopbackServer) -> None:
    server.stall("GET", f"{ENDPOINTS}/slow", 1.0)
    server.json("GET", ONE, 200, endpoint())

    async def main() -> str:
        async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:
            with trio.move_on_after(0.1) as scope:
                await client.fabric.sip_endpoints.get("slow")
            assert scope.cancelled_caught
            return (await client.fabric.sip_endpoints.get(ENDPOINT_ID)).id

    assert trio.run(main) == ENDPOINT_ID


# The fault matrix of tests/_async/test_faults.py, run under trio: requests go through httpcore.


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fault", FAULTS, ids=FAULT_IDS)
def test_fault_under_trio(
    fault: Fault,
    method: str,
    server: LoopbackServer,
    elsewhere: LoopbackServer,
    sleeps: list[float],
) -> None:
    trio.run(run_fault, fault, method, server, elsewhere, sleeps)


def test_connections_in_use_sees_a_request_in_flight_under_trio(server: LoopbackServer) -> None:
    assert trio.run(run_probe, server) == [1, 1, 0]


# Lost and failed answers (tests/_async/test_lost_answers.py), run under trio.


def test_a_delete_whose_answer_was_lost_then_finds_nothing_is_done_under_trio(
    server: LoopbackServer, sleeps: list[float]
) -> None:
    trio.run(run_a_delete_whose_answer_was_lost, server)


def test_every_response_is_recorded_under_trio(server: LoopbackServer, sleeps: list[float]) -> None:
    assert trio.run(run_every_response_recorded, server) == RECORDED
