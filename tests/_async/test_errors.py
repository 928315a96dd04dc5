"""Every failure reaches the caller as a typed error carrying what the API said."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from signalwire_async import (
    AsyncRestClient,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    SignalWireRestError,
    SignalWireRestStatusError,
    SignalWireRestTimeoutError,
    SignalWireRestTransportError,
    UnprocessableEntityError,
)

from ..data import ENDPOINT_ID, ENDPOINTS, PROJECT, TOKEN, endpoint

ONE = f"{ENDPOINTS}/{ENDPOINT_ID}"


def make_client() -> AsyncRestClient:
    return AsyncRestClient(PROJECT, TOKEN, "example", max_retries=0)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (418, SignalWireRestStatusError),
    ],
)
async def test_status_picks_the_error_class(
    api: respx.MockRouter, status: int, error_class: type[SignalWireRestStatusError]
) -> None:
    api.get(ONE).respond(status, json={"error": "Nope"}, headers={"x-request-id": "req-1"})
    async with make_client() as client:
        with pytest.raises(error_class) as caught:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, SignalWireRestError)  # what code written for the official SDK catches
    assert error.status_code == status
    assert error.method == "GET"
    assert error.url == f"https://example.signalwire.com{ONE}"
    assert error.body == {"error": "Nope"}
    assert error.request_id == "req-1"
    assert error.headers["x-request-id"] == "req-1"
    assert [e.message for e in error.errors] == ["Nope"]
    assert str(error) == f"{status} GET {ONE}: Nope (request id req-1)"


BODIES: list[tuple[dict[str, Any], str]] = [
    (
        {
            "errors": [
                {
                    "type": "validation_error",
                    "code": "missing_required_parameter",
                    "message": "must be present",
                    "attribute": "username",
                    "url": "https://signalwire.com/docs/apis/error-codes",
                }
            ]
        },
        "username: must be present",
    ),
    (
        {"errors": [{"detail": "Name is invalid", "status": "422", "title": "Invalid", "code": 7}]},
        "Name is invalid",
    ),
    ({"code": "21211", "message": "Invalid 'To'", "more_info": "https://x", "status": 422}, ""),
    ({"code": 21211, "message": "Invalid 'To'", "more_info": "https://x", "status": 422}, ""),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("body", "summary"), BODIES)
async def test_every_error_body_shape_is_parsed(
    api: respx.MockRouter, body: dict[str, Any], summary: str
) -> None:
    api.post(ENDPOINTS).respond(422, json=body)
    async with make_client() as client:
        with pytest.raises(UnprocessableEntityError) as caught:
            await client.fabric.sip_endpoints.create(username="", password="s3cret-pw")
    error = caught.value
    assert len(error.errors) == 1
    if summary:
        assert str(error) == f"422 POST {ENDPOINTS}: {summary}"
    else:  # Compatibility shape: code is a string whether it came as int or str
        assert error.errors[0].code == "21211"
        assert error.errors[0].url == "https://x"
        assert str(error).endswith("Invalid 'To'")


@pytest.mark.asyncio
async def test_a_2xx_that_is_not_json_is_an_error(api: respx.MockRouter) -> None:
    api.get(ONE).respond(
        200, text="<html>maintenance</html>", headers={"content-type": "text/html"}
    )
    async with make_client() as client:
        with pytest.raises(InvalidResponseError, match="expected a JSON body") as caught:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
        assert caught.value.body == "<html>maintenance</html>"
        # the client stays usable after a failure
        api.get(f"{ENDPOINTS}/other").respond(json=endpoint(id="other"))
        assert (await client.fabric.sip_endpoints.get("other")).id == "other"


@pytest.mark.asyncio
async def test_an_html_error_page_keeps_its_text(api: respx.MockRouter) -> None:
    api.get(ONE).respond(502, text="<h1>Bad Gateway</h1>")
    async with make_client() as client:
        with pytest.raises(ServerError, match=r"502 GET .*Bad Gateway") as caught:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert caught.value.body == "<h1>Bad Gateway</h1>"
    assert caught.value.errors == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("failure", "error_class"),
    [
        (httpx.ConnectError("refused"), SignalWireRestTransportError),
        (httpx.ReadError("reset"), SignalWireRestTransportError),
        (httpx.RemoteProtocolError("closed"), SignalWireRestTransportError),
        (httpx.ReadTimeout("slow"), SignalWireRestTimeoutError),
        (httpx.ConnectTimeout("slow"), SignalWireRestTimeoutError),
        (httpx.PoolTimeout("busy"), SignalWireRestTimeoutError),
    ],
)
async def test_failures_without_response_are_transport_errors(
    api: respx.MockRouter, failure: Exception, error_class: type[Exception]
) -> None:
    api.get(ONE).mock(side_effect=failure)
    async with make_client() as client:
        with pytest.raises(error_class) as caught:
            await client.fabric.sip_endpoints.get(ENDPOINT_ID)
    assert type(caught.value) is error_class
    # The cause is a copy that keeps the failure's type and words, not its request (which
    # carries the credentials) nor its frames.
    cause = caught.value.__cause__
    assert type(cause) is type(failure) and str(cause) == str(failure)
    assert cause is not failure and cause.__traceback__ is None
    assert caught.value.__context__ is None
    assert str(caught.value).startswith(f"GET {ONE}: {type(failure).__name__}")


@pytest.mark.asyncio
async def test_the_token_never_appears_in_errors(api: respx.MockRouter) -> None:
    api.get(ONE).respond(401, json={"error": "Unauthorized"})
    api.get(f"{ENDPOINTS}/x").mock(side_effect=httpx.ConnectError("refused"))
    async with make_client() as client:
        texts = []
        for endpoint_id in (ENDPOINT_ID, "x"):
            with pytest.raises(Exception) as caught:
                await client.fabric.sip_endpoints.get(endpoint_id)
            texts += [str(caught.value), repr(caught.value), str(vars(caught.value))]
    assert all(TOKEN not in text for text in texts)
