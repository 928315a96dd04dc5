"""Every error the client raises, and the pure code that builds them from responses.

```
SignalWireError
├── SignalWireRestError            every failed call, as in the official SDK; status_code int | None
│   ├── SignalWireRestStatusError    the API answered with an error status; status_code int
│   │   ├── BadRequestError              400
│   │   ├── AuthenticationError          401
│   │   ├── PermissionDeniedError        403
│   │   ├── NotFoundError                404
│   │   ├── ConflictError                409
│   │   ├── UnprocessableEntityError     422
│   │   ├── RateLimitError               429
│   │   └── ServerError                  5xx
│   │   (any other status, a 3xx redirect or a 418, is a SignalWireRestStatusError itself)
│   ├── InvalidResponseError         2xx whose body is not the JSON the operation returns;
│   │                                status_code int
│   └── SignalWireRestTransportError no response at all (connect, read, write, protocol);
│       └── SignalWireRestTimeoutError   status_code None; `in_doubt` when a POST or
│                                        PATCH may have arrived all the same
└── ClientClosedError              the client (or the view's root) was closed
```

`status_code` and `headers` are optional on `SignalWireRestError` (a transport error has
neither); catch `SignalWireRestStatusError` (or one of its classes) to read them as `int`
and `httpx.Headers`.

Bad input (an unknown keyword, an id that would change the path, a bad host) raises
`TypeError` or `ValueError` before any request is sent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from ._json import ParsedTooLarge, limit_of, loads

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "ErrorDetail",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiterError",
    "ServerError",
    "SignalWireError",
    "SignalWireRestError",
    "SignalWireRestStatusError",
    "SignalWireRestTimeoutError",
    "SignalWireRestTransportError",
    "UnprocessableEntityError",
]

# No request-id header is documented; these are the names such gateways commonly use.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-signalwire-request-id", "x-amzn-requestid")


class SignalWireError(Exception):
    """Root of every error this library raises on purpose."""


@attrs.frozen
class ErrorDetail:
    """One problem the API reported, whichever body shape it came in."""

    message: str
    code: str | None = None
    attribute: str | None = None
    url: str | None = None
    type: str | None = None

    def __str__(self) -> str:
        if self.attribute and not self.message.startswith(self.attribute):
            return f"{self.attribute}: {self.message}"
        return self.message


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else json.dumps(value)


def _detail(item: Any) -> ErrorDetail | None:
    if isinstance(item, str):
        return ErrorDetail(message=item)
    if not isinstance(item, Mapping):
        return None
    # REST: {type, code, message, attribute, url}; relay-rest: {detail, status, title, code}.
    message = _text(item.get("message")) or _text(item.get("detail")) or _text(item.get("title"))
    return ErrorDetail(
        message=message or json.dumps(item, sort_keys=True),
        code=_text(item.get("code")),
        attribute=_text(item.get("attribute")),
        url=_text(item.get("url") or item.get("more_info")),
        type=_text(item.get("type")),
    )


def parse_error_details(body: Any) -> list[ErrorDetail]:
    """Read the API's error shapes (REST, relay-rest, plain and Compatibility) into details."""
    if not isinstance(body, Mapping):
        return []
    errors = body.get("errors")
    if isinstance(errors, list):
        return [d for d in map(_detail, errors) if d is not None]
    if isinstance(errors, Mapping):  # {"errors": {"field": ["msg", ...]}}
        return [
            ErrorDetail(message=str(m), attribute=str(field))
            for field, messages in errors.items()
            for m in (messages if isinstance(messages, list) else [messages])
        ]
    error = body.get("error")
    if error is not None:
        detail = _detail(error)
        return [detail] if detail else []
    if "message" in body:  # Compatibility: {code, message, more_info, status}
        detail = _detail(body)
        return [detail] if detail else []
    return []


def request_id_of(headers: httpx.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None


def _decode_body(response: httpx.Response) -> Any:
    """The JSON body; else its text, or None when it would take too much memory parsed."""
    try:
        return loads(response.content, limit_of(response.request.extensions))
    except ParsedTooLarge:
        return None
    except ValueError:  # not JSON, nested too deep, or not UTF-8
        return response.text


class SignalWireRestError(SignalWireError):
    """A call failed: an error status, a response that is not the expected JSON, or no
    response at all.

    Attributes follow the official SDK: `status_code`, `body` (parsed JSON, or text),
    `url`, `method`, `headers`, `request_id`; plus `errors`, the parsed `ErrorDetail`s.
    `status_code` and `headers` are None when no response arrived
    (`SignalWireRestTransportError`).
    """

    status_code: int | None
    method: str
    url: str
    body: Any
    headers: httpx.Headers | None
    request_id: str | None
    errors: list[ErrorDetail]
    reason: str | None
    in_doubt: bool = False
    """True when the call was a write that is not safe to repeat (a POST, a PATCH) and it
    may have reached the server before the connection failed: it may have taken effect.
    Check (look the resource up) before sending it again."""

    def __init__(
        self,
        *,
        status_code: int | None,
        method: str,
        url: str,
        body: Any,
        headers: httpx.Headers | None,
        errors: list[ErrorDetail] | None = None,
        reason: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body
        self.headers = headers
        self.request_id = None if headers is None else request_id_of(headers)
        self.errors = parse_error_details(body) if errors is None else errors
        self.reason = reason
        self.hint: str | None = None
        """What the client knows of the failure's cause (a 401 of a subscriber operation
        sent without a subscriber token)."""
        super().__init__(self._summary())

    @property
    def path(self) -> str:
        return httpx.URL(self.url).path

    def _summary(self) -> str:
        head = f"{self.method} {self.path}"
        if self.status_code is not None:
            head = f"{self.status_code} {head}"
        if self.errors:
            what = "; ".join(str(e) for e in self.errors)
        elif self.reason:
            what = self.reason
        elif isinstance(self.body, str) and self.body.strip():
            what = self.body.strip()[:200]
        elif self.status_code is not None:
            what = httpx.codes.get_reason_phrase(self.status_code) or "error"
        else:
            what = "error"
        if self.request_id:
            what += f" (request id {self.request_id})"
        if getattr(self, "hint", None):
            what += f"; {self.hint}"
        return f"{head}: {what}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._summary()!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # keyword-only __init__: pickle (multiprocessing, task queues) needs the state
        return (_rebuild, (type(self), self.__dict__))

    @classmethod
    def from_response(
        cls, response: httpx.Response, *, unreadable: str | None = None
    ) -> SignalWireRestStatusError:
        """Build the status error class that matches the response's status."""
        return SignalWireRestStatusError.from_response(response, unreadable=unreadable)


class _Answered(SignalWireRestError):
    """A failure that came with a response: its `status_code` and `headers` are set (the
    base class types them optional for the failures that have none)."""

    status_code: int
    headers: httpx.Headers

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        body: Any,
        headers: httpx.Headers,
        errors: list[ErrorDetail] | None = None,
        reason: str | None = None,
    ) -> None:
        super().__init__(
            status_code=status_code,
            method=method,
            url=url,
            body=body,
            headers=headers,
            errors=errors,
            reason=reason,
        )


class SignalWireRestStatusError(_Answered):
    """The API answered with an error status: `status_code` and `headers` are always set.

    The classes below cover the statuses the API documents; any other status (a 3xx that
    was not followed, a 418) is raised as this class itself.
    """

    @classmethod
    def from_response(
        cls, response: httpx.Response, *, unreadable: str | None = None
    ) -> SignalWireRestStatusError:
        """Build the status error class that matches the response's status.

        `unreadable` says why the body could not be read (too large, not decodable): the
        error is still the status's, with `body` None."""
        error_class = _STATUS_ERRORS.get(response.status_code)
        if error_class is None:
            error_class = ServerError if response.status_code >= 500 else SignalWireRestStatusError
        request = response.request
        reason = None
        location = response.headers.get("location")
        if response.is_redirect and location:
            # Never followed: the request would carry the project's credentials along.
            reason = f"redirected to {location} (not followed)"
        elif unreadable is not None:
            reason = f"body not readable: {unreadable}"
        return error_class(
            status_code=response.status_code,
            method=request.method,
            url=str(request.url),
            body=None if unreadable is not None else _decode_body(response),
            headers=response.headers,
            reason=reason,
        )


class BadRequestError(SignalWireRestStatusError):
    """400: the request was malformed."""


class AuthenticationError(SignalWireRestStatusError):
    """401: the project id or token was not accepted."""


class PermissionDeniedError(SignalWireRestStatusError):
    """403: the token lacks the scope this operation needs."""


class NotFoundError(SignalWireRestStatusError):
    """404: no such resource (or no such route)."""


class ConflictError(SignalWireRestStatusError):
    """409: the request conflicts with the resource's state; never retried."""


class UnprocessableEntityError(SignalWireRestStatusError):
    """422: the API rejected the parameters; `errors` says which."""


class RateLimitError(SignalWireRestStatusError):
    """429: too many requests. `retry_after` is the server's hint in seconds, if any."""

    @property
    def retry_after(self) -> float | None:
        from ._retry import parse_retry_after

        return parse_retry_after(self.headers.get("retry-after"))


class ServerError(SignalWireRestStatusError):
    """5xx: the API failed."""


class InvalidResponseError(_Answered):
    """A successful status, but a body that is not the JSON the operation returns.

    Not a `SignalWireRestStatusError` (the status said success), but a response did arrive:
    `status_code` and `headers` are always set.
    """

    @classmethod
    def for_response(
        cls, response: httpx.Response, reason: str, *, readable: bool = True
    ) -> InvalidResponseError:
        """The error for `response`; a body too large or undecodable (`readable=False`) is
        not kept."""
        return cls(
            status_code=response.status_code,
            method=response.request.method,
            url=str(response.request.url),
            body=response.text if readable else None,
            headers=response.headers,
            errors=[],
            reason=reason,
        )


_STATUS_ERRORS: dict[int, type[SignalWireRestStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


class SignalWireRestTransportError(SignalWireRestError):
    """No response arrived: the connection failed, broke, or the protocol was violated.

    As in the official SDK it is a `SignalWireRestError` with `status_code` None, so
    `except SignalWireRestError` catches every failed call; it is not a
    `SignalWireRestStatusError`. `body` is the failure in words; `headers` and `request_id`
    are None. The cause is a credential-free copy of the underlying httpx exception.
    """

    status_code: None
    headers: None
    message: str

    def __init__(self, message: str, *, method: str, url: str, in_doubt: bool = False) -> None:
        self.message = message
        self.in_doubt = in_doubt
        if in_doubt:
            message += " (in doubt: the request may have reached the server and taken effect)"
        super().__init__(
            status_code=None,
            method=method,
            url=url,
            body=message,
            headers=None,
            errors=[],
            reason=message,
        )

    @classmethod
    def from_httpx(
        cls, exc: Exception, request: httpx.Request, *, in_doubt: bool = False
    ) -> SignalWireRestTransportError:
        error_class = SignalWireRestTimeoutError if isinstance(exc, httpx.TimeoutException) else cls
        message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return error_class(message, method=request.method, url=str(request.url), in_doubt=in_doubt)


class SignalWireRestTimeoutError(SignalWireRestTransportError):
    """A connect, read, write or pool timeout expired."""


def _rebuild(error_class: type[SignalWireRestError], state: dict[str, Any]) -> SignalWireRestError:
    # __reduce__'s counterpart: the state as it was, without running __init__ again
    error = error_class.__new__(error_class)
    error.__dict__.update(state)
    Exception.__init__(error, error._summary())
    return error


class RateLimiterError(SignalWireError):
    """The shared rate limiter could not be asked (Redis down or too slow) and it was told
    to fail closed: nothing was sent."""


class ClientClosedError(SignalWireError, RuntimeError):
    """The client was used after `aclose()` (or after its `async with` block ended)."""
