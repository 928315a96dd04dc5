"""The hooks' public types, for mypy and pyright users: what each event carries, and what
`hooks=` accepts."""

from __future__ import annotations

from collections.abc import Mapping

from typing_extensions import assert_type

from signalwire_async import AsyncRestClient, RestClient
from signalwire_async.hooks import (
    AttemptRequest,
    AttemptResponse,
    CallEnd,
    CallInfo,
    ClientHooks,
)
from signalwire_async.otel import OpenTelemetryHooks


class Typed(ClientHooks):
    def on_call_start(self, call: CallInfo) -> None:
        assert_type(call.operation, str)
        assert_type(call.url_template, "str | None")
        assert_type(call.url, str)
        call.state[self] = 1

    def on_request(self, request: AttemptRequest) -> None:
        assert_type(request.call, CallInfo)
        assert_type(request.attempt, int)
        assert_type(request.headers, Mapping[str, str])

    def on_response(self, response: AttemptResponse) -> None:
        assert_type(response.status_code, "int | None")
        assert_type(response.elapsed, float)
        assert_type(response.error, "str | None")

    def on_call_end(self, end: CallEnd) -> None:
        assert_type(end.retries, int)
        assert_type(end.status_code, "int | None")
        assert_type(end.error, "BaseException | None")


def ended(end: CallEnd) -> None:
    pass


def test_what_hooks_accepts() -> None:
    functions = ClientHooks(on_call_end=ended, on_response=lambda response: None)
    AsyncRestClient("p", "t", "example", hooks=Typed())
    RestClient("p", "t", "example", hooks=[Typed(), functions, OpenTelemetryHooks()])
    AsyncRestClient("p", "t", "example", hooks=None).with_options(hooks=functions)
