"""Send every operation the client implements to a mock space and report whether it conforms.

Run the mock first (`../shared/tools/prism.sh start`), then:

    python scripts/contract_check.py [--host 127.0.0.1:4010] [--tools ../shared/tools]

Each operation runs through `AsyncRestClient` (asyncio, the aiohttp transport) and through the
generated `RestClient`, each on the client's own transport wrapped in an httpx client whose
event hooks let `check_requests.Recorder` read the mock's verdict on every response.
Exit status 1 when any request does not conform. Not part of the test suite: it needs Node.js
and the mock.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from pathlib import Path
from typing import Any

import httpx

from signalwire_async import (
    AsyncRestClient,
    RestClient,
    SignalWireRestError,
    UnprocessableEntityError,
)
from signalwire_async._config import DEFAULT_LIMITS
from signalwire_async._loops import PerLoopTransport
from signalwire_async._spec_corrections import CORRECTIONS
from signalwire_async._sync._httpcore import CheckedTransport

PROJECT = "00000000-0000-4000-8000-000000000001"
ENDPOINT_ID = "67075301-69b2-4fc3-8a2c-c95a69a5665e"
# The mock validates against the spec, which requires server-assigned and defaulted fields on
# create (see signalwire_async/_spec_corrections.py), so they are all sent here; `password`
# is the field the spec omits and the API needs.
CREATE: dict[str, Any] = {
    "id": "993ed018-9e79-4e50-b97b-984bd5534095",
    "username": "c3p0",
    "password": "yavinOrBust",
    "caller_id": "123456789",
    "send_as": "Support",
    "ciphers": ["AEAD_AES_256_GCM_8"],
    "codecs": ["PCMU", "OPUS"],
    "encryption": "default",
    "call_handler": "default",
    "calling_handler_resource_id": None,
}
UPDATE: dict[str, Any] = {"caller_id": "C-3P0", "calling_handler_resource_id": None}

# Where each corrected operation goes: the mock refuses the fields the spec forgot, and only
# those refusals are the spec's fault.
ROUTES = {
    "fabric.sip_endpoints.create": ("POST", "/api/fabric/resources/sip_endpoints"),
    "fabric.sip_endpoints.update": ("PUT", "/api/fabric/resources/sip_endpoints/{id}"),
}
SPEC_FORGOT = {
    (*ROUTES[c.operation], f"body.{c.field}") for c in CORRECTIONS if c.change.startswith("added")
}


def spec_fault(verdict: Any) -> bool:
    """A refusal that names only fields the spec omits (listed in `_spec_corrections`)."""
    path = verdict.path.replace(ENDPOINT_ID, "{id}")
    places = {".".join(map(str, v["location"][1:])) for v in verdict.violations}
    return bool(places) and all((verdict.method, path, place) in SPEC_FORGOT for place in places)


async def create_async(endpoints: Any) -> str:
    try:
        return f"create: {(await endpoints.create(**CREATE)).id}"
    except UnprocessableEntityError as exc:
        return f"create: refused by the mock ({exc}); see the report"


def create_sync(endpoints: Any) -> None:
    with contextlib.suppress(UnprocessableEntityError):
        endpoints.create(**CREATE)


async def run_async(host: str, hooks: dict[str, Any]) -> list[str]:
    done: list[str] = []
    # The client's own transport, inside an httpx client that lets the recorder see responses.
    http = httpx.AsyncClient(transport=PerLoopTransport(DEFAULT_LIMITS), event_hooks=hooks)
    async with (
        http,
        AsyncRestClient(PROJECT, "token", host, max_retries=0, http_client=http) as client,
    ):
        endpoints = client.fabric.sip_endpoints
        done += [f"list: {len([e async for e in endpoints.list(page_size=10)])} items"]
        done += [await create_async(endpoints)]
        done += [f"get: {(await endpoints.get(ENDPOINT_ID)).username}"]
        done += [f"update: {(await endpoints.update(ENDPOINT_ID, **UPDATE)).id}"]
        await endpoints.delete(ENDPOINT_ID)
        done += ["delete: ok"]
        addresses = [a async for a in endpoints.list_addresses(ENDPOINT_ID)]
        done += [f"list_addresses: {len(addresses)} items"]
    return done


def run_sync(host: str, hooks: dict[str, Any]) -> list[str]:
    http = httpx.Client(transport=CheckedTransport(DEFAULT_LIMITS), event_hooks=hooks)
    with http, RestClient(PROJECT, "token", host, max_retries=0, http_client=http) as client:
        endpoints = client.fabric.sip_endpoints
        first = endpoints.list()["data"]
        create_sync(endpoints)
        endpoints.get(ENDPOINT_ID)
        endpoints.update(ENDPOINT_ID, **UPDATE)
        endpoints.delete(ENDPOINT_ID)
        addresses = list(endpoints.list_addresses(ENDPOINT_ID))
    return [f"sync: list {len(first)}, list_addresses {len(addresses)}, create/get/update/delete"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1:4010")
    parser.add_argument("--tools", default=str(Path(__file__).parents[2] / "shared" / "tools"))
    args = parser.parse_args()
    sys.path.insert(0, args.tools)
    from check_requests import Recorder  # type: ignore[import-not-found]

    recorder = Recorder()
    try:
        lines = asyncio.run(run_async(args.host, recorder.async_event_hooks()))
        lines += run_sync(args.host, recorder.event_hooks())
    except SignalWireRestError as exc:
        print(f"the mock refused a request: {exc}")
        print(recorder.report())
        return 1
    print("\n".join(lines))
    print(recorder.report())
    faults = [v for v in recorder.failures if spec_fault(v)]
    for fault in faults:
        print(f"  the spec's fault (a field it omits, see _spec_corrections): {fault}")
    return 0 if len(faults) == len(recorder.failures) else 1


if __name__ == "__main__":
    sys.exit(main())
