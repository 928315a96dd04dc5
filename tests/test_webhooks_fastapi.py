"""The FastAPI dependency: signed requests reach the handler, others get a 403."""

# No `from __future__ import annotations`: FastAPI must see `Depends(webhook)` in the
# handlers' annotations, and `webhook` is a local of `make_app`.

import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

import httpx
import pytest
from fastapi import Depends, FastAPI, Request

from signalwire_async.integrations.fastapi import (
    DEFAULT_MAX_BODY_SIZE,
    SignalWireWebhook,
    WebhookRequest,
)
from signalwire_async.webhooks import (
    MISSING_SIGNATURE,
    SIGNATURE_MISMATCH,
    compat_signature,
    native_signature,
)

KEY = "PSK_fastapi_5b8e"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
FORM_BODY = b"CallSid=CA1&From=%2B15551230000&Body=h%C3%A9llo"
FORM_PARAMS = {"CallSid": "CA1", "From": "+15551230000", "Body": "héllo"}


def make_app(webhook: SignalWireWebhook) -> FastAPI:
    app = FastAPI()

    @app.post("/voice")
    async def voice(event: Annotated[WebhookRequest, Depends(webhook)]) -> dict[str, Any]:
        return {"url": event.url, "form": event.form}

    @app.post("/events/{name}")
    async def events(event: WebhookRequest = Depends(webhook)) -> dict[str, Any]:  # noqa: B008
        return {"url": event.url, "json": event.json(), "form": event.form}

    async def drain(request: Request) -> None:
        async for _ in request.stream():
            pass

    @app.post("/drained", dependencies=[Depends(drain)])
    async def drained(event: Annotated[WebhookRequest, Depends(webhook)]) -> None:
        pass

    return app


async def post(
    app: FastAPI, path: str, body: bytes, headers: dict[str, str] | None = None
) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        return await client.post(path, content=body, headers=headers)


@pytest.mark.asyncio
async def test_signed_form_reaches_the_handler() -> None:
    url = "http://testserver/voice?attempt=1"
    signature = compat_signature(KEY, url, FORM_PARAMS)
    headers = {**FORM, "X-Twilio-Signature": signature}
    response = await post(make_app(SignalWireWebhook(KEY)), "/voice?attempt=1", FORM_BODY, headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"url": url, "form": FORM_PARAMS}


@pytest.mark.asyncio
async def test_natively_signed_json_reaches_the_handler() -> None:
    body = json.dumps({"event_type": "calling.call.state", "params": {"state": "ended"}}).encode()
    # The percent-escape in the path must reach the signature as sent.
    url = "http://testserver/events/a%20b"
    headers = {
        "Content-Type": "application/json",
        "X-SignalWire-Signature": native_signature(KEY, url, body),
    }
    response = await post(make_app(SignalWireWebhook(KEY)), "/events/a%20b", body, headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"url": url, "json": json.loads(body), "form": {}}


@pytest.mark.asyncio
async def test_unsigned_request_is_refused() -> None:
    response = await post(make_app(SignalWireWebhook(KEY)), "/voice", FORM_BODY, FORM)
    assert response.status_code == 403
    assert response.json() == {"detail": MISSING_SIGNATURE}


@pytest.mark.asyncio
async def test_badly_signed_request_is_refused() -> None:
    signature = compat_signature("PSK_other", "http://testserver/voice", FORM_PARAMS)
    headers = {**FORM, "X-SignalWire-Signature": signature}
    response = await post(make_app(SignalWireWebhook(KEY)), "/voice", FORM_BODY, headers)
    assert response.status_code == 403
    assert response.json() == {"detail": SIGNATURE_MISMATCH}
    assert KEY not in response.text


@pytest.mark.asyncio
async def test_tampered_body_is_refused() -> None:
    signature = compat_signature(KEY, "http://testserver/voice", FORM_PARAMS)
    headers = {**FORM, "X-SignalWire-Signature": signature}
    body = FORM_BODY.replace(b"CA1", b"CA2")
    response = await post(make_app(SignalWireWebhook(KEY)), "/voice", body, headers)
    assert response.status_code == 403


@pytest.mark.asyncio
async def test_public_url_replaces_scheme_and_host() -> None:
    webhook = SignalWireWebhook(KEY, public_url="https://hooks.example.com/")
    app = make_app(webhook)
    public = "https://hooks.example.com/voice?attempt=2"
    headers = {**FORM, "X-SignalWire-Signature": compat_signature(KEY, public, FORM_PARAMS)}
    response = await post(app, "/voice?attempt=2", FORM_BODY, headers)
    assert response.status_code == 200, response.text
    assert response.json()["url"] == public

    local = "http://testserver/voice?attempt=2"
    headers = {**FORM, "X-SignalWire-Signature": compat_signature(KEY, local, FORM_PARAMS)}
    response = await post(app, "/voice?attempt=2", FORM_BODY, headers)
    assert response.status_code == 403


@pytest.mark.asyncio
async def test_a_body_read_before_the_dependency_is_a_clear_error() -> None:
    # Signed (or it would get its 403 before the body is looked at).
    headers = {**FORM, "X-SignalWire-Signature": "c2lnbmVk"}
    with pytest.raises(RuntimeError, match="raw request body"):
        await post(make_app(SignalWireWebhook(KEY)), "/drained", FORM_BODY, headers)


class Chunks:
    """A request body of `count` chunks of 64 KiB, sent chunked; counts those read."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.read = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.count):
            self.read += 1
            yield b"x" * 65536


async def post_chunks(webhook: SignalWireWebhook, body: Chunks, signed: bool) -> httpx.Response:
    headers = {**FORM, **({"X-SignalWire-Signature": "c2lnbmVk"} if signed else {})}
    transport = httpx.ASGITransport(app=make_app(webhook))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        return await client.post("/voice", content=body, headers=headers)


@pytest.mark.asyncio
async def test_an_unsigned_request_is_refused_before_its_body_is_read() -> None:
    body = Chunks(4096)  # 256 MiB, if it were read
    response = await post_chunks(SignalWireWebhook(KEY), body, signed=False)
    assert response.status_code == 403
    assert response.json() == {"detail": MISSING_SIGNATURE}
    assert body.read <= 1  # at most what the transport hands over with the request


@pytest.mark.asyncio
async def test_a_chunked_body_beyond_max_body_size_is_413_and_read_no_further() -> None:
    body = Chunks(4096)
    response = await post_chunks(SignalWireWebhook(KEY), body, signed=True)
    assert response.status_code == 413
    assert body.read <= DEFAULT_MAX_BODY_SIZE // 65536 + 2


@pytest.mark.asyncio
async def test_a_declared_length_beyond_max_body_size_is_413_before_reading() -> None:
    headers = {**FORM, "X-SignalWire-Signature": "c2lnbmVk"}
    webhook = SignalWireWebhook(KEY, max_body_size=len(FORM_BODY) - 1)
    response = await post(make_app(webhook), "/voice", FORM_BODY, headers)
    assert response.status_code == 413
    assert "bytes" in response.json()["detail"]


@pytest.mark.asyncio
async def test_a_signed_body_within_max_body_size_is_read_whole() -> None:
    url = "http://testserver/voice"
    headers = {**FORM, "X-Twilio-Signature": compat_signature(KEY, url, FORM_PARAMS)}
    webhook = SignalWireWebhook(KEY, max_body_size=len(FORM_BODY))
    response = await post(make_app(webhook), "/voice", FORM_BODY, headers)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(("size", "error"), [(0, ValueError), (True, TypeError), ("1", TypeError)])
def test_max_body_size_is_checked(size: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="max_body_size"):
        SignalWireWebhook(KEY, max_body_size=size)


@pytest.mark.parametrize(
    "public_url",
    ["hooks.example.com", "ftp://hooks.example.com", "https://h.example.com/prefix", "https://"],
)
def test_bad_public_url_is_refused(public_url: str) -> None:
    with pytest.raises(ValueError, match="public_url"):
        SignalWireWebhook(KEY, public_url=public_url)


@pytest.mark.asyncio
async def test_key_falls_back_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", KEY)
    webhook = SignalWireWebhook()
    assert KEY not in repr(webhook)
    headers = {
        **FORM,
        "X-SignalWire-Signature": compat_signature(KEY, "http://testserver/voice", FORM_PARAMS),
    }
    response = await post(make_app(webhook), "/voice", FORM_BODY, headers)
    assert response.status_code == 200, response.text


def test_missing_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIGNALWIRE_SIGNING_KEY", raising=False)
    with pytest.raises(ValueError, match="SIGNALWIRE_SIGNING_KEY"):
        SignalWireWebhook()
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", "")
    with pytest.raises(ValueError, match="SIGNALWIRE_SIGNING_KEY"):
        SignalWireWebhook()


def test_webhook_request_is_frozen() -> None:
    event = WebhookRequest(url="https://example.com/", body=b'{"a": 1}')
    assert event.json() == {"a": 1}
    assert event.form == {}
    with pytest.raises(AttributeError):
        event.url = "https://evil.example.com/"  # type: ignore[misc]


@pytest.mark.asyncio
async def test_a_sha256_signed_request_reaches_the_handler() -> None:
    from signalwire_async.webhooks import native_sha256_signature

    body = json.dumps({"event": "call.state"}).encode()
    url = "http://testserver/events/state"
    headers = {"X-SignalWire-SHA256-Signature": native_sha256_signature(KEY, url, body)}
    app = make_app(SignalWireWebhook(KEY))
    response = await post(app, "/events/state", body, headers)
    assert response.status_code == 200
    bad = {"X-SignalWire-SHA256-Signature": "0" * 64}
    assert (await post(app, "/events/state", body, bad)).status_code == 403
