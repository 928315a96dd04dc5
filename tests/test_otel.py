"""`signalwire_async.otel`: one CLIENT span per call, retries counted, under asyncio, trio
and threads, checked with the OpenTelemetry SDK's in-memory exporter."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
import trio
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

import signalwire_async
from signalwire_async import AsyncRestClient, NotFoundError, RestClient, ServerError
from signalwire_async.otel import OpenTelemetryHooks
from signalwire_async.testing import FakeSpace

ONE = "/api/fabric/resources/sip_endpoints/{id}"
MISSING = "8a1b9bde-1d57-4fb6-a3e7-2c1e07d3c5a1"


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> Iterator[TracerProvider]:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield provider
    provider.shutdown()


@pytest.fixture
def served() -> Iterator[tuple[FakeSpace, str]]:
    space = FakeSpace()
    with space.serve() as running:
        yield space, running.host


def calls(exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    return [s for s in exporter.get_finished_spans() if s.kind is SpanKind.CLIENT]


def check_the_retried_get(span: ReadableSpan, host: str, endpoint_id: str) -> None:
    """The get answered 503 then 200: one span, its retry counted, no error."""
    address, port = host.split(":")
    assert span.name == f"GET {ONE}"
    assert span.kind is SpanKind.CLIENT
    assert dict(span.attributes or {}) == {
        "http.request.method": "GET",
        "url.template": ONE,
        "url.full": f"http://{host}/api/fabric/resources/sip_endpoints/{endpoint_id}",
        "server.address": address,
        "server.port": int(port),
        "signalwire.operation": "fabric.sip_endpoints.get",
        "http.response.status_code": 200,
        "http.request.resend_count": 1,
    }
    assert span.status.status_code is StatusCode.UNSET


async def run_one_span_per_call(
    space: FakeSpace, host: str, provider: TracerProvider
) -> tuple[str, str]:
    """Create, then a get retried once, then a 404, under a parent span: three call spans,
    each its child; the parent is current again after each call."""
    tracer = provider.get_tracer("test")
    async with AsyncRestClient(
        space.project, space.token, host, hooks=OpenTelemetryHooks(provider)
    ) as client:
        with tracer.start_as_current_span("parent") as parent:
            made = await client.fabric.sip_endpoints.create(
                username="traced", password="Traced-pass-1", caller_id="traced"
            )
            space.fail_next(operation="fabric.sip_endpoints.get", status=503)
            await client.fabric.sip_endpoints.get(made.id)
            assert trace.get_current_span() is parent
            with pytest.raises(NotFoundError):
                await client.fabric.sip_endpoints.get(MISSING)
            assert trace.get_current_span() is parent
    return made.id, format(parent.get_span_context().span_id, "016x")


def check_one_span_per_call(
    exporter: InMemorySpanExporter, host: str, made: tuple[str, str], token: str
) -> None:
    endpoint_id, parent_id = made
    create, get, missing = calls(exporter)
    assert create.name == "POST /api/fabric/resources/sip_endpoints"
    assert create.attributes and create.attributes["http.response.status_code"] == 201
    assert "http.request.resend_count" not in create.attributes
    check_the_retried_get(get, host, endpoint_id)
    assert missing.attributes and missing.attributes["error.type"] == "404"
    assert missing.status.status_code is StatusCode.ERROR
    for span in (create, get, missing):
        assert span.parent is not None
        assert format(span.parent.span_id, "016x") == parent_id
        assert token not in repr(span.to_json())


def test_one_span_per_call_under_asyncio(
    served: tuple[FakeSpace, str],
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
    sleeps: list[float],
) -> None:
    space, host = served
    made = asyncio.run(run_one_span_per_call(space, host, provider))
    check_one_span_per_call(exporter, host, made, space.token)


def test_one_span_per_call_under_trio(
    served: tuple[FakeSpace, str],
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
    sleeps: list[float],
) -> None:
    space, host = served
    made = trio.run(run_one_span_per_call, space, host, provider)
    check_one_span_per_call(exporter, host, made, space.token)


def test_one_span_per_call_with_the_sync_client(
    served: tuple[FakeSpace, str],
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
    sleeps: list[float],
) -> None:
    space, host = served
    tracer = provider.get_tracer("test")
    with RestClient(space.project, space.token, host, hooks=OpenTelemetryHooks(provider)) as c:
        with tracer.start_as_current_span("parent") as parent:
            made = c.fabric.sip_endpoints.create(
                username="traced", password="Traced-pass-1", caller_id="traced"
            )
            space.fail_next(operation="fabric.sip_endpoints.get", status=503)
            c.fabric.sip_endpoints.get(made.id)
            with pytest.raises(NotFoundError):
                c.fabric.sip_endpoints.get(MISSING)
            assert trace.get_current_span() is parent
    parent_id = format(parent.get_span_context().span_id, "016x")
    check_one_span_per_call(exporter, host, (made.id, parent_id), space.token)


def test_a_call_failing_for_good_is_an_error_span(
    served: tuple[FakeSpace, str],
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
    sleeps: list[float],
) -> None:
    space, host = served
    with RestClient(space.project, space.token, host, hooks=OpenTelemetryHooks(provider)) as c:
        for _ in range(3):
            space.fail_next(operation="fabric.sip_endpoints.list", drop=True)
        with pytest.raises(Exception) as caught:
            c.fabric.sip_endpoints.list().first_page()
        for _ in range(3):
            space.fail_next(operation="fabric.sip_endpoints.list", status=500)
        with pytest.raises(ServerError):
            c.fabric.sip_endpoints.list().first_page()
    dropped, failed = calls(exporter)
    assert dropped.attributes and "http.response.status_code" not in dropped.attributes
    assert dropped.attributes["http.request.resend_count"] == 2
    assert dropped.attributes["error.type"] == f"signalwire_async.{type(caught.value).__name__}"
    assert dropped.status.status_code is StatusCode.ERROR
    assert [e.name for e in dropped.events] == ["exception"]
    assert failed.attributes and failed.attributes["error.type"] == "500"
    assert failed.attributes["http.request.resend_count"] == 2


def test_the_raw_request_span_is_named_by_its_method(
    served: tuple[FakeSpace, str], provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    space, host = served
    with RestClient(space.project, space.token, host, hooks=OpenTelemetryHooks(provider)) as c:
        c.request("GET", "/api/fabric/resources/sip_endpoints", params={"page_size": 1})
    (span,) = calls(exporter)
    assert span.name == "GET"
    assert span.attributes and "url.template" not in span.attributes
    assert span.attributes["signalwire.operation"] == "request"
    assert str(span.attributes["url.full"]).endswith("/sip_endpoints?page_size=1")


async def run_concurrent_calls(
    space: FakeSpace, host: str, provider: TracerProvider, start: Callable[..., Awaitable[None]]
) -> dict[str, str]:
    """Eight tasks at once, each in its own parent span: each call span under its own."""
    tracer = provider.get_tracer("test")
    parents: dict[str, str] = {}
    async with AsyncRestClient(
        space.project, space.token, host, hooks=OpenTelemetryHooks(provider)
    ) as client:

        async def one(n: int) -> None:
            with tracer.start_as_current_span(f"task-{n}") as parent:
                await client.fabric.sip_endpoints.list(page_size=n + 1).first_page()
                parents[f"{n + 1}"] = format(parent.get_span_context().span_id, "016x")

        await start(one, 8)
    return parents


def check_concurrent_calls(exporter: InMemorySpanExporter, parents: dict[str, str]) -> None:
    spans = calls(exporter)
    assert len(spans) == 8
    for span in spans:
        size = str(span.attributes and span.attributes["url.full"]).rsplit("=", 1)[1]
        assert span.parent is not None
        assert format(span.parent.span_id, "016x") == parents[size]


def test_concurrent_asyncio_tasks_each_get_their_own_parent(
    served: tuple[FakeSpace, str], provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    async def gather(one: Callable[[int], Awaitable[None]], n: int) -> None:
        await asyncio.gather(*(one(i) for i in range(n)))

    parents = asyncio.run(run_concurrent_calls(*served, provider, gather))
    check_concurrent_calls(exporter, parents)


def test_concurrent_trio_tasks_each_get_their_own_parent(
    served: tuple[FakeSpace, str], provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    async def nursery(one: Callable[[int], Awaitable[None]], n: int) -> None:
        async with trio.open_nursery() as tasks:
            for i in range(n):
                tasks.start_soon(one, i)

    parents = trio.run(run_concurrent_calls, *served, provider, nursery)
    check_concurrent_calls(exporter, parents)


def test_threads_sharing_a_sync_client_each_get_their_own_parent(
    served: tuple[FakeSpace, str], provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    space, host = served
    tracer = provider.get_tracer("test")
    parents: dict[str, str] = {}
    with RestClient(space.project, space.token, host, hooks=OpenTelemetryHooks(provider)) as c:

        def one(n: int) -> None:
            with tracer.start_as_current_span(f"thread-{n}") as parent:
                c.fabric.sip_endpoints.list(page_size=n + 1).first_page()
                parents[f"{n + 1}"] = format(parent.get_span_context().span_id, "016x")

        threads = [threading.Thread(target=one, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    check_concurrent_calls(exporter, parents)


def test_the_global_provider_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[Any, ...]] = []

    def get_tracer(*args: Any) -> trace.Tracer:
        asked.append(args)
        return trace.NoOpTracer()

    monkeypatch.setattr(trace, "get_tracer", get_tracer)
    OpenTelemetryHooks()
    assert asked == [("signalwire_async", signalwire_async.__version__, None)]
