"""OpenTelemetry spans for a client's calls: `pip install 'signalwire-async[otel]'`.

```python
from signalwire_async import AsyncRestClient
from signalwire_async.otel import OpenTelemetryHooks

client = AsyncRestClient(hooks=OpenTelemetryHooks())
```

One CLIENT span per call (a method call, one page of a pager, one `client.request()`), not
per attempt: named `{method} {url.template}` (`GET /api/fabric/resources/sip_endpoints/{id}`)
after OpenTelemetry's HTTP client conventions, with `http.request.method`, `url.template`,
`url.full` (never credentials), `server.address`, `server.port`,
`http.response.status_code`, `http.request.resend_count` (the retries, when there were
any), `error.type` and an ERROR status on failure, and `signalwire.operation`
(`fabric.sip_endpoints.get`). The span is the current one while the call runs (in its
task, thread or trio task): spans and logs made under it, an HTTP instrumentation's
included, are its children. Only this module imports OpenTelemetry (its API package).
"""

from __future__ import annotations

import functools
from typing import Any

import httpx
from opentelemetry import context, trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from ._exceptions import SignalWireRestStatusError
from ._version import __version__
from .hooks import AttemptRequest, CallEnd, CallInfo, ClientHooks

__all__ = ["OpenTelemetryHooks"]

KNOWN_METHODS = frozenset(
    {"CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"}
)


class OpenTelemetryHooks(ClientHooks):
    """Hooks that trace each call as one OpenTelemetry CLIENT span.

    Args:
        tracer_provider: Where the spans go; None (the default): the global provider
            (`opentelemetry.trace.set_tracer_provider`).
    """

    def __init__(self, tracer_provider: trace.TracerProvider | None = None) -> None:
        super().__init__()
        self._tracer = trace.get_tracer("signalwire_async", __version__, tracer_provider)

    def on_call_start(self, call: CallInfo) -> None:
        span = self._tracer.start_span(
            _span_name(call), kind=SpanKind.CLIENT, attributes=_start_attributes(call)
        )
        # Current for the call: what it logs or traces below (an HTTP instrumentation's
        # per-attempt spans) is its child. Detached by `on_call_end`, in the same context.
        token = context.attach(trace.set_span_in_context(span))
        call.state[self] = (span, token)

    def on_request(self, request: AttemptRequest) -> None:
        held = request.call.state.get(self)
        if held is not None:  # the URL as sent, query included
            held[0].set_attribute("url.full", request.url)

    def on_call_end(self, end: CallEnd) -> None:
        held = end.call.state.pop(self, None)
        if held is None:  # on_call_start failed (and was logged): no span to end
            return
        span, token = held
        context.detach(token)
        if end.status_code is not None:
            span.set_attribute("http.response.status_code", end.status_code)
        if end.retries:
            span.set_attribute("http.request.resend_count", end.retries)
        error = end.error
        if end.status_code is not None and end.status_code >= 400:
            # The conventions: a 4xx or 5xx is a client span's error, its type the status.
            span.set_attribute("error.type", str(end.status_code))
            span.set_status(Status(StatusCode.ERROR))
        elif error is not None:
            span.set_attribute("error.type", _error_type(error))
            span.set_status(Status(StatusCode.ERROR, str(error)))
        if error is not None and not isinstance(error, SignalWireRestStatusError):
            span.record_exception(error)  # our errors hold no secret (the README, "Errors")
        span.end()


def _span_name(call: CallInfo) -> str:
    method = call.method if call.method in KNOWN_METHODS else "HTTP"
    return method if call.url_template is None else f"{method} {call.url_template}"


def _start_attributes(call: CallInfo) -> dict[str, Any]:
    method = call.method if call.method in KNOWN_METHODS else "_OTHER"
    address, port = _server("/".join(call.url.split("/", 3)[:3]))
    attributes: dict[str, Any] = {
        "http.request.method": method,
        "url.full": call.url,
        "server.address": address,
        "server.port": port,
        "signalwire.operation": call.operation,
    }
    if method == "_OTHER":
        attributes["http.request.method_original"] = call.method
    if call.url_template is not None:
        attributes["url.template"] = call.url_template
    return attributes


@functools.lru_cache(maxsize=64)
def _server(origin: str) -> tuple[str, int]:
    """The host and port of `scheme://host[:port]`, parsed once per origin."""
    url = httpx.URL(origin)
    return url.host, url.port or (443 if url.scheme == "https" else 80)


def _error_type(error: BaseException) -> str:
    """The exception's full name, as the conventions ask (`signalwire_async.ServerError`:
    ours by their public name, wherever they are defined)."""
    kind = type(error)
    module = kind.__module__
    if module.startswith("signalwire_async."):
        module = "signalwire_async"
    return f"{module}.{kind.__qualname__}"
