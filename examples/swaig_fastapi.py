"""A FastAPI app serving an AI agent's SWML and answering its SWAIG function calls.

`GET /agent` returns the SWML (an `ai` step whose one function, `get_weather`, is served at
`/swaig`); `POST /swaig` accepts only requests SignalWire signed (the webhook dependency),
reads the function's arguments and answers with a `FunctionResult`. The builders are plain
data: no REST client is needed here. Run it: `python examples/swaig_fastapi.py`.
"""

# No `from __future__ import annotations`: FastAPI reads the routes' annotations at run time.

import json
from typing import Annotated, Any

import httpx
from fastapi import Depends, FastAPI, Request

from signalwire_async.integrations.fastapi import SignalWireWebhook, WebhookRequest
from signalwire_async.swml import FunctionResult, SwaigRequest, SWMLBuilder, swaig_arguments

FORECASTS = {"paris": "sunny, 24 degrees", "oslo": "snow, -3 degrees"}


def agent_swml(swaig_url: str) -> dict[str, Any]:
    weather = {
        "function": "get_weather",
        "description": "The weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        "web_hook_url": swaig_url,
    }
    return (
        SWMLBuilder()
        .answer()
        .ai(prompt_text="You tell callers the weather.", swaig={"functions": [weather]})
        .hangup()
        .build()
    )


def answer(call: SwaigRequest) -> FunctionResult:
    if call.get("function") != "get_weather":
        return FunctionResult("That function is not available.")
    city = str(swaig_arguments(call).get("city", "")).lower()
    forecast = FORECASTS.get(city)
    if forecast is None:
        return FunctionResult(f"No forecast for {city or 'that place'}.")
    return (
        FunctionResult(f"The weather in {city.title()}: {forecast}.")
        .update_global_data({"last_city": city})
        .set_metadata({"lookups": 1})
    )


def create_app() -> FastAPI:
    app = FastAPI()
    webhook = SignalWireWebhook()  # 403 for requests SignalWire did not sign

    @app.get("/agent")
    async def agent(request: Request) -> dict[str, Any]:
        return agent_swml(str(request.url_for("swaig")))

    @app.post("/swaig")
    async def swaig(event: Annotated[WebhookRequest, Depends(webhook)]) -> dict[str, Any]:
        call: SwaigRequest = event.json()
        return answer(call).to_dict()

    return app


async def drive(app: FastAPI) -> None:
    """Call the app in-process over ASGI, as SignalWire would."""
    from signalwire_async.webhooks import native_signature

    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        swml = (await http.get("/agent")).json()
        ai = swml["sections"]["main"][1]["ai"]
        print(f"swaig: GET /agent -> functions {[f['function'] for f in ai['SWAIG']['functions']]}")

        url = ai["SWAIG"]["functions"][0]["web_hook_url"]
        for city in ("Paris", "Atlantis"):
            call = {"function": "get_weather", "argument": {"parsed": [{"city": city}]}}
            body = json.dumps(call).encode()
            signature = native_signature("demo-signing-key", url, body)
            headers = {"X-SignalWire-Signature": signature, "Content-Type": "application/json"}
            reply = await http.post(url, content=body, headers=headers)
            print(f"swaig: POST /swaig {city} -> {reply.status_code} {reply.json()}")
        forged = await http.post(url, content=body, headers={"X-SignalWire-Signature": "x"})
        print(f"swaig: forged call -> {forged.status_code}")


def main() -> None:
    import asyncio
    import os

    os.environ["SIGNALWIRE_SIGNING_KEY"] = "demo-signing-key"
    asyncio.run(drive(create_app()))


if __name__ == "__main__":
    main()
