"""Errors built from responses: the class per status, the parsed details, the message."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from signalwire_async._exceptions import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
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
    parse_error_details,
)

URL = "https://example.signalwire.com/api/fabric/resources/sip_endpoints"
PATH = "/api/fabric/resources/sip_endpoints"
SECRET = "PTsecret-token-value"


def make_request(method: str = "POST") -> httpx.Request:
    return httpx.Request(method, URL + "?page_size=5", headers={"Authorization": SECRET})


def error_for(status: int, **response: Any) -> SignalWireRestStatusError:
    return SignalWireRestError.from_response(
        httpx.Response(status, request=make_request(), **response)
    )


# -- parse_error_details ----------------------------------------------------------------


def test_rest_shape() -> None:
    body = {
        "errors": [
            {
                "type": "validation_error",
                "code": "missing_required_parameter",
                "message": "must be present",
                "attribute": "username",
                "url": "https://developer.signalwire.com/rest/overview/error-codes",
            }
        ]
    }
    assert parse_error_details(body) == [
        ErrorDetail(
            message="must be present",
            code="missing_required_parameter",
            attribute="username",
            url="https://developer.signalwire.com/rest/overview/error-codes",
            type="validation_error",
        )
    ]


def test_relay_rest_shape() -> None:
    body = {"errors": [{"detail": "is invalid", "status": "422", "title": "Bad", "code": 7}]}
    assert parse_error_details(body) == [ErrorDetail(message="is invalid", code="7")]
    title_only = {"errors": [{"title": "Bad thing", "status": "400"}]}
    assert parse_error_details(title_only) == [ErrorDetail(message="Bad thing")]


def test_plain_error_and_field_map_shapes() -> None:
    assert parse_error_details({"error": "Not Found"}) == [ErrorDetail(message="Not Found")]
    assert parse_error_details({"errors": {"username": ["is taken", "is short"]}}) == [
        ErrorDetail(message="is taken", attribute="username"),
        ErrorDetail(message="is short", attribute="username"),
    ]


@pytest.mark.parametrize("code", [21211, "21211"])
def test_compatibility_shape(code: int | str) -> None:
    body = {
        "code": code,
        "message": "The 'To' number is not a valid phone number.",
        "more_info": "https://www.twilio.com/docs/errors/21211",
        "status": 400,
    }
    assert parse_error_details(body) == [
        ErrorDetail(
            message="The 'To' number is not a valid phone number.",
            code="21211",
            url="https://www.twilio.com/docs/errors/21211",
        )
    ]


@pytest.mark.parametrize("body", [None, "oops", 42, ["error"], [{"message": "x"}], {}, {"ok": 1}])
def test_no_details_in_other_bodies(body: Any) -> None:
    assert parse_error_details(body) == []


def test_detail_str_prefixes_attribute_once() -> None:
    assert str(ErrorDetail(message="must be present", attribute="username")) == (
        "username: must be present"
    )
    assert str(ErrorDetail(message="username is taken", attribute="username")) == (
        "username is taken"
    )


# -- from_response ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (418, SignalWireRestStatusError),
    ],
)
def test_class_by_status(status: int, cls: type[SignalWireRestError]) -> None:
    error = error_for(status, json={})
    assert type(error) is cls
    assert isinstance(error, SignalWireRestStatusError)
    assert isinstance(error, SignalWireRestError)


def test_attributes() -> None:
    body = {"errors": [{"message": "must be present", "attribute": "username"}]}
    err = error_for(422, json=body, headers={"x-request-id": "req-123"})
    assert err.status_code == 422
    assert err.method == "POST"
    assert err.url == URL + "?page_size=5"
    assert err.path == PATH
    assert err.body == body
    assert err.headers["x-request-id"] == "req-123"
    assert err.request_id == "req-123"
    assert err.errors == [ErrorDetail(message="must be present", attribute="username")]


def test_message() -> None:
    body = {"errors": [{"message": "must be present", "attribute": "username"}]}
    err = error_for(422, json=body)
    assert str(err) == f"422 POST {PATH}: username: must be present"
    assert repr(err) == f"UnprocessableEntityError('422 POST {PATH}: username: must be present')"
    with_id = error_for(422, json=body, headers={"x-request-id": "req-123"})
    assert str(with_id) == f"422 POST {PATH}: username: must be present (request id req-123)"


def test_message_joins_several_details() -> None:
    body = {"errors": [{"message": "a"}, {"message": "b", "attribute": "x"}]}
    assert str(error_for(400, json=body)) == f"400 POST {PATH}: a; x: b"


def test_non_json_body_kept_as_text() -> None:
    html = "<html><body>Bad Gateway" + "x" * 500 + "</body></html>"
    err = error_for(502, text=html, headers={"content-type": "text/html"})
    assert err.body == html
    assert err.errors == []
    assert str(err) == f"502 POST {PATH}: {html[:200]}"


def test_empty_body_uses_reason_phrase() -> None:
    assert str(error_for(404)) == f"404 POST {PATH}: Not Found"


@pytest.mark.parametrize(("header", "expected"), [("7", 7.0), ("1.5", 1.5), ("soon", None)])
def test_rate_limit_retry_after(header: str, expected: float | None) -> None:
    err = error_for(429, json={}, headers={"retry-after": header})
    assert isinstance(err, RateLimitError)
    assert err.retry_after == expected


def test_rate_limit_without_header() -> None:
    err = error_for(429, json={})
    assert isinstance(err, RateLimitError)
    assert err.retry_after is None


# -- transport errors -------------------------------------------------------------------


def test_timeout_becomes_timeout_error() -> None:
    err = SignalWireRestTransportError.from_httpx(httpx.ReadTimeout("x"), make_request("GET"))
    assert type(err) is SignalWireRestTimeoutError
    assert str(err) == f"GET {PATH}: ReadTimeout: x"
    assert (err.method, err.url) == ("GET", URL + "?page_size=5")


def test_connect_error_becomes_transport_error() -> None:
    err = SignalWireRestTransportError.from_httpx(httpx.ConnectError(""), make_request())
    assert type(err) is SignalWireRestTransportError
    assert str(err) == f"POST {PATH}: ConnectError"


# -- no secrets -------------------------------------------------------------------------


def test_token_never_in_error_text() -> None:
    rest = error_for(401, json={"error": "Unauthorized"})
    transport = SignalWireRestTransportError.from_httpx(httpx.ConnectError("x"), make_request())
    for err in (rest, transport):
        assert SECRET not in str(err)
        assert SECRET not in repr(err)
        assert SECRET not in repr(err.args)


def test_errors_survive_pickling() -> None:
    import pickle

    from signalwire_async import SignalWireRestError, SignalWireRestTransportError

    request = httpx.Request(
        "POST", "https://example.signalwire.com/api/fabric/resources/sip_endpoints"
    )
    response = httpx.Response(
        422,
        json={"errors": [{"message": "must be present", "attribute": "username"}]},
        headers={"x-request-id": "r-9"},
        request=request,
    )
    status_error = SignalWireRestError.from_response(response)
    transport_error = SignalWireRestTransportError.from_httpx(httpx.ReadTimeout("slow"), request)
    for error in (status_error, transport_error):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert vars(copy) == vars(error)


def test_a_redirect_says_where_it_pointed_and_that_it_was_not_followed() -> None:
    error = error_for(307, headers={"Location": "https://elsewhere.example/x"})
    assert type(error) is SignalWireRestStatusError
    assert isinstance(error, SignalWireRestError)
    assert str(error) == (
        "307 POST /api/fabric/resources/sip_endpoints: "
        "redirected to https://elsewhere.example/x (not followed)"
    )
    assert str(error_for(304)).endswith(": Not Modified")  # not a redirect to anywhere


@pytest.mark.parametrize(
    ("failure", "error_class"),
    [
        (httpx.ConnectError("refused"), SignalWireRestTransportError),
        (httpx.ReadTimeout("slow"), SignalWireRestTimeoutError),
    ],
)
def test_a_transport_error_is_a_rest_error_without_a_response(
    failure: Exception, error_class: type[SignalWireRestTransportError]
) -> None:
    err = SignalWireRestTransportError.from_httpx(failure, make_request("GET"))
    assert type(err) is error_class
    assert isinstance(err, SignalWireRestError)
    assert err.status_code is None
    assert err.body == f"{type(failure).__name__}: {failure}"  # the failure in words
    assert err.headers is None
    assert err.request_id is None
    assert err.errors == []
    assert (err.method, err.url, err.path) == ("GET", URL + "?page_size=5", PATH)


@pytest.mark.parametrize(
    "failure", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.ReadError("")]
)
def test_a_pickled_transport_error_keeps_its_class_and_attributes(failure: Exception) -> None:
    import pickle

    err = SignalWireRestTransportError.from_httpx(failure, make_request("GET"))
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is type(err)
    assert isinstance(copy, SignalWireRestError)
    assert (copy.status_code, copy.headers, copy.request_id, copy.errors) == (None, None, None, [])
    assert (copy.body, copy.method, copy.url) == (err.body, "GET", URL + "?page_size=5")
    assert str(copy) == str(err) and repr(copy) == repr(err)
    assert copy.args == err.args


# -- the hierarchy ----------------------------------------------------------------------

STATUS_CLASSES = [
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    UnprocessableEntityError,
    RateLimitError,
    ServerError,
]


@pytest.mark.parametrize("cls", STATUS_CLASSES)
def test_every_status_class_is_a_status_error_and_a_rest_error(
    cls: type[SignalWireRestStatusError],
) -> None:
    assert issubclass(cls, SignalWireRestStatusError)
    assert issubclass(cls, SignalWireRestError)
    assert not issubclass(cls, SignalWireRestTransportError)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 418, 422, 429, 500, 503, 307])
def test_every_error_status_is_caught_as_a_status_error_with_an_int_status(status: int) -> None:
    with pytest.raises(SignalWireRestStatusError) as caught:
        raise error_for(status, json={})
    assert isinstance(caught.value, SignalWireRestError)
    assert type(caught.value.status_code) is int and caught.value.status_code == status
    assert isinstance(caught.value.headers, httpx.Headers)


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("")],
)
def test_transport_errors_and_timeouts_are_not_status_errors(failure: Exception) -> None:
    err = SignalWireRestTransportError.from_httpx(failure, make_request("GET"))
    assert isinstance(err, SignalWireRestError)
    assert not isinstance(err, SignalWireRestStatusError)
    assert not issubclass(SignalWireRestTimeoutError, SignalWireRestStatusError)
    with pytest.raises(SignalWireRestError):  # what code written for the official SDK catches
        raise err


def test_an_invalid_response_is_a_rest_error_with_a_status_but_not_a_status_error() -> None:
    response = httpx.Response(200, text="<html>", request=make_request("GET"))
    err = InvalidResponseError.for_response(response, "not JSON")
    assert isinstance(err, SignalWireRestError)
    assert not isinstance(err, SignalWireRestStatusError)
    assert (err.status_code, err.body, err.reason) == (200, "<html>", "not JSON")
    assert isinstance(err.headers, httpx.Headers)
    assert str(err) == f"200 GET {PATH}: not JSON"


def test_the_status_parent_is_exported() -> None:
    import signalwire_async

    assert signalwire_async.SignalWireRestStatusError is SignalWireRestStatusError
    assert "SignalWireRestStatusError" in signalwire_async.__all__


def test_every_class_runs_its_parents_init(monkeypatch: pytest.MonkeyPatch) -> None:
    """No class sets the attributes itself and skips `SignalWireRestError.__init__`."""
    calls: list[type[BaseException]] = []
    rest_init = SignalWireRestError.__init__

    def recording_init(self: SignalWireRestError, **kwargs: Any) -> None:
        calls.append(type(self))
        rest_init(self, **kwargs)

    monkeypatch.setattr(SignalWireRestError, "__init__", recording_init)
    errors: list[SignalWireRestError] = [
        error_for(404, json={}),
        error_for(418, json={}),
        InvalidResponseError.for_response(httpx.Response(200, request=make_request()), "x"),
        SignalWireRestTransportError.from_httpx(httpx.ConnectError("x"), make_request()),
        SignalWireRestTransportError.from_httpx(httpx.ReadTimeout("x"), make_request()),
    ]
    assert calls == [type(e) for e in errors]
    for error in errors:
        assert error.args == (str(error),)


@pytest.mark.parametrize("status", [404, 418, 500])
def test_status_errors_survive_pickling(status: int) -> None:
    import pickle

    err = error_for(status, json={"error": "Nope"}, headers={"x-request-id": "r-1"})
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is type(err)
    assert isinstance(copy, SignalWireRestStatusError)
    assert vars(copy) == vars(err)
    assert (str(copy), repr(copy), copy.args) == (str(err), repr(err), err.args)
