"""The error attributes' types: optional on `SignalWireRestError` (a transport error has no
status and no headers), set on `SignalWireRestStatusError` and what derives from it."""

from __future__ import annotations

import httpx
from typing_extensions import assert_type

from signalwire_async import (
    InvalidResponseError,
    NotFoundError,
    RateLimitError,
    ServerError,
    SignalWireRestError,
    SignalWireRestStatusError,
    SignalWireRestTimeoutError,
    SignalWireRestTransportError,
)

REQUEST = httpx.Request("GET", "https://example.signalwire.com/api/fabric/resources/x")


def check_any_failed_call(error: SignalWireRestError) -> None:
    assert_type(error.status_code, int | None)
    assert_type(error.headers, httpx.Headers | None)
    assert_type(error.request_id, str | None)
    assert_type(error.method, str)
    assert_type(error.url, str)
    assert_type(error.path, str)
    if error.status_code is not None:
        assert_type(error.status_code, int)


def check_status_error(error: SignalWireRestStatusError) -> None:
    assert_type(error.status_code, int)
    assert_type(error.headers, httpx.Headers)
    assert error.status_code >= 400  # no None check needed


def check_each_status_class(
    not_found: NotFoundError, server: ServerError, limited: RateLimitError
) -> None:
    assert_type(not_found.status_code, int)
    assert_type(server.status_code, int)
    assert_type(limited.headers, httpx.Headers)
    assert_type(limited.retry_after, float | None)


def check_no_response(
    error: SignalWireRestTransportError, timeout: SignalWireRestTimeoutError
) -> None:
    assert_type(error.status_code, None)
    assert_type(error.headers, None)
    assert_type(timeout.status_code, None)


def check_invalid_response(error: InvalidResponseError) -> None:
    # a success with a body that is not the expected JSON: a response did arrive
    assert_type(error.status_code, int)
    assert_type(error.headers, httpx.Headers)


def check_narrowing_in_except_clauses(call: object) -> None:
    try:
        pass
    except SignalWireRestStatusError as e:
        assert_type(e.status_code, int)
    except SignalWireRestError as e:
        assert_type(e.status_code, int | None)


def check_from_constructors(response: httpx.Response, failure: Exception) -> None:
    assert_type(SignalWireRestError.from_response(response), SignalWireRestStatusError)
    assert_type(
        SignalWireRestTransportError.from_httpx(failure, REQUEST), SignalWireRestTransportError
    )


def never_run_reads_an_optional_status_as_an_int(error: SignalWireRestError) -> bool:
    # What the old types let through, and a transport error then failed with TypeError.
    return error.status_code >= 500  # type: ignore[operator]


def never_run_indexes_optional_headers(error: SignalWireRestError) -> str:
    return error.headers["x-request-id"]  # type: ignore[index]


# -- the same checks, run on real errors ------------------------------------------------


def test_the_checks_hold_for_real_errors() -> None:
    status_error = SignalWireRestError.from_response(httpx.Response(404, request=REQUEST))
    invalid = InvalidResponseError.for_response(httpx.Response(200, request=REQUEST), "not JSON")
    transport = SignalWireRestTransportError.from_httpx(httpx.ConnectError("refused"), REQUEST)
    timeout = SignalWireRestTransportError.from_httpx(httpx.ReadTimeout("slow"), REQUEST)
    assert isinstance(status_error, NotFoundError)
    assert isinstance(timeout, SignalWireRestTimeoutError)
    for error in (status_error, invalid, transport, timeout):
        check_any_failed_call(error)
    check_status_error(status_error)
    check_invalid_response(invalid)
    check_no_response(transport, timeout)
    check_from_constructors(httpx.Response(500, request=REQUEST), httpx.ReadError(""))
