"""Answers lost or failed on loopback: what a call then reports, and what it recorded.

A delete whose answer was lost and whose retry finds nothing has done its work; every
response, failed and retried ones too, is in `record_responses()`. Each case is a plain
coroutine function `run_*` (so `tests/test_trio.py` runs it under trio; the sync twin is
generated) and a test that checks what it returns.
"""

from __future__ import annotations

from typing import Any

import pytest

from signalwire_async import AsyncRestClient, NotFoundError

from ..data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint
from ..loopback import Behaviour, LoopbackServer, answer, reset

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"
MISSING = f"{ENDPOINTS}/missing"
FLAKY = f"{ENDPOINTS}/flaky"
NOT_FOUND = answer(404, {"errors": [{"message": "not found"}]})


async def run_a_delete_whose_answer_was_lost(server: LoopbackServer) -> None:
    """Deletes: answer lost then 404; 404 at once; and a GET whose answer was lost then 404."""
    server.sequence("DELETE", ONE, reset(), NOT_FOUND)
    server.route("DELETE", MISSING, NOT_FOUND)
    server.sequence("GET", FLAKY, reset(), NOT_FOUND)
    async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:
        endpoints = client.fabric.sip_endpoints
        await endpoints.delete(ENDPOINT_ID)  # the first attempt deleted it: done
        with pytest.raises(NotFoundError):  # nothing was ever there
            await endpoints.delete("missing")
        with pytest.raises(NotFoundError):  # only a delete reads a 404 that way
            await endpoints.get("flaky")
    assert server.hits[("DELETE", ONE)] == 2 and server.hits[("GET", FLAKY)] == 2


@pytest.mark.asyncio
async def test_a_delete_whose_answer_was_lost_then_finds_nothing_is_done(
    server: LoopbackServer, sleeps: list[float]
) -> None:
    await run_a_delete_whose_answer_was_lost(server)


def answered(status: int, request_id: str, body: Any = None, retry: bool = False) -> Behaviour:
    headers = {"x-request-id": request_id}
    if retry:
        headers["Retry-After"] = "0"
    return answer(status, {"error": request_id} if body is None else body, headers)


async def run_every_response_recorded(server: LoopbackServer) -> list[tuple[int, str | None]]:
    """A 429 then 200, a 404, and 503, 503, 200: six responses in one block."""
    server.sequence("GET", ONE, answered(429, "a1", retry=True), answered(200, "a2", endpoint()))
    server.route("GET", MISSING, answered(404, "b1"))
    flaky = endpoint(id="flaky")
    server.sequence(
        "GET", FLAKY, answered(503, "c1"), answered(503, "c2"), answered(200, "c3", flaky)
    )
    async with AsyncRestClient(PROJECT, TOKEN, server.host) as client:
        with client.record_responses() as responses:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
            with pytest.raises(NotFoundError):
                await client.fabric.sip_endpoints.get("missing")
            await client.fabric.sip_endpoints.get("flaky")
    return [(info.status_code, info.request_id) for info in responses]


RECORDED = [(429, "a1"), (200, "a2"), (404, "b1"), (503, "c1"), (503, "c2"), (200, "c3")]


@pytest.mark.asyncio
async def test_every_response_is_recorded_failed_and_retried_ones_too(
    server: LoopbackServer, sleeps: list[float]
) -> None:
    assert await run_every_response_recorded(server) == RECORDED
