"""A FastAPI service with one `AsyncRestClient` for its whole life, and signed webhooks.

    python examples/fastapi_app.py             # drives the app in-process against a fake space
    uvicorn fastapi_app:create_app --factory   # serves it (with uvicorn installed)

The client is created in the lifespan, so every request shares one connection pool, and
closed at shutdown. Handlers get it through a dependency. API errors become HTTP answers
with the right status; a webhook route accepts only requests SignalWire signed.
Settings come from SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN, SIGNALWIRE_SPACE and
SIGNALWIRE_SIGNING_KEY.
"""

# No `from __future__ import annotations`: FastAPI reads the handlers' annotations at runtime.

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

import httpx
from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from signalwire_async import (
    AsyncRestClient,
    ConflictError,
    NotFoundError,
    SignalWireRestError,
    SignalWireRestTransportError,
)
from signalwire_async.integrations.fastapi import SignalWireWebhook, WebhookRequest


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with AsyncRestClient() as client:  # closed (pool and all) at shutdown
        app.state.signalwire = client
        yield


def signalwire(request: Request) -> AsyncRestClient:
    client: AsyncRestClient = request.app.state.signalwire
    return client


SignalWire = Annotated[AsyncRestClient, Depends(signalwire)]


class NewEndpoint(BaseModel):
    username: str


def create_app() -> FastAPI:
    app = FastAPI(lifespan=lifespan)
    webhook = SignalWireWebhook()  # 403 for requests SignalWire did not sign

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, error: NotFoundError) -> JSONResponse:
        return JSONResponse({"error": "no such endpoint"}, status_code=404)

    @app.exception_handler(ConflictError)
    async def conflict(request: Request, error: ConflictError) -> JSONResponse:
        return JSONResponse({"error": str(error)}, status_code=409)

    @app.exception_handler(SignalWireRestError)
    async def upstream_error(request: Request, error: SignalWireRestError) -> JSONResponse:
        return JSONResponse({"error": "SignalWire refused the request"}, status_code=502)

    @app.exception_handler(SignalWireRestTransportError)
    async def unreachable(request: Request, error: SignalWireRestTransportError) -> JSONResponse:
        return JSONResponse({"error": "SignalWire is unreachable"}, status_code=503)

    @app.get("/endpoints")
    async def list_endpoints(client: SignalWire, page_size: int = 50) -> dict[str, list[str]]:
        page = await client.fabric.sip_endpoints.list(page_size=page_size)
        return {"usernames": [item.username for item in page.data]}

    @app.post("/endpoints", status_code=201)
    async def create_endpoint(client: SignalWire, new: NewEndpoint) -> dict[str, Any]:
        created = await client.fabric.sip_endpoints.create(
            username=new.username, password="s3cret-pw"
        )
        return created.to_dict()

    @app.get("/endpoints/{endpoint_id}")
    async def get_endpoint(client: SignalWire, endpoint_id: str) -> dict[str, str]:
        found = await client.fabric.sip_endpoints.get(endpoint_id)
        return {"id": found.id, "username": found.username}

    @app.post("/webhooks/call-status")
    async def call_status(
        event: Annotated[WebhookRequest, Depends(webhook)],
    ) -> dict[str, str]:
        return {"call": event.form.get("CallSid", ""), "status": event.form.get("CallStatus", "")}

    return app


async def drive(app: FastAPI) -> None:
    """Start the app (its lifespan), call it in-process over ASGI, then shut it down."""
    from signalwire_async.webhooks import compat_signature

    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://testserver") as http,
    ):
        for name in ("alice", "bob", "alice"):
            response = await http.post("/endpoints", json={"username": name})
            print(f"fastapi: POST /endpoints {name} -> {response.status_code}")
        listing = (await http.get("/endpoints")).json()
        print(f"fastapi: GET /endpoints -> {listing['usernames']}")
        missing = await http.get("/endpoints/missing")
        print(f"fastapi: GET /endpoints/missing -> {missing.status_code}")

        form = {"CallSid": "CA123", "CallStatus": "completed"}
        url = "http://testserver/webhooks/call-status"
        signature = compat_signature("demo-signing-key", url, form)
        signed = await http.post(url, data=form, headers={"X-SignalWire-Signature": signature})
        print(f"fastapi: signed webhook -> {signed.status_code} {signed.json()}")
        forged = await http.post(url, data=form, headers={"X-SignalWire-Signature": "forged"})
        print(f"fastapi: forged webhook -> {forged.status_code} {forged.json()['detail']}")
    print(f"fastapi: after shutdown the client is closed: {app.state.signalwire.is_closed}")


def main() -> None:
    import asyncio
    import os

    from signalwire_async.testing import FakeSpace

    with FakeSpace("demo-project", "demo-token").serve() as served:
        os.environ.update(
            SIGNALWIRE_PROJECT_ID="demo-project",
            SIGNALWIRE_API_TOKEN="demo-token",
            SIGNALWIRE_SPACE=served.host,
            SIGNALWIRE_SIGNING_KEY="demo-signing-key",
        )
        asyncio.run(drive(create_app()))


if __name__ == "__main__":
    main()
